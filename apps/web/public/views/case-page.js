import { api, post } from '../api.js';
import { h, humanize } from '../dom.js';
import { timeEl } from '../format.js';
import { announce, isEditing, lastSequence, onLive } from '../live.js';
import { knownPeople, personName, rememberAssignees, rememberPerson } from '../people.js';
import { can } from '../roles.js';
import { actionsSection } from './case-actions.js';
import { deadlinesSection, isOpenClock } from './case-deadlines.js';
import { clockControls, reassignSection } from './case-supervision.js';
import { timelineSection } from './case-timeline.js';

/**
 * One case: where it stands, its clocks, the legal next moves, and its history. After a move the
 * page shows the case the API returns and moves focus to the confirmation.
 */
export async function casePage({ params, user, flash }) {
  rememberPerson(user.id, user.displayName);
  const [detail] = await Promise.all([api(`/cases/${encodeURIComponent(params.id)}`), can.reassign(user) ? loadPeople() : null]);
  const page = h('section', { class: 'case-page' });
  const banner = h('div', { class: 'live-banner', role: 'status' });
  let shown = detail;
  let lastMessage = flash;

  /** @param {any} current @param {string | null} message @param {boolean} [focus] */
  const show = (current, message, focus = true) => {
    shown = current;
    lastMessage = message;
    banner.replaceChildren();
    const run = async (path, body, done) => show(await post(`/cases/${current.id}/${path}`, body), done);
    const status = h('p', { class: message ? 'notice' : 'visually-hidden', role: 'status', tabindex: '-1' }, message ?? '');
    const parts = [
      h('h1', {}, `Case ${current.reference}`),
      status,
      banner,
      summary(current, user),
      deadlinesSection(current.deadlines, (d) => (can.manageClocks(user) && isOpenClock(d) ? clockControls(d, run) : null)),
      actionsSection(current, run),
      can.reassign(user) && current.stage !== 'CLOSED' && current.stage !== 'WITHDRAWN' ? reassignSection(current, withSelf(user), run) : null,
      current.escalations.length ? escalationsList(current, user) : null,
      current.approvals.length ? approvalsList(current, user) : null,
      timelineSection(current.timeline, user),
    ];
    page.replaceChildren(...parts.filter(Boolean));
    if (focus && message && page.isConnected) status.focus();
  };
  show(detail, flash);

  // Live: a change made elsewhere (an escalation step, another user's move) redraws the case,
  // unless someone is typing in one of its forms: then a button offers the latest version.
  const refresh = async () => {
    show(await api(`/cases/${encodeURIComponent(params.id)}`), lastMessage, false);
    announce(`Case ${shown.reference} was updated.`);
  };
  onLive(
    page,
    (e) => e.stream === 'case' && e.id === detail.id,
    (events) => {
      if (!events.some((e) => e.type === 'RESYNC' || e.sequence > lastSequence(shown.timeline))) return;
      if (!isEditing(page)) return void refresh().catch(() => undefined);
      banner.replaceChildren(
        h('p', { class: 'warning' }, 'This case has changed since it was shown. ', h('button', { type: 'button', class: 'secondary', onclick: () => void refresh().catch(() => undefined) }, 'Show the latest')),
      );
    },
  );
  return page;
}

/** Supervisors choose a new assignee among the people they can see on cases. */
async function loadPeople() {
  const list = await api('/cases?pageSize=200&sort=-openedAt');
  rememberAssignees(list.items);
}

function withSelf(user) {
  const people = knownPeople();
  return people.some((p) => p.id === user.id) ? people : [...people, { id: user.id, name: user.displayName }];
}

function summary(c, user) {
  return h(
    'dl',
    { class: 'facts summary' },
    h('dt', {}, 'Stage'),
    h('dd', {}, h('strong', { class: 'stage' }, humanize(c.stage)), c.outcome ? ` — outcome: ${humanize(c.outcome)}` : ''),
    h('dt', {}, 'Facility'),
    h('dd', {}, h('a', { href: `/facilities/${c.facilityId}` }, c.facilityName)),
    h('dt', {}, 'Assignee'),
    h('dd', {}, personName(c.assigneeId, user)),
    h('dt', {}, 'Opened'),
    h('dd', {}, timeEl(c.openedAt), ' by ', personName(c.openedBy, user)),
    h('dt', {}, 'Allegation'),
    h('dd', {}, c.allegation.summary),
    h('dt', {}, 'Source'),
    h('dd', {}, c.allegation.source),
    h('dt', {}, 'Products'),
    h('dd', {}, c.allegation.productCategories.length ? c.allegation.productCategories.map(humanize).join(', ') : 'None named'),
  );
}

function escalationsList(c, user) {
  return h(
    'section',
    { 'aria-labelledby': 'case-escalations-title' },
    h('h2', { id: 'case-escalations-title' }, 'Escalations'),
    h(
      'ul',
      { class: 'plain-list' },
      c.escalations.map((e) =>
        h(
          'li',
          {},
          h('strong', {}, `Level ${e.level}: ${humanize(e.type)}`),
          ` on ${e.deadlineKey}, `,
          timeEl(e.occurredAt),
          `. ${e.description} `,
          e.acknowledgedAt ? h('span', { class: 'muted' }, 'Acknowledged by ', personName(e.acknowledgedBy, user), ' on ', timeEl(e.acknowledgedAt), '.') : h('span', { class: 'badge state-overdue' }, 'Not acknowledged'),
        ),
      ),
    ),
    user.role === 'supervisor' ? h('p', {}, h('a', { href: '/escalations' }, 'Acknowledge escalations')) : null,
  );
}

function approvalsList(c, user) {
  return h(
    'section',
    { 'aria-labelledby': 'case-approvals-title' },
    h('h2', { id: 'case-approvals-title' }, 'Approvals'),
    h(
      'ul',
      { class: 'plain-list' },
      c.approvals.map((a) =>
        h(
          'li',
          {},
          h('strong', {}, humanize(a.kind)),
          ` — ${humanize(a.status)}. ${a.reason}. Requested `,
          timeEl(a.requestedAt),
          ' by ',
          personName(a.requestedBy, user),
          a.decidedAt ? h('span', {}, '; decided ', timeEl(a.decidedAt), ' by ', personName(a.decidedBy, user), `: ${a.decisionReason}`) : null,
          '.',
        ),
      ),
    ),
    user.role === 'supervisor' && c.approvals.some((a) => a.status === 'pending') ? h('p', {}, h('a', { href: '/approvals' }, 'Decide pending approvals')) : null,
  );
}
