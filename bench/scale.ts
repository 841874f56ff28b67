/**
 * The sizes the targets are stated at, and BENCH_SCALE (default 1), which scales them all at once
 * for a quick run. The report says the scale it was measured at.
 */
export const TARGET_SIZES = {
  /** Board and review: cases written straight into PostgreSQL (three clocks each). */
  boardCases: 100_000,
  /** Escalation: breaches falling due in one minute. */
  breaches: 10_000,
  /** Open clocks: cases opened with their visit clock running, then resumed after a restart. */
  openCases: 10_000,
  /** Intake: cases per concurrency level. */
  intake: { 1: 60, 8: 200, 32: 400 } as Record<number, number>,
};

export const SCALE = (() => {
  const value = Number(process.env.BENCH_SCALE ?? 1);
  if (!(value > 0 && value <= 1)) throw new Error(`BENCH_SCALE must be a number in (0, 1], not "${process.env.BENCH_SCALE}"`);
  return value;
})();

/** A size at this run's scale, never below `min`. */
export const scaled = (size: number, min = 10) => Math.max(min, Math.round(size * SCALE));
