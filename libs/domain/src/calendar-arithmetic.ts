import { isBusinessDay, type HolidayCalendar } from './holiday-calendar';
import { DAY_MS } from './iso-date';

/** Calendar-day counts: every day counts, weekends and holidays included (SOC 1994 clocks). */
export function addCalendarDays(instantMs: number, n: number): number {
  return instantMs + n * DAY_MS;
}

function requireWholeNumber(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

/**
 * Counts `n` whole business days after the start day and keeps the time of day, the way
 * "within 5 days (excluding weekends and holidays) after presentation" is read in 19 CFR 151.16:
 * the start day itself never counts, so an entry presented on a Friday is due the next Friday
 * when no holiday intervenes. A negative `n` counts back.
 */
export function addBusinessDays(instantMs: number, n: number, calendar: HolidayCalendar): number {
  requireWholeNumber(n, 'A number of business days');
  const direction = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let instant = instantMs;
  while (remaining > 0) {
    instant += direction * DAY_MS;
    if (isBusinessDay(instant, calendar)) remaining -= 1;
  }
  return instant;
}

/**
 * Calendar months, keeping the time of day; a day that does not exist in the target month is
 * clamped to its last day (31 January + 1 month = 28 or 29 February), so a three-month clock
 * (19 CFR 12.43) never spills into a fourth month.
 */
export function addMonths(instantMs: number, n: number): number {
  requireWholeNumber(n, 'A number of months');
  const start = new Date(instantMs);
  const targetMonthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + n, 1);
  const target = new Date(targetMonthStart);
  const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(start.getUTCDate(), daysInTarget);
  const timeOfDay = instantMs - Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  return targetMonthStart + (day - 1) * DAY_MS + timeOfDay;
}

/** Days from a to b, fractional; negative when b is before a. */
export function daysBetween(aMs: number, bMs: number): number {
  return (bMs - aMs) / DAY_MS;
}
