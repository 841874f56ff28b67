import { api, post } from '../api.js';
import { h, humanize } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { field, form, formAlert, onSubmit } from '../forms.js';
import { dateText, entryStatusBadge, numberText, timeEl, usdText } from '../format.js';
import { announce, isEditing, lastSequence, onLive } from '../live.js';
import { rememberPerson } from '../people.js';
import { can } from '../roles.js';
import { deadlinesSection, isOpenClock } from './case-deadlines.js';
import { timelineSection } from './case-timeline.js';

/** What each status means for the importer, and the law behind it (DOMAIN.md §6). */
const STATUS_MEANING = {
  PENDING_SCREENING: 'CBP decides within 5 business days of presentation whether to release or detain the goods (19 CFR 151.16(b)).',
  DETAINED: 'The goods are held. The importer may prove them admissible within 3 months of importation (19 CFR 12.43), or export them; CBP then releases or excludes them.',
  EXCLUDED: 'The goods were refused entry. Within 60 days of the exclusion notice the importer exports them or protests the exclusion (19 CFR 12.44(a), 19 U.S.C. 1514); otherwise they are deemed abandoned.',
  PROTESTED: 'The exclusion is protested. CBP decides within 30 days; without a decision the protest is deemed denied (19 CFR 174.21(b)).',
  RELEASED: 'The goods were released. Nothing more can happen to this entry.',
  EXPORTED: 'The goods were exported. Nothing more can happen to this entry.',
  ABANDONED: 'The goods were deemed abandoned: no export or protest within 60 days of the exclusion (19 CFR 12.44(a)).',
  PROTEST_DENIED: 'The protest was denied; what remains is a suit in the Court of International Trade (28 U.S.C. 1581(a)), outside this system.',
  PROTEST_GRANTED: 'The protest was granted: the exclusion was set aside and the goods released.',
};

const reason = (label = 'Reason') => field({ name: 'reason', label, rows: 2, required: true });

/**
 * The moves on an entry as forms, each offered only in the statuses where the law allows it
 * (libs/domain/src/imports/entry-status.ts): the importer's answers and the supervisor's decisions.
 * @typedef {{ title: string, path: string, submit: string, done: string | ((body: any) => string), fields: () => Node[], when: (e: any) => boolean,
 *   hint?: (e: any) => string | null, toBody?: (values: any) => any, buttons?: { label: string, value: string, secondary?: boolean }[] }} EntryAction
 * @type {EntryAction[]}
 */
const IMPORTER_ACTIONS = [
  {
    title: 'Prove the goods admissible',
    path: 'proof',
    submit: 'File proof',
    done: 'Proof filed: CBP now decides whether to release or exclude the goods.',
    when: (e) => e.status === 'DETAINED' && !e.proof,
    fields: () => [
      field({ name: 'statement', label: 'Why the goods are admissible', rows: 4, required: true }),
      field({ name: 'documents', label: 'Documents filed (one per line)', rows: 3, hint: 'Names or references, e.g. “CO-778.pdf”, “Audit report 2026-10”.' }),
    ],
    toBody: (values) => ({ statement: values.statement, documents: String(values.documents ?? '').split('\n').map((d) => d.trim()).filter(Boolean) }),
  },
  {
    title: 'Export the goods',
    path: 'export',
    submit: 'Export goods',
    done: 'Export recorded: the entry is closed.',
    when: (e) => e.status === 'DETAINED' || e.status === 'EXCLUDED',
    hint: (e) => (e.status === 'DETAINED' ? 'Instead of proving them admissible, you may send the goods out of the country.' : 'One of your two answers to the exclusion; the other is a protest.'),
    fields: () => [field({ name: 'note', label: 'Note (optional)', rows: 2 })],
  },
  {
    title: 'Protest the exclusion',
    path: 'protest',
    submit: 'File protest',
    done: 'Protest filed: CBP decides within 30 days.',
    when: (e) => e.status === 'EXCLUDED',
    fields: () => [field({ name: 'grounds', label: 'Grounds of the protest', rows: 4, required: true })],
  },
];

const SUPERVISOR_ACTIONS = [
  {
    title: 'Release the goods',
    path: 'release',
    submit: 'Release entry',
    done: 'Entry released.',
    when: (e) => e.status === 'DETAINED',
    fields: () => [reason('Reason for releasing')],
  },
  {
    title: 'Exclude the goods',
    path: 'exclude',
    submit: 'Exclude entry',
    done: 'Entry excluded: the importer has 60 days to export or protest.',
    when: (e) => e.status === 'DETAINED',
    hint: (e) => (e.proof ? null : 'The importer has not filed proof yet. Exclusion comes after proof is filed, or when the period for it runs out.'),
    fields: () => [reason('Reason for excluding')],
  },
  {
    title: 'Extend the period for proof by 30 days',
    path: 'extend',
    submit: 'Extend by 30 days',
    done: 'The period for proof was extended by 30 days.',
    when: (e) => e.status === 'DETAINED' && !e.proof && !e.timeline.some((t) => t.type === 'PROOF_DEADLINE_EXTENDED'),
    hint: () => 'Once per entry, with a reason the importer is told.',
    fields: () => [reason('Reason for extending')],
  },
  {
    title: 'Decide the protest',
    path: 'protest-decision',
    submit: 'Grant protest',
    done: (body) => (body.grant ? 'Protest granted: the exclusion is set aside and the goods released.' : 'Protest denied.'),
    when: (e) => e.status === 'PROTESTED',
    fields: () => [reason('Reason for the decision')],
    buttons: [
      { label: 'Grant protest', value: 'grant' },
      { label: 'Deny protest', value: 'deny', secondary: true },
    ],
    toBody: (values, submitter) => ({ reason: values.reason, grant: submitter?.value === 'grant' }),
  },
];

/**
 * One import entry: its status and what it means, why it is held, its clocks with their legal
 * basis and explanation, the certification and proof filed, the moves open now, and its history.
 */
export async function entryPage({ params, user, flash }) {
  rememberPerson(user.id, user.displayName);
  const [detail, categories] = await Promise.all([api(`/entries/${encodeURIComponent(params.id)}`), api('/product-categories').catch(() => [])]);
  const categoryName = (code) => categories.find((c) => c.code === code)?.name ?? humanize(code);
  const page = h('section', { class: 'entry-page' });
  const banner = h('div', { class: 'live-banner', role: 'status' });
  let shown = detail;
  let lastMessage = flash;

  const show = (entry, message, focus = true) => {
    shown = entry;
    lastMessage = message;
    banner.replaceChildren();
    const status = h('p', { class: message ? 'notice' : 'visually-hidden', role: 'status', tabindex: '-1' }, message ?? '');
    const run = async (action, body) => show(await post(`/entries/${entry.id}/${action.path}`, body), typeof action.done === 'function' ? action.done(body) : action.done);
    page.replaceChildren(
      ...[
        h('h1', {}, `Entry ${entry.reference}`),
        status,
        banner,
        summary(entry, user, categoryName),
        holdReasons(entry),
        deadlinesSection(openFirst(entry.clocks), () => null, {
          title: 'Clocks',
          empty: entry.status === 'RELEASED' ? 'No clock runs: the goods were released on screening.' : 'No clock is running on this entry.',
        }),
        actionsSection(entry, user, run),
        certificationSection(entry.certification),
        entry.proof ? proofSection(entry.proof) : null,
        timelineSection(entry.timeline, user),
      ].filter(Boolean),
    );
    if (focus && message && page.isConnected) status.focus();
  };
  show(detail, flash);

  const refresh = async () => {
    show(await api(`/entries/${encodeURIComponent(params.id)}`), lastMessage, false);
    announce(`Entry ${shown.reference} was updated.`);
  };
  onLive(
    page,
    (e) => e.stream === 'entry' && e.id === detail.id,
    (events) => {
      if (!events.some((e) => e.type === 'RESYNC' || e.sequence > lastSequence(shown.timeline))) return;
      if (!isEditing(page)) return void refresh().catch(() => undefined);
      banner.replaceChildren(
        h('p', { class: 'warning' }, 'This entry has changed since it was shown. ', h('button', { type: 'button', class: 'secondary', onclick: () => void refresh().catch(() => undefined) }, 'Show the latest')),
      );
    },
  );
  return page;
}

/** The running clock first, then the ones already met or missed, newest first. */
function openFirst(clocks) {
  const running = clocks.filter(isOpenClock);
  const done = clocks.filter((c) => !isOpenClock(c)).reverse();
  return [...running, ...done];
}

function summary(e, user, categoryName) {
  const filed = e.timeline.find((t) => t.type === 'ENTRY_FILED')?.occurredAt ?? e.timeline[0]?.occurredAt;
  const facilityLink = e.manufacturer.facilityId && !can.fileEntry(user) ? h('a', { href: `/facilities/${e.manufacturer.facilityId}` }, e.manufacturer.name) : e.manufacturer.name;
  return h(
    'dl',
    { class: 'facts summary' },
    h('dt', {}, 'Status'),
    h('dd', {}, entryStatusBadge(e.status), h('p', { class: 'status-meaning' }, STATUS_MEANING[e.status] ?? '')),
    h('dt', {}, 'Manufacturer'),
    h('dd', {}, facilityLink, h('span', { class: 'muted' }, e.manufacturer.facilityId ? ' (in the facility register)' : ' (not in the facility register)')),
    h('dt', {}, 'Goods'),
    h('dd', {}, `${categoryName(e.productCategory)}, HTS ${e.htsCode}`),
    h('dt', {}, 'Quantity'),
    h('dd', {}, numberText(e.quantity)),
    h('dt', {}, 'Declared value'),
    h('dd', {}, usdText(e.valueUsd)),
    h('dt', {}, 'Imported on'),
    h('dd', {}, timeEl(e.importedAt)),
    h('dt', {}, 'Filed'),
    h('dd', {}, timeEl(filed, true)),
  );
}

function holdReasons(e) {
  if (!e.holdReasons?.length) return null;
  const held = ['DETAINED', 'EXCLUDED', 'PROTESTED'].includes(e.status);
  return h(
    'section',
    { class: 'hold-reasons', 'aria-labelledby': 'hold-title' },
    h('h2', { id: 'hold-title' }, held ? 'Why the goods are held' : 'Why the goods were held'),
    h(
      'ul',
      { class: held ? 'warning reasons' : 'reasons' },
      e.holdReasons.map((r) => h('li', { dataset: { code: r.code } }, r.text, ' ', h('span', { class: 'key' }, `(${r.code})`))),
    ),
  );
}

function actionsSection(entry, user, run) {
  const actions = can.answerEntry(user) ? IMPORTER_ACTIONS : can.decideEntry(user) ? SUPERVISOR_ACTIONS : [];
  const open = actions.filter((a) => a.when(entry));
  const panels = open.map((action) => {
    const buttons = action.buttons ?? [{ label: action.submit, value: 'submit' }];
    const hint = action.hint?.(entry);
    const actionForm = form(
      { class: 'stack', 'aria-label': action.title, dataset: { draft: `entry-${action.path}`, action: action.path } },
      formAlert(),
      hint ? h('p', { class: 'hint' }, hint) : null,
      action.fields(),
      h('div', { class: 'actions' }, buttons.map((b) => h('button', { type: 'submit', value: b.value, class: b.secondary ? 'secondary' : null }, b.label))),
    );
    onSubmit(actionForm, (values, submitter) => run(action, action.toBody ? action.toBody(values, submitter) : values));
    const panel = h('details', { class: 'action-panel' }, h('summary', {}, action.title), actionForm);
    if (keepDraft(actionForm)) panel.open = true;
    return panel;
  });
  const title = can.answerEntry(user) ? 'What you can do now' : 'Decisions';
  return h(
    'section',
    { class: 'next-steps', 'aria-labelledby': 'entry-steps-title' },
    h('h2', { id: 'entry-steps-title' }, title),
    panels.length
      ? h('div', { class: 'panels' }, panels)
      : h('p', { class: 'empty' }, nothingOpen(entry, user)),
  );
}

function nothingOpen(entry, user) {
  if (entry.status === 'PENDING_SCREENING') return 'Nothing to do until CBP decides to release or detain the goods.';
  if (entry.status === 'DETAINED' && entry.proof && can.answerEntry(user)) return 'Your proof is filed; CBP decides next. You may still export the goods.';
  if (entry.status === 'PROTESTED' && can.answerEntry(user)) return 'Your protest is filed; CBP decides within 30 days.';
  if (['DETAINED', 'EXCLUDED'].includes(entry.status) && can.decideEntry(user)) return 'The importer answers next.';
  return 'Nothing more can happen to this entry.';
}

function certificationSection(c) {
  const co = c?.supplierCertificateOfOrigin;
  const dd = c?.dueDiligenceStatement;
  return h(
    'section',
    { class: 'certification', 'aria-labelledby': 'certification-title' },
    h('h2', { id: 'certification-title' }, 'Certification filed'),
    h(
      'div',
      { class: 'two-col' },
      h(
        'div',
        {},
        h('h3', {}, 'Supplier certificate of origin'),
        co
          ? h('dl', { class: 'facts small' }, h('dt', {}, 'Issued by'), h('dd', {}, co.issuer), h('dt', {}, 'Number'), h('dd', {}, co.number), h('dt', {}, 'Issued on'), h('dd', {}, dateText(co.issuedOn)))
          : h('p', { class: 'empty' }, 'None filed.'),
      ),
      h(
        'div',
        {},
        h('h3', {}, 'Due-diligence statement'),
        dd
          ? h(
              'dl',
              { class: 'facts small' },
              h('dt', {}, 'Manufacturer'),
              h('dd', {}, dd.manufacturerName, dd.manufacturerAddress ? `, ${dd.manufacturerAddress}` : ''),
              h('dt', {}, 'Statement'),
              h('dd', { class: 'prose' }, dd.statement),
              h('dt', {}, 'Signed'),
              h('dd', {}, `${dd.signedBy}, ${dateText(dd.signedOn)}`),
            )
          : h('p', { class: 'empty' }, 'None filed.'),
      ),
    ),
  );
}

function proofSection(proof) {
  return h(
    'section',
    { class: 'proof', 'aria-labelledby': 'proof-title' },
    h('h2', { id: 'proof-title' }, 'Proof of admissibility'),
    h(
      'dl',
      { class: 'facts summary' },
      h('dt', {}, 'Filed'),
      h('dd', {}, proof.filedAt ? timeEl(new Date(proof.filedAt).toISOString(), true) : '—'),
      h('dt', {}, 'Statement'),
      h('dd', { class: 'prose' }, proof.statement),
      h('dt', {}, 'Documents'),
      h('dd', {}, proof.documents?.length ? h('ul', { class: 'plain-list' }, proof.documents.map((d) => h('li', {}, d))) : 'None listed'),
    ),
  );
}
