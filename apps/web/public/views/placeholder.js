import { h } from '../dom.js';

/** Pages for what is still being built (administration): what will be here. */
const PLANS = {
  admin: {
    title: 'Administration',
    intro: 'Administration will be here:',
    items: ['users and their roles', 'holiday calendars', 'deadline budgets and escalation thresholds'],
  },
};

export function placeholderPage(role) {
  const plan = PLANS[role];
  return () =>
    h(
      'section',
      { class: 'placeholder' },
      h('h1', {}, plan.title),
      h('p', {}, plan.intro),
      h('ul', {}, plan.items.map((i) => h('li', {}, i))),
      h('p', { class: 'hint' }, 'These pages arrive as their parts of the system are finished.'),
    );
}
