/** How figures read in the review's sentences, so the printed reasons match the report's tables. */

/** A rate to three decimals, without trailing zeros: 3/18 → "0.167", 0.2 → "0.2". */
export function formatRate(rate: number): string {
  return String(Number(rate.toFixed(3)));
}

/** "1 request", "15 requests". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * The clause that says which requests a rate leaves out because their budget had not yet run
 * out on the review date (review-metrics.ts), empty when there are none.
 */
export function notYetDueClause(made: number, due: number, budgetDays: number): string {
  const pending = made - due;
  if (pending === 0) return '';
  return ` (${pending} more, made within ${budgetDays} days of the review date and not yet answered, ${pending === 1 ? 'is' : 'are'} not counted yet)`;
}
