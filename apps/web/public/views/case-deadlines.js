import { daysLeftText } from '../format.js';
import { html, StateBadge, Time } from '../ui.js';

const OPEN_STATES = ['on_track', 'at_risk', 'overdue', 'paused'];

export function isOpenClock(deadline) {
  return OPEN_STATES.includes(deadline.state);
}

function explanationText(explanation) {
  if (typeof explanation === 'string') return explanation;
  return explanation?.text ?? 'No explanation recorded.';
}

/** One clock as a card; `controls` is the supervisor's pause/resume/extend panel, if any. */
function DeadlineCard({ d, controls }) {
  const open = isOpenClock(d);
  return html`<article class=${`card deadline deadline-${d.state}`} aria-labelledby=${`deadline-${d.key}`} data-deadline-key=${d.key}>
    <h3 id=${`deadline-${d.key}`}>${d.title} <span class="key">(${d.key})</span></h3>
    <dl class="facts">
      <dt>State</dt>
      <dd><${StateBadge} state=${d.state} />${d.escalationLevel > 0 ? ` · escalation level ${d.escalationLevel}` : ''}</dd>
      <dt>Owed by</dt>
      <dd>${d.owedBy}</dd>
      <dt>Started</dt>
      <dd><${Time} iso=${d.startedAt} /></dd>
      <dt>Due</dt>
      <dd>${d.dueAt ? html`<${Time} iso=${d.dueAt} />` : d.state === 'paused' ? 'Paused: no due date while the clock is stopped' : '—'}</dd>
      ${open ? html`<dt>Days left</dt>` : html`<dt>Met on</dt>`}
      ${open
        ? html`<dd class=${d.daysLeft !== null && d.daysLeft < 0 ? 'late' : undefined}>${daysLeftText(d.daysLeft)}</dd>`
        : html`<dd><${Time} iso=${d.metAt} /></dd>`}
      <dt>Legal basis</dt>
      <dd class="legal-basis">${d.legalBasis}</dd>
    </dl>
    <details class="explanation"><summary>How this due date is worked out</summary><p>${explanationText(d.explanation)}</p></details>
    ${controls}
  </article>`;
}

/**
 * A case's or an entry's clocks: due date, days left, legal basis, and how the date was worked out on demand.
 * @param {{ deadlines: any[], controls?: (deadline: any) => any, title?: string, empty?: string }} props
 */
export function Deadlines({ deadlines, controls, title, empty }) {
  return html`<section class="deadlines" aria-labelledby="deadlines-title">
    <h2 id="deadlines-title">${title ?? 'Deadlines'}</h2>
    ${deadlines.length === 0
      ? html`<p class="empty">${empty ?? 'No clock is running: none starts until a visit or an investigation is requested.'}</p>`
      : html`<ul class="cards">
          ${deadlines.map((d) => html`<li key=${d.key}><${DeadlineCard} d=${d} controls=${controls?.(d) ?? null} /></li>`)}
        </ul>`}
  </section>`;
}
