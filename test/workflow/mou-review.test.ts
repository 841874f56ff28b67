import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { addMonths, computeMetrics, decideRecommendation, parseIsoDate, RequestFact, ReviewInputs, toIsoDate } from '@mou/domain';
import { reviewWorkflowId } from '@mou/temporal';
import { MouReviewInput, OpenReviewInput, PublishReviewReportInput, ReviewActivities, reviewStateQuery, signOffReviewUpdate, YearReviewInput } from '@mou/workflows';
import { DAY, recordHistory, timeSkippingEnvironment, workflowBundle } from './harness';

type Calls = { [K in keyof ReviewActivities]: Parameters<ReviewActivities[K]>[0][] };

/**
 * The review's port, stubbed in memory: the facts are the historical record (USCC 2008: 18 visits,
 * 3 held late, the rest unanswered) laid over whatever year is reviewed; every write is kept.
 */
class RecordedReview implements ReviewActivities {
  readonly calls: Calls = {
    computeReviewMetrics: [],
    publishYearReview: [],
    loadReviewInputs: [],
    openReview: [],
    recordInterimSummary: [],
    publishReviewReport: [],
    remindReviewSignOff: [],
    recordReviewSignOff: [],
  };
  readonly published: ReturnType<typeof computeMetrics>[] = [];

  computeReviewMetrics = async (query: { from: number; to: number; asOf: number }) => {
    this.calls.computeReviewMetrics.push(query);
    return computeMetrics(this.facts(query));
  };

  publishYearReview = async (input: YearReviewInput) => {
    this.calls.publishYearReview.push(input);
    const metrics = computeMetrics(this.facts({ ...input.window, asOf: input.asOf }));
    this.published.push(metrics);
    return { metrics, decision: decideRecommendation(metrics, input.thresholds) };
  };

  loadReviewInputs = async (query: { from: number; to: number; asOf: number }): Promise<ReviewInputs> => {
    this.calls.loadReviewInputs.push(query);
    return this.facts(query);
  };

  private facts = (query: { from: number; to: number; asOf: number }): ReviewInputs => {
    const requests: RequestFact[] = Array.from({ length: 18 }, (_, i) => ({
      caseId: `case-${i}`,
      facilityId: `facility-${i}`,
      kind: 'VISIT',
      requestedAt: query.from + i * 10 * DAY,
      fulfilledAt: i < 3 ? query.from + (i * 10 + 75) * DAY : null,
      refusedAt: null,
    }));
    return { window: { from: query.from, to: query.to }, asOf: query.asOf, requests, usReports: [], facilitiesBlocked: [], entries: [] };
  };

  openReview = async (input: OpenReviewInput) => void this.calls.openReview.push(input);
  recordInterimSummary = async (input: Calls['recordInterimSummary'][number]) => void this.calls.recordInterimSummary.push(input);
  publishReviewReport = async (input: PublishReviewReportInput) => void this.calls.publishReviewReport.push(input);
  remindReviewSignOff = async (input: Calls['remindReviewSignOff'][number]) => void this.calls.remindReviewSignOff.push(input);
  recordReviewSignOff = async (input: Calls['recordReviewSignOff'][number]) => void this.calls.recordReviewSignOff.push(input);
}

describe('mouReview on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });
  afterAll(() => env?.teardown());

  it('sleeps to each quarter end and to the year end, then reminds at the configured interval until a policy user signs off', async () => {
    const review = new RecordedReview();
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: 'mou-review', workflowBundle: await workflowBundle(), activities: review });
    const periodStart = toIsoDate((await env.currentTimeMs()) + DAY);
    const from = parseIsoDate(periodStart);
    const input: MouReviewInput = { periodStart, reminderEveryDays: 3 };
    const handle = await env.client.workflow.start('mouReview', { args: [input], taskQueue: 'mou-review', workflowId: reviewWorkflowId(periodStart) });
    const state = () => handle.query(reviewStateQuery);

    await worker.runUntil(async () => {
      await env.sleep(addMonths(from, 12) - (await env.currentTimeMs()) - DAY);
      expect((await state()).status).toBe('RUNNING');
      expect(review.calls.recordInterimSummary.map((c) => [c.summary.quarter, c.summary.asOf])).toEqual(
        [3, 6, 9].map((months, i) => [i + 1, new Date(addMonths(from, months)).toISOString()]),
      );
      expect(review.calls.publishYearReview).toHaveLength(0);
      // The facts stay in the worker: only figures come back to the workflow.
      expect(review.calls.computeReviewMetrics.map((q) => q.asOf)).toEqual([3, 6, 9].map((months) => addMonths(from, months)));
      expect(review.calls.loadReviewInputs).toHaveLength(0);

      await env.sleep(DAY + 7 * DAY);
      expect((await state()).status).toBe('AWAITING_SIGN_OFF');
      expect(review.calls.publishYearReview[0]).toMatchObject({ asOf: addMonths(from, 12), window: { from, to: addMonths(from, 12) } });
      expect(review.published[0]).toMatchObject({ asOf: addMonths(from, 12), visitsHeld: 3 });
      expect((await state()).decision).toMatchObject({ recommendation: 'REVOKE' });
      // Reminders every 3 days, as configured: on days 3 and 6 after the report.
      expect(review.calls.remindReviewSignOff.map((c) => c.reminder)).toEqual([1, 2]);

      await handle.executeUpdate(signOffReviewUpdate, { args: [{ actor: { id: 'p-1', role: 'policy' }, note: 'Agreed' }] });
      expect(await handle.result()).toMatchObject({ status: 'SIGNED_OFF', remindersSent: 2, signOff: { by: 'p-1', note: 'Agreed' } });
    });
    expect(review.calls.openReview).toHaveLength(1);
    expect(review.calls.recordReviewSignOff).toHaveLength(1);
    // Each step is numbered once, in order, for the live stream.
    const sequences = [...review.calls.openReview, ...review.calls.recordInterimSummary, ...review.calls.publishYearReview, ...review.calls.remindReviewSignOff, ...review.calls.recordReviewSignOff].map((c) => c.sequence);
    expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    await recordHistory(handle, 'mou-review-facts-in-worker');
  });
});
