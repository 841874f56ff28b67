import { api, post, query } from '../api.js';
import { h, humanize } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { checkboxGroup, field, form, formAlert, onSubmit } from '../forms.js';
import { timeEl, todayIso } from '../format.js';
import { has } from '../roles.js';
import { navigate } from '../router.js';

/** @typedef {import('../api-types').components['schemas']['EnforcementOrderDto']} Order */
/** @typedef {import('../api-types').components['schemas']['EnforcementOrderDetailDto']} OrderDetail */
/** @typedef {import('../api-types').components['schemas']['EnforcementAggregateDto']} Aggregate */

const KINDS = [
  { value: 'WRO', label: 'Withhold Release Order (19 CFR 12.42(e))' },
  { value: 'FINDING', label: 'Finding (19 CFR 12.42(f))' },
];
const STATUSES = ['PROPOSED', 'ACTIVE', 'REVOKED', 'REJECTED'];

const goods = (/** @type {string[]} */ categories) => (categories.length ? categories.map(humanize).join(', ') : 'All goods');

/**
 * The register of Withhold Release Orders and Findings (docs/domain.md §6), filtered by kind,
 * status, product category and year, with the form that proposes an order.
 */
export async function ordersPage({ user, query: search, flash }) {
  const filter = {
    kind: search.get('kind') ?? '',
    status: search.get('status') ?? '',
    category: search.get('category') ?? '',
    year: search.get('year') ?? '',
    facilityId: search.get('facilityId') ?? '',
  };
  const [orders, categories, facilities] = await Promise.all([
    /** @type {Promise<Order[]>} */ (api(`/orders${query(filter)}`)),
    api('/product-categories'),
    api('/facilities'),
  ]);
  const filterForm = h(
    'form',
    { class: 'filters', method: 'get', action: '/orders', 'aria-label': 'Filter the register' },
    field({ name: 'kind', label: 'Kind', value: filter.kind, options: [{ value: '', label: 'Any kind' }, ...KINDS] }),
    field({ name: 'status', label: 'Status', value: filter.status, options: [{ value: '', label: 'Any status' }, ...STATUSES.map((s) => ({ value: s, label: humanize(s) }))] }),
    field({ name: 'category', label: 'Product category', value: filter.category, options: [{ value: '', label: 'Any category' }, ...categories.map((c) => ({ value: c.code, label: c.name }))] }),
    field({ name: 'year', label: 'Year', type: 'number', value: filter.year, min: 1990, max: 2100 }),
    field({ name: 'facilityId', label: 'Facility', value: filter.facilityId, options: [{ value: '', label: 'Any facility' }, ...facilities.map((f) => ({ value: f.id, label: f.name }))] }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, 'Filter')),
  );
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(filterForm).entries());
    void navigate(`/orders${query(data)}`);
  });
  return h(
    'section',
    {},
    h('h1', {}, 'Orders and findings'),
    flash ? h('p', { class: 'notice', role: 'status' }, flash) : null,
    h('p', {}, 'Withhold Release Orders and Findings in force detain the goods they cover at entry. Every order, change and revocation is decided by a second supervisor.'),
    filterForm,
    orders.length
      ? h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'responsive' },
            h('caption', { class: 'visually-hidden' }, 'The register'),
            h('thead', {}, h('tr', {}, ['Reference', 'Status', 'Facility', 'Goods', 'Effective from', 'Legal basis'].map((c) => h('th', { scope: 'col' }, c)))),
            h(
              'tbody',
              {},
              orders.map((o) =>
                h(
                  'tr',
                  {},
                  h('td', { 'data-label': 'Reference' }, h('a', { href: `/orders/${o.id}` }, o.reference)),
                  h('td', { 'data-label': 'Status' }, h('span', { class: `badge order-${o.status}` }, humanize(o.status)), o.pending ? ' (request waiting)' : null),
                  h('td', { 'data-label': 'Facility' }, h('a', { href: `/facilities/${o.facilityId}` }, o.facilityName)),
                  h('td', { 'data-label': 'Goods' }, goods(o.productCategories)),
                  h('td', { 'data-label': 'Effective from' }, timeEl(o.effectiveFrom)),
                  h('td', { 'data-label': 'Legal basis' }, o.legalBasis),
                ),
              ),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'No order matches.'),
    has(user, 'order:request') ? h('section', { 'aria-labelledby': 'propose-title' }, h('h2', { id: 'propose-title' }, 'Propose an order'), proposeForm(categories, facilities)) : null,
  );
}

function proposeForm(categories, facilities) {
  const proposal = form(
    { class: 'stack', 'aria-label': 'Propose an order', dataset: { draft: 'propose-order' } },
    formAlert(),
    field({ name: 'kind', label: 'Kind', required: true, options: KINDS }),
    field({ name: 'facilityId', label: 'Facility', required: true, options: [{ value: '', label: 'Choose a facility' }, ...facilities.map((f) => ({ value: f.id, label: f.name }))] }),
    checkboxGroup({ name: 'productCategories', legend: 'Product categories', hint: 'None ticked: every good from the facility.', options: categories.map((c) => ({ value: c.code, label: c.name })) }),
    field({ name: 'effectiveFrom', label: 'Goods imported from', type: 'date', required: true, value: todayIso() }),
    field({ name: 'reason', label: 'Reason', rows: 3, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Propose')),
  );
  onSubmit(proposal, async (body) => {
    const created = await post('/orders', { productCategories: [], ...body });
    await navigate(`/orders/${created.id}`, { flash: `${created.reference} proposed: a second supervisor decides it.` });
  });
  keepDraft(proposal);
  return proposal;
}

/** One order: its terms, the request waiting, the entries it holds and its history. */
export async function orderPage({ params, user, flash }) {
  /** @type {OrderDetail} */
  const o = await api(`/orders/${encodeURIComponent(params.id)}`);
  const categories = o.legalActions.includes('MODIFY') ? await api('/product-categories') : [];
  return h(
    'section',
    {},
    h('h1', {}, `${o.reference}: ${o.kind === 'WRO' ? 'Withhold Release Order' : 'Finding'}`),
    flash ? h('p', { class: 'notice', role: 'status' }, flash) : null,
    h(
      'dl',
      { class: 'facts summary' },
      h('dt', {}, 'Status'),
      h('dd', {}, h('span', { class: `badge order-${o.status}` }, humanize(o.status))),
      h('dt', {}, 'Facility'),
      h('dd', {}, h('a', { href: `/facilities/${o.facilityId}` }, o.facilityName)),
      h('dt', {}, 'Goods'),
      h('dd', {}, goods(o.productCategories)),
      h('dt', {}, 'Imported from'),
      h('dd', {}, timeEl(o.effectiveFrom)),
      h('dt', {}, 'Legal basis'),
      h('dd', {}, o.legalBasis),
      h('dt', {}, 'Reason'),
      h('dd', {}, o.reason),
      h('dt', {}, 'Case'),
      h('dd', {}, o.caseId ? h('a', { href: `/cases/${o.caseId}` }, o.caseReference ?? 'case') : '—'),
      h('dt', {}, 'Issued'),
      h('dd', {}, o.issuedAt ? timeEl(o.issuedAt, true) : 'Not issued'),
      o.revokedAt ? [h('dt', {}, 'Revoked'), h('dd', {}, timeEl(o.revokedAt, true))] : null,
    ),
    pendingSection(o, user),
    o.legalActions.includes('MODIFY') && has(user, 'order:request') ? modifySection(o, categories) : null,
    o.legalActions.includes('REVOKE') && has(user, 'order:request') ? revokeSection(o) : null,
    h('h2', {}, 'Entries it holds'),
    o.heldEntries.length
      ? h(
          'ul',
          { class: 'plain-list' },
          o.heldEntries.map((e) => h('li', {}, h('a', { href: `/entries/${e.id}` }, e.reference), ` — ${e.manufacturerName}, ${humanize(e.productCategory)}, imported `, timeEl(e.importedAt))),
        )
      : h('p', { class: 'empty' }, 'No entry is detained on this order now.'),
    h('h2', {}, 'History'),
    h(
      'ol',
      { class: 'plain-list' },
      o.history.map((e) => h('li', {}, timeEl(e.occurredAt, true), `: ${humanize(e.type)}`, typeof e.payload.reason === 'string' ? ` — ${e.payload.reason}` : null, typeof e.payload.entries === 'number' ? ` — ${e.payload.entries} open entries screened again` : null)),
    ),
    h('p', {}, h('a', { href: '/orders' }, 'The register')),
  );
}

/** The request that waits: the decision form for a supervisor who may decide it, the API's reason otherwise. */
function pendingSection(/** @type {OrderDetail} */ o, user) {
  const p = o.pendingRequest;
  if (!p) return null;
  const asked = [`${humanize(p.action)} asked `, timeEl(p.requestedAt, true), `: ${p.reason}`, p.terms ? ` (${goods(p.terms.productCategories)} imported from ${p.terms.effectiveFrom})` : null];
  const section = h('section', { 'aria-labelledby': 'pending-title' }, h('h2', { id: 'pending-title' }, 'Waiting for a second supervisor'), h('p', {}, ...asked));
  if (!p.mayDecide || !has(user, 'order:decide')) {
    if (p.refusal) section.append(h('p', { class: 'warning' }, p.refusal));
    return section;
  }
  const decision = form(
    { class: 'stack', 'aria-label': 'Decide the request' },
    formAlert(),
    field({ name: 'reason', label: 'Reason for the decision', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', value: 'approve' }, 'Approve'), h('button', { type: 'submit', value: 'reject', class: 'secondary' }, 'Reject')),
  );
  onSubmit(decision, async (body, submitter) => {
    const verb = submitter?.value === 'reject' ? 'reject' : 'approve';
    await post(`/orders/${encodeURIComponent(o.id)}/${verb}`, body);
    await navigate(`/orders/${o.id}`, { flash: verb === 'approve' ? 'Approved: the open entries from the facility are screened again.' : 'Rejected.' });
  });
  section.append(decision);
  return section;
}

function modifySection(/** @type {OrderDetail} */ o, categories) {
  const modify = form(
    { class: 'stack', 'aria-label': 'Ask to modify', dataset: { draft: `modify-order-${o.id}` } },
    formAlert(),
    checkboxGroup({ name: 'productCategories', legend: 'New product categories', hint: 'Leave all unticked to keep the categories as they are.', options: categories.map((c) => ({ value: c.code, label: c.name })) }),
    field({ name: 'effectiveFrom', label: 'New first day of importation covered', type: 'date', hint: 'Leave empty to keep it.' }),
    field({ name: 'reason', label: 'Reason', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Ask to modify')),
  );
  onSubmit(modify, async (body) => {
    const { productCategories, ...rest } = body;
    await post(`/orders/${encodeURIComponent(o.id)}/modification-requests`, productCategories?.length ? body : rest);
    await navigate(`/orders/${o.id}`, { flash: 'Modification asked for: a second supervisor decides it.' });
  });
  keepDraft(modify);
  return h('section', { 'aria-labelledby': 'modify-title' }, h('h2', { id: 'modify-title' }, 'Modify'), modify);
}

function revokeSection(/** @type {OrderDetail} */ o) {
  const revoke = form(
    { class: 'stack', 'aria-label': 'Ask to revoke' },
    formAlert(),
    field({ name: 'reason', label: 'Reason', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Ask to revoke')),
  );
  onSubmit(revoke, async (body) => {
    await post(`/orders/${encodeURIComponent(o.id)}/revocation-requests`, body);
    await navigate(`/orders/${o.id}`, { flash: 'Revocation asked for: a second supervisor decides it.' });
  });
  return h('section', { 'aria-labelledby': 'revoke-title' }, h('h2', { id: 'revoke-title' }, 'Revoke'), h('p', {}, 'Once revoked, entries held on this order alone are released.'), revoke);
}

/** The register in aggregate for policy staff: counts only, no case and no reason. */
export async function ordersAggregatePage() {
  /** @type {Aggregate} */
  const a = await api('/orders/aggregate');
  const table = (caption, head, rows) =>
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.length ? rows.map(([k, n]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, String(n)))) : h('tr', {}, h('td', { colspan: 2 }, 'None'))),
    );
  return h(
    'section',
    {},
    h('h1', {}, 'Orders and findings in aggregate'),
    h('p', {}, `${a.total} orders and findings in the register, proposals included.`),
    table('By kind', ['Kind', 'Count'], a.byKind.map((c) => [c.key === 'WRO' ? 'Withhold Release Orders' : 'Findings', c.count])),
    table('By status', ['Status', 'Count'], a.byStatus.map((c) => [humanize(c.key), c.count])),
    table('By product category', ['Category', 'Count'], a.byCategory.map((c) => [c.key === 'ALL_GOODS' ? 'All goods' : humanize(c.key), c.count])),
    table('By year', ['Year', 'Count'], a.byYear.map((c) => [String(c.year), c.count])),
  );
}
