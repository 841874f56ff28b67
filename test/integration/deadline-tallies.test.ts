import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { clockStateSql, createDataSource, DeadlineBoardRepository, DeadlineRepository, migrate, type BoardFilter, type DeadlineWrite } from '@mou/persistence';
import { ensureDatabase } from '../../tools/stack/embedded-postgres';

const DAY = 86_400_000;

/**
 * The board's counts come from the tallies every write to deadlines keeps, plus two range counts;
 * here they are held against a full recount of every clock by the one state rule, after each kind
 * of write: new clocks, clocks met, missed, paused, cancelled and reassigned, rows deleted and
 * bulk-inserted, and writers racing on the same tally rows.
 */
describe('board counts from the tallies kept by every write to deadlines', () => {
  let db: DataSource;
  let board: DeadlineBoardRepository;
  const facilities = [randomUUID(), randomUUID()];
  const assignees = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    const url = await ensureDatabase(process.env.TEST_DATABASE_ADMIN_URL!, `mou_tallies_${randomBytes(3).toString('hex')}`);
    await migrate(url);
    db = await createDataSource(url).initialize();
    board = new DeadlineBoardRepository(db);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  /** The counts per state under a filter, read from every clock row (no tally). */
  async function recount(filter: BoardFilter): Promise<Record<string, number>> {
    const where = ["d.status <> 'cancelled'"];
    const params: unknown[] = [];
    if (filter.kind) where.push(`d.kind = $${params.push(filter.kind)}`);
    if (filter.subject === 'case') where.push('d.case_id IS NOT NULL');
    if (filter.subject === 'entry') where.push('d.entry_id IS NOT NULL');
    if (filter.assigneeId) where.push(`d.assignee_id = $${params.push(filter.assigneeId)}`);
    if (filter.facilityId) where.push(`d.facility_id = $${params.push(filter.facilityId)}`);
    const rows: { state: string; n: number }[] = await db.query(
      `SELECT ${clockStateSql('d')} AS state, count(*)::int AS n FROM deadlines d WHERE ${where.join(' AND ')} GROUP BY 1`,
      params,
    );
    const counts: Record<string, number> = { on_track: 0, at_risk: 0, overdue: 0, paused: 0, met: 0, missed: 0 };
    for (const r of rows) counts[r.state] = r.n;
    return counts;
  }

  const FILTERS: BoardFilter[] = [
    { state: null },
    { state: null, kind: 'PRC_VISIT' },
    { state: null, subject: 'case' },
    { state: null, subject: 'entry' },
    { state: null, facilityId: facilities[0] },
    { state: null, assigneeId: assignees[1] },
    { state: null, kind: 'US_VISIT_REPORT', facilityId: facilities[1], assigneeId: assignees[0] },
  ];

  async function expectAgree(): Promise<void> {
    for (const filter of FILTERS) {
      const [kept, full] = await Promise.all([board.countAt(filter), recount(filter)]);
      expect({ filter, counts: kept.counts }).toEqual({ filter, counts: full });
    }
  }

  const clock = (kind: string, startedDaysAgo: number, over: Partial<DeadlineWrite> = {}): DeadlineWrite => {
    const started = Date.now() - startedDaysAgo * DAY;
    return {
      key: `${kind}-1`,
      kind,
      title: kind,
      owedBy: 'PRC',
      legalBasis: 'MOU',
      startedAt: new Date(started).toISOString(),
      dueAt: new Date(started + 60 * DAY).toISOString(),
      atRiskAt: new Date(started + 45 * DAY).toISOString(),
      status: 'open',
      paused: false,
      metAt: null,
      escalationLevel: 0,
      nextStepAt: null,
      explanation: {},
      ...over,
    };
  };

  it('counts new clocks in every state, by every filter, as a full recount does', async () => {
    const deadlines = new DeadlineRepository(db);
    const subject = (i: number) => ({ facilityId: facilities[i % 2], assigneeId: assignees[(i >> 1) % 2] });
    for (let i = 0; i < 12; i++) {
      await deadlines.upsert({ caseId: randomUUID(), ...subject(i) }, clock('PRC_VISIT', i * 7));
      await deadlines.upsert({ caseId: randomUUID(), ...subject(i) }, clock('US_VISIT_REPORT', i * 3, { status: i % 3 ? 'open' : 'met' }));
      await deadlines.upsert({ entryId: randomUUID(), facilityId: i % 4 ? facilities[0] : null, assigneeId: null }, clock('DETENTION', i * 9, { paused: i % 5 === 0 }));
    }
    // 12 visit clocks started 0, 7, …, 77 days ago: at risk from day 45, overdue from day 60.
    expect((await board.countAt({ state: null, kind: 'PRC_VISIT' })).counts).toEqual({ on_track: 7, at_risk: 2, overdue: 3, paused: 0, met: 0, missed: 0 });
    await expectAgree();
  });

  it('moves each clock between tallies as it is met, missed, paused, resumed, cancelled, reassigned or deleted', async () => {
    const deadlines = new DeadlineRepository(db);
    const caseId = randomUUID();
    const who = { caseId, facilityId: facilities[1], assigneeId: assignees[0] };
    await deadlines.upsert(who, clock('US_VISIT_REPORT', 10));
    await expectAgree();
    await deadlines.upsert(who, clock('US_VISIT_REPORT', 10, { paused: true, dueAt: null, atRiskAt: null }));
    await expectAgree();
    await deadlines.upsert(who, clock('US_VISIT_REPORT', 10));
    await deadlines.upsert({ ...who, assigneeId: assignees[1] }, clock('US_VISIT_REPORT', 10, { status: 'met', metAt: new Date().toISOString() }));
    await expectAgree();
    await deadlines.upsert({ ...who, assigneeId: assignees[0] }, clock('US_VISIT_REPORT', 10, { status: 'met', metAt: new Date().toISOString() }));
    await expectAgree();
    await db.query(`UPDATE deadlines SET status = 'missed' WHERE kind = 'PRC_VISIT' AND due_at < now()`);
    await expectAgree();
    await db.query(`UPDATE deadlines SET status = 'cancelled' WHERE kind = 'DETENTION' AND paused`);
    await expectAgree();
    await db.query(`DELETE FROM deadlines WHERE kind = 'US_VISIT_REPORT' AND status = 'met' AND case_id <> $1`, [caseId]);
    await expectAgree();
    const [{ n }] = await db.query(`SELECT sum(n)::int AS n FROM deadline_tallies WHERE bucket = 'met'`);
    expect(n).toBe(1);
  });

  it('counts a bulk insert and a truncate', async () => {
    await db.query(
      `INSERT INTO deadlines (id, case_id, key, kind, title, owed_by, legal_basis, facility_id, assignee_id, started_at, due_at, at_risk_at, status, paused, explanation)
       SELECT c || ':PRC_VISIT-1', c, 'PRC_VISIT-1', 'PRC_VISIT', 'bulk', 'PRC', 'MOU', $1, $2, now() - make_interval(days => i % 80),
              now() - make_interval(days => i % 80) + interval '60 days', now() - make_interval(days => i % 80) + interval '45 days',
              CASE WHEN i % 7 = 0 THEN 'met' ELSE 'open' END, i % 11 = 0, '{}'
         FROM (SELECT i, gen_random_uuid() AS c FROM generate_series(1, 500) i) g`,
      [facilities[0], assignees[1]],
    );
    await expectAgree();
    await db.query('TRUNCATE deadlines');
    expect(await board.countAt({ state: null })).toMatchObject({ counts: { on_track: 0, at_risk: 0, overdue: 0, paused: 0, met: 0, missed: 0 } });
  });

  it('loses no count when many writers change clocks on the same tally rows at once', async () => {
    const ids = Array.from({ length: 40 }, () => randomUUID());
    const who = (caseId: string) => ({ caseId, facilityId: facilities[0], assigneeId: assignees[0] });
    await Promise.all(ids.map((id, i) => db.transaction((em) => new DeadlineRepository(em).upsert(who(id), clock('PRC_VISIT', i)))));
    await Promise.all(
      ids.map((id, i) =>
        db.transaction(async (em) => {
          const deadlines = new DeadlineRepository(em);
          await deadlines.upsert(who(id), clock('PRC_VISIT', i, i % 2 ? { status: 'met' } : { paused: true }));
          await deadlines.upsert(who(id), clock('US_VISIT_REPORT', i));
        }),
      ),
    );
    await expectAgree();
    expect((await board.countAt({ state: null, facilityId: facilities[0], kind: 'PRC_VISIT' })).counts).toMatchObject({ met: 20, paused: 20 });
  });
});
