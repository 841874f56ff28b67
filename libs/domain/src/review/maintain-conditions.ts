import type { ReviewCondition } from './review-reason';
import { tallyOver, type ReviewMetrics } from './review-metrics';
import type { ReviewThresholds } from './review-thresholds';
import { countOf, formatRate, notYetDueClause } from './review-wording';

/**
 * A rate condition of rule 3. A null rate holds: when nothing of the kind was requested (no
 * visit, no investigation) the PRC cannot be faulted for it, and the remaining conditions decide.
 * Rule 1 has already made sure there were enough requests of some kind to judge.
 */
function rateAtLeast(
  rule: ReviewCondition['rule'],
  metric: string,
  rate: number | null,
  threshold: number,
  untested: string,
  figures: (rate: number) => string,
): ReviewCondition {
  const holds = rate === null || rate >= threshold;
  const text =
    rate === null
      ? `${untested} so this condition was not tested and is treated as met.`
      : `${figures(rate)}, ${holds ? 'at least' : 'below'} the ${threshold} needed to maintain the MOU.`;
  return { rule, metric, figure: rate, threshold, holds, text };
}

/** Rule 3 of docs/domain.md §7; MAINTAIN when every condition holds, MODIFY when one does not. */
export function maintainConditions(m: ReviewMetrics, t: ReviewThresholds): ReviewCondition[] {
  const visitsNotYetDue = notYetDueClause(m.visitsRequested, m.visitsDue, m.budgets.visitDays);
  const noVisit = 'No visit request was due by the review date,';
  return [
    rateAtLeast('maintainGrantRateAtLeast', 'visitGrantRate', m.visitGrantRate, t.maintainGrantRateAtLeast, noVisit, (rate) =>
      `The PRC held ${m.visitsHeld} of ${countOf(m.visitsDue, 'requested visit')}${visitsNotYetDue}: a visit grant rate of ${formatRate(rate)}`,
    ),
    rateAtLeast('maintainOnTimeRateAtLeast', 'visitOnTimeRate', m.visitOnTimeRate, t.maintainOnTimeRateAtLeast, noVisit, (rate) =>
      `The PRC held ${m.visitsHeldOnTime} of ${countOf(m.visitsDue, 'requested visit')} within ${m.budgets.visitDays} days${visitsNotYetDue}: a visit on-time rate of ${formatRate(rate)}`,
    ),
    rateAtLeast(
      'maintainReportOnTimeRateAtLeast',
      'reportOnTimeRate',
      m.reportOnTimeRate,
      t.maintainReportOnTimeRateAtLeast,
      'No PRC investigation report was due by the review date,',
      (rate) =>
        `The PRC delivered ${m.reportsOnTime} of ${countOf(m.investigationsDue, 'requested investigation report')} within ${m.budgets.investigationReportDays} days${notYetDueClause(m.investigationsRequested, m.investigationsDue, m.budgets.investigationReportDays)}: a report on-time rate of ${formatRate(rate)}`,
    ),
    longestWaitCondition(m, t),
  ];
}

/**
 * "No request has been open more than 120 days" is read over the whole life of each request: a
 * visit granted on day 150 was open 150 days, past the provisional-WRO step of the ladder
 * (docs/domain.md §5), and stops MAINTAIN as surely as a request still waiting.
 */
function longestWaitCondition(m: ReviewMetrics, t: ReviewThresholds): ReviewCondition {
  const days = t.maintainMaxOpenDays;
  const waitedLong = tallyOver(m.requestDays.byWait, days);
  const stillOpen = waitedLong.open;
  const holds = waitedLong.requests === 0;
  const longest = m.longestWaitDays;
  return {
    rule: 'maintainMaxOpenDays',
    metric: 'longestWaitDays',
    figure: longest,
    threshold: days,
    holds,
    text: holds
      ? `No request waited more than ${days} days for an answer${longest === null ? '' : ` (the longest wait was ${countOf(longest, 'day')})`}.`
      : `${countOf(waitedLong.requests, 'request')} waited more than ${days} days for an answer (the longest ${countOf(longest ?? 0, 'day')}; ${stillOpen} still open), where maintaining the MOU needs none.`,
  };
}
