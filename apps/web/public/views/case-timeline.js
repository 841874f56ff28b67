import { humanize } from '../dom.js';
import { personName } from '../people.js';
import { html, Time } from '../ui.js';

const DATE_KEYS = /At$|For$/;
const HIDDEN = new Set(['approvalId', 'escalationId', 'facilityId', 'hash', 'noteId']);
const PEOPLE = new Set(['from', 'to', 'assigneeId', 'actorId', 'by']);

function label(key) {
  return humanize(key.replace(/Id$/, '').replace(/([a-z])([A-Z])/g, '$1_$2'));
}

function value(key, raw, me) {
  if (typeof raw === 'boolean') return raw ? 'yes' : 'no';
  if (typeof raw === 'number') return String(Math.round(raw * 100) / 100);
  if (PEOPLE.has(key) && /^[0-9a-f-]{36}$/.test(String(raw))) return personName(String(raw), me);
  if (Array.isArray(raw)) return raw.map((v) => value('', v, me)).join(', ');
  if (raw && typeof raw === 'object') {
    return Object.entries(raw)
      .filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => `${label(k)}: ${typeof v === 'object' ? value(k, v, me) : v}`)
      .join('; ');
  }
  if (DATE_KEYS.test(key) && typeof raw === 'string') return html`<${Time} iso=${raw} />`;
  if (typeof raw === 'string' && /^[A-Z][A-Z_]+$/.test(raw)) return humanize(raw);
  return String(raw);
}

/** Recorded later than it took effect (a fact entered late): says when the system was told. */
function recordedLate(e) {
  if (!e.recordedAt || Date.parse(e.recordedAt) - Date.parse(e.occurredAt) < 60_000) return null;
  return html`, recorded <${Time} iso=${e.recordedAt} withTime=${true} />`;
}

/**
 * The events in the order the API gives them (when each took effect), each with who, when, and
 * what it carried; keyed by sequence, so new ones are added, not redrawn.
 */
export function Timeline({ events, me }) {
  return html`<section class="timeline" aria-labelledby="timeline-title">
    <h2 id="timeline-title">Timeline</h2>
    <ol>
      ${events.map((e) => {
        const facts = Object.entries(e.payload ?? {}).filter(([k, v]) => v !== null && v !== undefined && v !== '' && !HIDDEN.has(k));
        return html`<li key=${e.sequence}>
          <p class="event-head"><strong>${humanize(e.type)}</strong> — <${Time} iso=${e.occurredAt} withTime=${true} />${recordedLate(e)}, by ${personName(e.actorId, me)}</p>
          ${facts.length
            ? html`<dl class="facts small">${facts.map(([k, v]) => [html`<dt key=${`t-${k}`}>${label(k)}</dt>`, html`<dd key=${`d-${k}`}>${value(k, v, me)}</dd>`])}</dl>`
            : null}
        </li>`;
      })}
    </ol>
  </section>`;
}
