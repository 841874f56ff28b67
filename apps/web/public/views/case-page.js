import { useRef, useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { humanize } from '../dom.js';
import { lastSequence } from '../live.js';
import { useLiveRecord, useStatusFocus } from '../live-record.js';
import { assignablePeople, personName, rememberPerson } from '../people.js';
import { can } from '../roles.js';
import { html, mountView, Time } from '../ui.js';
import { CaseActions } from './case-actions.js';
import { Deadlines, isOpenClock } from './case-deadlines.js';
import { ClockControls, Reassign } from './case-supervision.js';
import { Timeline } from './case-timeline.js';
import { DocumentPicker, DocumentsList } from './documents.js';

/**
 * One case: where it stands, its clocks, the legal next moves, and its history. After a move the
 * page shows the case the API returns and moves focus to the confirmation.
 */
export async function casePage({ params, user, flash }) {
  rememberPerson(user.id, user.displayName);
  const [detail, people] = await Promise.all([api(`/cases/${encodeURIComponent(params.id)}`), can.reassign(user) ? assignablePeople(user) : []]);
  return mountView(CasePage, { initial: detail, people, user, flash });
}

/**
 * A change made elsewhere (another user's move, an escalation step) arrives on the live stream:
 * the case is fetched again and the page patched, so a half-typed form, its focus and the open
 * panels stay as they were.
 */
function CasePage({ initial, people, user, flash }) {
  const [shown, setShown] = useState({ detail: initial, message: flash, focus: false });
  const latest = useRef(initial);
  latest.current = shown.detail;
  const page = useRef(/** @type {HTMLElement | null} */ (null));
  const status = useRef(/** @type {HTMLElement | null} */ (null));
  const c = shown.detail;

  const run = async (path, body, done) => {
    const next = await post(`/cases/${c.id}/${path}`, body);
    setShown({ detail: next, message: done, focus: true });
  };

  useStatusFocus(shown, status);
  useLiveRecord(page, {
    stream: 'case',
    id: initial.id,
    path: `/cases/${encodeURIComponent(initial.id)}`,
    isNew: (events) => events.some((e) => e.type === 'RESYNC' || e.sequence > lastSequence(latest.current.timeline)),
    apply: (next) => setShown((prev) => ({ detail: next, message: prev.message, focus: false })),
    said: (next) => `Case ${next.reference} was updated.`,
  });

  return html`<section class="case-page" ref=${page}>
    <h1>Case ${c.reference}</h1>
    <p class=${shown.message ? 'notice' : 'visually-hidden'} role="status" tabindex="-1" ref=${status}>${shown.message ?? ''}</p>
    <${Summary} c=${c} user=${user} />
    <${Deadlines} deadlines=${c.deadlines} controls=${(d) => (can.manageClocks(user) && isOpenClock(d) ? html`<${ClockControls} d=${d} run=${run} />` : null)} />
    <${CaseActions} detail=${c} run=${run} attach=${() => html`<${DocumentPicker} path=${`/cases/${c.id}/documents`} />`} />
    ${can.reassign(user) && c.isOpen ? html`<${Reassign} detail=${c} people=${people} run=${run} />` : null}
    ${c.escalations.length ? html`<${Escalations} c=${c} user=${user} />` : null}
    ${c.approvals.length ? html`<${Approvals} c=${c} user=${user} />` : null}
    <${DocumentsList} path=${`/cases/${c.id}/documents`} version=${c.timeline.length} />
    <${Timeline} events=${c.timeline} me=${user} />
  </section>`;
}

function Summary({ c, user }) {
  return html`<dl class="facts summary">
    <dt>Stage</dt>
    <dd><strong class="stage">${humanize(c.stage)}</strong>${c.outcome ? ` — outcome: ${humanize(c.outcome)}` : ''}</dd>
    <dt>Facility</dt>
    <dd><a href=${`/facilities/${c.facilityId}`}>${c.facilityName}</a></dd>
    <dt>Assignee</dt>
    <dd>${personName(c.assigneeId, user)}</dd>
    <dt>Opened</dt>
    <dd><${Time} iso=${c.openedAt} /> by ${personName(c.openedBy, user)}</dd>
    <dt>Allegation</dt>
    <dd>${c.allegation.summary}</dd>
    <dt>Source</dt>
    <dd>${c.allegation.source}</dd>
    <dt>Products</dt>
    <dd>${c.allegation.productCategories.length ? c.allegation.productCategories.map(humanize).join(', ') : 'None named'}</dd>
    <dt>Rules</dt>
    <dd>${c.rulesVersion === null ? 'Those in force before settings had versions' : `Settings version ${c.rulesVersion}`}</dd>
  </dl>`;
}

function Escalations({ c, user }) {
  return html`<section aria-labelledby="case-escalations-title">
    <h2 id="case-escalations-title">Escalations</h2>
    <ul class="plain-list">
      ${c.escalations.map(
        (e) => html`<li key=${e.id}>
          <strong>Level ${e.level}: ${humanize(e.type)}</strong> on ${e.deadlineKey}, <${Time} iso=${e.occurredAt} />. ${e.description}${' '}
          ${e.acknowledgedAt
            ? html`<span class="muted">Acknowledged by ${personName(e.acknowledgedBy, user)} on <${Time} iso=${e.acknowledgedAt} />.</span>`
            : html`<span class="badge state-overdue">Not acknowledged</span>`}
        </li>`,
      )}
    </ul>
    ${can.acknowledgeEscalations(user) ? html`<p><a href="/escalations">Acknowledge escalations</a></p>` : null}
  </section>`;
}

function Approvals({ c, user }) {
  return html`<section aria-labelledby="case-approvals-title">
    <h2 id="case-approvals-title">Approvals</h2>
    <ul class="plain-list">
      ${c.approvals.map(
        (a) => html`<li key=${a.id}>
          <strong>${humanize(a.kind)}</strong> — ${humanize(a.status)}. ${a.reason}. Requested <${Time} iso=${a.requestedAt} /> by ${personName(a.requestedBy, user)}
          ${a.decidedAt ? html`<span>; decided <${Time} iso=${a.decidedAt} /> by ${personName(a.decidedBy, user)}: ${a.decisionReason}</span>` : null}.
        </li>`,
      )}
    </ul>
    ${can.decideApprovals(user) && c.approvals.some((a) => a.status === 'pending') ? html`<p><a href="/approvals">Decide pending approvals</a></p>` : null}
  </section>`;
}
