/**
 * Open clocks: the worker's resident memory with every open case cached, and how long a worker
 * restart takes to resume them all (a new worker starts with an empty workflow cache; each case
 * is resumed by replaying its history, here forced by a query to every open case). Baseline: the
 * same queries answered from the warm cache.
 */
import v8 from 'node:v8';
import { caseStateQuery } from '@mou/workflows';
import { BenchStack } from './stack';
import { load, sleep } from './stats';

export interface ClocksResult {
  openCases: number;
  openDeadlines: number;
  /** Default maxCachedWorkflows of @temporalio/worker for this Node heap (reuseV8Context). */
  cacheSize: number;
  rssBeforeMiB: number | null;
  restartReadyMs: number;
  rssAfterRestartMiB: number | null;
  resumeAllMs: number;
  rssAfterResumeMiB: number | null;
  warmAllMs: number;
  errors: number;
}

export async function benchOpenClocks(stack: BenchStack, caseIds: string[], log: (line: string) => void): Promise<ClocksResult> {
  const open = (
    await stack.pg.query<{ id: string }>(`SELECT id FROM cases WHERE id = ANY($1::uuid[]) AND stage NOT IN ('CLOSED', 'WITHDRAWN')`, [caseIds])
  ).rows.map((r) => r.id);
  const [{ n: openDeadlines }] = (
    await stack.pg.query(`SELECT count(*)::int AS n FROM deadlines WHERE case_id = ANY($1::uuid[]) AND status = 'open'`, [open])
  ).rows;
  let errors = 0;
  const queryAll = async () => {
    const started = performance.now();
    await load(16, open.length, 300_000, async (i) => {
      await stack.temporal.workflow
        .getHandle(`case-${open[i]}`)
        .query(caseStateQuery)
        .catch(() => errors++);
    });
    return performance.now() - started;
  };
  const heapMiB = v8.getHeapStatistics().heap_size_limit / 1024 / 1024;
  const cacheSize = Math.max(Math.floor((Math.max(heapMiB - 200, 0) * 600) / 1024), 10);

  await queryAll(); // every open case in the running worker's cache (up to its size)
  await sleep(2000);
  const rssBeforeMiB = stack.worker.rssMiB();
  const { readyMs } = await stack.restartWorker();
  const rssAfterRestartMiB = stack.worker.rssMiB();
  const resumeAllMs = await queryAll();
  await sleep(2000);
  const rssAfterResumeMiB = stack.worker.rssMiB();
  const warmAllMs = await queryAll();
  const result: ClocksResult = {
    openCases: open.length,
    openDeadlines,
    cacheSize,
    rssBeforeMiB,
    restartReadyMs: readyMs,
    rssAfterRestartMiB,
    resumeAllMs,
    rssAfterResumeMiB,
    warmAllMs,
    errors,
  };
  log(
    `open clocks: ${open.length} open cases (${openDeadlines} open deadlines); worker RSS ${rssBeforeMiB} MiB; restart ready in ${readyMs} ms; ` +
      `all resumed in ${Math.round(resumeAllMs)} ms (warm: ${Math.round(warmAllMs)} ms); RSS after ${rssAfterResumeMiB} MiB`,
  );
  return result;
}
