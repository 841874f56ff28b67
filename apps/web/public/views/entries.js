import { useEffect, useRef, useState } from 'preact/hooks';
import { api, query } from '../api.js';
import { humanize } from '../dom.js';
import { errorSentence } from '../forms.js';
import { daysLeftText, daysUntil, ENTRY_STATUSES, entryStatusText, usdText } from '../format.js';
import { announce, onLive } from '../live.js';
import { can } from '../roles.js';
import { navigate } from '../router.js';
import { EntryStatusBadge, Field, html, mountView, StateBadge, Time } from '../ui.js';

/**
 * Import entries with their status and the clock each is on: the importer's own (GET /entries
 * answers only those), or every entry for a supervisor. The status filter is kept in the address;
 * the table is patched (rows keyed by entry) when an entry changes.
 */
export async function entriesPage({ user, query: params, flash }) {
  const status = ENTRY_STATUSES.includes(params.get('status') ?? '') ? params.get('status') : '';
  const load = () => api(`/entries${query({ status })}`);
  const entries = await load();
  return mountView(EntriesPage, { initial: entries, load, status, importer: can.fileEntry(user), flash });
}

function EntriesPage({ initial, load, status, importer, flash }) {
  const [list, setList] = useState(initial);
  const [problem, setProblem] = useState('');
  const page = useRef(/** @type {HTMLElement | null} */ (null));

  useEffect(() => {
    if (!page.current) return undefined;
    let asked = 0;
    return onLive(
      page.current,
      (e) => e.stream === 'entry',
      async () => {
        const mine = ++asked;
        try {
          const next = await load();
          if (mine !== asked) return;
          setList(next);
          setProblem('');
          announce('The list of entries was updated.');
        } catch (error) {
          if (mine === asked) setProblem(`Could not refresh: ${errorSentence(error)}`);
        }
      },
    );
  }, []);

  /** @param {SubmitEvent} event */
  const filter = (event) => {
    event.preventDefault();
    void navigate(`/entries${query({ status: new FormData(/** @type {HTMLFormElement} */ (event.currentTarget)).get('status') })}`);
  };

  return html`<section ref=${page}>
    <h1>${importer ? 'My entries' : 'Import entries'}</h1>
    ${flash ? html`<p class="notice" role="status">${flash}</p>` : null}
    ${importer
      ? html`<p>Each entry you filed, newest first, with the clock it is on. <a href="/entries/new">File an entry</a> · <a href="/screening">Check a manufacturer before shipping</a></p>`
      : html`<p>Every import entry, newest first. Detained entries wait for proof and then for your decision; protests wait for a decision. <a href="/screening">Screening check</a></p>`}
    <form class="filters" role="search" aria-label="Filter entries" onSubmit=${filter}>
      <${Field} name="status" label="Status" value=${status} options=${[{ value: '', label: 'Any status' }, ...ENTRY_STATUSES.map((s) => ({ value: s, label: entryStatusText(s) }))]} />
      <div class="actions"><button type="submit">Show entries</button></div>
    </form>
    <div class="entries-results">
      ${problem ? html`<p class="warning">${problem}</p>` : null}
      ${list.length
        ? html`<p class="result-count">${list.length} ${list.length === 1 ? 'entry' : 'entries'}.</p><${EntriesTable} list=${list} />`
        : html`<p class="empty">
            ${status ? `No entry is ${entryStatusText(status).toLowerCase()}.` : importer ? 'You have not filed an entry yet.' : 'No entry has been filed yet.'}
            ${importer && !status ? html` <a href="/entries/new">File an entry</a>` : null}
          </p>`}
    </div>
  </section>`;
}

function Clock({ e }) {
  if (!e.clockKind) return html`<span class="muted">No clock running</span>`;
  const days = daysUntil(e.clockDueAt);
  return html`<div>
    <div>${e.clockTitle}</div>
    <div class="days-left">
      <${StateBadge} state=${e.clockState} /> ${e.clockState === 'paused' ? '' : daysLeftText(days)}${e.clockDueAt ? html` (due <${Time} iso=${e.clockDueAt} />)` : ''}
    </div>
  </div>`;
}

function EntriesTable({ list }) {
  /** @type {[string, (row: any) => any][]} */
  const columns = [
    ['Entry', (e) => html`<a href=${`/entries/${e.id}`}>${e.reference}</a>`],
    ['Manufacturer', (e) => e.manufacturerName],
    ['Goods', (e) => humanize(e.productCategory)],
    ['Value', (e) => usdText(e.valueUsd)],
    ['Status', (e) => html`<${EntryStatusBadge} status=${e.status} />`],
    ['Clock', (e) => html`<${Clock} e=${e} />`],
    ['Filed', (e) => html`<${Time} iso=${e.filedAt} />`],
  ];
  return html`<div class="table-wrap">
    <table class="entries responsive">
      <caption class="visually-hidden">Import entries, newest first</caption>
      <thead>
        <tr>${columns.map(([label]) => html`<th key=${label} scope="col">${label}</th>`)}</tr>
      </thead>
      <tbody>
        ${list.map(
          (e) => html`<tr key=${e.id} class=${e.clockState === 'overdue' ? 'row-overdue' : e.clockState === 'at_risk' ? 'row-at-risk' : undefined} data-entry-id=${e.id}>
            ${columns.map(([label, cell]) => html`<td key=${label} data-label=${label}>${cell(e)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
