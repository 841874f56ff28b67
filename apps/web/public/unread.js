import { api } from './api.js';
import { h } from './dom.js';

/**
 * The inbox link in the header with the number of unread notifications. The count is fetched on
 * every navigation, when a live event arrives (notifications are written with their events), and
 * after reading one; the link is one element, moved into each freshly drawn header.
 */
const count = h('span', { class: 'unread-count', hidden: true });
const link = h('a', { href: '/inbox', class: 'inbox-link' }, 'Inbox', count);
let pending = null;

export function inboxLink(pathname) {
  if (pathname === '/inbox') link.setAttribute('aria-current', 'page');
  else link.removeAttribute('aria-current');
  return link;
}

export function showUnread(n) {
  count.hidden = !n;
  count.replaceChildren(n ? h('span', { 'aria-hidden': 'true' }, String(n)) : '', n ? h('span', { class: 'visually-hidden' }, ` ${n} unread`) : '');
  count.dataset.count = String(n ?? 0);
}

/** Fetches the unread count; several calls close together make one request. */
export function refreshUnread() {
  pending ??= api('/notifications?unread=true')
    .then((inbox) => showUnread(inbox.unread))
    .catch(() => undefined)
    .finally(() => (pending = null));
  return pending;
}
