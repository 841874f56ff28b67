/**
 * The headline figures of a run, one per id and engine, as docs/benchmarks.json lists them:
 * `{ id, engine, value, unit, baseline, ratio, target, met }`, the baseline measured in the same run
 * on the same engine. docs/benchmarks.md shows them in one table, each with what limits it and the
 * next lever.
 */
import type { BenchResults } from './report';
import type { Engine } from './stack';
import { ms, ratio as times } from './stats';

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
        limits:
          `A bare start is one history write. A case opened through the API waits for one workflow task in which the worker runs the case's ` +
          `first activation, appends the opening event as a local activity (one PostgreSQL transaction: event, hash chain, read model, ` +
          `outbox) and answers the Update (${store}); the facility hears of the case after that, off the request's path. The API runs at ` +
          `${best ? times(best.api.perSecond / best.updateWithStart.perSecond) : 'n/a'} of bare update-with-start, so HTTP, sign-in and the reply's read are not what limits it: ` +
          'the worker is, sharing the two cores with the history store, PostgreSQL and the load. Next lever: worker replicas on cores of ' +
          'their own (update-with-start grows with workflow task slots that have CPU behind them). Eager workflow start was not used: it ' +
          'hands the first task to a worker in the starting process, and the API and the worker are separate processes.',
      }),
    );

    const c = r.clocks;
    const cached = c && c.cacheSize !== null ? Math.min(c.cacheSize, c.openCases) : null;
    const perCase =
      c && cached && c.rssAfterResumeMiB !== null && c.rssAfterRestartMiB !== null ? ((c.rssAfterResumeMiB - c.rssAfterRestartMiB) * 1024) / cached : null;
    out.push(
      figure({
        id: 'clocks.memory_per_cached_case_kib',
        engine,
        value: perCase,
        unit: 'KiB',
        baseline: c?.stateKiB ?? null,
        target: { of: 'value', op: '<=', bound: 150 },
        what: c ? `worker resident memory once ${c.openCases.toLocaleString('en')} open cases are resumed, less right after the restart, ÷ cached cases` : 'not measured',
        baselineWhat: "the case's own state (its state query answer as JSON)",
        limits:
          'Measured from the worker\'s resident memory, so it holds everything a cached case keeps alive: the SDK\'s per-workflow ' +
          'state in the shared V8 context (the workflow\'s closures, handlers, pending timer and activation bookkeeping), the ' +
          'case\'s own state (the baseline, a small part) and heap not yet collected. The benchmark sees the worker from outside and ' +
          'does not split it further. Next lever: a heap snapshot of a worker holding a known number of cases to find what each ' +
          'retains; the worker sizes its cache from this figure (workflowCacheSize in apps/worker), so every KiB saved is more open ' +
          'cases per worker.',
      }),
    );
    const perSecond = (p: { answered: number; ms: number } | undefined) => (p && p.ms ? (p.answered / p.ms) * 1000 : null);
    out.push(
      figure({
        id: 'clocks.resume_per_second',
        engine,
        value: perSecond(c?.resume),
        unit: 'cases/s',
        baseline: perSecond(c?.warm),
        target: { of: 'value', op: '>=', bound: 300 },
        what: c ? `${c.openCases.toLocaleString('en')} open cases queried after a worker restart, each one replayed, concurrency 32` : 'not measured',
        baselineWhat: 'the same query answered from the warm cache',
        limits:
          `Each resumed case is its history fetched (${store}) and replayed in the worker's workflow thread, then the query ` +
          'answered; on two shared cores the replay and the server\'s history reads compete for the same CPU. Next lever: ' +
          'worker replicas (each resumes only the cases sticking to it), and nothing resumes eagerly: a case is replayed ' +
          'when its next timer or action arrives.',
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
          'After a change the API reads the counts again: met, missed, paused and running from the tallies every write to ' +
          'deadlines keeps, overdue and at risk as two index-only range counts over running clocks (they grow with the open ' +
          'clocks in those states, not with history), on track as the running tally less those. The after-change request now ' +
          'costs about what the page alone costs (the ratio to the bare page); what stands between it and 50 ms is the page ' +
          'query itself (the 50 soonest clocks in the state, joined to case, facility and assignee) and HTTP, sign-in and JSON, ' +
          'on two cores shared with every other process of the run and of the machine. Next lever: a dedicated PostgreSQL ' +
          'with its own cores, then keeping the first page per filter beside the counts.',
      }),
    );

    const e = r.escalation;
    out.push(
      figure({
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
          "transaction in one worker, then one NOTIFY to the API's single LISTEN connection. A storm queues on the worker's " +
          'task slots and the history writes. Next lever: worker replicas and more workflow task slots.',
      }),
    );

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
          '(pglz, about 0.6 s for a year). The fact read dominates, and on this loaded machine the read alone (the baseline) takes ' +
          'longer than the 2 s target: every clock of the window read from the whole deadlines table and sorted, a look-up of the ' +
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
