import { api, query } from '../api.js';
import { h } from '../dom.js';
import { rememberAssignees, rememberPerson } from '../people.js';
import { casesTable } from './cases-table.js';

/** "My cases": the user's assigned cases, soonest due first, each with its next legal move (the list's legalActions). */
export async function myCasesPage({ user, flash }) {
  rememberPerson(user.id, user.displayName);
  const list = await api(`/cases${query({ sort: 'nextDeadlineAt', pageSize: 100, assigneeId: user.id })}`);
  rememberAssignees(list.items);
  const table = list.items.length ? casesTable(list.items, { nextAction: true, caption: 'My cases, soonest due first' }) : null;
  return h(
    'section',
    {},
    h('h1', {}, 'My cases'),
    flash ? h('p', { class: 'notice', role: 'status' }, flash) : null,
    h('p', {}, `${list.total} ${list.total === 1 ? 'case' : 'cases'} assigned to you, the soonest due first. `, h('a', { href: '/cases/new' }, 'Open a case')),
    table ?? h('p', { class: 'empty' }, 'No case is assigned to you yet.'),
  );
}
