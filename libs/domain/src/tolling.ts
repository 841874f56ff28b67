import type { DeadlineLedger, DeadlinePause } from './deadline-rule';

/** A closed stretch of time during which a clock did not run. */
export interface TolledInterval {
  from: number;
  to: number;
}

/**
 * The closed pauses of a ledger as sorted, non-overlapping intervals, clipped to the clock's
 * start: time before the clock started was never running, and overlapping pauses entered by two
 * supervisors must not toll the same hours twice.
 */
export function tolledIntervals(ledger: DeadlineLedger): TolledInterval[] {
  const intervals = ledger.pauses
    .filter((pause): pause is DeadlinePause & { resumedAt: number } => pause.resumedAt !== undefined)
    .map((pause) => ({ from: Math.max(pause.pausedAt, ledger.startedAt), to: pause.resumedAt }))
    .filter((interval) => interval.to > interval.from)
    .sort((a, b) => a.from - b.from);
  const merged: TolledInterval[] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to);
    else merged.push({ ...interval });
  }
  return merged;
}

/** The pause still running, if any (the earliest, should a ledger hold more than one). */
export function openPause(ledger: DeadlineLedger): DeadlinePause | undefined {
  return ledger.pauses
    .filter((pause) => pause.resumedAt === undefined)
    .sort((a, b) => a.pausedAt - b.pausedAt)[0];
}

/**
 * Tolling: an instant the clock would reach moves by every pause that began before it. Pauses
 * are taken in order, so a pause that began after the original instant but before the instant
 * as already pushed by earlier pauses also counts: the clock had not yet run out when it began.
 */
export function tollInstant(instantMs: number, intervals: readonly TolledInterval[]): number {
  let instant = instantMs;
  for (const interval of intervals) {
    if (interval.from < instant) instant += interval.to - interval.from;
  }
  return instant;
}
