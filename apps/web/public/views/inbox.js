import { api, post } from '../api.js';
import { h, humanize } from '../dom.js';
import { errorSentence } from '../forms.js';
import { timeEl } from '../format.js';
import { onLive } from '../live.js';
import { navigate } from '../router.js';
import { showUnread } from '../unread.js';

/** Only the app's own pages are followed from a notification. */
function safeLink(link) {
  return typeof link === 'string' && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/**
 * The in-app inbox: the user's notifications, newest first. Opening one marks it read; each may be
 * marked read on its own. New notifications appear by themselves (they arrive with live events).
 */
export async function inboxPage({ query: params }) {
  const unreadOnly = params.get('unread') === 'true';
  const load = () => api(`/notifications${unreadOnly ? '?unread=true' : ''}`);
  const inbox = await load();
  const status = h('p', { class: 'visually-hidden', role: 'status', tabindex: '-1' });
  const summary = h('p', {});
  const list = h('div', {});
  let unread = inbox.unread;

  const setSummary = () => {
    showUnread(unread);
    summary.replaceChildren(
      `${unread} unread. `,
      unreadOnly ? h('a', { href: '/inbox' }, 'Show all notifications') : h('a', { href: '/inbox?unread=true' }, 'Show unread only'),
    );
  };
  const markRead = async (n) => {
    await post(`/notifications/${encodeURIComponent(n.id)}/read`);
    if (!n.readAt) unread = Math.max(0, unread - 1);
    n.readAt = new Date().toISOString();
    setSummary();
  };
  const render = (items) => {
    list.replaceChildren(
      items.length
        ? h('ul', { class: 'cards notifications' }, items.map((n) => h('li', {}, card(n, markRead, status, unreadOnly))))
        : h('p', { class: 'empty' }, unreadOnly ? 'Nothing unread.' : 'No notification yet.'),
    );
  };
  setSummary();
  render(inbox.items);

  const page = h('section', {}, h('h1', {}, 'Inbox'), status, summary, list);
  onLive(page, () => true, async () => {
    if (list.contains(document.activeElement)) return; // do not pull the list from under the keyboard
    const fresh = await load().catch(() => null);
    if (!fresh || !page.isConnected) return;
    unread = fresh.unread;
    setSummary();
    render(fresh.items);
  }, 800);
  return page;
}

function card(n, markRead, status, unreadOnly) {
  const link = safeLink(n.link);
  const title = h('h2', { tabindex: '-1' }, link ? h('a', { href: link }, n.subject) : n.subject);
  const state = h('span', { class: n.readAt ? 'badge read' : 'badge unread' }, n.readAt ? 'Read' : 'Unread');
  const article = h('article', { class: `card notification ${n.readAt ? 'is-read' : 'is-unread'}`, dataset: { notificationId: n.id } });
  const error = h('p', { class: 'form-alert', role: 'alert' });
  const done = () => {
    article.className = 'card notification is-read';
    state.className = 'badge read';
    state.textContent = 'Read';
    markButton?.remove();
  };
  const markButton = n.readAt
    ? null
    : h('button', {
        type: 'button',
        class: 'secondary',
        onclick: async () => {
          error.textContent = '';
          try {
            await markRead(n);
            done();
            status.textContent = `Marked as read: ${n.subject}.`;
            if (unreadOnly) article.closest('li')?.remove();
            title.focus();
          } catch (e) {
            error.textContent = errorSentence(e);
          }
        },
      }, 'Mark as read', h('span', { class: 'visually-hidden' }, `: ${n.subject}`));
  // Opening the notification marks it read first, then follows its link.
  const follow = (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const go = () => void navigate(/** @type {string} */ (link));
    if (n.readAt) return go();
    markRead(n).then(done, () => undefined).finally(go);
  };
  title.querySelector('a')?.addEventListener('click', follow);
  // The e-mail's "Open the case: /cases/…" line becomes a link.
  const lines = String(n.body ?? '')
    .split('\n')
    .map((line) => {
      const at = link ? line.indexOf(link) : -1;
      if (at < 0 || line.slice(at + (link?.length ?? 0)).trim()) return line;
      const label = line.slice(0, at).replace(/[:\s]+$/, '').trim() || 'Open';
      return h('a', { href: link, onclick: follow }, label);
    });
  article.append(
    title,
    h('p', { class: 'meta muted' }, state, ' ', humanize(n.kind), ' · ', timeEl(n.createdAt, true)),
    h('p', { class: 'prose' }, lines.flatMap((line, i) => (i ? ['\n', line] : [line]))),
    h('div', { class: 'actions' }, markButton),
    error,
  );
  return article;
}
