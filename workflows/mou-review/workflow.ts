import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  sleep,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  addMonths,
  computeMetrics,
  decideRecommendation,
  DEFAULT_REVIEW_SCHEDULE,
  DEFAULT_REVIEW_THRESHOLDS,
  parseIsoDate,
  ReviewMetrics,
  reviewScheduleProblems,
  thresholdProblems,
  toIsoDate,
} from '@mou/domain';
import { reviewWorkflowId } from '@mou/temporal';
import * as msg from './messages';
import type { InterimMetrics, InterimSummary, MouReviewInput, ReviewActivities, ReviewState, ScheduledReview, SignOffReviewArgs, YearReviewOutcome } from './types';
import { serialQueue } from '../shared/serial';

const activities = proxyActivities<ReviewActivities>({
  // Rendering the PDF of a large year takes a few seconds; every write is an idempotent upsert.
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const DAY_MS = 86_400_000;
const YEAR_MONTHS = 12;

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

  // The review's own schedule (docs/domain.md §7); reviews from before it was a setting keep the quarters.
  const interimMonths = state.interimSummaryMonths ?? DEFAULT_REVIEW_SCHEDULE.interimSummaryMonths;
  for (const months of interimMonths.slice(state.interim.length)) {
    const asOf = addMonths(from, months);
    await sleepUntil(asOf);
    const metrics = await figuresAsOf(asOf);
    const whatIf = decideRecommendation(metrics, state.thresholds);
    const summary: InterimSummary = {
      interim: true,
      quarter: state.interim.length + 1,
      ...(state.interimSummaryMonths ? { months } : {}),
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

  // Reviews whose year ended before succession existed schedule nothing when their history replays.
  if (state.decision && state.successor == null && patched('review-schedules-successor')) {
    state.successor = await scheduleSuccessor(input, state);
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

/**
 * The programme goes on after a review: the next year's review starts the day this year ends, and an
 * INSUFFICIENT_DATA result is reviewed again after the configured months (docs/domain.md §7) over the
 * year that ends then. The successor is a child workflow started now with the ABANDON parent close
 * policy rather than a Temporal Schedule: the date depends on this review's own result, one start is
 * all it takes (a Schedule would have to be created, then deleted after its one action), the start
 * is part of this review's history (replayable, started exactly once) and the successor keeps its
 * own durable timers, so it lives on when this review is signed off and completes.
 */
async function scheduleSuccessor(input: MouReviewInput, state: ReviewState): Promise<ScheduledReview> {
  const decision = state.decision!;
  const from = parseIsoDate(state.periodStart);
  const insufficient = decision.flags.includes('INSUFFICIENT_DATA') && decision.reReviewInMonths !== null;
  const periodStart = toIsoDate(insufficient ? addMonths(from, decision.reReviewInMonths!) : parseIsoDate(state.periodEnd));
  const successor: ScheduledReview = { reviewId: reviewWorkflowId(periodStart), periodStart, reason: insufficient ? 'INSUFFICIENT_DATA' : 'NEXT_YEAR' };
  const next: MouReviewInput = {
    periodStart,
    thresholds: input.thresholds,
    reminderEveryDays: input.reminderEveryDays,
    ...(input.interimSummaryMonths ? { interimSummaryMonths: input.interimSummaryMonths } : {}),
    follows: { reviewId: state.reviewId, reason: successor.reason },
  };
  try {
    await startChild(mouReview, {
      workflowId: successor.reviewId,
      args: [next],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      // An administrator may already have started that year's review: it stands.
      workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  return successor;
}

function initialState(input: MouReviewInput, to: number): ReviewState {
  const thresholds = { ...DEFAULT_REVIEW_THRESHOLDS, ...(input.thresholds ?? {}) };
  const problems = thresholdProblems(thresholds);
  if (problems.length > 0) throw ApplicationFailure.nonRetryable(`Unusable review thresholds: ${problems.join(' ')}`, 'BadRequest');
  const reminderEveryDays = input.reminderEveryDays ?? DEFAULT_REVIEW_SCHEDULE.signOffReminderDays;
  if (!(reminderEveryDays > 0)) throw ApplicationFailure.nonRetryable(`reminderEveryDays must be above 0, got ${reminderEveryDays}.`, 'BadRequest');
  if (input.interimSummaryMonths !== undefined) {
    const problems = reviewScheduleProblems({ interimSummaryMonths: input.interimSummaryMonths, signOffReminderDays: DEFAULT_REVIEW_SCHEDULE.signOffReminderDays });
    if (problems.length > 0) throw ApplicationFailure.nonRetryable(`Unusable review schedule: ${problems.map((p) => p.message).join(' ')}`, 'BadRequest');
  }
  return {
    reviewId: reviewWorkflowId(input.periodStart),
    periodStart: input.periodStart,
    periodEnd: toIsoDate(to),
    status: 'RUNNING',
    thresholds,
    reminderEveryDays,
    ...(input.interimSummaryMonths ? { interimSummaryMonths: [...input.interimSummaryMonths] } : {}),
    interim: [],
    decision: null,
    reportedAt: null,
    remindersSent: 0,
    signOff: null,
    successor: null,
    follows: input.follows ?? null,
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
