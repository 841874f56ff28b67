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

/** A badge with an icon and a word for the deadline state. */
export function stateBadge(state) {
  if (!state) return h('span', {}, '—');
  const icon = state === 'overdue' || state === 'missed' ? '⚠ ' : state === 'at_risk' ? '◔ ' : state === 'paused' ? '⏸ ' : '';
  return h('span', { class: `badge state-${state}` }, h('span', { 'aria-hidden': 'true' }, icon), STATE_LABEL[state] ?? state);
}

/** Today's date (local) as YYYY-MM-DD, for date inputs' max attribute. */
export function todayIso() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
