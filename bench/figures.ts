/**
 * The headline figures of a run, one per id and engine, as docs/benchmarks.json lists them:
 * `{ id, engine, value, unit, baseline, ratio, target, met }`, the baseline measured in the same run
 * on the same engine. docs/benchmarks.md shows them in one table, each with what limits it and the
 * next lever.
 */
import os from 'node:os';
import { perCachedCase } from './clocks';
import { cpuTotal } from './cpu';
import type { EscalationResult } from './escalation';
import type { IntakeLevel } from './intake';
import type { BenchResults } from './report';
import { TARGET_SIZES } from './scale';
import type { Engine } from './stack';
import { ms, perSecond, ratio as times } from './stats';

export interface Target {
  /** The figure's `value` or its `ratio` to the baseline is held against the bound. */
  of: 'value' | 'ratio';
  op: '<' | '>=' | '<=';
  bound: number;
}

export interface Figure {
  id: string;
  engine: Engine;
  value: number | null;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  target: Target;
  met: boolean | null;
  /** For the report only: what the value and the baseline are, at which size, and what limits the figure. */
  what: string;
  baselineWhat: string;
  limits: string;
}

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

function judge(target: Target, value: number | null, ratio: number | null): boolean | null {
  const x = target.of === 'value' ? value : ratio;
  if (!finite(x)) return null;
  return target.op === '<' ? x < target.bound : target.op === '<=' ? x <= target.bound : x >= target.bound;
}

function figure(f: Omit<Figure, 'ratio' | 'met'>): Figure {
  const value = finite(f.value) ? round(f.value) : null;
  const baseline = finite(f.baseline) ? round(f.baseline) : null;
  const ratio = value !== null && baseline ? round(value / baseline, 3) : null;
  return { ...f, value, baseline, ratio, met: judge(f.target, value, ratio) };
}

/** What holds intake back, from the processor time each process spent per case in the same run. */
function intakeLimits(best: IntakeLevel, store: string): string {
  const api = best.api.cpuPerCase;
  const bare = best.bareStart.cpuPerCase;
  const uws = best.updateWithStart.cpuPerCase;
  const cores = os.cpus().length;
  // What the cores allow the API at most, whatever the concurrency: cores × 1,000 ms ÷ a case's CPU.
  const apiCeiling = (cores * 1000) / cpuTotal(api);
  // The CPU a case could cost in all for the API to reach 0.8 of the bare start rate measured.
  const budget = (cores * 1000) / (0.8 * best.bareStart.perSecond);
  return (
    `Processor time. A case opened through the API cost ${ms(cpuTotal(api))} of CPU across the stack (API ${ms(api.api)}, worker ${ms(api.worker)}, ` +
    `Temporal ${ms(api.temporal)}, PostgreSQL ${ms(api.postgres)}, load generator ${ms(api.load)}); a bare start cost ${ms(cpuTotal(bare))} ` +
    `(Temporal ${ms(bare.temporal)}, PostgreSQL ${ms(bare.postgres)}, load generator ${ms(bare.load)}). On ${cores} cores the API cannot open more ` +
    `than ${perSecond(apiCeiling)} (cores × 1,000 ms ÷ a case's CPU), ${times(apiCeiling / best.bareStart.perSecond)} of the bare start rate measured; it ` +
    `measured ${times(best.api.perSecond / best.bareStart.perSecond)}. For 0.8 of that bare rate a case could cost ${ms(budget)} of CPU in all. ` +
    `Even with each process on cores of its own, Temporal alone spends ${times(api.temporal / Math.max(bare.temporal, 0.1))} the CPU of a bare start on each case (${store}): ` +
    `the start with its Update, the case's workflow tasks, the queued facility notice and the facility's own workflow task are each ` +
    `history writes and task dispatches a bare start does not make. Bare update-with-start, the same Temporal and worker work without HTTP, ` +
    `cost ${ms(cpuTotal(uws))} and the API ran at ${times(best.api.perSecond / best.updateWithStart.perSecond)} of its rate, so HTTP, sign-in and the reply's read ` +
    `(${ms(api.api)} in the API) are not what limits it. Next levers, each a part of the Temporal share: the facility ` +
    `notice as a signal sent by the case's workflow instead of a queued activity (one activity task fewer per case, once every facility's ` +
    `workflow runs from its registration); eager workflow start (the first workflow task handed back with the start, without a dispatch), ` +
    `which needs the API and a worker in one process and a plain start in place of update-with-start.`
  );
}

/**
 * The escalation storm's figure. Measured at fewer breaches than the target's, it is held to the
 * target only as far as the processor time a breach cost allows: a storm of the target's size needs
 * that many breaches' CPU within its minute, and more than the machine's cores cannot keep up.
 */
export function escalationFigure(engine: Engine, e: EscalationResult | undefined, store: string): Figure {
  const cpu = e?.storm.cpuPerBreach;
  const perBreach = cpu ? cpuTotal(cpu) : null;
  const cores = os.cpus().length;
  const fullSize = TARGET_SIZES.breaches;
  // Core-seconds per second a storm of the target's size asks for, spread evenly over its minute.
  const coresNeeded = perBreach !== null && e ? (perBreach * fullSize) / e.storm.windowMs : null;
  const reduced = e ? e.storm.deadlines < fullSize : false;
  const f = figure({
    id: 'escalation.push_p95_ms',
    engine,
    value: e?.storm.sse.p95 ?? null,
    unit: 'ms',
    baseline: e?.baseline.sse.p95 ?? null,
    target: { of: 'value', op: '<', bound: 2000 },
    what: e ? `${e.storm.deadlines.toLocaleString('en')} breaches falling due within one minute, deadline instant to the SSE push` : 'not measured',
    baselineWhat: 'ten breaches falling due alone, 1.5 s apart',
    limits:
      `Each breach is a timer fired by Temporal (${store}), a workflow task and the event activity's PostgreSQL ` +
      "transaction in one worker (with the diplomatic note's draft a PRC breach brings), then one NOTIFY to the API's single LISTEN " +
      'connection. ' +
      (cpu && perBreach !== null && coresNeeded !== null
        ? `A breach cost ${ms(perBreach)} of CPU across the stack (worker ${ms(cpu.worker)}, Temporal ${ms(cpu.temporal)}, PostgreSQL ${ms(cpu.postgres)}, ` +
          `API ${ms(cpu.api)}), measured over the storm less what the same processes spend idle. ${fullSize.toLocaleString('en')} breaches in one minute ` +
          `would ask for ${coresNeeded.toFixed(1)} cores' worth of CPU for that minute, against the ${cores} cores here` +
          (reduced
            ? coresNeeded > cores
              ? `: at that size the breaches would queue behind each other for minutes, so the target is not met at ${fullSize.toLocaleString('en')} whatever the p95 at ${e!.storm.deadlines.toLocaleString('en')}. `
              : `: measured at ${e!.storm.deadlines.toLocaleString('en')}, and the CPU fits. `
            : '. ')
        : '') +
      'Next lever: worker replicas and Temporal history on cores of their own (each part above is CPU the cores share), then fewer ' +
      'history writes per breach.',
  });
  // A reduced storm whose full size needs more cores than the machine has cannot be called met.
  if (f.met && reduced && coresNeeded !== null && coresNeeded > cores) return { ...f, met: false };
  return f;
}

/** Every headline figure of every engine measured; a figure whose benchmark did not run has a null value. */
export function figures(results: Partial<Record<Engine, BenchResults>>): Figure[] {
  const out: Figure[] = [];
  for (const [engine, r] of Object.entries(results) as [Engine, BenchResults][]) {
    const dev = engine === 'dev';
    const store = dev ? 'one history shard in one SQLite file' : '16 history shards in PostgreSQL';

    const best = r.intake?.levels
      .filter((l) => l.concurrency >= 8)
      .sort((a, b) => b.api.perSecond / b.bareStart.perSecond - a.api.perSecond / a.bareStart.perSecond)[0];
    out.push(
      figure({
        id: 'intake.ratio_to_bare_start',
        engine,
        value: best?.api.perSecond ?? null,
        unit: 'cases/s',
        baseline: best?.bareStart.perSecond ?? null,
        target: { of: 'ratio', op: '>=', bound: 0.8 },
        what: best ? `POST /cases at concurrency ${best.concurrency} (the better of 8 and 32), ${best.api.done} cases` : 'not measured',
        baselineWhat: 'bare `workflow.start` of the same workflow, same concurrency, no worker',
        limits: best ? intakeLimits(best, store) : 'not measured',
      }),
    );

    const c = r.clocks;
    const slope = c ? perCachedCase(c) : null;
    const probe = c && typeof c.workflowProbe !== 'string' ? c.workflowProbe : null;
    const kib = (v: number) => `${Math.round(v)} KiB`;
    out.push(
      figure({
        id: 'clocks.memory_per_cached_case_kib',
        engine,
        value: slope?.kib ?? null,
        unit: 'KiB',
        baseline: c?.stateKiB ?? null,
        target: { of: 'value', op: '<=', bound: 150 },
        what: c
          ? `what one more cached case costs the worker: its V8 heap after a full collection plus what resident memory grew beyond it, slope over the last ${slope?.added ?? 'n/a'} of ${c.openCases.toLocaleString('en')} cases resumed`
          : 'not measured',
        baselineWhat: "the case's own state (its state query answer as JSON)",
        limits: slope
          ? `Of ${kib(slope.kib)} per case: ${kib(slope.heapKiB)} V8 heap, ${kib(slope.outsideHeapKiB)} outside it (the SDK's Rust core, which keeps its own copy of ` +
            `each run's state machines, native buffers and heap pages V8 keeps committed; not split further). Of the heap, ${probe ? kib(probe.asRun.kibPerWorkflow) : 'n/a'} is module state and the SDK's activator before the first ` +
            `event (${probe ? kib(probe.unshared.kibPerWorkflow) : 'n/a'} before the domain rules were shared: ${probe?.sharedModules.join(', ') ?? 'n/a'} is loaded once per ` +
            `worker thread, libs/temporal SHARED_WORKFLOW_MODULES), the rest is what the replayed case holds (not split further here): its state (the baseline), its ` +
            'update and signal handlers with their pending promises, and the SDK\'s record of every pending promise with its stack trace ' +
            '(a promise hook the SDK installs for the __stack_trace query; no worker option turns it off). Next levers, to measure: fewer ' +
            'long-lived promises per case (each pending one carries a recorded stack trace), then the workflow modules themselves ' +
            '(each cached case instantiates the modules of every workflow type in workflows/index.ts, not only its own). ' +
            'The worker sizes its cache from this figure (workflowCacheSize in apps/worker).'
          : 'The worker\'s memory readings were not usable in this run (see the section).',
      }),
    );
    const perSecond = (p: { answered: number; ms: number } | undefined) => (p && p.ms ? (p.answered / p.ms) * 1000 : null);
    const warm = perSecond(c?.warm);
    out.push(
      figure({
        id: 'clocks.resume_per_second',
        engine,
        value: perSecond(c?.resume),
        unit: 'cases/s',
        baseline: warm,
        target: { of: 'value', op: '>=', bound: 300 },
        what: c ? `${c.openCases.toLocaleString('en')} open cases queried after a worker restart, each one replayed, concurrency 32` : 'not measured',
        baselineWhat: 'the same query answered from the warm cache',
        limits:
          `Each resumed case is its history fetched (${store}), replayed in the worker's one workflow thread, and the query answered. ` +
          (probe
            ? `The replay alone, in a process of its own with no server, costs ${probe.replayCpuMs.toFixed(1)} ms of CPU (${probe.replayEvents} events; ` +
              `${probe.asRun.msPerWorkflow.toFixed(1)} ms of it creating the workflow, ${probe.unshared.msPerWorkflow.toFixed(1)} ms before the domain rules were shared): ` +
              `about ${Math.round(1000 / probe.replayCpuMs)}/s per core at best` +
              (probe.mainThreadCpuMs
                ? `; ${Math.round((1 - probe.mainThreadCpuMs.withoutPromiseHook / probe.mainThreadCpuMs.withPromiseHook) * 100)}% of a replay's CPU is the ` +
                  'SDK\'s promise hook recording every workflow promise\'s stack trace, which no worker option turns off'
                : '') +
              '. '
            : '') +
          `The query-driven measurement cannot exceed the warm-cache query rate (the baseline${warm ? `, ${Math.round(warm)}/s` : ''})` +
          (warm !== null && warm < 300 ? ', itself below the target on two cores shared with the server and PostgreSQL: 300/s is not reachable here by queries' : '') +
          '. Next levers: a second ' +
          'workflow thread (workflowThreadPoolSize 2; each thread its own V8 context and shared modules) once the worker has a core ' +
          'for it, worker replicas, and nothing resumes eagerly: a case is replayed when its next timer or action arrives.',
      }),
    );

    const b = r.board;
    out.push(
      figure({
        id: 'board.after_change_p95_ms',
        engine,
        value: b?.apiAfterChange.p95 ?? null,
        unit: 'ms',
        baseline: b?.barePage.p95 ?? null,
        target: { of: 'value', op: '<', bound: 50 },
        what: b ? `GET /deadlines?state=at_risk right after a change is announced, ${b.cases.toLocaleString('en')} cases, ${b.deadlines.toLocaleString('en')} clocks` : 'not measured',
        baselineWhat: 'the bare page query on one pooled connection',
        limits:
          'The page is chosen from the board indexes in its own order (due_at, then id) with every state filter\'s column ' +
          'in them, so the 50 soonest clocks in a state are found by an index-only scan that stops at 50, and only those rows ' +
          'are read and joined to case, facility and assignee: the page no longer grows with the clocks in the state. After ' +
          'a change the API reads the counts again, beside the page: met, missed, paused and running from the tallies every ' +
          'write to deadlines keeps, overdue and at risk as two index-only range counts over running clocks, on track as the ' +
          'running tally less those. Those two range counts are now the larger part of the request (the bare counts row of ' +
          'section 3): they read an index entry for every running clock at risk or overdue, and grow with ' +
          'them, on two cores shared with every other process of the run and of the machine. Next lever: a dedicated ' +
          'PostgreSQL with its own cores, then moving the kept counts on by the changed subject\'s own clocks (the ' +
          'announcement names the case or entry) instead of counting every running clock again.',
      }),
    );

    const e = r.escalation;
    out.push(escalationFigure(engine, e, store));

    const v = r.review;
    out.push(
      figure({
        id: 'review.year_end_ms',
        engine,
        value: v?.yearEndMs ?? null,
        unit: 'ms',
        baseline: v?.bareFacts.p50 ?? null,
        target: { of: 'value', op: '<', bound: 2000 },
        what: v ? `the year-end step (publishYearReview) over ${v.requests.toLocaleString('en')} requests, from the workflow history` : 'not measured',
        baselineWhat: "loading the year's facts alone (loadReviewInputs), median of five",
        limits:
          'The step reads the facts and their case references in one query, computes the figures, renders Markdown, HTML and ' +
          'the PDF (pdfkit, one core), writes the facts CSV (a flat line per row, a chunk of rows at a time: about 30 MB for a ' +
          'year, in less than half the time it took as a chain of concatenations) and stores it all, PostgreSQL compressing the file ' +
          '(pglz, about 0.6 s for a year). The fact read dominates' +
          (v && v.bareFacts.p50 >= 2000
            ? `, and in this run the read alone (the baseline, ${ms(v.bareFacts.p50)}) took longer than the 2 s target: `
            : v
              ? ` (the baseline, ${ms(v.bareFacts.p50)} of the step's ${ms(v.yearEndMs ?? NaN)}): `
              : ': ') +
          'every clock of the window read from the whole deadlines table and sorted, a look-up of the ' +
          "case's refusal or withdrawal where one decides the fact, each instant converted through numeric, 300,000 rows parsed in " +
          'the worker. Next levers, each measured on this data under load: an index on the clocks in the order the requests were ' +
          'made holding the columns the facts read (an index-only scan, no sort: 1.5 to 1.3 s of server time), the instants ' +
          'converted exactly in float8 instead of through numeric (2.2 to 1.6 s), the PDF drawn while the database compresses the ' +
          'stored file; then the facts kept as the writer writes them (a per-request fact row), read without look-ups.',
      }),
    );
  }
  return out;
}

const show = (v: number | null, unit: string) => (v === null ? 'n/a' : unit === 'ms' ? ms(v) : `${v.toLocaleString('en')} ${unit}`);
const targetText = (t: Target, unit: string) => `${t.of === 'ratio' ? 'ratio' : 'value'} ${t.op} ${t.bound}${t.of === 'value' ? ` ${unit}` : ''}`;

/** The figures as one table, then for each figure what limits it and the next lever. */
export function figuresSection(figs: Figure[], engines: Engine[]): string[] {
  const label = (e: Engine) => (e === 'dev' ? 'dev server' : 'cluster profile');
  const lines = [
    '## Figures',
    '',
    'The figures docs/benchmarks.json lists, each with its same-run baseline on the same engine.',
    '',
    '| id | engine | value | baseline | ratio | target | met |',
    '|---|---|---:|---:|---:|---|---|',
    ...figs.map((f) =>
      `| \`${f.id}\` | ${label(f.engine)} | ${show(f.value, f.unit)} | ${show(f.baseline, f.unit === 'KiB' ? 'KiB' : f.unit)} | ${f.ratio === null ? 'n/a' : times(f.ratio)} | ${targetText(f.target, f.unit)} | ${f.met === null ? 'not measured' : f.met ? '**met**' : '**not met**'} |`,
    ),
    '',
  ];
  const ids = [...new Set(figs.map((f) => f.id))];
  for (const id of ids) {
    lines.push(`### \`${id}\``, '');
    for (const e of engines) {
      const f = figs.find((x) => x.id === id && x.engine === e);
      if (!f) continue;
      const verdict = f.met === null ? 'Not measured in this run.' : f.met ? 'Target met.' : `Target not met (${targetText(f.target, f.unit)}).`;
      lines.push(
        `- **${label(e)}.** ${f.what}: ${show(f.value, f.unit)}; baseline, ${f.baselineWhat}: ${show(f.baseline, f.unit)}${f.ratio === null ? '' : ` (${times(f.ratio)})`}. ${verdict}`,
        `  What limits it, and the next lever: ${f.limits}`,
      );
    }
    lines.push('');
  }
  return lines;
}
