import { randomBytes, randomUUID } from 'node:crypto';
import { Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { clockState, daysLeft, type ClockFacts, type DeadlineState } from '@mou/domain';
import { clockStatePredicate, clockStateSql, createDataSource, daysLeftSql, DeadlineBoardRepository, migrate } from '@mou/persistence';
import { BoardSummaryCache } from '../../apps/api/src/board/board-summary.cache';
import type { EventsService } from '../../apps/api/src/events/events.service';
import { ensureDatabase } from '../../tools/stack/embedded-postgres';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const STATES: DeadlineState[] = ['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed', 'cancelled'];

describe('the clock-state rule in SQL, on PostgreSQL', () => {
  let db: DataSource;

  beforeAll(async () => {
    const url = await ensureDatabase(process.env.TEST_DATABASE_ADMIN_URL!, `mou_clock_state_${randomBytes(3).toString('hex')}`);
    await migrate(url);
    db = await createDataSource(url).initialize();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('gives every row of a grid the state and days left the TypeScript rule gives it, and each state filter selects exactly those rows, with or without knowing whether they have a due instant', async () => {
    const now = Date.parse('2026-03-10T12:00:00.000Z');
    const offsets = [null, -3 * DAY - HOUR, -DAY, -HOUR, -1, 0, 1, HOUR, DAY, 3 * DAY + HOUR];
    const grid: ClockFacts[] = [];
    for (const status of ['open', 'met', 'missed', 'cancelled'])
      for (const paused of [false, true])
        for (const due of offsets)
          for (const risk of due === null ? [null] : [null, ...offsets.filter((o) => o !== null && o <= due)]) {
            grid.push({ status, paused, dueAt: due === null ? null : now + due, atRiskAt: risk === null ? null : now + risk });
          }
    const values = grid
      .map((_, i) => `(${i}, $${4 * i + 2}::text, $${4 * i + 3}::boolean, $${4 * i + 4}::timestamptz, $${4 * i + 5}::timestamptz)`)
      .join(', ');
    const params = [new Date(now).toISOString(), ...grid.flatMap((g) => [g.status, g.paused, iso(g.dueAt), iso(g.atRiskAt)])];
    const at = '$1::timestamptz';
    const rows: { i: number; state: string; daysLeft: number | null; [state: string]: unknown }[] = await db.query(
      `SELECT d.i, ${clockStateSql('d', at)} AS state, ${daysLeftSql('d', at)} AS "daysLeft",
              ${STATES.map((s) => `COALESCE(${clockStatePredicate(s, 'd', at)}, false) AS "${s}"`).join(', ')},
              ${STATES.map((s) => `COALESCE(CASE WHEN d.due_at IS NULL THEN ${clockStatePredicate(s, 'd', at, { dueAt: 'unset' })} ELSE ${clockStatePredicate(s, 'd', at, { dueAt: 'set' })} END, false) AS "known ${s}"`).join(', ')}
         FROM (VALUES ${values}) AS d(i, status, paused, due_at, at_risk_at) ORDER BY d.i`,
      params,
    );
    expect(rows).toHaveLength(grid.length);
    for (const row of rows) {
      const facts = grid[row.i];
      const expected = clockState(facts, now);
      expect({ facts, state: row.state, daysLeft: row.daysLeft }).toEqual({ facts, state: expected, daysLeft: daysLeft(facts.dueAt, now) });
      for (const s of STATES) expect({ facts, s, selected: row[s] }).toEqual({ facts, s, selected: s === expected });
      // The same filters over rows known to have (or lack) a due instant, as the board's page reads them.
      for (const s of STATES) expect({ facts, s, known: row[`known ${s}`] }).toEqual({ facts, s, known: s === expected });
    }
    // The grid reaches every state, including straight to overdue with no at-risk instant.
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(STATES));
    expect(rows.some((r) => grid[r.i].status === 'open' && !grid[r.i].paused && grid[r.i].atRiskAt === null && r.state === 'overdue')).toBe(true);
  });

  it('pages the board in due order, clocks without a due instant last in either direction, equal due instants by id, under every state filter', async () => {
    const facilityId = randomUUID();
    const [{ now }] = await db.query(`SELECT (extract(epoch FROM now()) * 1000)::float8 AS now`);
    const t = (ms: number) => new Date(now + ms);
    const tie = t(2 * DAY);
    const clocks: Partial<Record<'status' | 'paused' | 'due_at' | 'at_risk_at', unknown>>[] = [
      { due_at: t(-2 * DAY), at_risk_at: t(-4 * DAY) },
      { due_at: t(-DAY), at_risk_at: null },
      { due_at: tie, at_risk_at: t(-DAY) },
      { due_at: tie, at_risk_at: t(-DAY) },
      { due_at: tie, at_risk_at: t(DAY) },
      { due_at: t(3 * DAY), at_risk_at: t(-HOUR) },
      { due_at: t(20 * DAY), at_risk_at: t(10 * DAY) },
      { due_at: null, at_risk_at: null },
      { due_at: null, at_risk_at: null },
      { paused: true, due_at: null, at_risk_at: null },
      { paused: true, due_at: null, at_risk_at: null },
      { status: 'met', due_at: t(-DAY), at_risk_at: t(-2 * DAY) },
      { status: 'met', due_at: null, at_risk_at: null },
      { status: 'missed', due_at: t(-3 * DAY), at_risk_at: t(-4 * DAY) },
    ];
    const facts: (ClockFacts & { id: string })[] = [];
    for (const c of clocks) {
      const id = `${randomUUID()}:PRC_VISIT-1`;
      await db.query(
        `INSERT INTO deadlines (id, case_id, key, kind, title, owed_by, legal_basis, facility_id, started_at, due_at, at_risk_at, status, paused, explanation)
         VALUES ($1, $2, 'PRC_VISIT-1', 'PRC_VISIT', 'clock', 'PRC', 'MOU', $3, now() - interval '10 days', $4, $5, $6, $7, '{}')`,
        [id, id.slice(0, 36), facilityId, c.due_at ?? null, c.at_risk_at ?? null, c.status ?? 'open', c.paused ?? false],
      );
      facts.push({ id, status: (c.status as string) ?? 'open', paused: (c.paused as boolean) ?? false, dueAt: (c.due_at as Date | null)?.getTime() ?? null, atRiskAt: (c.at_risk_at as Date | null)?.getTime() ?? null });
    }
    const repository = new DeadlineBoardRepository(db);
    const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    for (const state of ['open', 'on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed'] as const)
      for (const direction of ['ASC', 'DESC'] as const) {
        const expected = facts
          .filter((f) => (state === 'open' ? f.status === 'open' : clockState(f, now) === state))
          .sort((a, b) =>
            a.dueAt === b.dueAt ? byId(a.id, b.id) : a.dueAt === null ? 1 : b.dueAt === null ? -1 : direction === 'ASC' ? a.dueAt - b.dueAt : b.dueAt - a.dueAt,
          )
          .map((f) => f.id);
        const pages: string[] = [];
        for (let offset = 0; offset < facts.length; offset += 3) pages.push(...(await repository.page({ state, facilityId }, direction, 3, offset)).map((r) => r.id));
        expect({ state, direction, ids: pages }).toEqual({ state, direction, ids: expected });
      }
    // The grid of clocks reaches a tie, clocks without a due instant among running ones, and every state.
    expect(new Set(facts.map((f) => clockState(f, now)))).toEqual(new Set(['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed']));
  });

  it('keeps board counts equal to a full recount as clocks cross by every path: via at risk, straight to overdue, both at once', async () => {
    const facilityId = randomUUID();
    const [{ now }] = await db.query(`SELECT (extract(epoch FROM now()) * 1000)::float8 AS now`);
    const t = (ms: number) => new Date(now + ms).toISOString();
    const clocks: [string, Partial<Record<'status' | 'paused' | 'due_at' | 'at_risk_at', unknown>>][] = [
      ['turns at risk', { due_at: t(DAY), at_risk_at: t(400) }],
      ['no at-risk instant, straight to overdue', { due_at: t(400), at_risk_at: null }],
      ['at risk and due at the same instant', { due_at: t(400), at_risk_at: t(400) }],
      ['already at risk, turns overdue', { due_at: t(400), at_risk_at: t(-DAY) }],
      ['on track through at risk to overdue within the interval', { due_at: t(500), at_risk_at: t(300) }],
      ['on track, later', { due_at: t(30 * DAY), at_risk_at: t(20 * DAY) }],
      ['paused', { paused: true, due_at: null, at_risk_at: null }],
      ['met', { status: 'met', due_at: t(400), at_risk_at: t(300) }],
      ['missed', { status: 'missed', due_at: t(-DAY), at_risk_at: t(-2 * DAY) }],
    ];
    for (const [title, c] of clocks) {
      const id = randomUUID();
      await db.query(
        `INSERT INTO deadlines (id, case_id, key, kind, title, owed_by, legal_basis, facility_id, started_at, due_at, at_risk_at, status, paused, explanation)
         VALUES ($1, $2, 'PRC_VISIT-1', 'PRC_VISIT', $3, 'PRC', 'MOU', $4, now() - interval '10 days', $5, $6, $7, $8, '{}')`,
        [`${id}:PRC_VISIT-1`, id, title, facilityId, c.due_at ?? null, c.at_risk_at ?? null, c.status ?? 'open', c.paused ?? false],
      );
    }
    const repository = new DeadlineBoardRepository(db);
    const filter = { state: null, facilityId };
    const cache = new BoardSummaryCache({ changes: new Subject<void>().asObservable() } as unknown as EventsService);
    let fullCounts = 0;
    const count = () => {
      fullCounts++;
      return repository.countAt(filter);
    };
    try {
      expect(await cache.get('f', count, (asOf) => repository.crossedSince(filter, asOf))).toEqual({
        on_track: 5, at_risk: 1, overdue: 0, paused: 1, met: 1, missed: 1,
      });
      await new Promise((r) => setTimeout(r, 1_000));
      const kept = await cache.get('f', count, (asOf) => repository.crossedSince(filter, asOf));
      expect(fullCounts).toBe(1);
      expect(kept).toEqual({ on_track: 1, at_risk: 1, overdue: 4, paused: 1, met: 1, missed: 1 });
      expect(kept).toEqual((await repository.countAt(filter)).counts);
    } finally {
      cache.onModuleDestroy();
    }
  });
});

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
