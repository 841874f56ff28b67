import { h } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { field, form, formAlert, onSubmit } from '../forms.js';

/**
 * A supervisor's controls on one open clock: pause or resume it, or extend it, always with a reason
 * (kept in the deadline ledger and shown in the explanation).
 * @param {any} d the deadline
 * @param {(path: string, body: object, done: string) => Promise<void>} run
 */
export function clockControls(d, run) {
  const paused = d.state === 'paused';
  const verb = paused ? 'Resume' : 'Pause';
  const toggle = form(
    { class: 'stack', 'aria-label': `${verb} ${d.key}`, dataset: { draft: `${verb.toLowerCase()}-${d.key}` } },
    formAlert(),
    field({ name: 'reason', label: `Reason to ${verb.toLowerCase()}`, rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, `${verb} clock`)),
  );
  onSubmit(toggle, (body) => run(`deadlines/${encodeURIComponent(d.key)}/${verb.toLowerCase()}`, body, paused ? `Clock ${d.key} resumed.` : `Clock ${d.key} paused.`));

  const extend = form(
    { class: 'stack', 'aria-label': `Extend ${d.key}`, dataset: { draft: `extend-${d.key}` } },
    formAlert(),
    field({ name: 'days', label: 'Extra days', type: 'number', min: 1, max: 365, required: true }),
    field({ name: 'reason', label: 'Reason to extend', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Extend clock')),
  );
  onSubmit(extend, (body) => run(`deadlines/${encodeURIComponent(d.key)}/extend`, body, `Clock ${d.key} extended by ${body.days} days.`));

  const panel = h('details', { class: 'clock-controls' }, h('summary', {}, 'Manage this clock'), h('div', { class: 'two-col' }, toggle, extend));
  if ([keepDraft(toggle), keepDraft(extend)].some(Boolean)) panel.open = true;
  return panel;
}

/**
 * Reassign the case. There is no users endpoint yet, so the choice is the people seen as assignees
 * on cases (and the supervisor); `people` lists them.
 * @param {{ assigneeId: string }} detail
 * @param {{ id: string, name: string }[]} people
 */
export function reassignSection(detail, people, run) {
  const others = people.filter((p) => p.id !== detail.assigneeId);
  const section = h('section', { class: 'reassign', 'aria-labelledby': 'reassign-title' }, h('h2', { id: 'reassign-title' }, 'Reassign'));
  if (others.length === 0) {
    section.append(h('p', { class: 'empty' }, 'No other investigator is known yet: people appear here once they have cases.'));
    return section;
  }
  const reassign = form(
    { class: 'stack', 'aria-label': 'Reassign the case', dataset: { draft: 'reassign' } },
    formAlert(),
    field({ name: 'assigneeId', label: 'New assignee', required: true, options: [{ value: '', label: 'Choose a person' }, ...others.map((p) => ({ value: p.id, label: p.name }))] }),
    field({ name: 'reason', label: 'Reason for reassigning', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Reassign case')),
  );
  onSubmit(reassign, (body) => run('reassign', body, `Case reassigned to ${others.find((p) => p.id === body.assigneeId)?.name ?? 'the new assignee'}.`));
  keepDraft(reassign);
  section.append(reassign);
  return section;
}
