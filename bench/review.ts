/**
 * The review at scale: a programme year that has ended, over the board benchmark's 100,000 cases
 * and 300,000 deadlines. Measured: the year's review from `POST /reviews` until its report is
 * stored (interim summaries, metrics, recommendation, Markdown/HTML/PDF rendered by the worker),
 * the PDF download, and `GET /reviews/what-if` (the year's metrics on demand). Baseline: loading
 * the year's facts alone (loadReviewInputs, the reads every figure starts from).
 */
import { DataSource } from 'typeorm';
import { createDataSource, loadReviewInputs } from '@mou/persistence';
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
  try {
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const inputs = await loadReviewInputs(ds.manager, { from: start.getTime(), to: Date.parse(`${to}T00:00:00Z`), asOf: Date.now() });
      bareFacts.push(performance.now() - started);
      requests = (inputs as { requests?: unknown[] }).requests?.length ?? 0;
    }
  } finally {
    await ds.destroy();
  }
  const result: ReviewResult = { periodStart, requests, bareFacts: summarize(bareFacts) };

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
      `report ${result.reviewMs !== undefined ? `stored in ${result.reviewMs} ms, PDF served in ${Math.round(result.pdfMs ?? 0)} ms` : result.reviewError}`,
  );
  return result;
}
