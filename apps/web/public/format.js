import { h } from './dom.js';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

/** Due dates are UTC instants, as the deadline explanations state them. */
export function dateText(iso) {
  return iso ? DATE.format(new Date(iso)) : '—';
}

export function timeEl(iso, withTime = false) {
  if (!iso) return h('span', {}, '—');
  return h('time', { datetime: iso }, (withTime ? DATE_TIME : DATE).format(new Date(iso)));
}

/** Days left as words, so lateness never depends on colour alone. */
export function daysLeftText(days) {
  if (days === null || days === undefined) return '—';
  if (days < 0) return `${-days} ${-days === 1 ? 'day' : 'days'} overdue`;
  if (days === 0) return 'due today';
  return `${days} ${days === 1 ? 'day' : 'days'} left`;
}

const STATE_LABEL = {
  on_track: 'On track',
  at_risk: 'At risk',
  overdue: 'Overdue',
  paused: 'Paused',
  met: 'Met',
  missed: 'Missed',
  cancelled: 'Cancelled',
};

/** The icon and the word for a deadline state. @param {string} state */
export function stateParts(state) {
  const icon = state === 'overdue' || state === 'missed' ? '⚠ ' : state === 'at_risk' ? '◔ ' : state === 'paused' ? '⏸ ' : '';
  return { icon, label: STATE_LABEL[state] ?? state };
}

/** A badge with an icon and a word for the deadline state. */
export function stateBadge(state) {
  if (!state) return h('span', {}, '—');
  const { icon, label } = stateParts(state);
  return h('span', { class: `badge state-${state}` }, h('span', { 'aria-hidden': 'true' }, icon), label);
}

/** How timeEl writes an instant. @param {string} iso */
export function instantText(iso, withTime = false) {
  return (withTime ? DATE_TIME : DATE).format(new Date(iso));
}

/** Today's date (local) as YYYY-MM-DD, for date inputs' max attribute. */
export function todayIso() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Whole days left until `iso` as the API counts them: up to the due time, negative once late. */
export function daysUntil(iso, now = Date.now()) {
  if (!iso) return null;
  const ms = new Date(iso).getTime() - now;
  return ms >= 0 ? Math.ceil(ms / 86_400_000) : -Math.floor(-ms / 86_400_000);
}

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function usdText(n) {
  return n === null || n === undefined ? '—' : USD.format(Number(n));
}

export function numberText(n) {
  return n === null || n === undefined ? '—' : NUMBER.format(Number(n));
}

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
/** The local clock time, for "updated at". */
export function clockTime(date = new Date()) {
  return TIME.format(date);
}

const ENTRY_STATUS = {
  PENDING_SCREENING: ['Awaiting decision', '◔ '],
  RELEASED: ['Released', '✓ '],
  DETAINED: ['Detained', '⚠ '],
  EXCLUDED: ['Excluded', '⚠ '],
  EXPORTED: ['Exported', ''],
  PROTESTED: ['Protest pending', '◔ '],
  ABANDONED: ['Abandoned', ''],
  PROTEST_DENIED: ['Protest denied', ''],
  PROTEST_GRANTED: ['Protest granted', '✓ '],
};

/** The word and the icon for an entry's status. @returns {[string, string]} */
export function entryStatusParts(status) {
  return ENTRY_STATUS[status] ?? [status, ''];
}

/** An entry's status as a badge: an icon and words, never colour alone. */
export function entryStatusBadge(status) {
  const [label, icon] = entryStatusParts(status);
  return h('span', { class: `badge entry-${status}` }, h('span', { 'aria-hidden': 'true' }, icon), label);
}

export const ENTRY_STATUSES = Object.keys(ENTRY_STATUS);
export function entryStatusText(status) {
  return ENTRY_STATUS[status]?.[0] ?? status;
}
