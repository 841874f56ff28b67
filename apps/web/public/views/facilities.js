import { api, post } from '../api.js';
import { h, humanize } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { field, form, formAlert, onSubmit, radioGroup } from '../forms.js';
import { timeEl } from '../format.js';
import { can, has } from '../roles.js';
import { navigate } from '../router.js';
import { facilityNamesSection } from './facility-names.js';

/** The facility registry, with a small form to register one. */
export async function facilitiesPage({ user, flash }) {
  const facilities = await api('/facilities');
  const registerForm = can.createFacility(user) ? registerFacilityForm() : null;
  return h(
    'section',
    {},
    h('h1', {}, 'Facilities'),
    flash ? h('p', { class: 'notice', role: 'status' }, flash) : null,
    registerForm ? h('section', { 'aria-labelledby': 'register-title' }, h('h2', { id: 'register-title' }, 'Register a facility'), registerForm) : null,
    h('h2', {}, 'Registry'),
    facilities.length
      ? h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'responsive' },
            h('caption', { class: 'visually-hidden' }, 'Facilities'),
            h('thead', {}, h('tr', {}, ['Name', 'Province', 'Status', 'Registered'].map((c) => h('th', { scope: 'col' }, c)))),
            h(
              'tbody',
              {},
              facilities.map((f) =>
                h(
                  'tr',
                  {},
                  h('td', { 'data-label': 'Name' }, h('a', { href: `/facilities/${f.id}` }, f.name)),
                  h('td', { 'data-label': 'Province' }, f.province ?? '—'),
                  h('td', { 'data-label': 'Status' }, h('span', { class: `badge facility-${f.status}` }, humanize(f.status))),
                  h('td', { 'data-label': 'Registered' }, timeEl(f.createdAt)),
                ),
              ),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'No facility is registered yet.'),
  );
}

function registerFacilityForm() {
  const registerForm = form(
    { class: 'stack', 'aria-label': 'Register a facility', dataset: { draft: 'register-facility' } },
    formAlert(),
    field({ name: 'name', label: 'Facility name', required: true }),
    field({ name: 'province', label: 'Province' }),
    field({ name: 'address', label: 'Address', rows: 2 }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Register facility')),
  );
  onSubmit(registerForm, async (body) => {
    const created = await post('/facilities', body);
    await navigate(`/facilities/${created.id}`, { flash: `${created.name} registered.` });
  });
  keepDraft(registerForm);
  return registerForm;
}

/** @typedef {import('../api-types').components['schemas']['FacilityDetailDto']} FacilityDetail */

/** One facility: its status and the dated history of who changed it, why, on which case. */
export async function facilityPage({ params, user, flash }) {
  /** @type {FacilityDetail} */
  const f = await api(`/facilities/${encodeURIComponent(params.id)}`);
  const unblock = can.requestUnblock(user) ? await unblockSection(f) : null;
  return h(
    'section',
    {},
    h('h1', {}, f.name),
    flash ? h('p', { class: 'notice', role: 'status' }, flash) : null,
    h(
      'dl',
      { class: 'facts summary' },
      h('dt', {}, 'Status'),
      h('dd', {}, h('span', { class: `badge facility-${f.status}` }, humanize(f.status))),
      h('dt', {}, 'Province'),
      h('dd', {}, f.province ?? '—'),
      h('dt', {}, 'Address'),
      h('dd', {}, f.address ?? '—'),
      h('dt', {}, 'Registered'),
      h('dd', {}, timeEl(f.createdAt)),
    ),
    can.openCase(user) ? h('p', {}, h('a', { href: `/cases/new?facilityId=${f.id}` }, 'Open a case on this facility')) : null,
    has(user, 'order:read') ? h('p', {}, h('a', { href: `/orders?facilityId=${f.id}` }, 'Orders and findings on this facility')) : null,
    facilityNamesSection(f, user),
    unblock,
    h('h2', {}, 'Status history'),
    f.statusHistory?.length
      ? h(
          'ol',
          { class: 'plain-list' },
          f.statusHistory.map((s) =>
            h('li', {}, timeEl(s.changedAt, true), recordedLate(s), `: ${humanize(s.from)} → `, h('strong', {}, humanize(s.to)), ` — ${s.reason}`, s.caseId && can.readCases(user) ? [' (', h('a', { href: `/cases/${s.caseId}` }, 'case'), ')'] : null),
          ),
        )
      : h('p', { class: 'empty' }, 'The status has not changed since the facility was registered.'),
    h('p', {}, h('a', { href: '/facilities' }, 'All facilities')),
  );
}

/**
 * A supervisor asks to unblock a blocked facility, on one of two grounds (docs/domain.md §6): a visit
 * with full access on one of its cases, or a remediation petition. Whether asking is legal now is the
 * API's answer (the facility's legalActions). A second supervisor decides on the Approvals page;
 * while a request waits, the page says so (in the API's words) instead of offering another.
 */
async function unblockSection(/** @type {FacilityDetail} */ f) {
  const section = h('section', { class: 'unblock', 'aria-labelledby': 'unblock-title' }, h('h2', { id: 'unblock-title' }, 'Unblock this facility'));
  if (!f.legalActions.includes('REQUEST_UNBLOCK')) {
    /** @type {import('../api-types').components['schemas']['ApprovalListItemDto'][]} */
    const pending = await api('/approvals?status=pending');
    const waiting = pending.find((a) => a.kind === 'UNBLOCK_FACILITY' && a.facilityId === f.id);
    if (!waiting) return null;
    section.append(
      h('p', { class: 'warning' }, `${f.unblockRefusal} It was asked `, timeEl(waiting.requestedAt, true), `: ${waiting.reason}. `, h('a', { href: '/approvals' }, 'Approvals')),
    );
    return section;
  }
  const cases = await api(`/cases?facilityId=${encodeURIComponent(f.id)}&pageSize=200&sort=-openedAt`);
  const caseField = field({
    name: 'caseId',
    label: 'Case whose visit had full access',
    required: true,
    options: [{ value: '', label: cases.items.length ? 'Choose a case' : 'This facility has no case' }, ...cases.items.map((c) => ({ value: c.id, label: `${c.reference} — ${humanize(c.stage)}` }))],
    hint: 'Only a case that records a visit with full access qualifies.',
  });
  const petitionField = field({ name: 'petition', label: 'Remediation petition', rows: 4, required: true, hint: 'What the facility changed, and how it was checked.' });
  const unblockForm = form(
    { class: 'stack', 'aria-label': 'Ask to unblock', dataset: { draft: 'unblock' } },
    formAlert(),
    radioGroup({
      name: 'ground',
      legend: 'Ground',
      value: 'VISIT_WITH_FULL_ACCESS',
      options: [
        { value: 'VISIT_WITH_FULL_ACCESS', label: 'A visit with full access', hint: 'recorded on one of its cases' },
        { value: 'REMEDIATION_PETITION', label: 'A remediation petition' },
      ],
    }),
    caseField,
    petitionField,
    field({ name: 'reason', label: 'Reason for unblocking', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Ask to unblock')),
  );
  // Only the chosen ground's field is shown (and sent).
  const sync = () => {
    const ground = /** @type {RadioNodeList} */ (unblockForm.elements.namedItem('ground')).value;
    caseField.hidden = ground !== 'VISIT_WITH_FULL_ACCESS';
    petitionField.hidden = ground !== 'REMEDIATION_PETITION';
  };
  unblockForm.addEventListener('change', sync);
  onSubmit(unblockForm, async (body) => {
    await post(`/facilities/${encodeURIComponent(f.id)}/unblock-requests`, body);
    await navigate(`/facilities/${f.id}`, { flash: 'Unblock requested: a second supervisor decides it on the Approvals page.' });
  });
  keepDraft(unblockForm);
  sync();
  section.append(h('p', {}, 'Blocked goods from this facility are detained on entry. A second supervisor decides an unblock request (four eyes).'), unblockForm);
  return section;
}

/** A change recorded later than it took effect (a fact entered late) says when the system was told of it. */
function recordedLate(s) {
  if (!s.recordedAt || Date.parse(s.recordedAt) - Date.parse(s.changedAt) < 60_000) return null;
  return [' (recorded ', timeEl(s.recordedAt, true), ')'];
}
