/**
 * Median and 90th percentile of a list of day counts, null for an empty list.
 * The median of an even count is the mean of the two middle values (the textbook median an
 * analyst checks by hand); the p90 is the nearest-rank value, an observed count, so the report
 * can say "9 visits in 10 were held within N days" about a number that occurred.
 */
export function dayDistribution(days: readonly number[]): { median: number; p90: number } | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1];
  return { median, p90 };
}
