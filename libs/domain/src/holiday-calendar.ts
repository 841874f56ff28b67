import { parseIsoDate, toInstant, toIsoDate } from './iso-date';

/**
 * A versioned list of non-working days. Calendars are data an administrator edits (docs/domain.md §4):
 * every deadline records the id and version it was computed on, so a due date stays explainable
 * after the calendar changes.
 */
export interface HolidayCalendar {
  id: string;
  version: number;
  /** Observed holiday dates, 'YYYY-MM-DD' (the day offices close, not the nominal date). */
  holidays: readonly string[];
}

const SATURDAY = 6;
const SUNDAY = 0;

/** The n-th given weekday (0 = Sunday) of a month, as 'YYYY-MM-DD'; month is 1-12. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - firstWeekday + 7) % 7) + (n - 1) * 7;
  return toIsoDate(Date.UTC(year, month - 1, day));
}

function lastWeekday(year: number, month: number, weekday: number): string {
  const lastDay = new Date(Date.UTC(year, month, 0));
  const back = (lastDay.getUTCDay() - weekday + 7) % 7;
  return toIsoDate(Date.UTC(year, month - 1, lastDay.getUTCDate() - back));
}

/**
 * 5 U.S.C. 6103(b) and Executive Order 11582: a holiday on a Saturday is observed the Friday
 * before, one on a Sunday the Monday after.
 */
function observed(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay();
  const shift = weekday === SATURDAY ? -1 : weekday === SUNDAY ? 1 : 0;
  return toIsoDate(Date.UTC(year, month - 1, day + shift));
}

/** The fixed-date and weekday-rule holidays of 5 U.S.C. 6103(a) for one nominal year. */
function holidaysOfNominalYear(year: number): string[] {
  const dates = [
    observed(year, 1, 1), // New Year's Day
    nthWeekday(year, 1, 1, 3), // Birthday of Martin Luther King, Jr.: third Monday in January
    nthWeekday(year, 2, 1, 3), // Washington's Birthday: third Monday in February
    lastWeekday(year, 5, 1), // Memorial Day: last Monday in May
    observed(year, 7, 4), // Independence Day
    nthWeekday(year, 9, 1, 1), // Labor Day: first Monday in September
    nthWeekday(year, 10, 1, 2), // Columbus Day: second Monday in October
    observed(year, 11, 11), // Veterans Day
    nthWeekday(year, 11, 4, 4), // Thanksgiving Day: fourth Thursday in November
    observed(year, 12, 25), // Christmas Day
  ];
  // Juneteenth National Independence Day Act, Pub. L. 117-17, signed 17 June 2021.
  if (year >= 2021) dates.push(observed(year, 6, 19));
  return dates;
}

/**
 * Observed US federal holidays whose observed date falls in `year`, sorted. When 1 January falls
 * on a Saturday its observed day is 31 December of the year before, so it is listed under that
 * year (as OPM does for 2021-12-31). One-off closings by executive order (e.g. 2024-12-24,
 * 2025-01-09) and the Inauguration Day holiday, which only applies in the Washington area, follow
 * no rule: an administrator adds them as a new calendar version.
 */
export function usFederalHolidays(year: number): string[] {
  const prefix = `${String(year).padStart(4, '0')}-`;
  return [...holidaysOfNominalYear(year), ...holidaysOfNominalYear(year + 1)]
    .filter((date) => date.startsWith(prefix))
    .sort();
}

function federalCalendar(fromYear: number, toYear: number): string[] {
  const dates: string[] = [];
  for (let year = fromYear; year <= toYear; year += 1) dates.push(...usFederalHolidays(year));
  return dates;
}

/** The default calendar, version 1: the rule-based federal holidays 1990–2050. */
export const US_FEDERAL_CALENDAR: HolidayCalendar = Object.freeze({
  id: 'us-federal',
  version: 1,
  holidays: Object.freeze(federalCalendar(1990, 2050)),
});

// Looking holidays up in a set built once per holiday list; keyed by the list object itself so a
// new calendar version (a new list) never reads a stale set.
const holidaySets = new WeakMap<readonly string[], ReadonlySet<string>>();

function holidaySet(calendar: HolidayCalendar): ReadonlySet<string> {
  let set = holidaySets.get(calendar.holidays);
  if (!set) {
    set = new Set(calendar.holidays);
    holidaySets.set(calendar.holidays, set);
  }
  return set;
}

/**
 * Whether offices are open on the UTC day of `date` ('YYYY-MM-DD', an ISO instant or epoch ms):
 * not a Saturday, Sunday or observed holiday of the calendar.
 */
export function isBusinessDay(date: string | number, calendar: HolidayCalendar): boolean {
  const isoDate = toIsoDate(toInstant(date));
  const weekday = new Date(parseIsoDate(isoDate)).getUTCDay();
  if (weekday === SATURDAY || weekday === SUNDAY) return false;
  return !holidaySet(calendar).has(isoDate);
}

/** What an administrator changed between two versions of a calendar: closure days added or taken back. */
export interface CalendarChange {
  added: string[];
  removed: string[];
  reason: string;
}

/**
 * The next version of a calendar with `day` closed (an unscheduled closure) or reopened
 * (docs/domain.md §4); a reason for refusing when the day is no real date, is a weekend, or
 * already is (or is not) a closure day.
 */
export function changeClosureDay(
  calendar: HolidayCalendar,
  day: string,
  action: 'close' | 'reopen',
): { calendar: HolidayCalendar } | { refused: string } {
  let instant: number;
  try {
    instant = parseIsoDate(day);
  } catch {
    return { refused: `${day} is not a real date.` };
  }
  const weekday = new Date(instant).getUTCDay();
  if (weekday === SATURDAY || weekday === SUNDAY) return { refused: `${day} is a ${weekday === SATURDAY ? 'Saturday' : 'Sunday'}: offices are closed anyway.` };
  const closed = holidaySet(calendar).has(day);
  if (action === 'close' && closed) return { refused: `${day} is already a closure day in version ${calendar.version}.` };
  if (action === 'reopen' && !closed) return { refused: `${day} is not a closure day in version ${calendar.version}.` };
  const holidays = action === 'close' ? [...calendar.holidays, day].sort() : calendar.holidays.filter((d) => d !== day);
  return { calendar: { id: calendar.id, version: calendar.version + 1, holidays } };
}
