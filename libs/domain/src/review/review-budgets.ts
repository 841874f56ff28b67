/**
 * The SOC 1994 clocks the review measures against, in calendar days (docs/domain.md §1, §4: USCC 2008
 * Annual Report p. 324). They are parameters of `computeMetrics`, not literals, so the review
 * follows an administrator who changes the deadline settings; the defaults are the same budgets
 * as DEFAULT_DEADLINE_RULES.
 */
export interface ReviewBudgets {
  /** PRC arranges a requested visit: days from the request to the visit. */
  visitDays: number;
  /** PRC investigation report: days from the request to the report. */
  investigationReportDays: number;
  /** US report on a completed visit: days from the visit to the report. */
  usReportDays: number;
}

export const DEFAULT_REVIEW_BUDGETS: Readonly<ReviewBudgets> = Object.freeze({
  visitDays: 60,
  investigationReportDays: 60,
  usReportDays: 60,
});

/** What is wrong with budgets a caller passes, as sentences; empty when they are usable. */
export function reviewBudgetProblems(budgets: ReviewBudgets): string[] {
  return (Object.keys(DEFAULT_REVIEW_BUDGETS) as (keyof ReviewBudgets)[])
    .filter((key) => !(Number.isInteger(budgets[key]) && budgets[key] > 0))
    .map((key) => `${key} must be a whole number of days above 0, got ${budgets[key]}.`);
}
