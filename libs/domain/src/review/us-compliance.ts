import type { ReviewCondition } from './review-reason';
import type { ReviewMetrics } from './review-metrics';
import type { ReviewThresholds } from './review-thresholds';
import { countOf, formatRate } from './review-wording';

/**
 * US_NONCOMPLIANCE (docs/domain.md §7): the US owes its post-visit report within 60 days, and the PRC
 * has made new visits depend on it, so a US shortfall weakens the case for revoking. Holds only
 * when the rate is defined: no report due is no evidence against the US.
 */
export function usNoncompliance(m: ReviewMetrics, t: ReviewThresholds): ReviewCondition {
  const rate = m.usReportOnTimeRate;
  const holds = rate !== null && rate < t.usComplianceRateAtLeast;
  return {
    rule: 'usComplianceRateAtLeast',
    metric: 'usReportOnTimeRate',
    figure: rate,
    threshold: t.usComplianceRateAtLeast,
    holds,
    text:
      rate === null
        ? 'No US post-visit report was due by the review date, so US compliance was not tested.'
        : `The US issued ${m.usReportsOnTime} of ${countOf(m.usReportsDue, 'post-visit report')} within ${m.budgets.usReportDays} days: an on-time rate of ${formatRate(rate)}, ${holds ? 'below' : 'at least'} the ${t.usComplianceRateAtLeast} the US holds itself to under a reciprocal agreement.`,
  };
}
