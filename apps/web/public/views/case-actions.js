import { CASE_ACTIONS, OUTCOMES } from '../actions.js';
import { h, humanize } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { checkbox, field, form, formAlert, onSubmit } from '../forms.js';
import { todayIso } from '../format.js';

function controlFor(spec) {
  switch (spec.kind) {
    case 'past-date':
      return field({ name: spec.name, label: spec.label, type: 'date', past: true, max: todayIso(), hint: 'Leave empty for today. The clock runs from this date.' });
    case 'date':
      return field({ name: spec.name, label: spec.label, type: 'date', required: spec.required });
    case 'boolean':
      return checkbox({ name: spec.name, label: spec.label });
    case 'outcome':
      return field({ name: spec.name, label: spec.label, required: true, options: [{ value: '', label: 'Choose an outcome' }, ...OUTCOMES.map((o) => ({ value: o, label: humanize(o) }))] });
    default:
      return field({ name: spec.name, label: spec.label, rows: 3 });
  }
}

/**
 * One form per legal next move, and only those; moves whose route does not exist yet are named.
 * @param {{ legalActions: string[] }} detail
 * @param {(path: string, body: object, done: string) => Promise<void>} run posts the move and shows the new case
 */
export function actionsSection(detail, run) {
  const offered = detail.legalActions.filter((a) => CASE_ACTIONS[a]?.path);
  const later = detail.legalActions.filter((a) => !CASE_ACTIONS[a]?.path);
  const panels = offered.map((action) => {
    const spec = CASE_ACTIONS[action];
    const actionForm = form(
      { class: 'stack', 'aria-label': spec.title, dataset: { draft: `action-${action}`, action } },
      formAlert(),
      spec.fields.map(controlFor),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, spec.submit)),
    );
    onSubmit(actionForm, (body) => run(spec.path, body, spec.done));
    const panel = h('details', { class: 'action-panel' }, h('summary', {}, spec.title), actionForm);
    if (keepDraft(actionForm)) panel.open = true;
    return panel;
  });
  return h(
    'section',
    { class: 'next-steps', 'aria-labelledby': 'next-steps-title' },
    h('h2', { id: 'next-steps-title' }, 'Next steps'),
    panels.length ? h('div', { class: 'panels' }, panels) : h('p', { class: 'empty' }, 'No move is open on this case now.'),
    later.length ? h('p', { class: 'hint' }, `Also allowed, but not yet available here: ${later.map((a) => CASE_ACTIONS[a]?.title ?? humanize(a)).join(', ')}.`) : null,
  );
}
