/**
 * Open clocks: `BENCH_CLOCKS_CASES` (default 10,000) cases opened through the API, each with a visit
 * request whose clocks run for weeks (nothing fires during the run). Measured: the worker's resident
 * memory with its workflow cache full, how long a worker restart takes, and how long the new worker
 * (empty cache) takes to resume every case, which a query to each case forces (a replay of its
 * history). Baseline: the same queries answered from the warm cache, per case. The cache size is the
 * one the worker actually runs with (read from `createCaseWorker` in a process with the worker's
 * environment); when it holds fewer workflows than there are cases, a pass over all of them evicts
 * as it goes, and the pass over all cases again on the same worker shows what that costs.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseStateQuery } from '@mou/workflows';
import { BenchStack, ROOT } from './stack';
import { load, sleep, Summary, summarize } from './stats';

const OPEN_CONCURRENCY = 32;
const QUERY_CONCURRENCY = 32;
const FACILITIES = 100;

export interface ClocksPass {
  /** Cases asked in this pass, and how many answered. */
  cases: number;
  answered: number;
  errors: number;
  ms: number;
  latency: Summary;
}

export interface ClocksResult {
  /** Cases asked for (BENCH_CLOCKS_CASES) and cases opened with a visit request. */
  requested: number;
  openCases: number;
  openErrors: number;
  /** Set when the setup stopped at its time bound before every case was opened. */
  setupCut: boolean;
  setupMs: number;
  /** Cases opened and their visit requested, per second (two API calls each). */
  openPerSecond: number;
  openDeadlines: number;
  /** Running `inspectionCase` workflows on the worker's task queue, as Temporal's visibility counts them. */
  temporalRunning: number | null;
  /** Events in one case's history (what a replay goes through). */
  historyEvents: number | null;
  /** One case's own state, its state query answer as JSON, in KiB: what the case itself holds. */
  stateKiB: number | null;
  /** maxCachedWorkflows the worker runs with, and the heap limit it derives from; null if not read. */
  cacheSize: number | null;
  workerHeapLimitMiB: number | null;
  cacheNote: string;
  /** Before the restart: the cases most recently set up (as many as the cache surely holds), queried from the cache. */
  warmBefore: ClocksPass;
  rssBeforeMiB: number | null;
  restartReadyMs: number;
  rssAfterRestartMiB: number | null;
  /** All cases queried after the restart: each one replayed. */
  resume: ClocksPass;
  rssAfterResumeMiB: number | null;
  /** Peak resident memory of the restarted worker (VmHWM) once all were resumed. */
  rssPeakAfterRestartMiB: number | null;
  /** Baseline: the most recently resumed cases that fit in the cache, queried again. */
  warm: ClocksPass;
  /** All cases again on the same worker, no restart: warm when they fit in the cache, evicting as it goes when not. */
  again: ClocksPass;
}

function procStatusMiB(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number | null {
  if (!pid) return null;
  try {
    const kb = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** The worker's options as apps/worker builds them, read in a process with the worker's environment. */
function workerOptions(stack: BenchStack): Promise<{ maxCachedWorkflows: number; heapLimitMiB: number } | string> {
  return new Promise((resolveOptions) => {
    execFile(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'bench/worker-options.ts')],
      { cwd: ROOT, env: { ...stack.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), NO_COLOR: '1' }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('{'));
        if (error || !line) return resolveOptions(`not read: ${error?.message ?? 'no output'} ${stderr.slice(-300)}`.trim());
        resolveOptions(JSON.parse(line) as { maxCachedWorkflows: number; heapLimitMiB: number });
      },
    );
  });
}

export async function benchOpenClocks(
  stack: BenchStack,
  options: { cases: number; setupMaxMs: number },
  log: (line: string) => void,
): Promise<ClocksResult> {
  const requested = options.cases;
  const investigator = await stack.login('investigator@example.gov');
  const supervisor = await stack.login('supervisor@example.gov');
  const facilities: string[] = [];
  for (let i = 0; i < FACILITIES; i++) {
    const res = await stack.api.request('POST', '/api/v1/facilities', { token: supervisor, body: { name: `Clocks facility ${i}` } });
    if (res.status !== 201) throw new Error(`facility: ${res.status} ${res.text}`);
    facilities.push((JSON.parse(res.text) as { id: string }).id);
  }

  // Setup: open each case and request its visit (clocks from now: the first step falls weeks away).
  const ids: string[] = [];
  let openErrors = 0;
  let lastError = '';
  const maxErrors = Math.max(20, Math.ceil(requested * 0.01));
  const setupStarted = performance.now();
  const progress = setInterval(() => {
    const s = (performance.now() - setupStarted) / 1000;
    const rate = ids.length / s;
    const eta = rate > 0 ? Math.round((requested - ids.length) / rate) : NaN;
    log(`clocks: ${ids.length.toLocaleString('en')} / ${requested.toLocaleString('en')} cases open with a visit request after ${Math.round(s)} s (${rate.toFixed(1)}/s, ${openErrors} errors; about ${eta} s to go)`);
  }, 15_000);
  let setup: { done: number; elapsedMs: number };
  try {
    setup = await load(OPEN_CONCURRENCY, requested, options.setupMaxMs, async (i) => {
      if (openErrors > maxErrors) return; // given up: the remaining turns return at once
      try {
        const opened = await stack.api.request('POST', '/api/v1/cases', {
          token: investigator,
          body: { facilityId: facilities[i % facilities.length], allegation: { summary: `Open clocks case ${i}`, source: 'Benchmark', productCategories: ['GARMENTS'] } },
        });
        if (opened.status !== 201) throw new Error(`open: ${opened.status} ${opened.text.slice(0, 200)}`);
        const id = (JSON.parse(opened.text) as { id: string }).id;
        const visit = await stack.api.request('POST', `/api/v1/cases/${id}/visit-requests`, { token: investigator, body: { requestedAt: new Date().toISOString() } });
        if (visit.status !== 200) throw new Error(`visit request: ${visit.status} ${visit.text.slice(0, 200)}`);
        ids.push(id);
      } catch (error) {
        openErrors++;
        lastError = error instanceof Error ? error.message : String(error);
      }
    });
  } finally {
    clearInterval(progress);
  }
  if (openErrors > maxErrors) throw new Error(`setup stopped after ${openErrors} errors; last: ${lastError}`);
  const setupMs = performance.now() - setupStarted;
  const openPerSecond = (ids.length / setupMs) * 1000;
  const setupCut = setup.done < requested;
  log(
    `clocks: ${ids.length.toLocaleString('en')} cases open with a visit request in ${Math.round(setupMs / 1000)} s (${openPerSecond.toFixed(1)}/s, ` +
      `${openErrors} errors${openErrors ? `; last: ${lastError}` : ''})${setupCut ? `: stopped at the time bound of ${Math.round(options.setupMaxMs / 1000)} s` : ''}`,
  );
  if (!ids.length) throw new Error('no case was opened');

  // Every clock committed in the read model (bounded wait), then Temporal's own count.
  const openDeadlinesNow = async () =>
    (await stack.pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM deadlines WHERE case_id = ANY($1::uuid[]) AND status = 'open'`, [ids])).rows[0].n;
  let openDeadlines = await openDeadlinesNow();
  for (const until = Date.now() + 60_000; openDeadlines < ids.length && Date.now() < until; openDeadlines = await openDeadlinesNow()) await sleep(1000);
  const temporalRunning = await stack.temporal.workflow
    .count(`WorkflowType = 'inspectionCase' AND ExecutionStatus = 'Running' AND TaskQueue = '${stack.taskQueue}'`)
    .then((c) => c.count)
    .catch(() => null);
  const opts = await workerOptions(stack);
  const cacheSize = typeof opts === 'string' ? null : opts.maxCachedWorkflows;
  const workerHeapLimitMiB = typeof opts === 'string' ? null : opts.heapLimitMiB;
  const cacheNote =
    typeof opts === 'string'
      ? opts
      : opts.maxCachedWorkflows >= ids.length
        ? 'every case fits in the cache'
        : `the cache holds ${opts.maxCachedWorkflows.toLocaleString('en')} of the ${ids.length.toLocaleString('en')} cases: a pass over all of them evicts as it goes`;
  const historyEvents = await stack.temporal.workflow
    .getHandle(`case-${ids[0]}`)
    .fetchHistory()
    .then((h) => h.events?.length ?? null)
    .catch(() => null);
  const stateKiB = await stack.temporal.workflow
    .getHandle(`case-${ids[0]}`)
    .query(caseStateQuery)
    .then((state) => Buffer.byteLength(JSON.stringify(state)) / 1024)
    .catch(() => null);
  log(
    `clocks: ${openDeadlines.toLocaleString('en')} open deadlines; Temporal counts ${temporalRunning ?? 'n/a'} running case workflows on ${stack.taskQueue}; ` +
      `${historyEvents ?? 'n/a'} events in a case's history; worker maxCachedWorkflows ${cacheSize ?? 'n/a'} (heap limit ${workerHeapLimitMiB ?? 'n/a'} MiB): ${cacheNote}`,
  );
  // As many cases as the cache surely holds, less room for the facility workflows and the cases in flight.
  const fits = cacheSize === null ? ids.length : Math.max(1, Math.min(ids.length, cacheSize - FACILITIES - 2 * QUERY_CONCURRENCY));

  const passMaxMs = Math.max(300_000, ids.length * 100);
  const queryPass = async (subset: string[]): Promise<ClocksPass> => {
    const latencies: number[] = [];
    let errors = 0;
    const started = performance.now();
    const { done } = await load(QUERY_CONCURRENCY, subset.length, passMaxMs, async (i) => {
      const t = performance.now();
      try {
        await stack.temporal.workflow.getHandle(`case-${subset[i]}`).query(caseStateQuery);
        latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    });
    return { cases: subset.length, answered: done - errors, errors, ms: performance.now() - started, latency: summarize(latencies) };
  };
  const describe = (p: ClocksPass) =>
    `${p.answered.toLocaleString('en')}/${p.cases.toLocaleString('en')} in ${Math.round(p.ms)} ms (${((p.answered / p.ms) * 1000).toFixed(0)}/s, p50 ${p.latency.p50.toFixed(0)} ms, p95 ${p.latency.p95.toFixed(0)} ms${p.errors ? `, ${p.errors} errors` : ''})`;

  // The running worker's cache holds the cases set up last; queried from it before the restart.
  const warmBefore = await queryPass(ids.slice(ids.length - fits));
  log(`clocks: before the restart, the last ${fits.toLocaleString('en')} set up queried from the cache: ${describe(warmBefore)}`);
  await sleep(2000);
  const rssBeforeMiB = stack.worker.rssMiB();
  const { readyMs } = await stack.restartWorker();
  const rssAfterRestartMiB = stack.worker.rssMiB();
  log(`clocks: worker RSS ${rssBeforeMiB ?? 'n/a'} MiB with its cache full; restarted and polling in ${readyMs} ms (RSS ${rssAfterRestartMiB ?? 'n/a'} MiB)`);

  const resume = await queryPass(ids);
  await sleep(2000);
  const rssAfterResumeMiB = stack.worker.rssMiB();
  const rssPeakAfterRestartMiB = procStatusMiB(stack.worker.process.pid, 'VmHWM');
  log(`clocks: every case resumed on the new worker: ${describe(resume)}; RSS ${rssAfterResumeMiB ?? 'n/a'} MiB (peak ${rssPeakAfterRestartMiB ?? 'n/a'} MiB)`);

  // Baseline: the last cases resumed, as many as the cache surely still holds, queried again from it.
  const warm = await queryPass(ids.slice(ids.length - fits));
  log(`clocks: warm baseline, the last ${fits.toLocaleString('en')} resumed queried again: ${describe(warm)}`);
  const again = await queryPass(ids);
  log(`clocks: every case again on the same worker: ${describe(again)}`);
  const perCase = (p: ClocksPass) => p.ms / Math.max(p.answered, 1);
  log(
    `clocks: resume ÷ warm per case ${(perCase(resume) / perCase(warm)).toFixed(2)}× (${(perCase(resume) / perCase(warmBefore)).toFixed(2)}× against the cache before the restart); ` +
      `all again ÷ warm per case ${(perCase(again) / perCase(warm)).toFixed(2)}×`,
  );

  return {
    requested,
    openCases: ids.length,
    openErrors,
    setupCut,
    setupMs,
    openPerSecond,
    openDeadlines,
    temporalRunning,
    historyEvents,
    stateKiB,
    cacheSize,
    workerHeapLimitMiB,
    cacheNote,
    warmBefore,
    rssBeforeMiB,
    restartReadyMs: readyMs,
    rssAfterRestartMiB,
    resume,
    rssAfterResumeMiB,
    rssPeakAfterRestartMiB,
    warm,
    again,
  };
}
