import { api, query } from '../api.js';
import { h, humanize } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { field, form, formAlert, onSubmit } from '../forms.js';

/**
 * The pre-shipment check (GET /screening): what screening would decide for goods of this category
 * from this manufacturer, with every reason, assuming a complete certification is filed.
 */
export async function screeningPage({ query: params }) {
  const categories = await api('/product-categories');
  const result = h('section', { class: 'screening-result', 'aria-live': 'polite', 'aria-labelledby': 'screening-result-title' });
  const checkForm = form(
    { class: 'stack', 'aria-label': 'Screening check', dataset: { draft: 'screening' } },
    formAlert(),
    field({ name: 'manufacturer', label: 'Manufacturer', required: true, value: params.get('manufacturer') ?? '', hint: 'Its name as registered, e.g. “Red Star Tea Estate”.' }),
    field({
      name: 'category',
      label: 'Product category',
      required: true,
      value: params.get('category') ?? '',
      options: [{ value: '', label: 'Choose a category' }, ...categories.map((c) => ({ value: c.code, label: c.hts ? `${c.name} (HTS ${c.hts})` : c.name }))],
    }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Check')),
  );
  onSubmit(checkForm, async (values) => {
    const answer = await api(`/screening${query({ manufacturer: values.manufacturer ?? '', category: values.category ?? '' })}`);
    showResult(result, answer);
  });
  keepDraft(checkForm);
  return h(
    'section',
    {},
    h('h1', {}, 'Screening check'),
    h('p', {}, 'Before shipping, check whether goods of a category from a manufacturer would be released or detained on entry. Nothing is filed.'),
    checkForm,
    result,
  );
}

function showResult(region, answer) {
  const detain = answer.decision === 'DETAIN';
  const heading = h('h2', { id: 'screening-result-title', tabindex: '-1' }, detain ? 'Would be detained' : 'Would be released');
  const m = answer.manufacturer;
  region.className = `screening-result card ${detain ? 'decision-detain' : 'decision-release'}`;
  region.replaceChildren(
    heading,
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Manufacturer'),
      h('dd', {}, m.name, ' — ', m.facilityId ? `in the facility register, status ${humanize(m.status)}` : 'not in the facility register'),
      h('dt', {}, 'Goods'),
      h('dd', {}, answer.category.name, answer.category.highRisk ? ' (a high-risk category)' : ''),
    ),
    answer.reasons.length
      ? h('div', {}, h('h3', {}, 'Reasons'), h('ul', { class: 'warning reasons' }, answer.reasons.map((r) => h('li', { dataset: { code: r.code } }, r.text, ' ', h('span', { class: 'key' }, `(${r.code})`)))))
      : h('p', {}, 'No ground for detention.'),
    h('p', { class: 'hint' }, answer.note),
  );
  heading.focus();
}
