import { formatRate } from '@mou/domain';

/** How figures read in the report; rates as the rule's own sentences print them. */
const DAY_MS = 86_400_000;
const dayNames = new Map<number, string>();
/** The UTC day of an instant, 'YYYY-MM-DD' (remembered per day: a year's appendix prints hundreds of thousands). */
export const isoDay = (ms: number): string => {
  const day = Math.floor(ms / DAY_MS);
  let name = dayNames.get(day);
  if (name === undefined) {
    name = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dayNames.size < 100_000) dayNames.set(day, name);
  }
  return name;
};
export const rate = (value: number | null): string => (value === null ? 'n/a (none due)' : formatRate(value));
export const days = (value: number | null): string => (value === null ? 'n/a' : `${value} ${value === 1 ? 'day' : 'days'}`);
export const count = (value: number): string => String(value);
