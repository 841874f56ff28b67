import { h } from './dom.js';
import { liveIndicator } from './live.js';
import { navFor } from './roles.js';
import { getUser } from './session.js';
import { inboxLink } from './unread.js';

/** The navigation and the signed-in user's box; only what the role may use is offered. */
export function renderChrome(pathname, onSignOut) {
  const user = getUser();
  const nav = /** @type {HTMLElement} */ (document.getElementById('nav'));
  const box = /** @type {HTMLElement} */ (document.getElementById('user-box'));
  if (!user) {
    nav.replaceChildren();
    box.replaceChildren();
    return;
  }
  const items = navFor(user);
  const current = items
    .filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  nav.replaceChildren(
    h('ul', {}, items.map((i) => h('li', {}, h('a', { href: i.href, 'aria-current': i === current ? 'page' : null }, i.label)))),
  );
  box.replaceChildren(
    liveIndicator(),
    inboxLink(pathname),
    h('span', { class: 'who' }, h('span', { class: 'who-name' }, user.displayName), ' ', h('span', { class: 'who-role' }, `(${user.role})`)),
    h('a', { href: '/account/password', class: 'account-link', 'aria-current': pathname === '/account/password' ? 'page' : null }, 'Password'),
    h('button', { type: 'button', class: 'secondary', onclick: onSignOut }, 'Sign out'),
  );
}
