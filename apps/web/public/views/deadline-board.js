import { useEffect, useRef, useState } from 'preact/hooks';
import { api, download, query } from '../api.js';
import { errorSentence } from '../forms.js';
import { clockTime, daysLeftText } from '../format.js';
import { announce, onLive } from '../live.js';
import { assignablePeople, rememberPerson } from '../people.js';
import { navigate } from '../router.js';
import { Field, html, mountView, StateBadge, Time } from '../ui.js';

const PAGE_SIZE = 50;

/** The states as filter buttons, in the order a supervisor reads them: the worst first. */
const STATES = [
  ['open', 'All open'],
  ['overdue', 'Overdue'],
  ['at_risk', 'At risk'],
  ['on_track', 'On track'],
  ['paused', 'Paused'],
  ['met', 'Met'],
  ['missed', 'Missed'],
];
const STATE_CODES = STATES.map(([code]) => code);

function filtersFrom(params) {
  const state = params.get('state');
  return {
    state: STATE_CODES.includes(state ?? '') ? state : 'open',
    kind: params.get('kind') ?? '',
    subject: ['case', 'entry'].includes(params.get('subject') ?? '') ? params.get('subject') : '',
    facilityId: params.get('facilityId') ?? '',
    assigneeId: params.get('assigneeId') ?? '',
    sort: params.get('sort') === '-dueAt' ? '-dueAt' : 'dueAt',
  };
}

/** The address of the board with these filters; the default state and sort are left out. */
function boardHref(filters, page = 1) {
  return `/board${query({ ...filters, state: filters.state === 'open' ? '' : filters.state, sort: filters.sort === 'dueAt' ? '' : filters.sort, page: page > 1 ? page : '' })}`;
}

/**
 * The supervisor's deadline board: every clock on cases and import entries (GET /deadlines), a
 * count per state that doubles as the state filter, more filters kept in the address, CSV exports,
 * and live updates: the counts and the table are patched in place when a case or an entry changes,
 * so the filters being chosen and a focused link stay as they are.
 */
export async function deadlineBoardPage({ query: params, user }) {
  const filters = filtersFrom(params);
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const load = () => api(`/deadlines${query({ ...filters, page, pageSize: PAGE_SIZE })}`);
  const [board, facilities, people, ruleBook] = await Promise.all([load(), api('/facilities'), assignablePeople(user), api('/rules/deadlines')]);
  // The clocks a case or an entry runs, as the rules in force name them.
  const kinds = ruleBook.rules.filter((r) => r.runsOn !== 'programme').map((r) => ({ value: r.kind, label: r.title }));
  remember(board.items);
  return mountView(DeadlineBoard, { initial: board, load, filters, page, facilities, people, kinds, user });
}

/** What a refresh compares to decide whether to announce a change. */
const fingerprint = (data) => JSON.stringify([data.summary, data.total, data.items.map((d) => [d.id, d.state, d.escalationLevel])]);

function DeadlineBoard({ initial, load, filters, page, facilities, people, kinds, user }) {
  const [data, setData] = useState(initial);
  const [updated, setUpdated] = useState(`Updated ${clockTime()}.`);
  const section = useRef(/** @type {HTMLElement | null} */ (null));
  const shown = useRef(fingerprint(initial));

  // Live: one refresh per burst of events; stale answers are dropped.
  useEffect(() => {
    if (!section.current) return undefined;
    let latest = 0;
    return onLive(
      section.current,
      (e) => e.stream === 'case' || e.stream === 'entry',
      async () => {
        const mine = ++latest;
        try {
          const next = await load();
          if (mine !== latest) return;
          remember(next.items);
          setData(next);
          setUpdated(`Updated ${clockTime()}.`);
          const print = fingerprint(next);
          if (print !== shown.current) announce(`Deadline board updated: ${next.summary.overdue} overdue, ${next.summary.at_risk} at risk.`);
          shown.current = print;
        } catch (error) {
          if (mine === latest) setUpdated(`Could not refresh: ${errorSentence(error)}`);
        }
      },
      400,
    );
  }, []);

  return html`<section class="deadline-board" ref=${section}>
    <h1>Deadline board</h1>
    <p>
      Every clock on cases and import entries, soonest due first. The counts and the table refresh by themselves when a case or an entry changes.${' '}
      <span class="updated muted">${updated}</span>
    </p>
    <${Counts} filters=${filters} summary=${data.summary} />
    <${FilterForm} filters=${filters} facilities=${facilities} people=${people} kinds=${kinds} user=${user} />
    <${ExportBar} filters=${filters} />
    <div class="board-results"><${Results} data=${data} filters=${filters} page=${page} /></div>
    <p><a href="/board/cases">All cases, one row per case</a></p>
  </section>`;
}

function remember(items) {
  for (const d of items) rememberPerson(d.assigneeId, d.assigneeName);
}

/** Count per state as toggle buttons: pressing one shows that state (aria-pressed says which). */
function Counts({ filters, summary }) {
  const open = summary.on_track + summary.at_risk + summary.overdue + summary.paused;
  return html`<div class="counts" role="group" aria-label="Deadlines by state: choose one to show it">
    ${STATES.map(
      ([code, label]) => html`<button
        key=${code}
        type="button"
        class=${`count count-${code.replace('_', '-')}`}
        aria-pressed=${String(filters.state === code)}
        data-state=${code}
        onClick=${() => void navigate(boardHref({ ...filters, state: code }))}
      >
        <span class="count-n">${String(code === 'open' ? open : (summary[code] ?? 0))}</span>${' '}<span class="count-label">${label}</span>
      </button>`,
    )}
  </div>`;
}

function FilterForm({ filters, facilities, people, kinds, user }) {
  /** @param {SubmitEvent} event */
  const submit = (event) => {
    event.preventDefault();
    const data = new FormData(/** @type {HTMLFormElement} */ (event.currentTarget));
    const value = (name) => String(data.get(name) ?? '');
    void navigate(boardHref({ ...filters, kind: value('kind'), subject: value('subject'), facilityId: value('facilityId'), assigneeId: value('assigneeId') }));
  };
  return html`<form class="filters" role="search" aria-label="Filter deadlines" onSubmit=${submit}>
    <${Field} name="kind" label="Clock" value=${filters.kind} options=${[{ value: '', label: 'Any clock' }, ...kinds]} />
    <${Field}
      name="subject"
      label="On"
      value=${filters.subject}
      options=${[
        { value: '', label: 'Cases and entries' },
        { value: 'case', label: 'Cases only' },
        { value: 'entry', label: 'Import entries only' },
      ]}
    />
    <${Field} name="facilityId" label="Facility" value=${filters.facilityId} options=${[{ value: '', label: 'Any facility' }, ...facilities.map((f) => ({ value: f.id, label: f.name }))]} />
    <${Field}
      name="assigneeId"
      label="Assignee"
      value=${filters.assigneeId}
      options=${[{ value: '', label: 'Anyone' }, ...people.map((p) => ({ value: p.id, label: p.id === user.id ? `${p.name} (you)` : p.name }))]}
    />
    <div class="actions"><button type="submit">Apply filters</button><a href="/board" class="button-link secondary">Clear filters</a></div>
  </form>`;
}

function ExportBar({ filters }) {
  const [status, setStatus] = useState({ text: '', failed: false });
  const [busy, setBusy] = useState('');
  const run = (path, name) => async () => {
    setBusy(name);
    setStatus({ text: `Preparing ${name}…`, failed: false });
    try {
      await download(path, name);
      setStatus({ text: `${name} downloaded.`, failed: false });
    } catch (error) {
      setStatus({ text: errorSentence(error), failed: true });
    } finally {
      setBusy('');
    }
  };
  return html`<div class="export-bar">
    <div class="actions">
      <button type="button" class="secondary" disabled=${busy === 'deadlines.csv'} onClick=${run(`/deadlines.csv${query(filters)}`, 'deadlines.csv')}>Download these deadlines (CSV)</button>
      <button type="button" class="secondary" disabled=${busy === 'cases.csv'} onClick=${run('/cases.csv', 'cases.csv')}>Download all cases (CSV)</button>
    </div>
    <p class=${status.failed ? 'export-status form-alert' : 'export-status'} role="status">${status.text}</p>
  </div>`;
}

function Results({ data, filters, page }) {
  const label = STATES.find(([code]) => code === filters.state)?.[1].toLowerCase() ?? 'open';
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(page * PAGE_SIZE, data.total);
  const what = filters.state === 'open' ? 'open deadlines' : `deadlines ${label}`;
  return html`<p class="result-count">${data.total ? `Showing ${first}–${last} of ${data.total} ${what}.` : `No ${what} match.`}</p>
    ${data.items.length ? html`<${DeadlinesTable} items=${data.items} filters=${filters} />` : null}
    ${data.total > PAGE_SIZE
      ? html`<nav class="pager" aria-label="Pages">
          ${page > 1 ? html`<a href=${boardHref(filters, page - 1)}>Previous page</a>` : null}
          ${last < data.total ? html`<a href=${boardHref(filters, page + 1)}>Next page</a>` : null}
        </nav>`
      : null}`;
}

function SubjectLink({ d }) {
  if (!d.subjectId) return html`<span>${d.reference ?? '—'}</span>`;
  const href = d.subjectType === 'entry' ? `/entries/${d.subjectId}` : `/cases/${d.subjectId}`;
  return html`<span><a href=${href}>${d.reference}</a><span class="muted subject-type">${d.subjectType === 'entry' ? ' (entry)' : ' (case)'}</span></span>`;
}

/** One row per clock, keyed by its id: a live update patches the rows, a focused link stays focused. */
function DeadlinesTable({ items, filters }) {
  const ascending = filters.sort !== '-dueAt';
  /** @type {[string, (row: any) => any][]} */
  const columns = [
    ['Due', (d) => html`<${Time} iso=${d.dueAt} />`],
    ['Days left', (d) => html`<span class="days-left"><${StateBadge} state=${d.state} />${d.daysLeft !== null && d.daysLeft !== undefined ? ` ${daysLeftText(d.daysLeft)}` : ''}</span>`],
    [
      'Deadline',
      (d) => html`<div>
        <span class="deadline-title">${d.title}</span> <span class="key">(${d.key})</span>
        <div class="small muted">Owed by ${d.owedBy}. <span class="legal-basis">${d.legalBasis}</span></div>
      </div>`,
    ],
    ['Case or entry', (d) => html`<${SubjectLink} d=${d} />`],
    ['Facility', (d) => (d.facilityId ? html`<a href=${`/facilities/${d.facilityId}`}>${d.facilityName}</a>` : (d.facilityName ?? '—'))],
    ['Assignee', (d) => d.assigneeName ?? '—'],
    ['Escalation', (d) => (d.escalationLevel > 0 ? `Level ${d.escalationLevel}` : 'None')],
  ];
  const sortButton = html`<button type="button" class="sort-button" onClick=${() => void navigate(boardHref({ ...filters, sort: ascending ? '-dueAt' : 'dueAt' }))}>
    Due<span aria-hidden="true">${ascending ? ' ▲' : ' ▼'}</span><span class="visually-hidden">${ascending ? ', soonest first: show the latest first' : ', latest first: show the soonest first'}</span>
  </button>`;
  return html`<div class="table-wrap">
    <table class="deadlines-table responsive">
      <caption class="visually-hidden">Deadlines, ${ascending ? 'soonest' : 'latest'} due first</caption>
      <thead>
        <tr>
          ${columns.map(([label]) =>
            label === 'Due' ? html`<th key=${label} scope="col" aria-sort=${ascending ? 'ascending' : 'descending'}>${sortButton}</th>` : html`<th key=${label} scope="col">${label}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (d) => html`<tr
            key=${d.id}
            class=${d.state === 'overdue' || d.state === 'missed' ? 'row-overdue' : d.state === 'at_risk' ? 'row-at-risk' : undefined}
            data-deadline-id=${d.id}
            data-subject-id=${d.subjectId}
          >
            ${columns.map(([label, cell]) => html`<td key=${label} data-label=${label}>${cell(d)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
