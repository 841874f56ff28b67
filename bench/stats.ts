/** Percentiles and formatting for the benchmark report. */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
  };
}

export const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`) : 'n/a');
export const ratio = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');
export const perSecond = (v: number) => (Number.isFinite(v) ? `${v >= 100 ? Math.round(v) : v.toFixed(1)}/s` : 'n/a');

/** Runs `work` from `concurrency` callers until `count` calls are done or `maxMs` has passed. */
export async function load(concurrency: number, count: number, maxMs: number, work: (i: number) => Promise<void>): Promise<{ done: number; elapsedMs: number }> {
  let next = 0;
  let done = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count && performance.now() < deadline) {
        const i = next++;
        await work(i);
        done++;
      }
    }),
  );
  return { done, elapsedMs: performance.now() - started };
}

export const sleep = (msToWait: number) => new Promise((r) => setTimeout(r, msToWait));
