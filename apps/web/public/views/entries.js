import { api, query } from '../api.js';
import { h, humanize } from '../dom.js';
import { errorSentence, field } from '../forms.js';
import { daysLeftText, daysUntil, ENTRY_STATUSES, entryStatusBadge, entryStatusText, stateBadge, timeEl, usdText } from '../format.js';
import { announce, onLive } from '../live.js';
import { can } from '../roles.js';
import { navigate } from '../router.js';

/**
 * Import entries with their status and the clock each is on: the importer's own (GET /entries
 * answers only those), or every entry for a supervisor. The status filter is kept in the address;
 * the table refreshes by itself when an entry changes.
 */
export async function entriesPage({ user, query: params, flash }) {
  const status = ENTRY_STATUSES.includes(params.get('status') ?? '') ? params.get('status') : '';
  const load = () => api(`/entries${query({ status })}`);
  const entries = await load();
  const importer = can.fileEntry(user);
  const results = h('div', { class: 'entries-results' });
  const show = (list) => results.replaceChildren(...resultParts(list, status, importer));
  show(entries);

  const filter = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter entries' },
    field({ name: 'status', label: 'Status', value: status, options: [{ value: '', label: 'Any status' }, ...ENTRY_STATUSES.map((s) => ({ value: s, label: entryStatusText(s) }))] }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show entries')),
  );
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    void navigate(`/entries${query({ status: new FormData(filter).get('status') })}`);
  });

  const page = h(
    'section',
    {},
    h('h1', {}, importer ? 'My entries' : 'Import entries'),
    flash ? h('p', { class: 'notice', role: 'status' }, flash) : null,
    importer
      ? h(
          'p',
          {},
          'Each entry you filed, newest first, with the clock it is on. ',
          h('a', { href: '/entries/new' }, 'File an entry'),
          ' · ',
          h('a', { href: '/screening' }, 'Check a manufacturer before shipping'),
        )
      : h('p', {}, 'Every import entry, newest first. Detained entries wait for proof and then for your decision; protests wait for a decision. ', h('a', { href: '/screening' }, 'Screening check')),
    filter,
    results,
  );
  onLive(
    page,
    (e) => e.stream === 'entry',
    async () => {
      try {
        show(await load());
        announce('The list of entries was updated.');
      } catch (error) {
        results.prepend(h('p', { class: 'warning' }, `Could not refresh: ${errorSentence(error)}`));
      }
    },
  );
  return page;
}

function resultParts(list, status, importer) {
  if (!list.length) {
    return [
      h(
        'p',
        { class: 'empty' },
        status ? `No entry is ${entryStatusText(status).toLowerCase()}.` : importer ? 'You have not filed an entry yet.' : 'No entry has been filed yet.',
        importer && !status ? [' ', h('a', { href: '/entries/new' }, 'File an entry')] : null,
      ),
    ];
  }
  return [h('p', { class: 'result-count' }, `${list.length} ${list.length === 1 ? 'entry' : 'entries'}.`), entriesTable(list)];
}

function clockCell(e) {
  if (!e.clockKind) return h('span', { class: 'muted' }, 'No clock running');
  const days = daysUntil(e.clockDueAt);
  return h(
    'div',
    {},
    h('div', {}, e.clockTitle),
    h('div', { class: 'days-left' }, stateBadge(e.clockState), ' ', e.clockState === 'paused' ? '' : daysLeftText(days), e.clockDueAt ? [' (due ', timeEl(e.clockDueAt), ')'] : ''),
  );
}

function entriesTable(list) {
  /** @type {[string, (row: any) => any][]} */
  const columns = [
    ['Entry', (e) => h('a', { href: `/entries/${e.id}` }, e.reference)],
    ['Manufacturer', (e) => e.manufacturerName],
    ['Goods', (e) => humanize(e.productCategory)],
    ['Value', (e) => usdText(e.valueUsd)],
    ['Status', (e) => entryStatusBadge(e.status)],
    ['Clock', clockCell],
    ['Filed', (e) => timeEl(e.filedAt)],
  ];
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'entries responsive' },
      h('caption', { class: 'visually-hidden' }, 'Import entries, newest first'),
      h('thead', {}, h('tr', {}, columns.map(([label]) => h('th', { scope: 'col' }, label)))),
      h(
        'tbody',
        {},
        list.map((e) =>
          h(
            'tr',
            { class: e.clockState === 'overdue' ? 'row-overdue' : e.clockState === 'at_risk' ? 'row-at-risk' : null, dataset: { entryId: e.id } },
            columns.map(([label, cell]) => h('td', { 'data-label': label }, cell(e))),
          ),
        ),
      ),
    ),
  );
}
