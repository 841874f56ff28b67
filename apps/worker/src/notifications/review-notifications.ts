import { formatRate, ReviewDecision } from '@mou/domain';
import type { InterimSummary, ReviewSignOff } from '@mou/workflows';
import type { OutgoingNotification } from './outbox';

/** What policy staff hear from the one-year review (docs/domain.md §2: they receive the summaries and sign off). */
type ReviewNotice = Omit<OutgoingNotification, 'recipientIds'>;

const link = (reviewId: string) => `/reviews/${reviewId}`;
const rate = (value: number | null) => (value === null ? 'n/a (none due)' : formatRate(value));
const reasonLines = (reasons: { text: string }[]) => reasons.map((r) => `- ${r.text}`).join('\n');

export function interimSummaryNotice(reviewId: string, periodStart: string, periodEnd: string, s: InterimSummary): ReviewNotice {
  const m = s.metrics;
  const asOf = s.asOf.slice(0, 10);
  const flags = s.whatIf.flags.length ? ` (${s.whatIf.flags.join(', ')})` : '';
  // On the quarterly schedule a summary is named for its quarter; on another, by its number and month.
  const which = s.months === undefined || s.months === s.quarter * 3 ? `quarter ${s.quarter}` : `summary ${s.quarter} (month ${s.months})`;
  return {
    cause: `review:${reviewId}:interim:${s.quarter}`,
    kind: 'REVIEW_SUMMARY',
    subject: `INTERIM summary, ${which}: MOU review of the year from ${periodStart} (not a recommendation)`,
    body: [
      `INTERIM SUMMARY - ${which} of the programme year ${periodStart} to ${periodEnd}, figures as of ${asOf}.`,
      `This is not the recommendation: the decision rule is applied to the whole year when it ends on ${periodEnd}.`,
      '',
      `Requests made so far: ${m.totalRequests} (${m.requestsDue} due). Visits held: ${m.visitsHeld} of ${m.visitsDue} due (grant rate ${rate(m.visitGrantRate)}), ${m.visitsHeldOnTime} within ${m.budgets.visitDays} days (on-time rate ${rate(m.visitOnTimeRate)}).`,
      `PRC report on-time rate: ${rate(m.reportOnTimeRate)}. Requests open past their deadline: ${m.backlogOlderThan60Days}. US report on-time rate: ${rate(m.usReportOnTimeRate)}. Facilities blocked: ${m.facilitiesBlocked}.`,
      '',
      `What if the year ended on ${asOf}: the rule (${s.whatIf.ruleVersion}) would give ${s.whatIf.recommendation}${flags}, because:`,
      reasonLines(s.whatIf.reasons),
    ].join('\n'),
    link: link(reviewId),
  };
}

export function reportNotice(reviewId: string, periodStart: string, decision: ReviewDecision, filename: string): ReviewNotice {
  const flags = decision.flags.length ? `Flags: ${decision.flags.join(', ')}.\n` : '';
  const signOff = decision.requiresPolicySignOff
    ? 'This REVOKE cannot be finalised without a policy sign-off giving reasons: the US itself fell short on its post-visit reports.'
    : 'It becomes final when a policy user signs it off.';
  return {
    cause: `review:${reviewId}:report`,
    kind: 'REVIEW_REPORT',
    subject: `MOU review of the year from ${periodStart}: recommendation ${decision.recommendation}`,
    body: [
      `The one-year review recommends: ${decision.recommendation}.`,
      flags,
      'Why:',
      reasonLines(decision.reasons),
      ...(decision.amendments.length ? ['', 'Amendments the data point to:', reasonLines(decision.amendments.map((text) => ({ text })))] : []),
      '',
      signOff,
      `The full report is attached (${filename}) and available in Markdown, HTML and PDF in the app.`,
    ].join('\n'),
    link: link(reviewId),
    attachments: [{ kind: 'review-report', ref: reviewId, filename }],
  };
}

export function signOffReminderNotice(reviewId: string, periodStart: string, decision: ReviewDecision, reminder: number): ReviewNotice {
  return {
    cause: `review:${reviewId}:reminder:${reminder}`,
    kind: 'REVIEW_REMINDER',
    subject: `Reminder: the MOU review of the year from ${periodStart} (${decision.recommendation}) waits for your sign-off`,
    body: `The recommendation ${decision.recommendation} of the one-year review is not final until a policy user signs it off. Read the report and sign it off in the app.`,
    link: link(reviewId),
  };
}

export function signedOffNotice(reviewId: string, periodStart: string, recommendation: string, signOff: ReviewSignOff, signer: string): ReviewNotice {
  return {
    cause: `review:${reviewId}:signed-off`,
    channels: ['inbox'],
    kind: 'REVIEW_SIGNED_OFF',
    subject: `The MOU review of the year from ${periodStart} was signed off: ${recommendation}`,
    body: `${signer} signed off the recommendation ${recommendation} on ${signOff.at.slice(0, 10)}.${signOff.note ? ` Note: ${signOff.note}` : ''}`,
    link: link(reviewId),
  };
}
