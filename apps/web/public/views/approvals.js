import { useRef, useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { humanize } from '../dom.js';
import { personName } from '../people.js';
import { todayIso } from '../format.js';
import { ActionForm, Field, html, mountView, Time } from '../ui.js';

/** @typedef {import('../api-types').components['schemas']['ApprovalListItemDto']} Approval */

/**
 * Pending four-eyes approvals (block a facility, provisional WRO, unblock), each approved or rejected
 * with a reason. The API says per approval whether this user may decide it and why not (four-eyes);
 * the page offers the decision only where it may, and prints the API's sentence where it may not.
 */
export async function approvalsPage({ user }) {
  /** @type {Approval[]} */
  const pending = await api('/approvals?status=pending');
  return mountView(ApprovalsPage, { initial: pending, user });
}

/** @param {{ initial: Approval[], user: any }} props */
function ApprovalsPage({ initial, user }) {
  const [pending, setPending] = useState(initial);
  const [said, setSaid] = useState('');
  const status = useRef(/** @type {HTMLParagraphElement | null} */ (null));

  /** The decided approval leaves the list; the page says what was done and takes focus there. */
  const decided = (/** @type {Approval} */ a, /** @type {string} */ message) => {
    setPending((list) => list.filter((x) => x.id !== a.id));
    setSaid(message);
    status.current?.focus();
  };

  return html`<section>
    <h1>Approvals</h1>
    <p class=${said ? 'notice' : 'visually-hidden'} role="status" tabindex="-1" ref=${status}>${said}</p>
    <p>${pending.length} waiting for a decision.</p>
    ${pending.length
      ? html`<ul class="cards">
          ${pending.map((a) => html`<li key=${a.id}><${ApprovalCard} a=${a} user=${user} decided=${decided} /></li>`)}
        </ul>`
      : html`<p class="empty">No approval is waiting.</p>`}
  </section>`;
}

/** What an approval is about: a case, or (an unblock request) the facility alone. */
function subjectOf(/** @type {Approval} */ a) {
  return a.caseId ? `case ${a.caseReference}` : a.facilityName;
}

/** @param {{ a: Approval, user: any, decided: (a: Approval, message: string) => void }} props */
function ApprovalCard({ a, user, decided }) {
  const decide = async (/** @type {any} */ body, /** @type {HTMLButtonElement | null} */ submitter) => {
    const verb = submitter?.value === 'reject' ? 'reject' : 'approve';
    await post(`/approvals/${encodeURIComponent(a.id)}/${verb}`, body);
    decided(a, `${verb === 'approve' ? 'Approved' : 'Rejected'}: ${humanize(a.kind)} on ${subjectOf(a)}.`);
  };
  return html`<article class="card" data-approval-id=${a.id}>
    <h2>${humanize(a.kind)}: ${a.facilityName}</h2>
    <dl class="facts">
      ${a.caseId ? html`<dt>Case</dt><dd><a href=${`/cases/${a.caseId}`}>${a.caseReference}</a></dd>` : null}
      <dt>Facility</dt>
      <dd><a href=${`/facilities/${a.facilityId}`}>${a.facilityName}</a></dd>
      ${a.orderId ? html`<dt>Order</dt><dd><a href=${`/orders/${a.orderId}`}>The order, its terms and history</a></dd>` : null}
      <dt>Why</dt>
      <dd>${a.reason}</dd>
      <dt>Requested</dt>
      <dd><${Time} iso=${a.requestedAt} withTime=${true} /> by ${personName(a.requestedBy, user)}</dd>
    </dl>
    ${a.mayDecide
      ? html`<${ActionForm} label=${`Decide on ${humanize(a.kind)} for ${a.caseReference ?? a.facilityName}`} draft=${`approval-${a.id}`} onSend=${decide}>
          <${Field} name="reason" label="Reason for your decision" rows=${2} required=${true} />
          ${a.orderId
            ? null
            : html`<${Field} name="decidedAt" label="Decided on" type="date" past=${true} max=${todayIso()} hint="Leave empty for today. A decision taken earlier takes effect on that date." />`}
          <div class="actions">
            <button type="submit" value="approve">Approve</button>
            <button type="submit" value="reject" class="secondary">Reject</button>
          </div>
        <//>`
      : html`<p class="warning">You may not decide this: ${a.refusal}</p>`}
  </article>`;
}
