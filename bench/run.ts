/**
 * `npm run bench`: starts its own PostgreSQL, Temporal dev server, worker and API on loopback, runs
 * the benchmarks (intake, escalation storm, open clocks, board at scale, review at scale), prints
 * each figure with its same-run baseline, and writes docs/benchmarks.md. Not part of `npm test`;
 * every loop is bounded, and a benchmark that would overrun the budget is skipped and listed.
 */
import os from 'node:os';
import { benchBoard } from './board';
import { benchOpenClocks } from './clocks';
import { benchEscalation } from './escalation';
import { benchIntake } from './intake';
import { machine, BenchResults, writeReport } from './report';
import { benchReview } from './review';
import { startBenchStack } from './stack';

const log = (line: string) => console.log(`[bench] ${line}`);
/** Past this, the optional benchmarks are skipped (the whole run, 10,000 open cases included, takes about 45 min on 2 cores). */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 3600) * 1000;

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = os.loadavg();
  const results: BenchResults = { failures: {}, skipped: {} };
  const stack = await startBenchStack();
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      results.failures[name] = error instanceof Error ? error.message : String(error);
      log(`${name} failed: ${results.failures[name]}`);
      return undefined;
    }
  };
  const withinBudget = (name: string, needsMs: number) => {
    if (Date.now() - started + needsMs <= BUDGET_MS) return true;
    results.skipped[name] = `skipped: the run had used ${Math.round((Date.now() - started) / 1000)} s of its ${BUDGET_MS / 1000} s budget`;
    log(`${name} ${results.skipped[name]}`);
    return false;
  };
  // BENCH_ONLY=intake,escalation,clocks,board,review runs a subset (review needs board).
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const wanted = (name: string) => {
    if (!only || only.includes(name)) return true;
    results.skipped[name] = 'not selected (BENCH_ONLY)';
    return false;
  };
  try {
    if (wanted('intake')) results.intake = await step('1. Case intake', () => benchIntake(stack, log));
    // 1,000 deadlines in one minute, unless this machine opens cases too slowly to set them up within the budget:
    // then as many as about 90 s of intake at concurrency 8 allows (BENCH_ESCALATION_DEADLINES overrides).
    const rate = results.intake?.levels.find((l) => l.concurrency === 8)?.api.perSecond ?? 10;
    const deadlines = Number(process.env.BENCH_ESCALATION_DEADLINES ?? Math.max(200, Math.min(1000, Math.floor((rate * 90) / 50) * 50)));
    if (wanted('escalation')) results.escalation = await step('4. Escalation latency', () => benchEscalation(stack, deadlines, log));
    if (wanted('board')) results.board = await step('3. Board at scale', () => benchBoard(stack, log));
    if (results.board && wanted('review') && withinBudget('5. Review at scale', 30_000)) {
      results.review = await step('5. Review at scale', () => benchReview(stack, log));
    }
    // Open clocks runs last: it opens its own BENCH_CLOCKS_CASES cases (default 10,000), which then stay open
    // and would weigh on the other benchmarks, and its setup may use what is left of the budget (70 % of it,
    // the rest for the measurement). A setup cut short by the budget is reported as such.
    if (wanted('clocks') && withinBudget('2. Open clocks', 60_000)) {
      const cases = Number(process.env.BENCH_CLOCKS_CASES ?? 10_000);
      const setupMaxMs = Math.max(30_000, (BUDGET_MS - (Date.now() - started)) * 0.7);
      results.clocks = await step('2. Open clocks', () => benchOpenClocks(stack, { cases, setupMaxMs }, log));
    }
  } finally {
    await stack.stop().catch((error: unknown) => console.error(error));
  }
  const durationS = Math.round((Date.now() - started) / 1000);
  writeReport(machine(stack.versions, stack.temporalStorage, loadBefore, durationS), results);
  log(`wrote docs/benchmarks.md; done in ${durationS} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
