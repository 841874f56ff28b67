import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { addMonths, computeMetrics, decideRecommendation, parseIsoDate, ReviewInputs, toIsoDate } from '@mou/domain';
import { reviewWorkflowId } from '@mou/temporal';
import { InterimSummary, MouReviewInput, ReviewActivities, reviewStateQuery, YearReviewInput } from '@mou/workflows';
import { DAY, timeSkippingEnvironment, workflowBundle } from './harness';

/** The review's port in memory, on a year without requests: only when each step happens matters here. */
class Recorded implements ReviewActivities {
  readonly summaries: { reviewId: string; summary: InterimSummary }[] = [];
  readonly published: string[] = [];
  private facts = (q: { from: number; to: number; asOf: number }): ReviewInputs => ({ window: { from: q.from, to: q.to }, asOf: q.asOf, requests: [], usReports: [], facilitiesBlocked: [], entries: [] });
  computeReviewMetrics = async (q: { from: number; to: number; asOf: number }) => computeMetrics(this.facts(q));
  publishYearReview = async (input: YearReviewInput) => {
    this.published.push(input.reviewId);
    const metrics = computeMetrics(this.facts({ ...input.window, asOf: input.asOf }));
    return { metrics, decision: decideRecommendation(metrics, input.thresholds) };
  };
  loadReviewInputs = async (q: { from: number; to: number; asOf: number }) => this.facts(q);
  openReview = async () => undefined;
  recordInterimSummary = async (input: { reviewId: string; summary: InterimSummary }) => void this.summaries.push({ reviewId: input.reviewId, summary: input.summary });
  publishReviewReport = async () => undefined;
  remindReviewSignOff = async () => undefined;
  recordReviewSignOff = async () => undefined;
}

describe('mouReview on the interim schedule of its settings (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  beforeEach(async () => {
    env = await timeSkippingEnvironment();
  });
  afterEach(() => env?.teardown());

  it('sends its interim summaries at the months of its schedule, not each quarter, and hands the schedule to the next year', async () => {
    const recorded = new Recorded();
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: 'review-schedule', workflowBundle: await workflowBundle(), activities: recorded });
    const periodStart = toIsoDate((await env.currentTimeMs()) + DAY);
    const from = parseIsoDate(periodStart);
    const input: MouReviewInput = { periodStart, interimSummaryMonths: [2, 7], reminderEveryDays: 30 };
    const handle = await env.client.workflow.start('mouReview', { args: [input], taskQueue: 'review-schedule', workflowId: reviewWorkflowId(periodStart) });

    await worker.runUntil(async () => {
      await env.sleep(addMonths(from, 12) - (await env.currentTimeMs()) + DAY);
      const own = recorded.summaries.filter((s) => s.reviewId === handle.workflowId).map((s) => s.summary);
      // The end of month 2 and of month 7 of the year, each once.
      expect(own.map((s) => [s.quarter, s.months, s.asOf])).toEqual([
        [1, 2, new Date(addMonths(from, 2)).toISOString()],
        [2, 7, new Date(addMonths(from, 7)).toISOString()],
      ]);
      const state = await handle.query(reviewStateQuery);
      expect(state).toMatchObject({ status: 'AWAITING_SIGN_OFF', interimSummaryMonths: [2, 7], successor: { reason: expect.any(String) } });
      const next = await env.client.workflow.getHandle(state.successor!.reviewId).query(reviewStateQuery);
      expect(next.interimSummaryMonths).toEqual([2, 7]);
    });
  });

  it('refuses an unusable schedule before the review opens', async () => {
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: 'review-schedule', workflowBundle: await workflowBundle(), activities: new Recorded() });
    const periodStart = toIsoDate((await env.currentTimeMs()) + DAY);
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start('mouReview', { args: [{ periodStart, interimSummaryMonths: [9, 3] }], taskQueue: 'review-schedule', workflowId: reviewWorkflowId(periodStart) });
      await expect(handle.result()).rejects.toMatchObject({ cause: { message: 'Unusable review schedule: interimSummaryMonths must be in ascending order, each month once.' } });
    });
  });
});
