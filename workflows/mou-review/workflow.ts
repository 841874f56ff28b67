import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, patched, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import { addMonths, computeMetrics, decideRecommendation, DEFAULT_REVIEW_THRESHOLDS, parseIsoDate, ReviewMetrics, thresholdProblems, toIsoDate } from '@mou/domain';
import { reviewWorkflowId } from '@mou/temporal';
import * as msg from './messages';
import type { InterimMetrics, InterimSummary, MouReviewInput, ReviewActivities, ReviewState, SignOffReviewArgs, YearReviewOutcome } from './types';
import { serialQueue } from '../shared/serial';

const activities = proxyActivities<ReviewActivities>({
  // Rendering the PDF of a large year takes a few seconds; every write is an idempotent upsert.
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const DAY_MS = 86_400_000;
/** The quarter ends at which policy staff get an interim summary; the year ends at 12 (docs/domain.md §7). */
const INTERIM_MONTHS = [3, 6, 9];
const YEAR_MONTHS = 12;
const DEFAULT_REMINDER_DAYS = 7;

/**
 * The one-year review of a programme year (docs/domain.md §7): a summary at each quarter end, then the
 * recommendation the rule gives on the year's facts, delivered as a report to policy staff, who
 * sign it off; reminders follow until they do. Every step is stored by an idempotent activity.
 */
export async function mouReview(input: MouReviewInput, carried?: ReviewState): Promise<ReviewState> {
  const from = parseIsoDate(input.periodStart);
  const to = addMonths(from, YEAR_MONTHS);
  const state: ReviewState = carried ?? initialState(input, to);
  let opened = state.sequence > 0;
  // Reviews started before this change read the facts into the workflow; every later one leaves
  // them in the worker, where a year of any size fits (only the figures travel through history).
  const factsStayInWorker = patched('review-facts-stay-in-worker');
  const figuresAsOf = async (asOf: number): Promise<ReviewMetrics> =>
    factsStayInWorker ? activities.computeReviewMetrics({ from, to, asOf }) : computeMetrics(await activities.loadReviewInputs({ from, to, asOf }));

  const serially = serialQueue();
  /** Runs one recorded step under the lock, numbered for the live stream. */
  const step = (fn: (sequence: number, occurredAt: string) => Promise<void>) =>
    serially(async () => {
      await fn(state.sequence + 1, new Date(Date.now()).toISOString());
      state.sequence++;
    });

  const checkSignOff = (args: SignOffReviewArgs) => {
    if (!args.actor?.id) throw ApplicationFailure.nonRetryable('The sign-off has no actor.', 'BadRequest');
    if (args.actor.role !== 'policy') throw ApplicationFailure.nonRetryable('Only policy staff sign off the review.', 'Forbidden');
    if (state.status === 'SIGNED_OFF') {
      throw ApplicationFailure.nonRetryable(`The review was already signed off on ${state.signOff?.at.slice(0, 10)}.`, 'IllegalTransition');
    }
    if (state.status !== 'AWAITING_SIGN_OFF') {
      throw ApplicationFailure.nonRetryable(`The review is still running: the recommendation is made when the year ends on ${state.periodEnd}.`, 'IllegalTransition');
    }
    // A REVOKE while the US was itself late needs the signer's reasons (the obligations are reciprocal).
    if (state.decision?.requiresPolicySignOff && !args.note?.trim()) {
      throw ApplicationFailure.nonRetryable(
        'This REVOKE was reached while the US itself missed its post-visit reports (US_NONCOMPLIANCE): the sign-off needs a note giving the reasons.',
        'BadRequest',
      );
    }
  };

  setHandler(msg.reviewStateQuery, () => state);
  setHandler(msg.reviewOpenedUpdate, async () => {
    await condition(() => opened);
    return state;
  });
  setHandler(
    msg.signOffReviewUpdate,
    (args) =>
      serially(async () => {
        checkSignOff(args);
        const signOff = { by: args.actor.id, role: args.actor.role, at: new Date(Date.now()).toISOString(), note: args.note?.trim() || null };
        await activities.recordReviewSignOff({
          reviewId: state.reviewId,
          sequence: state.sequence + 1,
          occurredAt: signOff.at,
          periodStart: state.periodStart,
          signOff,
          recommendation: state.decision!.recommendation,
        });
        state.sequence++;
        state.signOff = signOff;
        state.status = 'SIGNED_OFF';
        return state;
      }),
    { validator: checkSignOff },
  );

  if (!opened) {
    await step((sequence, occurredAt) =>
      activities.openReview({ reviewId: state.reviewId, sequence, occurredAt, periodStart: state.periodStart, periodEnd: state.periodEnd, thresholds: state.thresholds }),
    );
    opened = true;
  }

  for (const months of INTERIM_MONTHS.slice(state.interim.length)) {
    const asOf = addMonths(from, months);
    await sleepUntil(asOf);
    const metrics = await figuresAsOf(asOf);
    const whatIf = decideRecommendation(metrics, state.thresholds);
    const summary: InterimSummary = {
      interim: true,
      quarter: state.interim.length + 1,
      asOf: new Date(asOf).toISOString(),
      metrics: withoutRequestList(metrics),
      whatIf: { recommendation: whatIf.recommendation, flags: whatIf.flags, reasons: whatIf.reasons, amendments: whatIf.amendments, ruleVersion: whatIf.ruleVersion },
    };
    await step((sequence, occurredAt) => activities.recordInterimSummary({ reviewId: state.reviewId, sequence, occurredAt, periodStart: state.periodStart, summary }));
    state.interim.push(summary);
  }

  if (!state.decision) {
    await sleepUntil(to);
    // Reviewed as of the year's end, whenever the workflow gets there: the figures do not depend on when it ran.
    const base = { reviewId: state.reviewId, periodStart: state.periodStart, periodEnd: state.periodEnd };
    let outcome: YearReviewOutcome | undefined;
    if (factsStayInWorker) {
      await step(async (sequence, occurredAt) => {
        outcome = await activities.publishYearReview({ ...base, sequence, occurredAt, window: { from, to }, asOf: to, thresholds: state.thresholds });
      });
    } else {
      const inputs = await activities.loadReviewInputs({ from, to, asOf: to });
      const metrics = computeMetrics(inputs);
      const decision = decideRecommendation(metrics, state.thresholds);
      await step((sequence, occurredAt) => activities.publishReviewReport({ ...base, sequence, occurredAt, inputs, metrics, decision }));
      outcome = { metrics, decision };
    }
    state.decision = outcome!.decision;
    state.reportedAt = new Date(Date.now()).toISOString();
    state.status = 'AWAITING_SIGN_OFF';
  }

  // Nothing is final until policy staff sign it off; they hear again every few days until then.
  const signedOff = () => state.status === 'SIGNED_OFF';
  while (!signedOff()) {
    const signed = await condition(signedOff, state.reminderEveryDays * DAY_MS);
    if (!signed) {
      const reminder = state.remindersSent + 1;
      await step((sequence, occurredAt) =>
        activities.remindReviewSignOff({ reviewId: state.reviewId, sequence, occurredAt, periodStart: state.periodStart, reminder, decision: state.decision! }),
      );
      state.remindersSent = reminder;
    }
    if (!signedOff() && workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof mouReview>(input, state);
    }
  }
  await condition(allHandlersFinished);
  return state;
}

function initialState(input: MouReviewInput, to: number): ReviewState {
  const thresholds = { ...DEFAULT_REVIEW_THRESHOLDS, ...(input.thresholds ?? {}) };
  const problems = thresholdProblems(thresholds);
  if (problems.length > 0) throw ApplicationFailure.nonRetryable(`Unusable review thresholds: ${problems.join(' ')}`, 'BadRequest');
  const reminderEveryDays = input.reminderEveryDays ?? DEFAULT_REMINDER_DAYS;
  if (!(reminderEveryDays > 0)) throw ApplicationFailure.nonRetryable(`reminderEveryDays must be above 0, got ${reminderEveryDays}.`, 'BadRequest');
  return {
    reviewId: reviewWorkflowId(input.periodStart),
    periodStart: input.periodStart,
    periodEnd: toIsoDate(to),
    status: 'RUNNING',
    thresholds,
    reminderEveryDays,
    interim: [],
    decision: null,
    reportedAt: null,
    remindersSent: 0,
    signOff: null,
    sequence: 0,
  };
}

/** The summary keeps the figures; the requests' day tallies stay with the final report. */
function withoutRequestList(metrics: ReviewMetrics): InterimMetrics {
  const { requestDays, ...figures } = metrics;
  void requestDays;
  return figures;
}

/** A durable timer to the instant; none when it has passed (a review started after its year). */
async function sleepUntil(instant: number): Promise<void> {
  const wait = instant - Date.now();
  if (wait > 0) await sleep(wait);
}
