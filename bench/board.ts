/**
 * The board at scale: `GET /api/v1/deadlines?state=at_risk` with 100,000 cases and 300,000
 * deadlines written straight into PostgreSQL (generate_series), against the bare SQL: the page
 * query alone, and the page with the counts per state. Two API figures: with the counts kept (no
 * change since the last request) and right after a change (a case event announced, so the counts
 * are read again).
 */
import { boardStatePageSql, clockStateSql, DeadlineBoardRepository, STATE_FILTER } from '@mou/persistence';
import { BenchStack } from './stack';
import { sleep, Summary, summarize } from './stats';

const REQUESTS = 100;

export interface BoardResult {
  cases: number;
  deadlines: number;
  atRisk: number;
  loadMs: number;
  api: Summary;
  apiAfterChange: Summary;
  barePage: Summary;
  /** The full recount per state over every clock (what a change cost before the tallies). */
  bareSummary: Summary;
  bareAll: Summary;
  /** The counts as the board reads them now: tallies plus two range counts (DeadlineBoardRepository.countAt). */
  bareTallied: Summary;
  summaryPlan: string;
  /** The API's counts, kept and moved on by time over the run, against a fresh full count at the end. */
  countsCheck: { api: Record<string, number>; bare: Record<string, number>; agree: boolean };
}

const AT_RISK = STATE_FILTER.at_risk;

/** The page the endpoint reads, from the service's own SQL. */
const PAGE_SQL = boardStatePageSql('at_risk', 'ASC', 50, 0);
const COUNT_SQL = `SELECT count(*)::int AS total FROM deadlines d WHERE ${AT_RISK}`;
const SUMMARY_SQL = `SELECT ${clockStateSql('d')} AS state, count(*)::int AS n FROM deadlines d WHERE true AND d.status <> 'cancelled' GROUP BY 1`;

/**
 * 100,000 cases over two years, three clocks each (PRC report, PRC visit, US report): closed cases'
 * clocks met or cancelled; open cases' clocks started 0–75 days ago, so some are on track, some at
 * risk (past day 45), some overdue (past day 60), a few paused.
 */
async function generate(stack: BenchStack, cases: number): Promise<void> {
  await stack.pg.query(
    `INSERT INTO cases (id, reference, facility_id, allegation_summary, allegation_source, product_categories, stage, outcome,
                        assignee_id, opened_by, opened_at, next_deadline_at, escalation_level, last_sequence, last_hash)
     SELECT gen_random_uuid(), 'BENCH-' || lpad(i::text, 7, '0'), f.ids[1 + i % array_length(f.ids, 1)],
            'Synthetic allegation ' || i, 'Benchmark', '{GARMENTS}',
            CASE WHEN i % 10 < 4 THEN 'CLOSED' ELSE 'VISIT_REQUESTED' END, CASE WHEN i % 10 < 4 THEN 'NO_ACTION' END,
            u.id, u.id, now() - make_interval(days => 76 + i % 650, secs => i % 86400), NULL, 0, 0, repeat('0', 64)
       FROM generate_series(1, $1::int) i,
            (SELECT array_agg(id ORDER BY id) AS ids FROM facilities) f,
            (SELECT id FROM users WHERE email = 'investigator@example.gov') u`,
    [cases],
  );
  await stack.pg.query(
    `INSERT INTO deadlines (id, case_id, key, kind, title, owed_by, legal_basis, facility_id, assignee_id, started_at, due_at, at_risk_at,
                            status, paused, met_at, escalation_level, next_step_at, explanation)
     SELECT c.id || ':' || k.kind || '-1', c.id, k.kind || '-1', k.kind, k.title, k.owed_by, '1994 Statement of Cooperation', c.facility_id, c.assignee_id,
            s.started_at,
            CASE WHEN s.paused THEN NULL ELSE s.started_at + interval '60 days' END,
            CASE WHEN s.paused THEN NULL ELSE s.started_at + interval '45 days' END,
            CASE WHEN c.stage = 'CLOSED' THEN (CASE WHEN k.n = 2 THEN 'cancelled' ELSE 'met' END) ELSE 'open' END,
            s.paused,
            CASE WHEN c.stage = 'CLOSED' AND k.n < 2 THEN s.started_at + interval '30 days' END,
            0, NULL, '{"text":"synthetic clock"}'::jsonb
       FROM (SELECT id, facility_id, assignee_id, stage, row_number() OVER (ORDER BY reference) AS i FROM cases WHERE reference LIKE 'BENCH-%') c
       CROSS JOIN (VALUES (0, 'PRC_INVESTIGATION_REPORT', 'PRC investigation report', 'PRC'),
                          (1, 'PRC_VISIT', 'PRC arranges the requested visit', 'PRC'),
                          (2, 'US_VISIT_REPORT', 'US report on the completed visit', 'US')) k(n, kind, title, owed_by)
       CROSS JOIN LATERAL (SELECT CASE WHEN c.stage = 'CLOSED' THEN now() - interval '200 days'
                                       ELSE now() - make_interval(days => ((c.i * 7 + k.n * 13) % 75)::int, secs => ((c.i * 37) % 86400)::int) END AS started_at,
                                  c.stage <> 'CLOSED' AND c.i % 97 = 0 AS paused) s`,
  );
  await stack.pg.query('VACUUM ANALYZE cases');
  await stack.pg.query('VACUUM ANALYZE deadlines');
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

export async function benchBoard(stack: BenchStack, cases: number, log: (line: string) => void): Promise<BoardResult> {
  const token = await stack.login('supervisor@example.gov');
  const loadStarted = Date.now();
  await generate(stack, cases);
  const loadMs = Date.now() - loadStarted;
  const [{ n: deadlines }] = (await stack.pg.query('SELECT count(*)::int AS n FROM deadlines')).rows;
  const [{ n: caseCount }] = (await stack.pg.query('SELECT count(*)::int AS n FROM cases')).rows;
  const [{ total: atRisk }] = (await stack.pg.query(COUNT_SQL)).rows;
  log(`board: ${caseCount} cases and ${deadlines} deadlines in PostgreSQL (${atRisk} at risk), written in ${Math.round(loadMs / 1000)} s`);

  const api: number[] = [];
  const apiAfterChange: number[] = [];
  const barePage: number[] = [];
  const bareSummary: number[] = [];
  const bareAll: number[] = [];
  const bareTallied: number[] = [];
  const client = await stack.pg.connect();
  const counts = new DeadlineBoardRepository({ query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows });
  try {
    for (let i = 0; i < 10; i++) {
      await stack.api.request('GET', '/api/v1/deadlines?state=at_risk', { token });
      await client.query(PAGE_SQL);
    }
    // Interleaved, so both sides see the same machine state.
    for (let i = 0; i < REQUESTS; i++) {
      const res = await stack.api.request('GET', '/api/v1/deadlines?state=at_risk', { token });
      if (res.status !== 200) throw new Error(`board: ${res.status} ${res.text}`);
      api.push(res.ms);
      if (i % 4 === 0) {
        // A committed case event, as the worker announces it: the API drops its counts and reads them again.
        await client.query(`SELECT pg_notify('mou_events', $1)`, [JSON.stringify({ stream: 'case', id: 'bench', sequence: i, type: 'BENCH', occurredAt: new Date().toISOString() })]);
        await sleep(20);
        const changed = await stack.api.request('GET', '/api/v1/deadlines?state=at_risk', { token });
        if (changed.status !== 200) throw new Error(`board: ${changed.status} ${changed.text}`);
        apiAfterChange.push(changed.ms);
      }
      barePage.push(await timed(() => client.query(PAGE_SQL)));
      if (i % 4 === 0) {
        // The counts, as the board reads them and as a full recount would (every fourth turn: the recount is slow).
        bareTallied.push(await timed(() => counts.countAt({ state: null })));
        const s = await timed(() => client.query(SUMMARY_SQL));
        bareSummary.push(s);
        bareAll.push(barePage[barePage.length - 1] + s);
      }
    }
    // Kept counts must still be right: the API's (kept and moved on over the run) against a full count now.
    let countsCheck: BoardResult['countsCheck'] | undefined;
    for (let attempt = 0; attempt < 3 && !countsCheck?.agree; attempt++) {
      const kept = JSON.parse((await stack.api.request('GET', '/api/v1/deadlines?state=at_risk', { token })).text) as { summary: Record<string, number> };
      const bare: Record<string, number> = {};
      for (const r of (await client.query(SUMMARY_SQL)).rows as { state: string; n: number }[]) if (r.state !== 'cancelled') bare[r.state] = r.n;
      const agree = Object.entries(bare).every(([state, n]) => kept.summary[state] === n);
      countsCheck = { api: kept.summary, bare, agree };
    }
    const explain = async (sql: string) =>
      (await client.query(`EXPLAIN (ANALYZE, BUFFERS OFF, TIMING OFF, SUMMARY ON) ${sql}`)).rows.map((r: Record<string, string>) => r['QUERY PLAN']);
    // The two range counts the board reads after a change (the tallies are a handful of rows).
    const plan = [
      ...(await explain(`SELECT count(*) FROM deadlines d WHERE ${STATE_FILTER.overdue}`)),
      '',
      ...(await explain(`SELECT count(*) FROM deadlines d WHERE ${STATE_FILTER.at_risk}`)),
    ];
    const result: BoardResult = {
      cases: caseCount,
      deadlines,
      atRisk,
      loadMs,
      api: summarize(api),
      apiAfterChange: summarize(apiAfterChange),
      barePage: summarize(barePage),
      bareSummary: summarize(bareSummary),
      bareAll: summarize(bareAll),
      bareTallied: summarize(bareTallied),
      summaryPlan: plan.join('\n'),
      countsCheck: countsCheck!,
    };
    log(
      `board: API p50 ${result.api.p50.toFixed(1)} ms, p95 ${result.api.p95.toFixed(1)} ms (after a change p95 ${result.apiAfterChange.p95.toFixed(1)} ms); bare page p95 ${result.barePage.p95.toFixed(1)} ms; ` +
        `bare page + counts p95 ${result.bareAll.p95.toFixed(1)} ms (full recount per state p95 ${result.bareSummary.p95.toFixed(1)} ms; tallied counts p95 ${result.bareTallied.p95.toFixed(1)} ms); ` +
        `kept counts ${result.countsCheck.agree ? 'agree with' : 'DIFFER from'} a full count at the end (${JSON.stringify(result.countsCheck.api)} vs ${JSON.stringify(result.countsCheck.bare)})`,
    );
    return result;
  } finally {
    client.release();
  }
}
