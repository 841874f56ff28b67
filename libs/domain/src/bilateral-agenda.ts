import { calendarDaysBetween } from './review/review-days';

/**
 * The agenda of the next bilateral meeting (docs/domain.md §5): the senior escalation of a PRC
 * clock puts its case there. Meetings have dates an administrator or supervisor sets; an item waits
 * for the first meeting on or after the day it reaches the agenda that is not yet past, or, with
 * none set, for "the next meeting".
 */
export interface BilateralMeeting {
  id: string;
  /** The meeting's date, YYYY-MM-DD. */
  heldOn: string;
}

/** The meeting an item placed on the agenda at `placedAt` is raised at, as of `now`; null: the next meeting, date not set. */
export function meetingForItem<M extends BilateralMeeting>(meetings: readonly M[], placedAt: number, now: number): M | null {
  const from = Math.max(placedAt, now);
  const day = new Date(from).toISOString().slice(0, 10);
  return [...meetings].filter((m) => m.heldOn >= day).sort((a, b) => a.heldOn.localeCompare(b.heldOn))[0] ?? null;
}

/** Whole days a clock is past its due instant at `now` (0 while not yet due). */
export function daysOverdue(dueAt: number | null, now: number): number {
  if (dueAt === null || now <= dueAt) return 0;
  return calendarDaysBetween(dueAt, now);
}
