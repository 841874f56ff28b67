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

  /** @param visitRequests how many visit requests the year holds (18 on the historical record). */
  constructor(private readonly visitRequests = 18) {}

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
    const requests: RequestFact[] = Array.from({ length: this.visitRequests }, (_, i) => ({
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
  // A server per test: a review schedules its successors, which would otherwise live on into the next test's years.
  beforeEach(async () => {
    env = await timeSkippingEnvironment();
  });
  afterEach(() => env?.teardown());

  const ids = <T extends { reviewId: string }>(calls: T[], reviewId: string): T[] => calls.filter((c) => c.reviewId === reviewId);

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
      expect(ids(review.calls.publishYearReview, handle.workflowId)[0]).toMatchObject({ asOf: addMonths(from, 12), window: { from, to: addMonths(from, 12) } });
      expect(review.published[0]).toMatchObject({ asOf: addMonths(from, 12), visitsHeld: 3 });
      expect((await state()).decision).toMatchObject({ recommendation: 'REVOKE' });
      // Reminders every 3 days, as configured: on days 3 and 6 after the report.
      expect(ids(review.calls.remindReviewSignOff, handle.workflowId).map((c) => c.reminder)).toEqual([1, 2]);

      await handle.executeUpdate(signOffReviewUpdate, { args: [{ actor: { id: 'p-1', role: 'policy' }, note: 'Agreed' }] });
      expect(await handle.result()).toMatchObject({ status: 'SIGNED_OFF', remindersSent: 2, signOff: { by: 'p-1', note: 'Agreed' } });
    });
    const own = <T extends { reviewId: string }>(calls: T[]) => ids(calls, handle.workflowId);
    expect(own(review.calls.openReview)).toHaveLength(1);
    expect(own(review.calls.recordReviewSignOff)).toHaveLength(1);
    // Each step is numbered once, in order, for the live stream.
    const sequences = [
      ...own(review.calls.openReview),
      ...own(review.calls.recordInterimSummary),
      ...own(review.calls.publishYearReview),
      ...own(review.calls.remindReviewSignOff),
      ...own(review.calls.recordReviewSignOff),
    ].map((c) => c.sequence);
    expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    await recordHistory(handle, 'mou-review-schedules-next-year');
  });

  /** The first day of the month `months` after `day` ('YYYY-MM-DD', the first of a month), by the calendar. */
  const monthsAfter = (day: string, months: number) => {
    const [y, m] = day.split('-').map(Number);
    const index = y * 12 + (m - 1) + months;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  };
  /** The first day of a month at least a day after now, so the whole year lies ahead. */
  const nextMonthStart = (now: number) => {
    const d = new Date(now);
    return monthsAfter(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-01`, 1);
  };

  it("schedules the next programme year's review when a year ends, which opens at once and wakes at its own year end", async () => {
    const review = new RecordedReview();
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: 'mou-review', workflowBundle: await workflowBundle(), activities: review });
    const periodStart = nextMonthStart(await env.currentTimeMs());
    const nextStart = monthsAfter(periodStart, 12);
    const handle = await env.client.workflow.start('mouReview', { args: [{ periodStart }], taskQueue: 'mou-review', workflowId: `mou-review-${periodStart}` });

    await worker.runUntil(async () => {
      await env.sleep(parseIsoDate(nextStart) - (await env.currentTimeMs()) - DAY);
      expect((await handle.query(reviewStateQuery)).successor ?? null).toBeNull();
      expect(ids(review.calls.openReview, `mou-review-${nextStart}`)).toHaveLength(0);

      await env.sleep(2 * DAY);
      expect((await handle.query(reviewStateQuery)).successor).toEqual({ reviewId: `mou-review-${nextStart}`, periodStart: nextStart, reason: 'NEXT_YEAR' });
      // The next year's review is its own workflow, opened now, that outlives this one.
      const next = env.client.workflow.getHandle(`mou-review-${nextStart}`);
      expect(await next.query(reviewStateQuery)).toMatchObject({ periodStart: nextStart, status: 'RUNNING', follows: { reviewId: handle.workflowId, reason: 'NEXT_YEAR' } });
      expect(ids(review.calls.openReview, next.workflowId)).toHaveLength(1);
      await handle.executeUpdate(signOffReviewUpdate, { args: [{ actor: { id: 'p-1', role: 'policy' }, note: 'Agreed' }] });
      await handle.result();
      expect((await next.describe()).status.name).toBe('RUNNING');

      // Its year ends twelve months later, on its own timer, with its own report.
      await env.sleep(parseIsoDate(monthsAfter(nextStart, 12)) - (await env.currentTimeMs()) + DAY);
      expect(ids(review.calls.publishYearReview, next.workflowId).map((c) => c.asOf)).toEqual([parseIsoDate(monthsAfter(nextStart, 12))]);
    });
  });

  it('reviews an INSUFFICIENT_DATA year again after the configured months, over the year that ends then', async () => {
    // Four visit requests: fewer than the five the rule needs (docs/domain.md §7).
    const review = new RecordedReview(4);
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: 'mou-review', workflowBundle: await workflowBundle(), activities: review });
    const periodStart = nextMonthStart(await env.currentTimeMs());
    const reReviewStart = monthsAfter(periodStart, 6);
    const handle = await env.client.workflow.start('mouReview', { args: [{ periodStart }], taskQueue: 'mou-review', workflowId: `mou-review-${periodStart}` });

    await worker.runUntil(async () => {
      await env.sleep(parseIsoDate(monthsAfter(periodStart, 12)) - (await env.currentTimeMs()) + DAY);
      const state = await handle.query(reviewStateQuery);
      expect(state.decision).toMatchObject({ recommendation: 'MAINTAIN', flags: ['INSUFFICIENT_DATA'] });
      expect(state.successor).toEqual({ reviewId: `mou-review-${reReviewStart}`, periodStart: reReviewStart, reason: 'INSUFFICIENT_DATA' });
      // No next-year review besides the re-review.
      expect(review.calls.openReview.map((c) => c.reviewId)).toEqual([`mou-review-${periodStart}`, `mou-review-${reReviewStart}`]);
      expect(ids(review.calls.publishYearReview, `mou-review-${reReviewStart}`)).toHaveLength(0);

      // Six months after the first year ended, the re-review reports on the year ending then.
      const reReviewEnd = parseIsoDate(monthsAfter(periodStart, 18));
      await env.sleep(reReviewEnd - (await env.currentTimeMs()) - DAY);
      expect(ids(review.calls.publishYearReview, `mou-review-${reReviewStart}`)).toHaveLength(0);
      await env.sleep(2 * DAY);
      expect(ids(review.calls.publishYearReview, `mou-review-${reReviewStart}`).map((c) => [c.asOf, c.window])).toEqual([
        [reReviewEnd, { from: parseIsoDate(reReviewStart), to: reReviewEnd }],
      ]);
    });
    await recordHistory(handle, 'mou-review-insufficient-data-re-review');
  });
});
