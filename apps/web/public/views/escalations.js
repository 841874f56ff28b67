import { useRef, useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { humanize } from '../dom.js';
import { ActionForm, Field, html, mountView, Time } from '../ui.js';

/** @typedef {import('../api-types').components['schemas']['EscalationListItemDto']} Escalation */

/** Escalation steps nobody has acknowledged yet, most severe first, each acknowledged with an optional note. */
export async function escalationsPage() {
  /** @type {Escalation[]} */
  const open = await api('/escalations?unacknowledged=true');
  return mountView(EscalationsPage, { initial: open });
}

/** @param {{ initial: Escalation[] }} props */
function EscalationsPage({ initial }) {
  const [open, setOpen] = useState(initial);
  const [said, setSaid] = useState('');
  const status = useRef(/** @type {HTMLParagraphElement | null} */ (null));

  const acknowledged = (/** @type {Escalation} */ e) => {
    setOpen((list) => list.filter((x) => x.id !== e.id));
    setSaid(`Acknowledged: ${humanize(e.type)} on case ${e.caseReference}.`);
    status.current?.focus();
  };

  return html`<section>
    <h1>Escalations</h1>
    <p class=${said ? 'notice' : 'visually-hidden'} role="status" tabindex="-1" ref=${status}>${said}</p>
    <p>${initial.length} not yet acknowledged, most severe first.</p>
    ${open.length
      ? html`<ul class="cards">
          ${open.map((e) => html`<li key=${e.id}><${EscalationCard} e=${e} acknowledged=${acknowledged} /></li>`)}
        </ul>`
      : html`<p class="empty">No escalation is waiting to be acknowledged.</p>`}
  </section>`;
}

/** @param {{ e: Escalation, acknowledged: (e: Escalation) => void }} props */
function EscalationCard({ e, acknowledged }) {
  const acknowledge = async (/** @type {any} */ body) => {
    await post(`/escalations/${encodeURIComponent(e.id)}/acknowledge`, body);
    acknowledged(e);
  };
  return html`<article class=${`card escalation level-${e.level}`} data-escalation-id=${e.id}>
    <h2>Level ${e.level}: ${humanize(e.type)} — <a href=${`/cases/${e.caseId}`}>${e.caseReference}</a></h2>
    <p>${e.description}</p>
    <dl class="facts">
      <dt>Facility</dt>
      <dd>${e.facilityName}</dd>
      <dt>Clock</dt>
      <dd>${e.deadlineKey}</dd>
      <dt>Legal basis</dt>
      <dd>${e.legalBasis}</dd>
      <dt>Happened</dt>
      <dd><${Time} iso=${e.occurredAt} withTime=${true} /></dd>
    </dl>
    <${ActionForm} label=${`Acknowledge ${humanize(e.type)} on ${e.caseReference}`} draft=${`escalation-${e.id}`} onSend=${acknowledge}>
      <${Field} name="note" label="Note (optional)" rows=${2} />
      <div class="actions"><button type="submit">Acknowledge</button></div>
    <//>
  </article>`;
}
