import { useState } from 'preact/hooks';
import { api, query } from '../api.js';
import { ActionForm, Field, html, mountView, Time } from '../ui.js';

const SUBJECTS = [
  { value: 'case', label: 'Case' },
  { value: 'facility', label: 'Facility' },
  { value: 'entry', label: 'Import entry' },
  { value: 'order', label: 'Withhold Release Order or Finding' },
  { value: 'user', label: 'Person' },
  { value: 'product-category', label: 'Product category' },
  { value: 'review', label: 'Year-end review' },
  { value: 'approval', label: 'Facility approval' },
  { value: 'organisation', label: 'Importer' },
  { value: 'bilateral-meeting', label: 'Bilateral meeting' },
  { value: 'calendar', label: 'Holiday calendar' },
  { value: 'settings', label: 'Rules as settings' },
  { value: 'audit-log', label: 'Audit log' },
];

/** What each kind of break means, in words. */
const BREAK_KINDS = {
  missing: 'an event or the record is missing',
  edited: 'stored content was changed',
  reordered: 'events are out of their order',
  'head-mismatch': 'the head does not match the last event',
};

const subjectLabel = (subject) => SUBJECTS.find((s) => s.value === subject)?.label ?? subject;

/**
 * The trail of every record checked: any record's chain on request, what the scheduled
 * re-verification last found (with every open break), and today's chains against the last anchor.
 */
export async function adminVerificationPage() {
  const status = await api('/chain-verification/status');
  return mountView(VerificationPage, { initialStatus: status });
}

function VerificationPage({ initialStatus }) {
  const [results, setResults] = useState(/** @type {any[]} */ ([]));
  const [status, setStatus] = useState(initialStatus);
  const [anchor, setAnchor] = useState(/** @type {any} */ (null));
  const last = status.lastVerification;
  return html`<section>
    <h1>Chain verification</h1>
    <p><a href="/admin">Administration</a></p>
    <p>Every record keeps its history in a chain: each event's hash covers its content and the hash before it, and the record keeps the last sequence and hash as its head. A changed, missing or reordered event, or a head that is not the last event, breaks the chain.</p>

    <section aria-labelledby="watch-title" class="chain-watch">
      <h2 id="watch-title">Scheduled re-verification</h2>
      <dl class="facts summary">
        <dt>Last run</dt>
        <dd>${last ? html`<${Time} iso=${last.checkedAt} withTime=${true} />: ${last.chains} chains, ${last.broken} broken` : 'Not run yet'}</dd>
        <dt>Last anchor</dt>
        <dd>
          ${status.lastAnchor
            ? html`<${Time} iso=${status.lastAnchor.checkedAt} withTime=${true} />: ${status.lastAnchor.chains} heads, digest <code>${status.lastAnchor.digest}</code>`
            : 'None taken yet'}
        </dd>
      </dl>
      <p class=${status.openBreaks.length ? 'notice chain-broken' : 'chain-intact'} role="status">
        ${status.openBreaks.length === 0
          ? last
            ? 'No open breaks: every chain was whole at the last run.'
            : 'The scheduled re-verification has not run yet.'
          : `${status.openBreaks.length} open ${status.openBreaks.length === 1 ? 'break' : 'breaks'}; the administrators were e-mailed when each was first found.`}
      </p>
      ${status.openBreaks.length > 0 &&
      html`<table class="chain-breaks">
        <caption class="visually-hidden">Open breaks</caption>
        <thead>
          <tr><th scope="col">Record</th><th scope="col">Break</th><th scope="col">At event</th><th scope="col">Found</th></tr>
        </thead>
        <tbody>
          ${status.openBreaks.map(
            (b) => html`<tr key=${b.id}>
              <td data-label="Record">${subjectLabel(b.subject)} ${b.label}</td>
              <td data-label="Break">${b.breakKind}: ${b.reason}</td>
              <td data-label="At event">${b.brokenAt}</td>
              <td data-label="Found"><${Time} iso=${b.detectedAt} withTime=${true} /></td>
            </tr>`,
          )}
        </tbody>
      </table>`}
      <div class="actions">
        <button type="button" onClick=${async () => setStatus(await api('/chain-verification/status'))}>Refresh</button>
        <button
          type="button"
          onClick=${async () => {
            try {
              setAnchor(await api('/chain-verification/anchor'));
            } catch (error) {
              setAnchor({ error: error instanceof Error ? error.message : String(error) });
            }
          }}
        >
          Check against the last anchor
        </button>
      </div>
      ${anchor && html`<${AnchorResult} check=${anchor} />`}
    </section>

    <section aria-labelledby="verify-title">
      <h2 id="verify-title">Verify one record</h2>
      <${ActionForm} label="Verify a chain" keep=${true} onSend=${async (values) => {
        const checked = await api(`/chain-verification${query(values)}`);
        setResults((r) => [checked, ...r]);
      }}>
        <${Field} name="subject" label="What" required=${true} options=${SUBJECTS} />
        <${Field} name="ref" label="Reference or id" hint="A case or entry reference (MOU-2026-000042, ENT-2026-000007), a facility's exact name, a person's e-mail, an importer's name, a meeting as 'meeting YYYY-MM-DD', a category's code, a review's id, a calendar's id, or any id. Leave empty for the audit log and the rules as settings." />
        <div class="actions"><button type="submit">Verify</button></div>
      <//>
      <div role="status" aria-live="polite">
        ${results.map(
          (r, i) => html`<article key=${`${r.id}-${results.length - i}`} class=${`card chain-result ${r.valid ? 'chain-intact' : 'chain-broken'}`}>
            <h3>${subjectLabel(r.subject)} ${r.label}: ${r.valid ? 'intact' : 'broken'}</h3>
            <p>
              ${r.valid
                ? `All ${r.events} ${r.events === 1 ? 'event links' : 'events link'} to the one before, match their hashes, and end at the head.`
                : `Broken at event ${r.brokenAt} of ${r.events} (${r.breakKind}: ${BREAK_KINDS[r.breakKind] ?? r.breakKind}): ${r.reason}.`}
            </p>
          </article>`,
        )}
      </div>
    </section>
  </section>`;
}

function AnchorResult({ check }) {
  if (check.error) return html`<p class="notice" role="alert">${check.error}</p>`;
  return html`<article class=${`card anchor-result ${check.valid ? 'chain-intact' : 'chain-broken'}`} aria-live="polite">
    <h3>Anchor of <${Time} iso=${check.anchoredAt} withTime=${true} />: ${check.valid ? 'every anchored chain intact' : 'changed since'}</h3>
    <p>${check.signatureValid ? `Signature valid; ${check.chains} heads anchored.` : 'The anchor does not match its signature: the file was changed or signed with another key.'}</p>
    ${check.mismatches.length > 0 &&
    html`<ul>
      ${check.mismatches.map((m) => html`<li key=${`${m.subject}-${m.id}`}>${subjectLabel(m.subject)} ${m.id}, event ${m.anchoredSequence}: ${m.breakKind}: ${m.reason}</li>`)}
    </ul>`}
  </article>`;
}
