import { useRef, useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { ActionForm, Field, html, mountView, Time } from '../ui.js';

/** @typedef {import('../api-types').components['schemas']['AgendaDto']} Agenda */

/**
 * The agenda of the next bilateral meeting: cases whose PRC clock reached senior escalation. What
 * each role sees (the case and allegation for supervisors only) the API decides.
 */
export async function agendaPage() {
  /** @type {Agenda} */
  const agenda = await api('/agenda');
  return mountView(AgendaPage, { initial: agenda });
}

/** @param {{ initial: Agenda }} props */
function AgendaPage({ initial }) {
  const [agenda, setAgenda] = useState(initial);
  const [said, setSaid] = useState('');
  const status = useRef(/** @type {HTMLParagraphElement | null} */ (null));
  const setMeeting = async (/** @type {any} */ body) => {
    setAgenda(await post('/agenda/meetings', body));
    setSaid(`Meeting set for ${body.heldOn}.`);
    status.current?.focus();
  };
  return html`<section>
    <h1>Bilateral agenda</h1>
    <p class=${said ? 'notice' : 'visually-hidden'} role="status" tabindex="-1" ref=${status}>${said}</p>
    <p>
      Next meeting: ${agenda.nextMeeting ? html`<strong><${Time} iso=${agenda.nextMeeting.heldOn} /></strong>` : html`<strong>date not set</strong>; items wait for the next meeting`}.
      ${agenda.upcomingMeetings.length > 1 ? html` Later: ${agenda.upcomingMeetings.slice(1).map((m, i) => html`${i ? ', ' : ''}<${Time} key=${m.id} iso=${m.heldOn} />`)}.` : null}
    </p>
    ${agenda.items.length
      ? html`<table>
          <caption>${agenda.items.length} unanswered PRC ${agenda.items.length === 1 ? 'request' : 'requests'} on the agenda</caption>
          <thead>
            <tr>
              <th scope="col">Facility</th>
              <th scope="col">Obligation</th>
              <th scope="col">Requested</th>
              <th scope="col">Due</th>
              <th scope="col">Days overdue</th>
              <th scope="col">Raised at</th>
              ${agenda.showsCases ? html`<th scope="col">Case</th><th scope="col">Allegation</th>` : null}
            </tr>
          </thead>
          <tbody>
            ${agenda.items.map(
              (i) => html`<tr key=${`${i.facilityName}-${i.requestedAt}`}>
                <td>${i.facilityName}</td>
                <td>${i.obligation} (${i.legalBasis})</td>
                <td><${Time} iso=${i.requestedAt} /></td>
                <td>${i.dueAt ? html`<${Time} iso=${i.dueAt} />` : 'paused'}</td>
                <td>${i.daysOverdue}</td>
                <td>${i.meeting ? html`<${Time} iso=${i.meeting.heldOn} />` : i.meetingLabel}</td>
                ${agenda.showsCases ? html`<td><a href=${`/cases/${i.caseId}`}>${i.caseReference}</a></td><td>${i.allegationSummary}</td>` : null}
              </tr>`,
            )}
          </tbody>
        </table>`
      : html`<p class="empty">No case is on the agenda.</p>`}
    ${agenda.maySetMeeting
      ? html`<${ActionForm} label="Set a meeting date" draft="agenda-meeting" onSend=${setMeeting}>
          <h2>Set a meeting date</h2>
          <${Field} name="heldOn" label="Meeting date" type="date" required=${true} />
          <div class="actions"><button type="submit">Set the date</button></div>
        <//>`
      : null}
  </section>`;
}
