/**
 * `npm run bench`: starts two stacks side by side on loopback, one per Temporal engine (the dev
 * server, and the `npm run start:cluster` profile: the Temporal server on PostgreSQL), each with its
 * own PostgreSQL, worker and API; runs every benchmark (intake, escalation storm, board at scale,
 * review at scale, open clocks) on one engine and then the other, each figure with its baseline
 * measured in the same run on the same engine; and writes docs/benchmarks.md and
 * docs/benchmarks.json. Not part of `npm test`; every loop is bounded, and a benchmark that would
 * overrun the budget is skipped and listed.
 *
 * BENCH_SCALE (default 1) scales every size at once (cases, clocks, breaches, requests) for a quick
 * run; the files say the scale they were measured at.
 */
import os from 'node:os';
import { benchBoard } from './board';
import { benchOpenClocks } from './clocks';
import { benchEscalation } from './escalation';
import { benchIntake } from './intake';
import { machine, BenchResults, writeReport } from './report';
import { benchReview } from './review';
import { scaled, SCALE, TARGET_SIZES } from './scale';
import { BenchStack, Engine, ENGINES, startBenchStack } from './stack';

const log = (line: string) => console.log(`[bench] ${line}`);
/** Past this, the optional benchmarks are skipped. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 5400) * 1000;

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = os.loadavg();
  // BENCH_ENGINES=dev or =cluster measures one engine only.
  const engines = (process.env.BENCH_ENGINES?.split(',').map((s) => s.trim()) ?? ENGINES).filter((e): e is Engine => ENGINES.includes(e as Engine));
  const results = Object.fromEntries(engines.map((e) => [e, { failures: {}, skipped: {} } as BenchResults])) as Partial<Record<Engine, BenchResults>>;
  const stacks = new Map<Engine, BenchStack>();
  // BENCH_ONLY=intake,escalation,clocks,board,review runs a subset (review needs board).
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  try {
    for (const engine of engines) stacks.set(engine, await startBenchStack(engine));
    const each = async (name: string, key: string, needsMs: number, run: (stack: BenchStack, r: BenchResults) => Promise<void>) => {
      for (const engine of engines) {
        const r = results[engine]!;
        if (only && !only.includes(key)) {
          r.skipped[name] = 'not selected (BENCH_ONLY)';
          continue;
        }
        if (Date.now() - started + needsMs > BUDGET_MS) {
          r.skipped[name] = `skipped: the run had used ${Math.round((Date.now() - started) / 1000)} s of its ${BUDGET_MS / 1000} s budget`;
          log(`${engine}: ${name} ${r.skipped[name]}`);
          continue;
        }
        log(`${engine}: ${name}`);
        try {
          await run(stacks.get(engine)!, r);
        } catch (error) {
          r.failures[name] = error instanceof Error ? error.message : String(error);
          log(`${engine}: ${name} failed: ${r.failures[name]}`);
        }
      }
    };
    const say = (engine: Engine) => (line: string) => log(`${engine}: ${line}`);
    await each('1. Case intake', 'intake', 0, async (s, r) => {
      r.intake = await benchIntake(s, say(s.engine));
    });
    await each('3. Board at scale', 'board', 60_000, async (s, r) => {
      r.board = await benchBoard(s, Number(process.env.BENCH_BOARD_CASES ?? scaled(TARGET_SIZES.boardCases)), say(s.engine));
    });
    await each('5. Review at scale', 'review', 30_000, async (s, r) => {
      if (!r.board) throw new Error('needs the board benchmark\'s data, which this run did not write');
      r.review = await benchReview(s, say(s.engine));
    });
    await each('4. Escalation latency', 'escalation', 120_000, async (s, r) => {
      const deadlines = Number(process.env.BENCH_ESCALATION_DEADLINES ?? scaled(TARGET_SIZES.breaches));
      r.escalation = await benchEscalation(s, deadlines, say(s.engine));
    });
    // Open clocks runs last: its cases then stay open and would weigh on the other benchmarks.
    await each('2. Open clocks', 'clocks', 60_000, async (s, r) => {
      const cases = Number(process.env.BENCH_CLOCKS_CASES ?? scaled(TARGET_SIZES.openCases));
      const left = BUDGET_MS - (Date.now() - started);
      const setupMaxMs = Math.max(30_000, (left / (s.engine === engines[engines.length - 1] ? 1 : 2)) * 0.6);
      r.clocks = await benchOpenClocks(s, { cases, setupMaxMs }, say(s.engine));
    });
  } finally {
    for (const stack of stacks.values()) await stack.stop().catch((error: unknown) => console.error(error));
  }
  const durationS = Math.round((Date.now() - started) / 1000);
  const stackList = [...stacks.values()];
  writeReport(machine(stackList.map((s) => ({ engine: s.engine, ...s.versions, storage: s.temporalStorage })), loadBefore, durationS, SCALE), results);
  log(`wrote docs/benchmarks.md and docs/benchmarks.json; done in ${durationS} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
