import { api, post } from '../api.js';
import { h, humanize } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { field, form, formAlert, onSubmit } from '../forms.js';
import { timeEl } from '../format.js';
import { can, CASEWORKERS } from '../roles.js';
import { navigate } from '../router.js';

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

/** One facility: its status and the dated history of who changed it, why, on which case. */
export async function facilityPage({ params, user, flash }) {
  const f = await api(`/facilities/${encodeURIComponent(params.id)}`);
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
    CASEWORKERS.includes(user.role) ? h('p', {}, h('a', { href: `/cases/new?facilityId=${f.id}` }, 'Open a case on this facility')) : null,
    h('h2', {}, 'Status history'),
    f.statusHistory?.length
      ? h(
          'ol',
          { class: 'plain-list' },
          f.statusHistory.map((s) =>
            h('li', {}, timeEl(s.changedAt, true), `: ${humanize(s.from)} → `, h('strong', {}, humanize(s.to)), ` — ${s.reason}`, s.caseId && CASEWORKERS.includes(user.role) ? [' (', h('a', { href: `/cases/${s.caseId}` }, 'case'), ')'] : null),
          ),
        )
      : h('p', { class: 'empty' }, 'The status has not changed since the facility was registered.'),
    h('p', {}, h('a', { href: '/facilities' }, 'All facilities')),
  );
}
