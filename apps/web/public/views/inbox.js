import { useEffect, useRef, useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { humanize } from '../dom.js';
import { errorSentence } from '../forms.js';
import { onLive } from '../live.js';
import { navigate } from '../router.js';
import { html, mountView, Time } from '../ui.js';
import { showUnread } from '../unread.js';

/**
 * @typedef {import('../api-types').components['schemas']['InboxDto']} Inbox
 * @typedef {import('../api-types').components['schemas']['NotificationDto']} Notification
 */

/** Only the app's own pages are followed from a notification. */
function safeLink(link) {
  return typeof link === 'string' && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/**
 * The in-app inbox: the user's notifications, newest first. Opening one marks it read; each may be
 * marked read on its own. New notifications appear by themselves (they arrive with live events):
 * the list is patched, cards keyed by notification, so focus and the card being read stay put.
 */
export async function inboxPage({ query: params }) {
  const unreadOnly = params.get('unread') === 'true';
  /** @type {() => Promise<Inbox>} */
  const load = () => api(`/notifications${unreadOnly ? '?unread=true' : ''}`);
  return mountView(InboxPage, { initial: await load(), load, unreadOnly });
}

/** @param {{ initial: Inbox, load: () => Promise<Inbox>, unreadOnly: boolean }} props */
function InboxPage({ initial, load, unreadOnly }) {
  const [inbox, setInbox] = useState(initial);
  const [said, setSaid] = useState('');
  const page = useRef(/** @type {HTMLElement | null} */ (null));
  const status = useRef(/** @type {HTMLParagraphElement | null} */ (null));

  useEffect(() => showUnread(inbox.unread), [inbox.unread]);
  useEffect(() => {
    if (!page.current) return undefined;
    let asked = 0;
    return onLive(
      page.current,
      () => true,
      async () => {
        const mine = ++asked;
        const fresh = await load().catch(() => null);
        if (fresh && mine === asked) setInbox(fresh);
      },
      800,
    );
  }, []);

  /** Marks `n` read on the server, then in the list (gone from it when only unread ones are shown). */
  const markRead = async (/** @type {Notification} */ n) => {
    await post(`/notifications/${encodeURIComponent(n.id)}/read`);
    const readAt = new Date().toISOString();
    setInbox((prev) => ({
      unread: n.readAt ? prev.unread : Math.max(0, prev.unread - 1),
      items: unreadOnly ? prev.items.filter((x) => x.id !== n.id) : prev.items.map((x) => (x.id === n.id ? { ...x, readAt: x.readAt ?? readAt } : x)),
    }));
  };
  const marked = (/** @type {Notification} */ n) => {
    setSaid(`Marked as read: ${n.subject}.`);
    if (unreadOnly) status.current?.focus();
  };

  return html`<section ref=${page}>
    <h1>Inbox</h1>
    <p class="visually-hidden" role="status" tabindex="-1" ref=${status}>${said}</p>
    <p>
      ${inbox.unread} unread.${' '}
      ${unreadOnly ? html`<a href="/inbox">Show all notifications</a>` : html`<a href="/inbox?unread=true">Show unread only</a>`}
    </p>
    <div>
      ${inbox.items.length
        ? html`<ul class="cards notifications">
            ${inbox.items.map((n) => html`<li key=${n.id}><${NotificationCard} n=${n} markRead=${markRead} marked=${marked} /></li>`)}
          </ul>`
        : html`<p class="empty">${unreadOnly ? 'Nothing unread.' : 'No notification yet.'}</p>`}
    </div>
  </section>`;
}

/** @param {{ n: Notification, markRead: (n: Notification) => Promise<void>, marked: (n: Notification) => void }} props */
function NotificationCard({ n, markRead, marked }) {
  const [error, setError] = useState('');
  const title = useRef(/** @type {HTMLHeadingElement | null} */ (null));
  const link = safeLink(n.link);

  const mark = async () => {
    setError('');
    try {
      await markRead(n);
      marked(n);
      title.current?.focus();
    } catch (e) {
      setError(errorSentence(e));
    }
  };
  // Opening the notification marks it read first, then follows its link.
  const follow = (/** @type {MouseEvent} */ event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const go = () => void navigate(/** @type {string} */ (link));
    if (n.readAt) return go();
    markRead(n).catch(() => undefined).finally(go);
  };
  // The e-mail's "Open the case: /cases/…" line becomes a link.
  const lines = String(n.body ?? '')
    .split('\n')
    .map((line) => {
      const at = link ? line.indexOf(link) : -1;
      if (at < 0 || line.slice(at + (link?.length ?? 0)).trim()) return line;
      const label = line.slice(0, at).replace(/[:\s]+$/, '').trim() || 'Open';
      return html`<a href=${link} onClick=${follow}>${label}</a>`;
    });

  return html`<article class=${`card notification ${n.readAt ? 'is-read' : 'is-unread'}`} data-notification-id=${n.id}>
    <h2 tabindex="-1" ref=${title}>${link ? html`<a href=${link} onClick=${follow}>${n.subject}</a>` : n.subject}</h2>
    <p class="meta muted">
      <span class=${n.readAt ? 'badge read' : 'badge unread'}>${n.readAt ? 'Read' : 'Unread'}</span> ${humanize(n.kind)} · <${Time} iso=${n.createdAt} withTime=${true} />
    </p>
    <p class="prose">${lines.flatMap((line, i) => (i ? ['\n', line] : [line]))}</p>
    <div class="actions">
      ${n.readAt
        ? null
        : html`<button type="button" class="secondary" onClick=${mark}>Mark as read<span class="visually-hidden">: ${n.subject}</span></button>`}
    </div>
    <p class="form-alert" role="alert">${error}</p>
  </article>`;
}
