import { api, download, query } from '../api.js';
import { humanize } from '../dom.js';
import { errorSentence } from '../forms.js';
import { navigate } from '../router.js';
import { Field, html, mountView, Time } from '../ui.js';
import { useState } from 'preact/hooks';

const PAGE_SIZE = 50;
const FILTERS = ['actorId', 'action', 'outcome', 'target', 'from', 'to'];

/**
 * The audit log: sign-ins, failed sign-ins, refused requests and administrative changes, newest
 * first, filtered by who, what, subject and time (kept in the address), a page at a time, and
 * exported as CSV under the same filters.
 */
export async function adminAuditPage({ query: params }) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? '']));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const apiFilters = { ...filters, from: dayStart(filters.from), to: dayAfter(filters.to) };
  const [result, people] = await Promise.all([api(`/audit-events${query({ ...apiFilters, page, pageSize: PAGE_SIZE })}`), api('/people')]);
  return mountView(AuditPage, { result, people, filters, apiFilters, page });
}

/** A date field's day as the instant it begins (UTC), or the text as typed for the API to judge. */
function dayStart(day) {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00Z` : day;
}
/** The instant after a date field's day ends: `to` is exclusive. */
function dayAfter(day) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
}

function AuditPage({ result, people, filters, apiFilters, page }) {
  const [problem, setProblem] = useState('');
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const at = (p) => `/admin/audit${query({ ...filters, page: p > 1 ? p : undefined })}`;
  /** @param {SubmitEvent} event */
  const filter = (event) => {
    event.preventDefault();
    const data = new FormData(/** @type {HTMLFormElement} */ (event.currentTarget));
    void navigate(`/admin/audit${query(Object.fromEntries(FILTERS.map((k) => [k, String(data.get(k) ?? '').trim()])))}`);
  };
  const exportCsv = async () => {
    try {
      setProblem('');
      await download(`/audit-events/export.csv${query(apiFilters)}`, 'audit-log.csv');
    } catch (error) {
      setProblem(errorSentence(error));
    }
  };
  return html`<section>
    <h1>Audit log</h1>
    <p><a href="/admin">Administration</a></p>
    <form class="filters" role="search" aria-label="Filter the audit log" onSubmit=${filter}>
      <${Field} name="actorId" label="Who" value=${filters.actorId} options=${[{ value: '', label: 'Anyone' }, ...people.map((p) => ({ value: p.id, label: `${p.displayName} (${p.email})` }))]} />
      <${Field} name="action" label="What" value=${filters.action} hint="An action such as auth.login, or a prefix such as user." />
      <${Field} name="outcome" label="Outcome" value=${filters.outcome} options=${[{ value: '', label: 'Any' }, { value: 'success', label: 'Success' }, { value: 'failure', label: 'Failure' }, { value: 'denied', label: 'Denied' }]} />
      <${Field} name="target" label="Subject" value=${filters.target} hint="Part of an e-mail, a code or a route." />
      <${Field} name="from" label="From (UTC day)" type="date" value=${filters.from} />
      <${Field} name="to" label="To (UTC day, inclusive)" type="date" value=${filters.to} />
      <div class="actions"><button type="submit">Show events</button> <button type="button" class="secondary" onClick=${exportCsv}>Export CSV</button></div>
    </form>
    ${problem ? html`<p class="warning" role="alert">${problem}</p>` : null}
    <p class="result-count">${result.total} ${result.total === 1 ? 'event' : 'events'}${result.total ? `, page ${page} of ${pages}` : ''}.</p>
    ${result.items.length
      ? html`<div class="table-wrap">
          <table class="audit responsive">
            <caption class="visually-hidden">Audit events, newest first</caption>
            <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Outcome</th><th scope="col">Subject</th><th scope="col">Details</th></tr></thead>
            <tbody>
              ${result.items.map(
                (e) => html`<tr key=${e.id} data-audit-id=${e.id}>
                  <td data-label="When"><${Time} iso=${e.at} withTime=${true} /></td>
                  <td data-label="Who">${e.actorName ? `${e.actorName} (${e.actorEmail})` : e.actorId ?? 'Unknown caller'}</td>
                  <td data-label="What">${e.action}</td>
                  <td data-label="Outcome">${humanize(e.outcome)}</td>
                  <td data-label="Subject">${e.target ?? '—'}</td>
                  <td data-label="Details"><code>${Object.keys(e.details).length ? JSON.stringify(e.details) : ''}</code></td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
      : html`<p class="empty">No event matches these filters.</p>`}
    <nav class="pager" aria-label="Pages of the audit log">
      ${page > 1 ? html`<a href=${at(page - 1)} rel="prev">Newer events</a>` : null}
      ${page < pages ? html` <a href=${at(page + 1)} rel="next">Older events</a>` : null}
    </nav>
  </section>`;
}
