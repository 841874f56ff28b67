import { api, query } from '../api.js';
import { h, humanize } from '../dom.js';
import { checkbox, field } from '../forms.js';
import { rememberAssignees } from '../people.js';
import { navigate } from '../router.js';
import { casesTable } from './cases-table.js';

/**
 * @typedef {import('../api-types').components['schemas']['CaseListDto']} CaseList
 * @typedef {import('../api-types').components['schemas']['CaseStagesDto']} CaseStages
 */

const PAGE_SIZE = 25;
const LEVELS = [
  ['', 'Any'],
  ['1', '1 or more: reminder (at risk)'],
  ['2', '2 or more: breach'],
  ['3', '3 or more: senior escalation'],
  ['4', '4 or more: provisional WRO'],
  ['5', '5: deemed refusal'],
];

/**
 * All cases, one row each (the phase-1 case board; the deadline board at /board lists clocks):
 * counts per clock state from GET /cases totals and filters kept in the address (so they survive
 * a reload and can be shared). The stages offered are the API's (GET /rules/case-stages).
 */
export async function allCasesPage({ query: params }) {
  const filters = {
    overdue: params.get('overdue') === 'true' || undefined,
    atRisk: params.get('atRisk') === 'true' || undefined,
    escalationLevel: params.get('escalationLevel') ?? undefined,
    stage: params.get('stage') ?? undefined,
  };
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const count = (extra) => api(`/cases${query({ pageSize: 1, ...extra })}`).then((r) => r.total);
  /** @type {[CaseList, number, number, number, number, CaseStages]} */
  const [list, all, overdue, atRisk, breached, { stages }] = await Promise.all([
    api(`/cases${query({ ...filters, sort: 'nextDeadlineAt', page, pageSize: PAGE_SIZE })}`),
    count({}),
    count({ overdue: true }),
    count({ atRisk: true }),
    count({ escalationLevel: 2 }),
    api('/rules/case-stages'),
  ]);
  rememberAssignees(list.items);

  const tile = (label, n, href, cls) => h('li', { class: `count ${cls}` }, h('a', { href }, h('span', { class: 'count-n' }, String(n)), h('span', { class: 'count-label' }, label)));
  const counts = h(
    'ul',
    { class: 'counts', 'aria-label': 'Counts' },
    tile('all cases', all, '/board/cases', 'count-all'),
    tile('overdue', overdue, '/board/cases?overdue=true', 'count-overdue'),
    tile('at risk', atRisk, '/board/cases?atRisk=true', 'count-at-risk'),
    tile('escalated to breach or beyond', breached, '/board/cases?escalationLevel=2', 'count-escalated'),
  );

  const filterForm = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter cases' },
    checkbox({ name: 'overdue', label: 'Overdue only', checked: Boolean(filters.overdue) }),
    checkbox({ name: 'atRisk', label: 'At risk only', checked: Boolean(filters.atRisk) }),
    field({ name: 'escalationLevel', label: 'Escalation level', value: filters.escalationLevel ?? '', options: LEVELS.map(([value, label]) => ({ value, label })) }),
    field({ name: 'stage', label: 'Stage', value: filters.stage ?? '', options: [{ value: '', label: 'Any' }, ...stages.map((s) => ({ value: s, label: humanize(s) }))] }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show cases'), h('a', { href: '/board/cases', class: 'button-link secondary' }, 'Clear filters')),
  );
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(filterForm);
    void navigate(`/board/cases${query({ overdue: data.get('overdue') === 'true', atRisk: data.get('atRisk') === 'true', escalationLevel: data.get('escalationLevel'), stage: data.get('stage') })}`);
  });

  const first = (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(page * PAGE_SIZE, list.total);
  const pageLink = (n, label) => h('a', { href: `/board/cases${query({ ...filters, page: n })}` }, label);
  const active = Object.values(filters).some(Boolean);
  return h(
    'section',
    {},
    h('h1', {}, 'All cases'),
    h('p', {}, 'Every case, one row each, soonest due first. ', h('a', { href: '/board' }, 'The deadline board'), ' lists every clock, on cases and on import entries.'),
    counts,
    filterForm,
    h('p', { role: 'status', class: 'result-count' }, list.total ? `Showing ${first}–${last} of ${list.total} ${active ? 'matching ' : ''}cases.` : `No ${active ? 'matching ' : ''}cases.`),
    list.items.length ? casesTable(list.items, { assignee: true, escalation: true, caption: 'Cases, soonest due first' }) : null,
    list.total > PAGE_SIZE
      ? h('nav', { class: 'pager', 'aria-label': 'Pages' }, page > 1 ? pageLink(page - 1, 'Previous page') : null, last < list.total ? pageLink(page + 1, 'Next page') : null)
      : null,
  );
}
