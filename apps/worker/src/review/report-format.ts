import { formatRate } from '@mou/domain';

/** How figures read in the report; rates as the rule's own sentences print them. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const rate = (value: number | null): string => (value === null ? 'n/a (none due)' : formatRate(value));
export const days = (value: number | null): string => (value === null ? 'n/a' : `${value} ${value === 1 ? 'day' : 'days'}`);
export const count = (value: number): string => String(value);
