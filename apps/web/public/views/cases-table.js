import { nextActionText } from '../actions.js';
import { h, humanize } from '../dom.js';
import { daysLeftText, stateBadge, timeEl } from '../format.js';

/**
 * A table of cases from GET /cases. Overdue rows carry a word and an icon as well as a colour.
 * On narrow screens each row becomes a card; the cells' data-label names the column.
 * @param {any[]} items
 * @param {{ assignee?: boolean, escalation?: boolean, nextAction?: boolean, caption: string }} options
 */
export function casesTable(items, options) {
  /** @type {[string, (row: any) => any][]} */
  const columns = [
    ['Case', (c) => h('a', { href: `/cases/${c.id}` }, c.reference)],
    ['Facility', (c) => c.facilityName],
    ['Stage', (c) => h('span', {}, humanize(c.stage), c.outcome ? h('span', { class: 'muted' }, ` — ${humanize(c.outcome)}`) : null)],
    ['Next due', (c) => timeEl(c.nextDeadlineAt)],
    ['Days left', (c) => h('span', { class: 'days-left' }, stateBadge(c.deadlineState), ' ', c.nextDeadlineAt ? daysLeftText(c.daysLeft) : '')],
  ];
  if (options.assignee) columns.push(['Assignee', (c) => c.assigneeName]);
  if (options.escalation) columns.push(['Escalation', (c) => (c.escalationLevel > 0 ? `Level ${c.escalationLevel}` : 'None')]);
  if (options.nextAction) columns.push(['Next action', (c) => h('span', { class: 'next-action' }, nextActionText(c.legalActions))]);
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'cases responsive' },
      h('caption', { class: 'visually-hidden' }, options.caption),
      h('thead', {}, h('tr', {}, columns.map(([label]) => h('th', { scope: 'col' }, label)))),
      h(
        'tbody',
        {},
        items.map((c) =>
          h(
            'tr',
            { class: c.deadlineState === 'overdue' ? 'row-overdue' : c.deadlineState === 'at_risk' ? 'row-at-risk' : null, dataset: { caseId: c.id } },
            columns.map(([label, cell]) => h('td', { 'data-label': label }, cell(c))),
          ),
        ),
      ),
    ),
  );
}
