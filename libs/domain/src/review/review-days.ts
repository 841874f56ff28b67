import { DAY_MS, startOfUtcDay } from '../iso-date';

/**
 * Whole calendar days from the UTC date of `fromMs` to the UTC date of `toMs`, the way an analyst
 * counts them: a visit held on the 60th day after the request was held "within 60 days", whatever
 * the hour. Calendar days, weekends and holidays included, as the SOC 1994 clocks run.
 */
export function calendarDaysBetween(fromMs: number, toMs: number): number {
  return Math.round((startOfUtcDay(toMs) - startOfUtcDay(fromMs)) / DAY_MS);
}
