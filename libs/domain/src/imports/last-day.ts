import { dueAt, type DeadlineLedger, type DeadlineRule } from '../deadline';
import type { HolidayCalendar } from '../holiday-calendar';
import { DAY_MS, parseIsoDate, toIsoDate } from '../iso-date';

// [Choice] The periods of 19 CFR 12.43, 12.44(a), 151.16(b) and 174.21(b) are stated in days and
// months, so the last day counts in full: proof filed at any hour of the day the clock falls due
// is in time, and a deemed move (exclusion, abandonment, denial) waits until that day is over.
// Days are UTC days, like every date in the domain (iso-date.ts).

/** The last day ('YYYY-MM-DD') on which the obligation can be met; null while the clock is paused. */
export function lastDayToAct(rule: DeadlineRule, ledger: DeadlineLedger, calendar: HolidayCalendar): string | null {
  const due = dueAt(rule, ledger, calendar);
  return due === null ? null : toIsoDate(due);
}

/** The instant the clock has run out: the end of its last day. Null while paused. */
export function entryClockExpiresAt(rule: DeadlineRule, ledger: DeadlineLedger, calendar: HolidayCalendar): number | null {
  const lastDay = lastDayToAct(rule, ledger, calendar);
  return lastDay === null ? null : parseIsoDate(lastDay) + DAY_MS;
}

/**
 * Whether acting at `actedAt` met the clock: on or before its last day. A pause still open when
 * the obligation was met is taken to end then, as deadlineState does.
 */
export function actedInTime(rule: DeadlineRule, ledger: DeadlineLedger, calendar: HolidayCalendar, actedAt: number): boolean {
  const closed: DeadlineLedger = {
    ...ledger,
    pauses: ledger.pauses.map((pause) => (pause.resumedAt === undefined ? { ...pause, resumedAt: Math.max(actedAt, pause.pausedAt) } : pause)),
  };
  return toIsoDate(actedAt) <= (lastDayToAct(rule, closed, calendar) as string);
}
