import { h } from '../dom.js';

/** Pages for what cannot be shown: not allowed (403), not found (404), other failures. */
export function notAllowedPage(user) {
  return h(
    'section',
    { class: 'message-page' },
    h('h1', {}, 'Not allowed'),
    h('p', { role: 'alert' }, `Your role (${user?.role ?? 'signed out'}) is not allowed to use this page.`),
    h('p', {}, h('a', { href: '/' }, 'Go to your start page')),
  );
}

export function notFoundPage(message) {
  return h('section', { class: 'message-page' }, h('h1', {}, 'Not found'), h('p', { role: 'alert' }, message), h('p', {}, h('a', { href: '/' }, 'Go to your start page')));
}

export function errorPage(message) {
  return h('section', { class: 'message-page' }, h('h1', {}, 'Something went wrong'), h('p', { role: 'alert' }, message), h('p', {}, h('a', { href: location.pathname + location.search }, 'Try again')));
}
