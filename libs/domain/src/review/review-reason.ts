import type { ReviewThresholds } from './review-thresholds';

/**
 * One threshold the rule applied, with the figure it compared, in a plain sentence the policy
 * report prints as is.
 */
export interface ReviewReason {
  /** The threshold applied, as named in ReviewThresholds. */
  rule: keyof ReviewThresholds;
  /** The metric compared, as named in ReviewMetrics. */
  metric: string;
  text: string;
  /** Null when the metric is undefined (no request to compute it from). */
  figure: number | null;
  threshold: number;
}

/** A reason and whether its condition holds: what the rule evaluates in order. */
export interface ReviewCondition extends ReviewReason {
  holds: boolean;
}
