/**
 * The thresholds of the one-year review's decision rule (docs/domain.md §7). Every value is a [Choice]
 * product default that an administrator may override; the report prints the ones it used.
 * Rates are fractions from 0 to 1; days are whole calendar days.
 */
export interface ReviewThresholds {
  /** Rule 1: fewer requests due in the window than this → MAINTAIN, INSUFFICIENT_DATA. */
  minimumRequests: number;
  /** Rule 2: REVOKE when the visit grant rate is below this. */
  revokeGrantRateBelow: number;
  /** Rule 2: REVOKE when the visit on-time rate is below this. */
  revokeOnTimeRateBelow: number;
  /** Rule 2: a request still open after more than this many days counts towards revokeOpenShare. */
  revokeOpenAfterDays: number;
  /** Rule 2: REVOKE when at least this share of the requests are still open after revokeOpenAfterDays. */
  revokeOpenShare: number;
  /** Rule 3: MAINTAIN needs a visit grant rate of at least this… */
  maintainGrantRateAtLeast: number;
  /** …a visit on-time rate of at least this… */
  maintainOnTimeRateAtLeast: number;
  /** …a PRC report on-time rate of at least this… */
  maintainReportOnTimeRateAtLeast: number;
  /** …and no request waiting more than this many days for an answer. */
  maintainMaxOpenDays: number;
  /** US_NONCOMPLIANCE when the US post-visit report on-time rate is below this. */
  usComplianceRateAtLeast: number;
  /** Rule 1: months until the review is run again when the data were insufficient. */
  insufficientDataReReviewMonths: number;
}

/** docs/domain.md §7 defaults. */
export const DEFAULT_REVIEW_THRESHOLDS: Readonly<ReviewThresholds> = Object.freeze({
  minimumRequests: 5,
  revokeGrantRateBelow: 0.33,
  revokeOnTimeRateBelow: 0.2,
  revokeOpenAfterDays: 180, // the deemed-refusal step of the escalation ladder (docs/domain.md §5)
  revokeOpenShare: 0.5,
  maintainGrantRateAtLeast: 0.8,
  maintainOnTimeRateAtLeast: 0.7,
  maintainReportOnTimeRateAtLeast: 0.7,
  maintainMaxOpenDays: 120, // the provisional-WRO step of the escalation ladder (docs/domain.md §5)
  usComplianceRateAtLeast: 0.8,
  insufficientDataReReviewMonths: 6,
});

const RATES = [
  'revokeGrantRateBelow',
  'revokeOnTimeRateBelow',
  'revokeOpenShare',
  'maintainGrantRateAtLeast',
  'maintainOnTimeRateAtLeast',
  'maintainReportOnTimeRateAtLeast',
  'usComplianceRateAtLeast',
] as const satisfies readonly (keyof ReviewThresholds)[];

const WHOLE_NUMBERS = ['minimumRequests', 'revokeOpenAfterDays', 'maintainMaxOpenDays', 'insufficientDataReReviewMonths'] as const satisfies readonly (keyof ReviewThresholds)[];

/**
 * What is wrong with thresholds an administrator wants to save, as sentences; empty when they
 * are usable. The rule refuses thresholds with problems rather than decide on nonsense.
 */
export function thresholdProblems(t: ReviewThresholds): string[] {
  const problems: string[] = [];
  for (const key of RATES) {
    if (!(typeof t[key] === 'number' && t[key] >= 0 && t[key] <= 1)) problems.push(`${key} is a rate and must lie between 0 and 1, got ${t[key]}.`);
  }
  for (const key of WHOLE_NUMBERS) {
    if (!(Number.isInteger(t[key]) && t[key] >= 0)) problems.push(`${key} must be a whole number of 0 or more, got ${t[key]}.`);
  }
  if (problems.length > 0) return problems;
  if (t.minimumRequests < 1) problems.push('minimumRequests must be at least 1: the rule cannot judge a programme without requests.');
  if (t.insufficientDataReReviewMonths < 1) problems.push('insufficientDataReReviewMonths must be at least 1.');
  if (t.revokeOpenShare === 0) problems.push('revokeOpenShare must be above 0, or every review would end in REVOKE.');
  if (t.maintainGrantRateAtLeast < t.revokeGrantRateBelow) problems.push('maintainGrantRateAtLeast cannot be below revokeGrantRateBelow.');
  if (t.maintainOnTimeRateAtLeast < t.revokeOnTimeRateBelow) problems.push('maintainOnTimeRateAtLeast cannot be below revokeOnTimeRateBelow.');
  if (t.maintainMaxOpenDays > t.revokeOpenAfterDays) problems.push('maintainMaxOpenDays cannot exceed revokeOpenAfterDays.');
  return problems;
}
