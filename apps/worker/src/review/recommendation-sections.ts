import { addMonths, formatRate, ReviewDecision, ReviewReason, ReviewThresholds } from '@mou/domain';
import type { ReportSection, ReviewReportSource } from './report-model';
import { days, isoDay } from './report-format';

const VERDICT: Record<ReviewDecision['recommendation'], string> = {
  MAINTAIN: 'Maintain the MOU.',
  MODIFY: 'Modify the MOU, with the amendments listed below.',
  REVOKE: 'Revoke the MOU, so that it no longer gives diplomatic cover to an arrangement that does not work.',
};

/** How each threshold reads beside its figure, in the rule's own direction (docs/domain.md §7). */
const THRESHOLD_READING: Record<keyof ReviewThresholds, (value: number) => string> = {
  minimumRequests: (v) => `at least ${v} requests due to judge`,
  revokeGrantRateBelow: (v) => `revoke below ${v}`,
  revokeOnTimeRateBelow: (v) => `revoke below ${v}`,
  revokeOpenAfterDays: (v) => `open after ${v} days`,
  revokeOpenShare: (v) => `revoke at a share of ${v} or more`,
  maintainGrantRateAtLeast: (v) => `maintain at ${v} or more`,
  maintainOnTimeRateAtLeast: (v) => `maintain at ${v} or more`,
  maintainReportOnTimeRateAtLeast: (v) => `maintain at ${v} or more`,
  maintainMaxOpenDays: (v) => `maintain at ${v} days or fewer`,
  usComplianceRateAtLeast: (v) => `US compliant at ${v} or more`,
  insufficientDataReReviewMonths: (v) => `re-review after ${v} months`,
};

/** A reason's figure in the unit of its threshold. */
export function reasonFigure(reason: ReviewReason): string {
  if (reason.figure === null) return 'n/a (nothing due)';
  if (reason.rule === 'maintainMaxOpenDays' || reason.rule === 'revokeOpenAfterDays') return days(reason.figure);
  if (reason.rule === 'minimumRequests') return `${reason.figure} due`;
  return formatRate(reason.figure);
}

function statusParagraph(decision: ReviewDecision): string {
  const base = 'This recommendation is final once policy staff sign it off.';
  if (!decision.requiresPolicySignOff) return base;
  return `${base} It cannot be finalised without that sign-off: the US itself fell short on its post-visit reports (US_NONCOMPLIANCE), and the obligations are reciprocal, so the signer must give reasons.`;
}

function flagItems(decision: ReviewDecision, asOf: number): string[] {
  return decision.flags.map((flag) => {
    if (flag === 'INSUFFICIENT_DATA') {
      const again = decision.reReviewInMonths === null ? '' : `, and reviewed again in ${decision.reReviewInMonths} months (on ${isoDay(addMonths(asOf, decision.reReviewInMonths))})`;
      return `INSUFFICIENT_DATA: fewer than ${decision.thresholds.minimumRequests} requests were due by the review date; the MOU is maintained for now${again}.`;
    }
    const us = decision.reasons.find((r) => r.rule === 'usComplianceRateAtLeast');
    return `US_NONCOMPLIANCE: ${us?.text ?? 'the US missed its own post-visit report deadlines.'}`;
  });
}

/** The recommendation and why, first, as policy staff read it (docs/domain.md §7). */
export function recommendationSections({ decision, metrics }: ReviewReportSource): ReportSection[] {
  const reReview =
    decision.reReviewInMonths === null ? [] : [{ kind: 'paragraph' as const, text: `Review again on ${isoDay(addMonths(metrics.asOf, decision.reReviewInMonths))}.` }];
  return [
    {
      heading: `Recommendation: ${decision.recommendation}`,
      blocks: [
        { kind: 'paragraph', text: VERDICT[decision.recommendation], strong: true },
        ...reReview,
        { kind: 'paragraph', text: statusParagraph(decision) },
      ],
    },
    {
      heading: 'Why',
      blocks: [
        { kind: 'paragraph', text: `The decision rule ${decision.ruleVersion} decided it on these conditions, each with the figure it compared and its threshold:` },
        {
          kind: 'table',
          table: {
            columns: ['Reason', 'Figure', 'Threshold'],
            rows: decision.reasons.map((reason) => [reason.text, reasonFigure(reason), THRESHOLD_READING[reason.rule](reason.threshold)]),
          },
        },
      ],
    },
    {
      heading: 'Flags',
      blocks: decision.flags.length === 0 ? [{ kind: 'paragraph', text: 'No flag was raised.' }] : [{ kind: 'list', items: flagItems(decision, metrics.asOf) }],
    },
    {
      heading: 'Amendments the data point to',
      blocks:
        decision.amendments.length === 0
          ? [{ kind: 'paragraph', text: `None: amendments are proposed with a MODIFY recommendation, and this one is ${decision.recommendation}.` }]
          : [{ kind: 'list', items: decision.amendments }],
    },
  ];
}
