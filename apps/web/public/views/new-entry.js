import { api, newIdempotencyKey, post } from '../api.js';
import { h } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { field, form, formAlert, onSubmit } from '../forms.js';
import { entryStatusText, todayIso } from '../format.js';
import { navigate } from '../router.js';

const HTS = /^\d{4}(\.\d{2}){0,3}$/;

function group(legend, hint, ...fields) {
  return h('fieldset', { class: 'group' }, h('legend', {}, legend), hint ? h('p', { class: 'hint' }, hint) : null, h('div', { class: 'group-fields' }, fields));
}

/**
 * File an import entry with its certification (19 CFR 12.43): a supplier certificate of origin
 * and the importer's due-diligence statement. Either may be left out; the entry is then detained.
 * The manufacturer is typed as a name: importers cannot list the facility register, and screening
 * matches the name against it. The Idempotency-Key stays the same while the body does, so a
 * double click or a retry files one entry.
 */
export async function newEntryPage() {
  const categories = await api('/product-categories');
  const today = todayIso();
  const entryForm = form(
    { class: 'stack wide', 'aria-label': 'File an entry', dataset: { draft: 'file-entry' } },
    formAlert(),
    group(
      'The goods',
      null,
      field({
        name: 'manufacturer.name',
        label: 'Manufacturer',
        required: true,
        autocomplete: 'organization',
        hint: 'The factory that made the goods, by the name it is registered under, e.g. “Jinan Hydraulic Press Works”.',
      }),
      field({
        name: 'productCategory',
        label: 'Product category',
        required: true,
        options: [{ value: '', label: 'Choose a category' }, ...categories.map((c) => ({ value: c.code, label: c.hts ? `${c.name} (HTS ${c.hts})` : c.name }))],
      }),
      field({ name: 'htsCode', label: 'HTS code', required: true, inputmode: 'decimal', hint: 'Four digits, then pairs: 8462 or 8462.29 or 8462.29.00.' }),
      field({ name: 'quantity', label: 'Quantity', type: 'number', required: true, min: 0, step: 'any', inputmode: 'decimal' }),
      field({ name: 'valueUsd', label: 'Declared value (US dollars)', type: 'number', required: true, min: 0, step: '0.01', inputmode: 'decimal' }),
      field({ name: 'importedOn', label: 'Date of importation', type: 'date', required: true, max: today, value: today }),
    ),
    group(
      'Supplier certificate of origin',
      'Leave these empty if you have no certificate: the entry will then be detained until you prove the goods admissible.',
      field({ name: 'certification.supplierCertificateOfOrigin.issuer', label: 'Issued by' }),
      field({ name: 'certification.supplierCertificateOfOrigin.number', label: 'Certificate number' }),
      field({ name: 'certification.supplierCertificateOfOrigin.issuedOn', label: 'Issued on', type: 'date', max: today }),
    ),
    group(
      'Due-diligence statement',
      'Your statement that the goods were not made with prison labor, and how you checked. Leave it empty if you make none: the entry will then be detained.',
      field({ name: 'certification.dueDiligenceStatement.manufacturerName', label: 'Manufacturer named in the statement' }),
      field({ name: 'certification.dueDiligenceStatement.manufacturerAddress', label: 'Manufacturer’s address (optional)', rows: 2 }),
      field({ name: 'certification.dueDiligenceStatement.statement', label: 'Statement', rows: 4 }),
      field({ name: 'certification.dueDiligenceStatement.signedBy', label: 'Signed by', autocomplete: 'name' }),
      field({ name: 'certification.dueDiligenceStatement.signedOn', label: 'Signed on', type: 'date', max: today }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'File entry'), h('a', { href: '/screening', class: 'button-link secondary' }, 'Check the manufacturer first')),
  );

  // A category with a precise HTS heading fills the HTS code while it is empty.
  const category = /** @type {HTMLSelectElement} */ (entryForm.elements.namedItem('productCategory'));
  const hts = /** @type {HTMLInputElement} */ (entryForm.elements.namedItem('htsCode'));
  category.addEventListener('change', () => {
    const chosen = categories.find((c) => c.code === category.value);
    if (!hts.value.trim() && chosen?.hts && HTS.test(chosen.hts)) hts.value = chosen.hts;
  });
  let last = { body: '', key: '' };
  onSubmit(entryForm, async (body) => {
    // An empty certificate or statement is left out; `certification` itself is always sent.
    body.certification ??= {};
    const text = JSON.stringify(body);
    if (text !== last.body) last = { body: text, key: newIdempotencyKey() };
    const entry = await post('/entries', body, { 'Idempotency-Key': last.key });
    await navigate(`/entries/${entry.id}`, { flash: `Entry ${entry.reference} filed: ${entryStatusText(entry.status).toLowerCase()}.` });
  });
  keepDraft(entryForm);
  return h(
    'section',
    {},
    h('h1', {}, 'File an entry'),
    h(
      'p',
      {},
      'The goods are screened as soon as you file: released at once when nothing holds them, held for CBP’s decision when the manufacturer you name only comes close to a registered one, or detained with the reasons. Goods from a blocked manufacturer, under an order, or without a certification, are detained.',
    ),
    entryForm,
  );
}
