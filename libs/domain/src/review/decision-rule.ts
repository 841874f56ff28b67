import { maintainConditions } from './maintain-conditions';
import { reviewAmendments } from './review-amendments';
import type { ReviewMetrics } from './review-metrics';
import type { ReviewCondition, ReviewReason } from './review-reason';
import { DEFAULT_REVIEW_THRESHOLDS, thresholdProblems, type ReviewThresholds } from './review-thresholds';
import { revokeConditions } from './revoke-conditions';
import { usNoncompliance } from './us-compliance';

/** Printed with every recommendation; bump it whenever the rule or its reading of a figure changes. */
export const REVIEW_RULE_VERSION = 'mou-review-rule/1';

export type ReviewRecommendation = 'MAINTAIN' | 'MODIFY' | 'REVOKE';
export type ReviewFlag = 'INSUFFICIENT_DATA' | 'US_NONCOMPLIANCE';

export interface ReviewDecision {
  recommendation: ReviewRecommendation;
  flags: ReviewFlag[];
  /** The thresholds that decided it, with the figures, in plain sentences. */
  reasons: ReviewReason[];
  /** For MODIFY: the amendments the data point to, each naming its figure; empty otherwise. */
  amendments: string[];
  /** REVOKE while the US itself is out of compliance: the obligations are reciprocal. */
  requiresPolicySignOff: boolean;
  /** Set with INSUFFICIENT_DATA. */
  reReviewInMonths: number | null;
  ruleVersion: string;
  thresholds: ReviewThresholds;
}

const reason = ({ rule, metric, text, figure, threshold }: ReviewCondition): ReviewReason => ({ rule, metric, text, figure, threshold });

/**
 * The one-year review's decision rule (docs/domain.md §7), applied in its order:
 * 1. fewer than `minimumRequests` requests due → MAINTAIN, INSUFFICIENT_DATA, re-review later;
 * 2. any REVOKE condition → REVOKE, every condition that holds given as a reason;
 * 3. every MAINTAIN condition → MAINTAIN, each given as a reason;
 * 4. otherwise MODIFY, the failed MAINTAIN conditions as reasons, with the amendments they point to.
 * US_NONCOMPLIANCE is judged on its own, whatever the recommendation.
 *
 * Null rates (nothing of the kind due): never trigger REVOKE, count as met for MAINTAIN, never
 * raise US_NONCOMPLIANCE; the reasons say which condition went untested.
 */
export function decideRecommendation(metrics: ReviewMetrics, thresholds: ReviewThresholds = DEFAULT_REVIEW_THRESHOLDS): ReviewDecision {
  const problems = thresholdProblems(thresholds);
  if (problems.length > 0) throw new RangeError(`Unusable review thresholds: ${problems.join(' ')}`);
  const t = { ...thresholds };
  const us = usNoncompliance(metrics, t);
  const usFlags: ReviewFlag[] = us.holds ? ['US_NONCOMPLIANCE'] : [];
  const usReasons = (recommendation: ReviewRecommendation): ReviewReason[] => {
    if (!us.holds) return [];
    const signOff = recommendation === 'REVOKE' ? ' Revoking therefore needs a policy sign-off.' : '';
    return [reason({ ...us, text: `${us.text}${signOff}` })];
  };
  const decision = (recommendation: ReviewRecommendation, reasons: ReviewReason[], rest: Partial<ReviewDecision> = {}): ReviewDecision => ({
    recommendation,
    flags: usFlags,
    reasons: [...reasons, ...usReasons(recommendation)],
    amendments: [],
    requiresPolicySignOff: false,
    reReviewInMonths: null,
    ruleVersion: REVIEW_RULE_VERSION,
    thresholds: t,
    ...rest,
  });

  if (metrics.requestsDue < t.minimumRequests) {
    const made = metrics.totalRequests > metrics.requestsDue ? ` (${metrics.totalRequests} made)` : '';
    return decision(
      'MAINTAIN',
      [
        {
          rule: 'minimumRequests',
          metric: 'requestsDue',
          figure: metrics.requestsDue,
          threshold: t.minimumRequests,
          text: `Only ${metrics.requestsDue} of the window's requests were due by the review date${made}, fewer than the ${t.minimumRequests} needed to judge the PRC's cooperation: the MOU is maintained for now and reviewed again in ${t.insufficientDataReReviewMonths} months.`,
        },
      ],
      { flags: ['INSUFFICIENT_DATA', ...usFlags], reReviewInMonths: t.insufficientDataReReviewMonths },
    );
  }

  const revoking = revokeConditions(metrics, t).filter((condition) => condition.holds);
  if (revoking.length > 0) return decision('REVOKE', revoking.map(reason), { requiresPolicySignOff: us.holds });

  const maintaining = maintainConditions(metrics, t);
  const failed = maintaining.filter((condition) => !condition.holds);
  if (failed.length === 0) return decision('MAINTAIN', maintaining.map(reason));
  return decision('MODIFY', failed.map(reason), { amendments: reviewAmendments(failed) });
}
