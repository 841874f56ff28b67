import { h, humanize } from '../dom.js';
import { timeEl } from '../format.js';
import { personName } from '../people.js';

const DATE_KEYS = /At$|For$/;
const HIDDEN = new Set(['approvalId', 'escalationId', 'facilityId', 'hash']);
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
  if (DATE_KEYS.test(key) && typeof raw === 'string') return timeEl(raw);
  if (typeof raw === 'string' && /^[A-Z][A-Z_]+$/.test(raw)) return humanize(raw);
  return String(raw);
}

/** The case's events in order, each with who, when, and what it carried. */
export function timelineSection(events, me) {
  return h(
    'section',
    { class: 'timeline', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, 'Timeline'),
    h(
      'ol',
      {},
      events.map((e) => {
        const facts = Object.entries(e.payload ?? {}).filter(([k, v]) => v !== null && v !== undefined && v !== '' && !HIDDEN.has(k));
        return h(
          'li',
          {},
          h('p', { class: 'event-head' }, h('strong', {}, humanize(e.type)), ' — ', timeEl(e.occurredAt, true), ', by ', personName(e.actorId, me)),
          facts.length ? h('dl', { class: 'facts small' }, facts.flatMap(([k, v]) => [h('dt', {}, label(k)), h('dd', {}, value(k, v, me))])) : null,
        );
      }),
    ),
  );
}
