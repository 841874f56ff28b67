/**
 * Instants and calendar dates at the domain's boundary. All calendar arithmetic is in UTC so
 * that a deadline computed in the API, the worker and a report is the same instant everywhere.
 */

/** One calendar day; UTC has no daylight-saving days, so every day has this length. */
export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' of the UTC day containing the instant. */
export function toIsoDate(instantMs: number): string {
  return new Date(instantMs).toISOString().slice(0, 10);
}

/** Midnight UTC of a 'YYYY-MM-DD' date; refuses anything else, including impossible days. */
export function parseIsoDate(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  if (toIsoDate(ms) !== isoDate) throw new RangeError(`No such calendar date: ${isoDate}`);
  return ms;
}

/** Midnight UTC of the day containing the instant. */
export function startOfUtcDay(instantMs: number): number {
  return Math.floor(instantMs / DAY_MS) * DAY_MS;
}

/**
 * An instant from what callers hold: epoch milliseconds, a 'YYYY-MM-DD' date (its UTC midnight)
 * or a full ISO instant with its offset.
 */
export function toInstant(value: number | string): number {
  if (typeof value === 'number') return value;
  if (ISO_DATE.test(value)) return parseIsoDate(value);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO date or instant: ${value}`);
  return ms;
}
