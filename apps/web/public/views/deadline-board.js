import { api, download, query } from '../api.js';
import { h } from '../dom.js';
import { errorSentence, field } from '../forms.js';
import { clockTime, daysLeftText, stateBadge, timeEl } from '../format.js';
import { announce, onLive } from '../live.js';
import { assignablePeople, rememberPerson } from '../people.js';
import { navigate } from '../router.js';

const PAGE_SIZE = 50;

/** The states as filter buttons, in the order a supervisor reads them: the worst first. */
const STATES = [
  ['open', 'All open'],
  ['overdue', 'Overdue'],
  ['at_risk', 'At risk'],
  ['on_track', 'On track'],
  ['paused', 'Paused'],
  ['met', 'Met'],
  ['missed', 'Missed'],
];
const STATE_CODES = STATES.map(([code]) => code);


function filtersFrom(params) {
  const state = params.get('state');
  return {
    state: STATE_CODES.includes(state ?? '') ? state : 'open',
    kind: params.get('kind') ?? '',
    subject: ['case', 'entry'].includes(params.get('subject') ?? '') ? params.get('subject') : '',
    facilityId: params.get('facilityId') ?? '',
    assigneeId: params.get('assigneeId') ?? '',
    sort: params.get('sort') === '-dueAt' ? '-dueAt' : 'dueAt',
  };
}

/** The address of the board with these filters; the default state and sort are left out. */
function boardHref(filters, page = 1) {
  return `/board${query({ ...filters, state: filters.state === 'open' ? '' : filters.state, sort: filters.sort === 'dueAt' ? '' : filters.sort, page: page > 1 ? page : '' })}`;
}

/**
 * The supervisor's deadline board: every clock on cases and import entries (GET /deadlines), a
 * count per state that doubles as the state filter, more filters kept in the address, CSV exports,
 * and live updates: the counts and the table refresh in place when a case or an entry changes.
 */
export async function deadlineBoardPage({ query: params, user }) {
  const filters = filtersFrom(params);
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const load = () => api(`/deadlines${query({ ...filters, page, pageSize: PAGE_SIZE })}`);
  const [board, facilities, people, ruleBook] = await Promise.all([load(), api('/facilities'), assignablePeople(user), api('/rules/deadlines')]);
  // The clocks a case or an entry runs, as the rules in force name them.
  const kinds = ruleBook.rules.filter((r) => r.runsOn !== 'programme').map((r) => ({ value: r.kind, label: r.title }));
  remember(board.items);

  const counts = countButtons(filters);
  const results = h('div', { class: 'board-results' });
  const updated = h('span', { class: 'updated muted' });
  let shown = '';
  const show = (data) => {
    shown = JSON.stringify([data.summary, data.total, data.items.map((d) => [d.id, d.state, d.escalationLevel])]);
    counts.update(data.summary);
    results.replaceChildren(...resultParts(data, filters, page).filter(Boolean));
    updated.textContent = `Updated ${clockTime()}.`;
  };
  show(board);

  const section = h(
    'section',
    { class: 'deadline-board' },
    h('h1', {}, 'Deadline board'),
    h(
      'p',
      {},
      'Every clock on cases and import entries, soonest due first. The counts and the table refresh by themselves when a case or an entry changes. ',
      updated,
    ),
    counts.element,
    filterForm(filters, facilities, people, kinds, user),
    exportBar(filters),
    results,
    h('p', {}, h('a', { href: '/board/cases' }, 'All cases, one row per case')),
  );

  // Live: one refresh per burst of events; stale answers are dropped; focus in the table stays put.
  let latest = 0;
  onLive(
    section,
    (e) => e.stream === 'case' || e.stream === 'entry',
    async () => {
      const mine = ++latest;
      try {
        const data = await load();
        if (mine !== latest || !section.isConnected) return;
        const focused = document.activeElement instanceof HTMLAnchorElement && results.contains(document.activeElement) ? document.activeElement.getAttribute('href') : null;
        const before = shown;
        remember(data.items);
        show(data);
        if (focused) /** @type {HTMLElement | null} */ (results.querySelector(`a[href="${focused}"]`))?.focus();
        if (shown !== before) announce(`Deadline board updated: ${data.summary.overdue} overdue, ${data.summary.at_risk} at risk.`);
      } catch (error) {
        if (mine === latest) updated.textContent = `Could not refresh: ${errorSentence(error)}`;
      }
    },
    400,
  );
  return section;
}

function remember(items) {
  for (const d of items) rememberPerson(d.assigneeId, d.assigneeName);
}

/** Count per state as toggle buttons: pressing one shows that state (aria-pressed says which). */
function countButtons(filters) {
  const numbers = new Map();
  const element = h(
    'div',
    { class: 'counts', role: 'group', 'aria-label': 'Deadlines by state: choose one to show it' },
    STATES.map(([code, label]) => {
      const n = h('span', { class: 'count-n' }, '0');
      numbers.set(code, n);
      return h(
        'button',
        {
          type: 'button',
          class: `count count-${code.replace('_', '-')}`,
          'aria-pressed': String(filters.state === code),
          dataset: { state: code },
          onclick: () => void navigate(boardHref({ ...filters, state: code })),
        },
        n,
        ' ',
        h('span', { class: 'count-label' }, label),
      );
    }),
  );
  return {
    element,
    update(summary) {
      const open = summary.on_track + summary.at_risk + summary.overdue + summary.paused;
      for (const [code, n] of numbers) n.textContent = String(code === 'open' ? open : (summary[code] ?? 0));
    },
  };
}

function filterForm(filters, facilities, people, kinds, user) {
  const formEl = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter deadlines' },
    field({ name: 'kind', label: 'Clock', value: filters.kind, options: [{ value: '', label: 'Any clock' }, ...kinds] }),
    field({
      name: 'subject',
      label: 'On',
      value: filters.subject,
      options: [
        { value: '', label: 'Cases and entries' },
        { value: 'case', label: 'Cases only' },
        { value: 'entry', label: 'Import entries only' },
      ],
    }),
    field({ name: 'facilityId', label: 'Facility', value: filters.facilityId, options: [{ value: '', label: 'Any facility' }, ...facilities.map((f) => ({ value: f.id, label: f.name }))] }),
    field({ name: 'assigneeId', label: 'Assignee', value: filters.assigneeId, options: [{ value: '', label: 'Anyone' }, ...people.map((p) => ({ value: p.id, label: p.id === user.id ? `${p.name} (you)` : p.name }))] }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply filters'), h('a', { href: '/board', class: 'button-link secondary' }, 'Clear filters')),
  );
  formEl.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(formEl);
    const value = (name) => String(data.get(name) ?? '');
    void navigate(boardHref({ ...filters, kind: value('kind'), subject: value('subject'), facilityId: value('facilityId'), assigneeId: value('assigneeId') }));
  });
  return formEl;
}

function exportBar(filters) {
  const status = h('p', { class: 'export-status', role: 'status' });
  const run = (button, path, name) => async () => {
    button.disabled = true;
    status.className = 'export-status';
    status.textContent = `Preparing ${name}…`;
    try {
      await download(path, name);
      status.textContent = `${name} downloaded.`;
    } catch (error) {
      status.className = 'export-status form-alert';
      status.textContent = errorSentence(error);
    } finally {
      button.disabled = false;
    }
  };
  const deadlines = h('button', { type: 'button', class: 'secondary' }, 'Download these deadlines (CSV)');
  const cases = h('button', { type: 'button', class: 'secondary' }, 'Download all cases (CSV)');
  deadlines.addEventListener('click', run(deadlines, `/deadlines.csv${query(filters)}`, 'deadlines.csv'));
  cases.addEventListener('click', run(cases, '/cases.csv', 'cases.csv'));
  return h('div', { class: 'export-bar' }, h('div', { class: 'actions' }, deadlines, cases), status);
}

function resultParts(data, filters, page) {
  const label = STATES.find(([code]) => code === filters.state)?.[1].toLowerCase() ?? 'open';
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(page * PAGE_SIZE, data.total);
  const what = filters.state === 'open' ? 'open deadlines' : `deadlines ${label}`;
  return [
    h('p', { class: 'result-count' }, data.total ? `Showing ${first}–${last} of ${data.total} ${what}.` : `No ${what} match.`),
    data.items.length ? deadlinesTable(data.items, filters) : null,
    data.total > PAGE_SIZE
      ? h(
          'nav',
          { class: 'pager', 'aria-label': 'Pages' },
          page > 1 ? h('a', { href: boardHref(filters, page - 1) }, 'Previous page') : null,
          last < data.total ? h('a', { href: boardHref(filters, page + 1) }, 'Next page') : null,
        )
      : null,
  ];
}

function subjectLink(d) {
  if (!d.subjectId) return h('span', {}, d.reference ?? '—');
  const href = d.subjectType === 'entry' ? `/entries/${d.subjectId}` : `/cases/${d.subjectId}`;
  return h('span', {}, h('a', { href }, d.reference), h('span', { class: 'muted subject-type' }, d.subjectType === 'entry' ? ' (entry)' : ' (case)'));
}

function deadlinesTable(items, filters) {
  const ascending = filters.sort !== '-dueAt';
  const sortButton = h(
    'button',
    { type: 'button', class: 'sort-button', onclick: () => void navigate(boardHref({ ...filters, sort: ascending ? '-dueAt' : 'dueAt' })) },
    'Due',
    h('span', { 'aria-hidden': 'true' }, ascending ? ' ▲' : ' ▼'),
    h('span', { class: 'visually-hidden' }, ascending ? ', soonest first: show the latest first' : ', latest first: show the soonest first'),
  );
  /** @type {[string, (row: any) => any][]} */
  const columns = [
    ['Due', (d) => timeEl(d.dueAt)],
    ['Days left', (d) => h('span', { class: 'days-left' }, stateBadge(d.state), d.daysLeft !== null && d.daysLeft !== undefined ? ` ${daysLeftText(d.daysLeft)}` : '')],
    [
      'Deadline',
      (d) =>
        h(
          'div',
          {},
          h('span', { class: 'deadline-title' }, d.title),
          ' ',
          h('span', { class: 'key' }, `(${d.key})`),
          h('div', { class: 'small muted' }, `Owed by ${d.owedBy}. `, h('span', { class: 'legal-basis' }, d.legalBasis)),
        ),
    ],
    ['Case or entry', subjectLink],
    ['Facility', (d) => (d.facilityId ? h('a', { href: `/facilities/${d.facilityId}` }, d.facilityName) : (d.facilityName ?? '—'))],
    ['Assignee', (d) => d.assigneeName ?? '—'],
    ['Escalation', (d) => (d.escalationLevel > 0 ? `Level ${d.escalationLevel}` : 'None')],
  ];
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'deadlines-table responsive' },
      h('caption', { class: 'visually-hidden' }, `Deadlines, ${ascending ? 'soonest' : 'latest'} due first`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map(([label]) =>
            label === 'Due' ? h('th', { scope: 'col', 'aria-sort': ascending ? 'ascending' : 'descending' }, sortButton) : h('th', { scope: 'col' }, label),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        items.map((d) =>
          h(
            'tr',
            { class: d.state === 'overdue' || d.state === 'missed' ? 'row-overdue' : d.state === 'at_risk' ? 'row-at-risk' : null, dataset: { deadlineId: d.id, subjectId: d.subjectId } },
            columns.map(([label, cell]) => h('td', { 'data-label': label }, cell(d))),
          ),
        ),
      ),
    ),
  );
}
