import type { ReviewCondition } from './review-reason';
import { tallyOver, type ReviewMetrics } from './review-metrics';
import { reviewRate } from './review-rate';
import type { ReviewThresholds } from './review-thresholds';
import { countOf, formatRate, notYetDueClause } from './review-wording';

/**
 * Rule 2 of docs/domain.md §7, one condition each; any that holds means REVOKE.
 * A null rate (no visit request due) never holds: revoking needs evidence of refusal or delay,
 * and no request is no evidence.
 */
export function revokeConditions(m: ReviewMetrics, t: ReviewThresholds): ReviewCondition[] {
  const notYetDue = notYetDueClause(m.visitsRequested, m.visitsDue, m.budgets.visitDays);
  const grant: ReviewCondition = {
    rule: 'revokeGrantRateBelow',
    metric: 'visitGrantRate',
    figure: m.visitGrantRate,
    threshold: t.revokeGrantRateBelow,
    holds: m.visitGrantRate !== null && m.visitGrantRate < t.revokeGrantRateBelow,
    text:
      m.visitGrantRate === null
        ? 'No visit request was due by the review date, so the visit grant rate cannot trigger REVOKE.'
        : `The PRC held ${m.visitsHeld} of ${countOf(m.visitsDue, 'requested visit')}${notYetDue}: a visit grant rate of ${formatRate(m.visitGrantRate)}, ${m.visitGrantRate < t.revokeGrantRateBelow ? 'below' : 'not below'} the ${t.revokeGrantRateBelow} under which the MOU is revoked.`,
  };
  const onTime: ReviewCondition = {
    rule: 'revokeOnTimeRateBelow',
    metric: 'visitOnTimeRate',
    figure: m.visitOnTimeRate,
    threshold: t.revokeOnTimeRateBelow,
    holds: m.visitOnTimeRate !== null && m.visitOnTimeRate < t.revokeOnTimeRateBelow,
    text:
      m.visitOnTimeRate === null
        ? 'No visit request was due by the review date, so the visit on-time rate cannot trigger REVOKE.'
        : `The PRC held ${m.visitsHeldOnTime} of ${countOf(m.visitsDue, 'requested visit')} within ${m.budgets.visitDays} days${notYetDue}: a visit on-time rate of ${formatRate(m.visitOnTimeRate)}, ${m.visitOnTimeRate < t.revokeOnTimeRateBelow ? 'below' : 'not below'} the ${t.revokeOnTimeRateBelow} under which the MOU is revoked.`,
  };
  return [grant, onTime, openShareCondition(m, t)];
}

/**
 * "At least half the requests are still open after 180 days": the share is taken over the
 * requests made more than 180 days before the review date, the only ones that can have been open
 * that long, so requests made in the last six months do not dilute it. No such request: the
 * condition cannot hold.
 */
function openShareCondition(m: ReviewMetrics, t: ReviewThresholds): ReviewCondition {
  const days = t.revokeOpenAfterDays;
  const oldEnough = tallyOver(m.requestDays.byAge, days);
  const stillOpen = oldEnough.open;
  const share = reviewRate(stillOpen, oldEnough.requests);
  return {
    rule: 'revokeOpenShare',
    metric: 'requestDays',
    figure: share,
    threshold: t.revokeOpenShare,
    holds: share !== null && share >= t.revokeOpenShare,
    text:
      share === null
        ? `No request in the window was made more than ${days} days before the review date, so the share left open cannot trigger REVOKE.`
        : `${stillOpen} of the ${countOf(oldEnough.requests, 'request')} made more than ${days} days before the review date ${stillOpen === 1 ? 'is' : 'are'} still unanswered: a share of ${formatRate(share)}, ${share >= t.revokeOpenShare ? 'at least' : 'below'} the ${t.revokeOpenShare} at which the MOU is revoked.`,
  };
}
