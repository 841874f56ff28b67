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
  reviewMs: number;
  status: string;
  pdfMs: number;
  pdfBytes: number;
  whatIf: Summary;
  bareFacts: Summary;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

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
  const to = isoDate(start.getTime() + (end.getTime() - start.getTime()));

  const ds: DataSource = await createDataSource(stack.databaseUrl).initialize();
  const bareFacts: number[] = [];
  const whatIf: number[] = [];
  let requests = 0;
  try {
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const inputs = await loadReviewInputs(ds.manager, { from: start.getTime(), to: Date.parse(`${to}T00:00:00Z`), asOf: Date.now() });
      bareFacts.push(performance.now() - started);
      requests = (inputs as { requests?: unknown[] }).requests?.length ?? 0;
      const res = await stack.api.request('GET', `/api/v1/reviews/what-if?from=${periodStart}&to=${to}`, { token: policy });
      if (res.status !== 200) throw new Error(`what-if: ${res.status} ${res.text.slice(0, 300)}`);
      whatIf.push(res.ms);
    }
  } finally {
    await ds.destroy();
  }

  const started = Date.now();
  const created = await stack.api.request('POST', '/api/v1/reviews', { token: admin, body: { periodStart } });
  if (created.status >= 300) throw new Error(`start review: ${created.status} ${created.text.slice(0, 300)}`);
  const id = (JSON.parse(created.text) as { id: string }).id;
  let status = 'RUNNING';
  let report = false;
  while (Date.now() - started < 120_000) {
    const res = await stack.api.request('GET', `/api/v1/reviews/${encodeURIComponent(id)}`, { token: policy });
    const body = JSON.parse(res.text) as { status: string; report: unknown };
    status = body.status;
    report = Boolean(body.report);
    if (report) break;
    await sleep(200);
  }
  const reviewMs = Date.now() - started;
  if (!report) throw new Error(`the review did not produce its report within 120 s (status ${status})`);
  const pdf = await stack.api.request('GET', `/api/v1/reviews/${encodeURIComponent(id)}/report.pdf`, { token: policy });
  if (pdf.status !== 200) throw new Error(`report.pdf: ${pdf.status}`);
  const result: ReviewResult = {
    periodStart,
    requests,
    reviewMs,
    status,
    pdfMs: pdf.ms,
    pdfBytes: pdf.bytes,
    whatIf: summarize(whatIf),
    bareFacts: summarize(bareFacts),
  };
  log(
    `review: year from ${periodStart} (${requests} requests in it): report stored ${reviewMs} ms after POST; PDF served in ${Math.round(pdf.ms)} ms; ` +
      `what-if p50 ${Math.round(result.whatIf.p50)} ms; bare facts p50 ${Math.round(result.bareFacts.p50)} ms`,
  );
  return result;
}
