import { h } from '../dom.js';

/** Pages for the roles whose API routes are still being built: what will be here. */
const PLANS = {
  policy: {
    title: 'One-year review',
    intro: 'The review of the memorandum over its first programme year will be here:',
    items: [
      'progress of the current review and its quarterly interim summaries',
      'the final recommendation (maintain, modify or revoke) with its reasons, inputs and thresholds',
      'charts of visit grant and on-time rates, and report downloads',
      'your sign-off of the recommendation',
      'a what-if panel to try other thresholds',
    ],
  },
  importer: {
    title: 'My entries',
    intro: 'Your import entries will be here:',
    items: [
      'file an entry with its certification (certificate of origin and due-diligence statement)',
      'each entry’s status and the clock it is on',
      'answer a detention with proof of admissibility',
      'export or protest after an exclusion',
    ],
  },
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
