import { nextActionText } from '../actions.js';
import { api, query } from '../api.js';
import { h } from '../dom.js';
import { rememberAssignees, rememberPerson } from '../people.js';
import { casesTable } from './cases-table.js';

/** "My cases": the user's assigned cases, soonest due first, each with its next legal move. */
export async function myCasesPage({ user, flash }) {
  rememberPerson(user.id, user.displayName);
  const list = await api(`/cases${query({ sort: 'nextDeadlineAt', pageSize: 100, assigneeId: user.role === 'supervisor' ? user.id : undefined })}`);
  rememberAssignees(list.items);
  const table = list.items.length ? casesTable(list.items, { nextAction: true, caption: 'My cases, soonest due first' }) : null;
  if (table) void fillNextActions(table);
  return h(
    'section',
    {},
    h('h1', {}, 'My cases'),
    flash ? h('p', { class: 'notice', role: 'status' }, flash) : null,
    h('p', {}, `${list.total} ${list.total === 1 ? 'case' : 'cases'} assigned to you, the soonest due first. `, h('a', { href: '/cases/new' }, 'Open a case')),
    table ?? h('p', { class: 'empty' }, 'No case is assigned to you yet.'),
  );
}

/**
 * The list has no legal moves, so each row's next action comes from its detail, a few at a time.
 * (A `legalActions` field on GET /cases items would save these requests.)
 */
async function fillNextActions(table) {
  const rows = [...table.querySelectorAll('tr[data-case-id]')];
  const work = async () => {
    for (let row = rows.shift(); row; row = rows.shift()) {
      const cell = row.querySelector('.next-action');
      try {
        const detail = await api(`/cases/${row.dataset.caseId}`);
        cell.textContent = nextActionText(detail.legalActions);
        cell.classList.remove('muted');
      } catch {
        cell.textContent = 'Open the case to see';
      }
    }
  };
  await Promise.all([work(), work(), work(), work()]);
}
