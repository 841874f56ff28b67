import { useRef, useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { humanize } from '../dom.js';
import { dateText, numberText, usdText } from '../format.js';
import { lastSequence } from '../live.js';
import { useLiveRecord, useStatusFocus } from '../live-record.js';
import { rememberPerson } from '../people.js';
import { can, has } from '../roles.js';
import { ActionForm, EntryStatusBadge, Field, html, mountView, Panel, Time } from '../ui.js';
import { Deadlines, isOpenClock } from './case-deadlines.js';
import { Timeline } from './case-timeline.js';
import { DocumentPicker, DocumentsList } from './documents.js';

/**
 * What each status means for the importer, with the periods and legal bases of the clock rules
 * in force (GET /rules/deadlines).
 * @param {string} status
 * @param {Record<string, any>} rules by kind
 */
function statusMeaning(status, rules) {
  const period = (kind) => rules[kind]?.budget.text ?? '—';
  const basis = (kind) => rules[kind]?.legalBasis ?? '';
  switch (status) {
    case 'PENDING_SCREENING':
      return `CBP decides within ${period('ENTRY_DECISION')} of presentation whether to release or detain the goods (${basis('ENTRY_DECISION')}).`;
    case 'DETAINED':
      return `The goods are held. The importer may prove them admissible within ${period('ENTRY_PROOF')} of importation (${basis('ENTRY_PROOF')}), or export them; CBP then releases or excludes them.`;
    case 'EXCLUDED':
      return `The goods were refused entry. Within ${period('ENTRY_EXPORT_OR_PROTEST')} of the exclusion notice the importer exports them or protests the exclusion (${basis('ENTRY_EXPORT_OR_PROTEST')}, 19 U.S.C. 1514); otherwise they are deemed abandoned.`;
    case 'PROTESTED':
      return `The exclusion is protested. CBP decides within ${period('PROTEST_DECISION')}; without a decision the protest is deemed denied (${basis('PROTEST_DECISION')}).`;
    case 'RELEASED':
      return 'The goods were released. Nothing more can happen to this entry.';
    case 'EXPORTED':
      return 'The goods were exported. Nothing more can happen to this entry.';
    case 'ABANDONED':
      return `The goods were deemed abandoned: no export or protest within ${period('ENTRY_EXPORT_OR_PROTEST')} of the exclusion (${basis('ENTRY_EXPORT_OR_PROTEST')}).`;
    case 'PROTEST_DENIED':
      return 'The protest was denied; what remains is a suit in the Court of International Trade (28 U.S.C. 1581(a)), outside this system.';
    case 'PROTEST_GRANTED':
      return 'The protest was granted: the exclusion was set aside and the goods released.';
    default:
      return '';
  }
}

const reason = (label) => html`<${Field} name="reason" label=${label} rows=${2} required=${true} />`;

/**
 * The forms for the moves a person takes on an entry. Whether each is open now the API says
 * (the entry's `legalMoves`, with the reason when not); `moves` names the moves a form serves and
 * `needs` the permission of its route.
 * @typedef {{ title: string, path: string, moves: string[], needs: 'entry:respond'|'entry:decide', submit: string,
 *   done: string | ((body: any) => string), fields: () => any, hint?: string, toBody?: (values: any, submitter: HTMLButtonElement | null) => any,
 *   buttons?: { label: string, value: string, secondary?: boolean }[] }} EntryAction
 * @param {any} book the rule book (GET /rules/deadlines)
 * @returns {EntryAction[]}
 */
function entryActions(book, rules, entryId) {
  const extension = book.proofExtension.text;
  return [
    {
      title: 'Prove the goods admissible',
      path: 'proof',
      moves: ['FILE_PROOF'],
      needs: 'entry:respond',
      submit: 'File proof',
      done: 'Proof filed: CBP now decides whether to release or exclude the goods.',
      fields: () => html`<${Field} name="statement" label="Why the goods are admissible" rows=${4} required=${true} />
        <${Field} name="documents" label="Documents filed (one per line)" rows=${3} hint="Names or references, e.g. “CO-778.pdf”, “Audit report 2026-10”." />
        <${DocumentPicker} path=${`/entries/${entryId}/documents`} label="Upload the documents" />`,
      toBody: (values) => ({
        statement: values.statement,
        documents: String(values.documents ?? '').split('\n').map((d) => d.trim()).filter(Boolean),
        ...(values.documentIds?.length ? { documentIds: values.documentIds } : {}),
      }),
    },
    {
      title: 'Export the goods',
      path: 'export',
      moves: ['EXPORT'],
      needs: 'entry:respond',
      submit: 'Export goods',
      done: 'Export recorded: the entry is closed.',
      hint: 'Instead of proving them admissible or protesting an exclusion, you may send the goods out of the country.',
      fields: () => html`<${Field} name="note" label="Note (optional)" rows=${2} />`,
    },
    {
      title: 'Protest the exclusion',
      path: 'protest',
      moves: ['PROTEST'],
      needs: 'entry:respond',
      submit: 'File protest',
      done: `Protest filed: CBP decides within ${rules.PROTEST_DECISION?.budget.text ?? 'the protest period'}.`,
      fields: () => html`<${Field} name="grounds" label="Grounds of the protest" rows=${4} required=${true} />`,
    },
    {
      title: 'Release the goods',
      path: 'release',
      moves: ['RELEASE'],
      needs: 'entry:decide',
      submit: 'Release entry',
      done: 'Entry released.',
      fields: () => reason('Reason for releasing'),
    },
    {
      title: 'Exclude the goods',
      path: 'exclude',
      moves: ['EXCLUDE'],
      needs: 'entry:decide',
      submit: 'Exclude entry',
      done: `Entry excluded: the importer has ${rules.ENTRY_EXPORT_OR_PROTEST?.budget.text ?? 'a period'} to export or protest.`,
      fields: () => reason('Reason for excluding'),
    },
    {
      title: `Extend the period for proof by ${extension}`,
      path: 'extend',
      moves: ['EXTEND_PROOF'],
      needs: 'entry:decide',
      submit: `Extend by ${extension}`,
      done: `The period for proof was extended by ${extension}.`,
      hint: 'Once per entry, with a reason the importer is told.',
      fields: () => reason('Reason for extending'),
    },
    {
      title: 'Decide the protest',
      path: 'protest-decision',
      moves: ['GRANT_PROTEST', 'DENY_PROTEST'],
      needs: 'entry:decide',
      submit: 'Grant protest',
      done: (body) => (body.grant ? 'Protest granted: the exclusion is set aside and the goods released.' : 'Protest denied.'),
      fields: () => reason('Reason for the decision'),
      buttons: [
        { label: 'Grant protest', value: 'grant' },
        { label: 'Deny protest', value: 'deny', secondary: true },
      ],
      toBody: (values, submitter) => ({ reason: values.reason, grant: submitter?.value === 'grant' }),
    },
  ];
}

/**
 * One import entry: its status and what it means, why it is held, its clocks with their legal
 * basis and explanation, the certification and proof filed, the moves open now, and its history.
 */
export async function entryPage({ params, user, flash }) {
  rememberPerson(user.id, user.displayName);
  const [detail, categories, book] = await Promise.all([
    api(`/entries/${encodeURIComponent(params.id)}`),
    api('/product-categories').catch(() => []),
    api('/rules/deadlines'),
  ]);
  return mountView(EntryPage, { initial: detail, categories, book, user, flash });
}

/** Live updates fetch the entry again and patch the page: what is being typed stays. */
function EntryPage({ initial, categories, book, user, flash }) {
  const [shown, setShown] = useState({ entry: initial, message: flash, focus: false });
  const latest = useRef(initial);
  latest.current = shown.entry;
  const page = useRef(/** @type {HTMLElement | null} */ (null));
  const status = useRef(/** @type {HTMLElement | null} */ (null));
  const e = shown.entry;
  const rules = Object.fromEntries(book.rules.map((r) => [r.kind, r]));
  const categoryName = (code) => categories.find((c) => c.code === code)?.name ?? humanize(code);

  /** @param {EntryAction} action */
  const run = async (action, body) => {
    const next = await post(`/entries/${e.id}/${action.path}`, body);
    setShown({ entry: next, message: typeof action.done === 'function' ? action.done(body) : action.done, focus: true });
  };

  useStatusFocus(shown, status);
  useLiveRecord(page, {
    stream: 'entry',
    id: initial.id,
    path: `/entries/${encodeURIComponent(initial.id)}`,
    isNew: (events) => events.some((ev) => ev.type === 'RESYNC' || ev.sequence > lastSequence(latest.current.timeline)),
    apply: (next) => setShown((prev) => ({ entry: next, message: prev.message, focus: false })),
    said: (next) => `Entry ${next.reference} was updated.`,
  });

  return html`<section class="entry-page" ref=${page}>
    <h1>Entry ${e.reference}</h1>
    <p class=${shown.message ? 'notice' : 'visually-hidden'} role="status" tabindex="-1" ref=${status}>${shown.message ?? ''}</p>
    <${Summary} e=${e} user=${user} categoryName=${categoryName} meaning=${statusMeaning(e.status, rules)} />
    <${HoldReasons} e=${e} />
    <${NameMatch} e=${e} user=${user} decide=${async (body) => {
      const next = await post(`/entries/${e.id}/name-match`, body);
      setShown({ entry: next, message: body.confirm ? 'Facility confirmed: the entry was screened again as it.' : 'Near match cleared.', focus: true });
    }} />
    <${Deadlines}
      deadlines=${openFirst(e.clocks)}
      title="Clocks"
      empty=${e.status === 'RELEASED' ? 'No clock runs: the goods were released on screening.' : 'No clock is running on this entry.'}
    />
    <${EntryActions} entry=${e} user=${user} actions=${entryActions(book, rules, e.id)} run=${run} />
    <${Certification} c=${e.certification} />
    ${e.proof ? html`<${Proof} proof=${e.proof} />` : null}
    <${DocumentsList} path=${`/entries/${e.id}/documents`} version=${e.timeline.length} />
    <${Timeline} events=${e.timeline} me=${user} />
  </section>`;
}

/** The running clock first, then the ones already met or missed, newest first. */
function openFirst(clocks) {
  const running = clocks.filter(isOpenClock);
  const done = clocks.filter((c) => !isOpenClock(c)).reverse();
  return [...running, ...done];
}

function Summary({ e, user, categoryName, meaning }) {
  const filed = e.timeline.find((t) => t.type === 'ENTRY_FILED')?.occurredAt ?? e.timeline[0]?.occurredAt;
  const register = e.manufacturer.facilityId && can.readFacilities(user);
  return html`<dl class="facts summary">
    <dt>Status</dt>
    <dd><${EntryStatusBadge} status=${e.status} /><p class="status-meaning">${meaning}</p></dd>
    <dt>Manufacturer</dt>
    <dd>
      ${register ? html`<a href=${`/facilities/${e.manufacturer.facilityId}`}>${e.manufacturer.name}</a>` : e.manufacturer.name}
      <span class="muted">${e.manufacturer.facilityId ? ' (in the facility register)' : ' (not in the facility register)'}</span>
    </dd>
    <dt>Goods</dt>
    <dd>${categoryName(e.productCategory)}, HTS ${e.htsCode}</dd>
    <dt>Quantity</dt>
    <dd>${numberText(e.quantity)}</dd>
    <dt>Declared value</dt>
    <dd>${usdText(e.valueUsd)}</dd>
    <dt>Imported on</dt>
    <dd><${Time} iso=${e.importedAt} /></dd>
    <dt>Filed</dt>
    <dd><${Time} iso=${filed} withTime=${true} /></dd>
  </dl>`;
}

function HoldReasons({ e }) {
  if (!e.holdReasons?.length) return null;
  const held = ['PENDING_SCREENING', 'DETAINED', 'EXCLUDED', 'PROTESTED'].includes(e.status);
  return html`<section class="hold-reasons" aria-labelledby="hold-title">
    <h2 id="hold-title">${held ? 'Why the goods are held' : 'Why the goods were held'}</h2>
    <ul class=${held ? 'warning reasons' : 'reasons'}>
      ${e.holdReasons.map((r) => html`<li key=${r.code} data-code=${r.code}>${r.text} <span class="key">(${r.code})</span></li>`)}
    </ul>
  </section>`;
}

const NAME_FIELDS = { NAME: 'registered name', ALIAS: 'alias', CHINESE_NAME: 'Chinese name', PINYIN: 'pinyin' };
const MATCH_HOW = {
  EXACT: 'exactly',
  NORMALISED: 'once case, punctuation, spacing and full-width letters are set aside',
  NEAR: 'nearly, without matching it',
};

/**
 * Which registered facility the declared manufacturer was matched to, on which of its names and
 * how; a near match waiting for a supervisor offers the two decisions (the API says when).
 */
function NameMatch({ e, user, decide }) {
  const m = e.nameMatch;
  if (!m) return null;
  const facility = can.readFacilities(user) ? html`<a href=${`/facilities/${m.facilityId}`}>${m.facilityName}</a>` : m.facilityName;
  const r = m.resolution;
  return html`<section class="name-match" aria-labelledby="name-match-title">
    <h2 id="name-match-title">The manufacturer's name</h2>
    <p data-how=${m.how}>
      “${e.manufacturer.name}” matched the ${NAME_FIELDS[m.field] ?? m.field} “${m.matchedName}” of ${facility} ${MATCH_HOW[m.how] ?? m.how}${m.how === 'NEAR' ? html` (${m.edits} ${m.edits === 1 ? 'letter differs' : 'letters differ'})` : ''}.
    </p>
    ${r
      ? html`<p class="hint">${r.decision === 'CONFIRMED' ? 'Confirmed as this facility' : 'Cleared: not this facility'} on <${Time} iso=${r.at} withTime=${true} />: ${r.reason}</p>`
      : null}
    ${m.awaitingReview && can.decideEntry(user)
      ? html`<${Panel} title="Confirm or clear the near match">
          <${ActionForm}
            label="Confirm or clear the near match"
            action="name-match"
            onSend=${(values, submitter) => decide({ reason: values.reason, confirm: submitter?.value === 'confirm' })}
          >
            <p class="hint">Confirming screens the entry as ${m.facilityName}; clearing releases it unless another ground holds it.</p>
            ${reason('Reason for the decision')}
            <div class="actions">
              <button type="submit" value="confirm">It is ${m.facilityName}</button>
              <button type="submit" value="clear" class="secondary">It is another manufacturer</button>
            </div>
          <//>
        <//>`
      : m.awaitingReview
        ? html`<p class="hint">A supervisor confirms or clears this near match.</p>`
        : null}
  </section>`;
}

/**
 * The forms of the moves open to this user now (the API's legalMoves), each keyed by route so a
 * live update adds and removes forms without touching the others; this user's other moves are
 * listed with the API's reason they are closed now.
 */
function EntryActions({ entry, user, actions, run }) {
  const choice = Object.fromEntries(entry.legalMoves.map((m) => [m.move, m]));
  const mine = actions.filter((a) => has(user, a.needs));
  const open = mine.filter((a) => a.moves.some((m) => choice[m]?.allowed));
  // On an entry where something can still happen, this user's other moves with the API's reason.
  const closed = entry.legalMoves.some((m) => m.allowed) ? mine.filter((a) => !open.includes(a)).map((a) => ({ action: a, reason: choice[a.moves[0]]?.reason ?? '' })) : [];
  const title = can.answerEntry(user) ? 'What you can do now' : 'Decisions';
  return html`<section class="next-steps" aria-labelledby="entry-steps-title">
    <h2 id="entry-steps-title">${title}</h2>
    ${open.length
      ? html`<div class="panels">
          ${open.map(
            (action) => html`<${Panel} key=${action.path} title=${action.title}>
              <${ActionForm}
                label=${action.title}
                draft=${`entry-${action.path}`}
                action=${action.path}
                onSend=${(values, submitter) => run(action, action.toBody ? action.toBody(values, submitter) : values)}
              >
                ${action.hint ? html`<p class="hint">${action.hint}</p>` : null}
                ${action.fields()}
                <div class="actions">
                  ${(action.buttons ?? [{ label: action.submit, value: 'submit' }]).map(
                    (b) => html`<button key=${b.value} type="submit" value=${b.value} class=${b.secondary ? 'secondary' : undefined}>${b.label}</button>`,
                  )}
                </div>
              <//>
            <//>`,
          )}
        </div>`
      : html`<p class="empty">${nothingOpen(entry, user)}</p>`}
    ${closed.length
      ? html`<div class="not-offered">
          <h3>Closed now</h3>
          <ul class="plain-list hint">
            ${closed.map(({ action, reason: why }) => html`<li key=${action.path} data-path=${action.path}><strong>${action.title}:</strong> ${why}</li>`)}
          </ul>
        </div>`
      : null}
  </section>`;
}

function nothingOpen(entry, user) {
  if (entry.status === 'PENDING_SCREENING') return 'Nothing to do until CBP decides to release or detain the goods.';
  if (entry.status === 'PROTESTED' && can.answerEntry(user)) return 'Your protest is filed; CBP decides next.';
  if (['DETAINED', 'EXCLUDED'].includes(entry.status) && can.decideEntry(user)) return 'The importer answers next.';
  if (entry.legalMoves.some((m) => m.allowed)) return 'Nothing for you to do now.';
  return 'Nothing more can happen to this entry.';
}

function Certification({ c }) {
  const co = c?.supplierCertificateOfOrigin;
  const dd = c?.dueDiligenceStatement;
  return html`<section class="certification" aria-labelledby="certification-title">
    <h2 id="certification-title">Certification filed</h2>
    <div class="two-col">
      <div>
        <h3>Supplier certificate of origin</h3>
        ${co
          ? html`<dl class="facts small"><dt>Issued by</dt><dd>${co.issuer}</dd><dt>Number</dt><dd>${co.number}</dd><dt>Issued on</dt><dd>${dateText(co.issuedOn)}</dd></dl>`
          : html`<p class="empty">None filed.</p>`}
      </div>
      <div>
        <h3>Due-diligence statement</h3>
        ${dd
          ? html`<dl class="facts small">
              <dt>Manufacturer</dt>
              <dd>${dd.manufacturerName}${dd.manufacturerAddress ? `, ${dd.manufacturerAddress}` : ''}</dd>
              <dt>Statement</dt>
              <dd class="prose">${dd.statement}</dd>
              <dt>Signed</dt>
              <dd>${dd.signedBy}, ${dateText(dd.signedOn)}</dd>
            </dl>`
          : html`<p class="empty">None filed.</p>`}
      </div>
    </div>
  </section>`;
}

function Proof({ proof }) {
  return html`<section class="proof" aria-labelledby="proof-title">
    <h2 id="proof-title">Proof of admissibility</h2>
    <dl class="facts summary">
      <dt>Filed</dt>
      <dd>${proof.filedAt ? html`<${Time} iso=${new Date(proof.filedAt).toISOString()} withTime=${true} />` : '—'}</dd>
      <dt>Statement</dt>
      <dd class="prose">${proof.statement}</dd>
      <dt>Documents</dt>
      <dd>${proof.documents?.length ? html`<ul class="plain-list">${proof.documents.map((d, i) => html`<li key=${i}>${d}</li>`)}</ul>` : 'None listed'}</dd>
    </dl>
  </section>`;
}
