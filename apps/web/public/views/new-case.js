import { api, newIdempotencyKey, post } from '../api.js';
import { h, humanize } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { checkboxGroup, field, form, formAlert, onSubmit } from '../forms.js';
import { assignablePeople } from '../people.js';
import { can } from '../roles.js';
import { navigate } from '../router.js';

/**
 * Open a case on one facility and one allegation. The Idempotency-Key stays the same while the
 * body does, so a double click or a retry makes one case; a changed body gets a new key.
 */
export async function newCasePage({ user, query }) {
  const [facilities, categories, people] = await Promise.all([api('/facilities'), api('/product-categories'), can.reassign(user) ? assignablePeople(user) : []]);
  const chosen = query.get('facilityId') ?? '';
  const assignees = people.filter((p) => p.id !== user.id);
  const openForm = form(
    { class: 'stack', 'aria-label': 'Open a case', dataset: { draft: 'open-case' } },
    formAlert(),
    field({
      name: 'facilityId',
      label: 'Facility',
      required: true,
      value: chosen,
      options: [{ value: '', label: 'Choose a facility' }, ...facilities.map((f) => ({ value: f.id, label: `${f.name}${f.province ? `, ${f.province}` : ''} (${humanize(f.status)})` }))],
      hint: 'Not in the list? Register it on the Facilities page first.',
    }),
    checkboxGroup({
      name: 'allegation.productCategories',
      legend: 'Product categories',
      hint: 'The goods the allegation is about.',
      options: categories.map((c) => ({ value: c.code, label: c.hts ? `${c.name} (HTS ${c.hts})` : c.name })),
    }),
    field({ name: 'allegation.summary', label: 'Summary of the allegation', rows: 5, required: true }),
    field({ name: 'allegation.source', label: 'Source', required: true, hint: 'Who or what reported it, e.g. “NGO report, 2026-10”.' }),
    assignees.length
      ? field({ name: 'assigneeId', label: 'Assign to', options: [{ value: '', label: `Myself (${user.displayName})` }, ...assignees.map((p) => ({ value: p.id, label: p.name }))] })
      : null,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Open case')),
  );
  let last = { body: '', key: '' };
  onSubmit(openForm, async (body) => {
    const text = JSON.stringify(body);
    if (text !== last.body) last = { body: text, key: newIdempotencyKey() };
    const opened = await post('/cases', body, { 'Idempotency-Key': last.key });
    await navigate(`/cases/${opened.id}`, { flash: `Case ${opened.reference} opened.` });
  });
  keepDraft(openForm);
  if (chosen) /** @type {HTMLSelectElement} */ (openForm.elements.namedItem('facilityId')).value = chosen;
  return h(
    'section',
    {},
    h('h1', {}, 'Open a case'),
    h('p', {}, 'One facility, one allegation. No clock starts until you request a visit or an investigation. ', h('a', { href: '/facilities' }, 'Register a facility')),
    openForm,
  );
}
