import { post } from '../api.js';
import { humanize } from '../dom.js';
import { personName } from '../people.js';
import { can } from '../roles.js';
import { ActionForm, Field, html, PastDate, Time } from '../ui.js';

/**
 * The diplomatic notes drafted at a PRC breach: the text and the facts it was drafted from, who
 * edited and approved it and when it was sent. Supervisors edit, approve and mark sent; whether
 * they may (four-eyes, the order of the steps) the API decides and says.
 * @param {{ c: any, user: any, update: (detail: any, message: string) => void }} props
 */
export function DiplomaticNotes({ c, user, update }) {
  const act = (note, step, body, done) => post(`/cases/${c.id}/notes/${note.id}/${step}`, body).then((next) => update(next, done));
  return html`<section aria-labelledby="case-notes-title">
    <h2 id="case-notes-title">Diplomatic notes</h2>
    ${c.notes.map(
      (n) => html`<article key=${n.id} class="card note" data-note-id=${n.id}>
        <h3>Note on ${n.deadlineKey} — ${humanize(n.status)}</h3>
        <dl class="facts">
          <dt>Request</dt>
          <dd><${Time} iso=${n.facts.requestedAt} /> (${n.facts.legalBasis}: ${n.facts.budgetDays} days)</dd>
          <dt>Drafted at the breach</dt>
          <dd><${Time} iso=${n.draftedAt} />, ${n.facts.daysElapsed} days after the request</dd>
          ${n.editedAt ? html`<dt>Edited</dt><dd><${Time} iso=${n.editedAt} /> by ${personName(n.editedBy, user)}</dd>` : null}
          ${n.approvedAt ? html`<dt>Approved</dt><dd><${Time} iso=${n.approvedAt} /> by ${personName(n.approvedBy, user)}</dd>` : null}
          ${n.sentAt ? html`<dt>Sent</dt><dd><${Time} iso=${n.sentAt} withTime=${true} /> by ${personName(n.sentBy, user)}</dd>` : null}
        </dl>
        <pre class="note-text">${n.text}</pre>
        ${can.manageNotes(user) && n.status !== 'SENT'
          ? html`<div class="panels">
              <${ActionForm} label=${`Edit note ${n.deadlineKey}`} draft=${`note-${n.id}`} onSend=${(body) => act(n, 'text', body, 'Note edited: a second supervisor approves it.')}>
                <${Field} name="text" label="Text of the note" rows=${12} value=${n.text} required=${true} />
                <div class="actions"><button type="submit">Save the note</button></div>
              <//>
              ${n.status === 'DRAFT'
                ? html`<${ActionForm} label=${`Approve note ${n.deadlineKey}`} onSend=${() => act(n, 'approval', {}, 'Note approved: it can be marked sent.')}>
                    <div class="actions"><button type="submit">Approve the note</button></div>
                  <//>`
                : html`<${ActionForm} label=${`Mark note ${n.deadlineKey} sent`} onSend=${(body) => act(n, 'sent', body, 'Note marked sent: the date is on the case timeline.')}>
                    <${PastDate} name="sentAt" label="Sent on (if earlier than today)" />
                    <div class="actions"><button type="submit">Mark sent</button></div>
                  <//>`}
            </div>`
          : null}
      </article>`,
    )}
  </section>`;
}
