/**
 * The review at scale: a programme year that has ended, over the board benchmark's 100,000 cases
 * and 300,000 deadlines. Measured: the year's review from `POST /reviews` until its report is
 * stored (interim summaries, metrics, recommendation, Markdown/HTML/PDF rendered by the worker),
 * the PDF download, and `GET /reviews/what-if` (the year's metrics on demand). Baseline: loading
 * the year's facts alone (loadReviewInputs, the reads every figure starts from).
 */
import { DataSource } from 'typeorm';
import { computeMetrics, decideRecommendation, DEFAULT_REVIEW_THRESHOLDS } from '@mou/domain';
import { createDataSource, loadReviewInputs, loadYearReviewFacts } from '@mou/persistence';
import { renderFactsCsv } from '../apps/worker/src/review/facts-csv';
import { renderHtml } from '../apps/worker/src/review/render-html';
import { renderMarkdown } from '../apps/worker/src/review/render-markdown';
import { renderPdf } from '../apps/worker/src/review/render-pdf';
import { buildReviewReport } from '../apps/worker/src/review/review-report';
import { BenchStack } from './stack';
import { sleep, Summary, summarize } from './stats';

export interface ReviewResult {
  periodStart: string;
  requests: number;
  bareFacts: Summary;
  whatIf?: Summary;
  whatIfError?: string;
  reviewMs?: number;
  pdfMs?: number;
  pdfBytes?: number;
  reviewError?: string;
  /** The year-end step alone (publishYearReview: facts, figures, decision, report, stored), from the workflow's history. */
  yearEndMs?: number;
  /** Each quarter's summary step (computeReviewMetrics), from the workflow's history. */
  quarterMs?: number[];
  /** Where the year-end step's time goes, each part timed once in this process on the same facts. */
  parts?: { name: string; ms: number }[];
}

/**
 * Times each part of the year-end step once, in order, as publishYearReview runs them: the facts
 * with their case references (one query), then the figures, the report and the facts file.
 */
async function yearEndParts(ds: DataSource, query: { from: number; to: number; asOf: number }): Promise<{ name: string; ms: number }[]> {
  const parts: { name: string; ms: number }[] = [];
  const timed = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const value = await fn();
    parts.push({ name, ms: performance.now() - started });
    return value;
  };
  const { inputs, caseReferences } = await timed('load the facts and case references (one query)', () => loadYearReviewFacts(ds.manager, query));
  const metrics = await timed('compute the figures', () => computeMetrics(inputs));
  const decision = await timed('apply the rule', () => decideRecommendation(metrics, DEFAULT_REVIEW_THRESHOLDS));
  const source = { reviewId: 'bench', periodStart: '', periodEnd: '', inputs, metrics, decision, names: { cases: caseReferences, facilities: {} } };
  const report = await timed('build the report (charts, appendices)', () => buildReviewReport(source));
  await timed('render Markdown', () => renderMarkdown(report));
  await timed('render HTML', () => renderHtml(report));
  await timed('render the PDF', () => renderPdf(report, new Date(metrics.asOf)));
  await timed('write the facts CSV', () => renderFactsCsv(source));
  return parts;
}

/** Start-to-close of each activity of one type in a workflow's history. */
async function activityDurations(stack: BenchStack, workflowId: string, type: string): Promise<number[]> {
  const history = await stack.temporal.workflow.getHandle(workflowId).fetchHistory();
  const started = new Map<string, number>();
  const durations: number[] = [];
  const ms = (t: { seconds?: unknown; nanos?: number | null } | null | undefined) => Number(t?.seconds ?? 0) * 1000 + (t?.nanos ?? 0) / 1e6;
  for (const event of history.events ?? []) {
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled?.activityType?.name === type) started.set(String(event.eventId), ms(event.eventTime));
    const completed = event.activityTaskCompletedEventAttributes;
    const at = completed && started.get(String(completed.scheduledEventId));
    if (at !== undefined && at !== null && completed) durations.push(ms(event.eventTime) - at);
  }
  return durations;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const REVIEW_TIMEOUT_MS = 90_000;

export async function benchReview(stack: BenchStack, log: (line: string) => void): Promise<ReviewResult> {
  const admin = await stack.login('admin@example.gov');
  const policy = await stack.login('policy@example.gov');
  // A year that ended yesterday: the workflow goes straight to its recommendation and report.
  const end = new Date();
  end.setUTCHours(0, 0, 0, 0);
  const start = new Date(end);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  start.setUTCDate(start.getUTCDate() - 1);
  const periodStart = isoDate(start.getTime());
  const to = isoDate(end.getTime() - 86_400_000);

  const ds: DataSource = await createDataSource(stack.databaseUrl).initialize();
  const bareFacts: number[] = [];
  let requests = 0;
  let parts: ReviewResult['parts'];
  try {
    const query = () => ({ from: start.getTime(), to: Date.parse(`${to}T00:00:00Z`), asOf: Date.now() });
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const inputs = await loadReviewInputs(ds.manager, query());
      bareFacts.push(performance.now() - started);
      requests = inputs.requests.length;
    }
    parts = await yearEndParts(ds, query());
  } finally {
    await ds.destroy();
  }
  const result: ReviewResult = { periodStart, requests, bareFacts: summarize(bareFacts), parts };

  const whatIf: number[] = [];
  for (let i = 0; i < 5 && !result.whatIfError; i++) {
    const res = await stack.api.request('GET', `/api/v1/reviews/what-if?from=${periodStart}&to=${to}`, { token: policy });
    if (res.status === 200) whatIf.push(res.ms);
    else result.whatIfError = `GET /reviews/what-if answered ${res.status} ${res.text.slice(0, 200)} after ${Math.round(res.ms)} ms`;
  }
  if (whatIf.length) result.whatIf = summarize(whatIf);

  const started = Date.now();
  const created = await stack.api.request('POST', '/api/v1/reviews', { token: admin, body: { periodStart } });
  if (created.status >= 300) {
    result.reviewError = `POST /reviews answered ${created.status} ${created.text.slice(0, 200)}`;
  } else {
    const id = (JSON.parse(created.text) as { id: string }).id;
    let report = false;
    let status = 'RUNNING';
    while (!report && Date.now() - started < REVIEW_TIMEOUT_MS) {
      await sleep(250);
      const body = JSON.parse((await stack.api.request('GET', `/api/v1/reviews/${encodeURIComponent(id)}`, { token: policy })).text) as { status: string; report: unknown };
      status = body.status;
      report = Boolean(body.report);
    }
    if (report) {
      result.reviewMs = Date.now() - started;
      result.yearEndMs = (await activityDurations(stack, id, 'publishYearReview'))[0];
      result.quarterMs = await activityDurations(stack, id, 'computeReviewMetrics');
      const pdf = await stack.api.request('GET', `/api/v1/reviews/${encodeURIComponent(id)}/report.pdf`, { token: policy });
      if (pdf.status === 200) {
        result.pdfMs = pdf.ms;
        result.pdfBytes = pdf.bytes;
      } else result.reviewError = `report.pdf answered ${pdf.status}`;
    } else {
      // Say why: the workflow's pending activity and its last failure.
      const description = await stack.temporal.workflow.getHandle(id).describe().catch(() => undefined);
      const pending = description?.raw.pendingActivities?.[0];
      const why = pending ? `; pending ${pending.activityType?.name} attempt ${pending.attempt}: ${pending.lastFailure?.message ?? 'no failure recorded'}` : '';
      result.reviewError = `no report within ${REVIEW_TIMEOUT_MS / 1000} s (status ${status})${why}`;
    }
  }
  log(
    `review: year from ${periodStart} (${requests} requests); bare facts p50 ${Math.round(result.bareFacts.p50)} ms; ` +
      `what-if ${result.whatIf ? `p50 ${Math.round(result.whatIf.p50)} ms` : result.whatIfError}; ` +
      `report ${result.reviewMs !== undefined ? `stored in ${result.reviewMs} ms (year-end step ${Math.round(result.yearEndMs ?? NaN)} ms; quarters ${(result.quarterMs ?? []).map(Math.round).join('/')} ms), PDF served in ${Math.round(result.pdfMs ?? 0)} ms` : result.reviewError}; ` +
      `parts: ${(parts ?? []).map((p) => `${p.name} ${Math.round(p.ms)} ms`).join(', ')}`,
  );
  return result;
}
