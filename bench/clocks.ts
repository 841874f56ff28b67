/**
 * Open clocks: `BENCH_CLOCKS_CASES` (default 10,000) cases opened through the API, each with a visit
 * request whose clocks run for weeks (nothing fires during the run). Measured: the worker's resident
 * memory with its workflow cache full, how long a worker restart takes, and how long the new worker
 * (empty cache) takes to resume every case, which a query to each case forces (a replay of its
 * history). Baseline: the same queries answered from the warm cache, per case. The cache size is the
 * one the worker actually runs with (read from `createCaseWorker` in a process with the worker's
 * environment); when it holds fewer workflows than there are cases, a pass over all of them evicts
 * as it goes, and the pass over all cases again on the same worker shows what that costs.
 *
 * Memory per cached case, after the timed passes: the worker restarted once more with
 * MOU_WORKER_MEMORY_PROBE=main-thread (apps/worker/src/memory-probe.ts) runs its workflows in its main
 * thread and reports that heap after a full collection, and its resident memory, on SIGWINCH. Read
 * three times: right after the restart, once half the cases are resumed, once all are: the slope
 * between the last two is what one more cached case costs, free of fixed costs and of garbage. Then bench/workflow-memory.ts, in a process of its own,
 * splits the heap a workflow takes before its first event (module state, with and without the shared
 * modules) and replays one case's real history to time the worker's own part of a resume.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal as proto } from '@temporalio/proto';
import { caseStateQuery } from '@mou/workflows';
import { MEMORY_PROBE_ENV, MEMORY_PROBE_PREFIX, MEMORY_PROBE_SIGNAL, MemoryProbeReading } from '../apps/worker/src/memory-probe';
import { BenchStack, ROOT } from './stack';
import { load, sleep, Summary, summarize } from './stats';
import type { WorkflowMemoryProbe } from './workflow-memory';

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
  /** Readings of a worker restarted with its workflows in its main thread (heap after a full collection): right after the restart, half the cases resumed, all resumed. */
  probes: { afterRestart: MemoryProbeReading | null; half: MemoryProbeReading | null; all: MemoryProbeReading | null };
  /** Module state per workflow and the replay of one case's history, in a process of its own; a string when not measured. */
  workflowProbe: WorkflowMemoryProbe | string;
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

/** Asks the worker for a memory reading (SIGWINCH; it collects garbage first) and waits for its line. */
function readWorkerMemory(stack: BenchStack): Promise<MemoryProbeReading | null> {
  const child = stack.worker.process;
  if (!child.pid || !child.stdout) return Promise.resolve(null);
  return new Promise((resolveReading) => {
    let seen = '';
    const done = (reading: MemoryProbeReading | null) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolveReading(reading);
    };
    const onData = (d: Buffer) => {
      seen += d.toString();
      const line = seen.split('\n').find((l) => l.includes(MEMORY_PROBE_PREFIX) && l.trimEnd().endsWith('}'));
      if (line) done(JSON.parse(line.slice(line.indexOf(MEMORY_PROBE_PREFIX) + MEMORY_PROBE_PREFIX.length)) as MemoryProbeReading);
    };
    const timer = setTimeout(() => done(null), 60_000);
    child.stdout!.on('data', onData);
    child.kill(MEMORY_PROBE_SIGNAL);
  });
}

/** bench/workflow-memory.ts in a process of its own, on the bundle the worker runs and one case's history. */
function workflowMemoryProbe(stack: BenchStack, historyPath: string): Promise<WorkflowMemoryProbe | string> {
  return new Promise((resolveProbe) => {
    execFile(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'bench/workflow-memory.ts')],
      { cwd: ROOT, env: { ...stack.env, BENCH_HISTORY_PATH: historyPath, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), NO_COLOR: '1' }, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('{'));
        if (error || !line) return resolveProbe(`not measured: ${error?.message ?? 'no output'} ${stderr.slice(-300)}`.trim());
        resolveProbe(JSON.parse(line) as WorkflowMemoryProbe);
      },
    );
  });
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
  const historyPath = join(stack.scratch, 'case-history.bin');
  const historyEvents = await stack.temporal.workflow
    .getHandle(`case-${ids[0]}`)
    .fetchHistory()
    .then((h) => {
      writeFileSync(historyPath, proto.api.history.v1.History.encode(h).finish());
      return h.events?.length ?? null;
    })
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
  /** Queries every case of `subset`; each latency is also added to `latencies` when given (to summarize passes together). */
  const queryPass = async (subset: string[], latencies: number[] = []): Promise<ClocksPass> => {
    const firstLatency = latencies.length;
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
    return { cases: subset.length, answered: done - errors, errors, ms: performance.now() - started, latency: summarize(latencies.slice(firstLatency)) };
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

  // Memory per cached case, after the timed passes: a worker restarted once more with its workflows in its
  // main thread (MOU_WORKER_MEMORY_PROBE=main-thread), whose heap it collects and reports on a signal; read
  // right after the restart, once half the cases are resumed, once all are. The slope between the last two
  // is what one more cached case costs, free of the worker's fixed costs and of garbage.
  stack.env[MEMORY_PROBE_ENV] = 'main-thread';
  await stack.restartWorker();
  delete stack.env[MEMORY_PROBE_ENV];
  const afterRestart = await readWorkerMemory(stack);
  const half = Math.floor(ids.length / 2);
  await queryPass(ids.slice(0, half));
  await sleep(1000);
  const halfReading = await readWorkerMemory(stack);
  await queryPass(ids.slice(half));
  await sleep(1000);
  const allReading = await readWorkerMemory(stack);
  const probes = { afterRestart, half: halfReading, all: allReading };
  if (halfReading && allReading && allReading.cachedWorkflows > halfReading.cachedWorkflows) {
    const added = allReading.cachedWorkflows - halfReading.cachedWorkflows;
    const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
    log(
      `clocks: from ${halfReading.cachedWorkflows} to ${allReading.cachedWorkflows} cached workflows, after a full collection: heap ` +
        `${mib(halfReading.heapUsed)} → ${mib(allReading.heapUsed)} MiB (${((allReading.heapUsed - halfReading.heapUsed) / added / 1024).toFixed(0)} KiB per case), ` +
        `resident ${mib(halfReading.rss)} → ${mib(allReading.rss)} MiB (${((allReading.rss - halfReading.rss) / added / 1024).toFixed(0)} KiB per case)`,
    );
  } else log(`clocks: worker memory readings not usable: ${JSON.stringify(probes)}`);
  // Back to a worker as production runs it (its workflows in the SDK's workflow thread), for whatever runs next.
  await stack.restartWorker();
  const workflowProbe = await workflowMemoryProbe(stack, historyPath);
  log(`clocks: workflow module state and replay in a process of its own: ${JSON.stringify(workflowProbe)}`);
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
    probes,
    workflowProbe,
    rssAfterResumeMiB,
    rssPeakAfterRestartMiB,
    warm,
    again,
  };
}

/**
 * What one more cached case costs the worker, from its readings at half and all the cases resumed (its
 * workflows in its main thread, so the heap holds them); null when not read.
 */
export function perCachedCase(c: ClocksResult): { added: number; heapKiB: number; rssKiB: number; outsideHeapKiB: number; kib: number } | null {
  const { half, all } = c.probes;
  if (!half || !all || all.cachedWorkflows <= half.cachedWorkflows) return null;
  const added = all.cachedWorkflows - half.cachedWorkflows;
  const heapKiB = (all.heapUsed - half.heapUsed) / added / 1024;
  const rssKiB = (all.rss - half.rss) / added / 1024;
  // Outside the V8 heap: the SDK's Rust core (its own copy of each run's state machines), native buffers and what the
  // allocator keeps; when resident memory grew less than the heap, freed pages were reused.
  const outsideHeapKiB = Math.max(0, rssKiB - heapKiB);
  return { added, heapKiB, rssKiB, outsideHeapKiB, kib: heapKiB + outsideHeapKiB };
}
