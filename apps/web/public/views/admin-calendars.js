import { useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { dateText } from '../format.js';
import { ActionForm, Field, html, mountView, Time } from '../ui.js';

const CALENDAR = 'us-federal';

/** The holiday calendar an administrator keeps: its version in force, its closure days, every version (docs/domain.md §4). */
export async function adminCalendarsPage({ flash }) {
  const calendar = await api(`/calendars/${CALENDAR}`);
  return mountView(CalendarPage, { initial: calendar, flash });
}

/**
 * Closing or reopening a day makes a new version; the API hands it to every open entry, whose
 * business-day clock moves when the change falls inside it. The page then shows the new version
 * and how many open entries took it.
 */
function CalendarPage({ initial, flash }) {
  const [shown, setShown] = useState({ calendar: initial, message: flash });
  const c = shown.calendar;
  const changed = (next, verb, date) =>
    setShown({
      calendar: next,
      message: `Version ${next.version}: ${dateText(date)} ${verb}. ${next.entriesTold === 1 ? '1 open entry' : `${next.entriesTold} open entries`} re-projected on it.`,
    });
  return html`<section class="calendar-page">
    <h1>Holiday calendar</h1>
    <p class=${shown.message ? 'notice' : 'visually-hidden'} role="status">${shown.message ?? ''}</p>
    <dl class="facts summary">
      <dt>Calendar</dt>
      <dd>${c.id}</dd>
      <dt>Version in force</dt>
      <dd>${c.version}</dd>
    </dl>
    <p>Business-day deadlines count on the version in force. Closing or reopening a day makes a new version; every open deadline whose business days cross the day moves, and its history says from which version and date to which.</p>
    <section aria-labelledby="close-title">
      <h2 id="close-title">Close a day</h2>
      <${ActionForm}
        label="Close a day"
        onSend=${async (body) => changed(await post(`/calendars/${CALENDAR}/closures`, body), 'closed', body.date)}
      >
        <${Field} name="date" label="Day offices close" type="date" required=${true} />
        <${Field} name="reason" label="Why" required=${true} hint="For example the executive order that closes federal offices." />
        <div class="actions"><button type="submit">Close the day</button></div>
      <//>
    </section>
    <section aria-labelledby="reopen-title">
      <h2 id="reopen-title">Reopen a closure day</h2>
      <${ActionForm}
        label="Reopen a day"
        onSend=${async (body) => changed(await post(`/calendars/${CALENDAR}/reopenings`, body), 'reopened', body.date)}
      >
        <${Field} name="date" label="Closure day to reopen" type="date" required=${true} />
        <${Field} name="reason" label="Why" required=${true} />
        <div class="actions"><button type="submit">Reopen the day</button></div>
      <//>
    </section>
    <section aria-labelledby="closures-title">
      <h2 id="closures-title">Closure days from a year ago on</h2>
      <ul class="plain-list closure-days">
        ${c.upcoming.map((d) => html`<li key=${d}><time datetime=${d}>${dateText(d)}</time></li>`)}
      </ul>
    </section>
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">Versions</h2>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Every version of the calendar, newest first</caption>
          <thead>
            <tr><th scope="col">Version</th><th scope="col">Change</th><th scope="col">Why</th><th scope="col">By</th><th scope="col">When</th></tr>
          </thead>
          <tbody>
            ${c.versions.map(
              (v) => html`<tr key=${v.version}>
                <th scope="row">${v.version}</th>
                <td>
                  ${v.change
                    ? [...v.change.added.map((d) => `closed ${dateText(d)}`), ...v.change.removed.map((d) => `reopened ${dateText(d)}`)].join(', ')
                    : 'The federal holidays of 5 U.S.C. 6103'}
                </td>
                <td>${v.change?.reason ?? '—'}</td>
                <td>${v.createdBy?.name ?? '—'}</td>
                <td>${v.createdAt ? html`<${Time} iso=${v.createdAt} withTime=${true} />` : '—'}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>
  </section>`;
}
