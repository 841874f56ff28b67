import { h } from '../dom.js';
import { daysLeftText, stateBadge, timeEl } from '../format.js';

const OPEN_STATES = ['on_track', 'at_risk', 'overdue', 'paused'];

export function isOpenClock(deadline) {
  return OPEN_STATES.includes(deadline.state);
}

/**
 * A case's or an entry's clocks: due date, days left, legal basis, and how the date was worked out on demand.
 * @param {any[]} deadlines
 * @param {(deadline: any) => Node | null} controls the supervisor's pause/resume/extend forms, if any
 * @param {{ title?: string, empty?: string }} [options]
 */
export function deadlinesSection(deadlines, controls, options = {}) {
  return h(
    'section',
    { class: 'deadlines', 'aria-labelledby': 'deadlines-title' },
    h('h2', { id: 'deadlines-title' }, options.title ?? 'Deadlines'),
    deadlines.length === 0
      ? h('p', { class: 'empty' }, options.empty ?? 'No clock is running: none starts until a visit or an investigation is requested.')
      : h('ul', { class: 'cards' }, deadlines.map((d) => h('li', {}, deadlineCard(d, controls(d))))),
  );
}

function deadlineCard(d, controls) {
  const open = isOpenClock(d);
  return h(
    'article',
    { class: `card deadline deadline-${d.state}`, 'aria-labelledby': `deadline-${d.key}`, dataset: { deadlineKey: d.key } },
    h('h3', { id: `deadline-${d.key}` }, d.title, ' ', h('span', { class: 'key' }, `(${d.key})`)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'State'),
      h('dd', {}, stateBadge(d.state), d.escalationLevel > 0 ? ` · escalation level ${d.escalationLevel}` : ''),
      h('dt', {}, 'Owed by'),
      h('dd', {}, d.owedBy),
      h('dt', {}, 'Started'),
      h('dd', {}, timeEl(d.startedAt)),
      h('dt', {}, 'Due'),
      h('dd', {}, d.dueAt ? timeEl(d.dueAt) : d.state === 'paused' ? 'Paused: no due date while the clock is stopped' : '—'),
      open ? h('dt', {}, 'Days left') : h('dt', {}, 'Met on'),
      open ? h('dd', { class: d.daysLeft !== null && d.daysLeft < 0 ? 'late' : null }, daysLeftText(d.daysLeft)) : h('dd', {}, timeEl(d.metAt)),
      h('dt', {}, 'Legal basis'),
      h('dd', { class: 'legal-basis' }, d.legalBasis),
    ),
    h('details', { class: 'explanation' }, h('summary', {}, 'How this due date is worked out'), h('p', {}, explanationText(d.explanation))),
    controls,
  );
}

function explanationText(explanation) {
  if (typeof explanation === 'string') return explanation;
  return explanation?.text ?? 'No explanation recorded.';
}
