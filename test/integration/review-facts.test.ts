import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, loadReviewInputs, loadYearReviewFacts, migrate, seedDemoData, seedReferenceData } from '@mou/persistence';
import { ensureDatabase } from '../../tools/stack/embedded-postgres';

const at = (iso: string) => Date.parse(iso);

/**
 * The year-end review's facts, read from clocks and case events written straight into
 * PostgreSQL: which clocks count, the refusal and withdrawal read beside them, their order, and
 * the case references read in the same query.
 */
describe('the year-end review facts, on PostgreSQL', () => {
  let db: DataSource;
  let investigator: string;
  const facility = { first: randomUUID(), second: randomUUID() };

  beforeAll(async () => {
    const url = await ensureDatabase(process.env.TEST_DATABASE_ADMIN_URL!, `mou_review_facts_${randomBytes(3).toString('hex')}`);
    await migrate(url);
    db = await createDataSource(url).initialize();
    await seedReferenceData(db);
    await seedDemoData(db);
    [{ id: investigator }] = await db.query(`SELECT id FROM users WHERE email = 'investigator@example.gov'`);
    await db.query(`INSERT INTO facilities (id, name) VALUES ($1, 'Review camp one'), ($2, 'Review camp two')`, [facility.first, facility.second]);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  async function openCase(reference: string, facilityId: string): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO cases (id, reference, facility_id, allegation_summary, allegation_source, product_categories, stage, assignee_id, opened_by, opened_at,
                          escalation_level, last_sequence, last_hash)
       VALUES (gen_random_uuid(), $1, $2, 'Allegation', 'Test', '{GARMENTS}', 'VISIT_REQUESTED', $3, $3, '2025-01-02T00:00:00Z', 0, 0, repeat('0', 64)) RETURNING id`,
      [reference, facilityId, investigator],
    );
    return id;
  }

  async function clock(caseId: string, kind: string, c: { facilityId: string | null; startedAt: string; dueAt: string; status: string; metAt?: string }) {
    await db.query(
      `INSERT INTO deadlines (id, case_id, key, kind, title, owed_by, legal_basis, facility_id, assignee_id, started_at, due_at, at_risk_at, status, paused, met_at,
                              escalation_level, explanation)
       VALUES ($1 || ':' || $2 || '-1', $1::uuid, $2 || '-1', $2, 'A clock', 'PRC', '1994 Statement of Cooperation', $3, $4, $5, $6, $6::timestamptz - interval '15 days',
               $7, false, $8, 0, '{}'::jsonb)`,
      [caseId, kind, c.facilityId, investigator, c.startedAt, c.dueAt, c.status, c.metAt ?? null],
    );
  }

  async function event(caseId: string, sequence: number, type: string, occurredAt: string, payload: Record<string, unknown> = {}) {
    await db.query(
      `INSERT INTO case_events (case_id, sequence, type, actor_id, payload, occurred_at, prev_hash, hash) VALUES ($1, $2, $3, 'test', $4, $5, repeat('0', 64), repeat('1', 64))`,
      [caseId, sequence, type, JSON.stringify(payload), occurredAt],
    );
  }

  it('reads each counted clock once, in the order the requests were made, with its case reference', async () => {
    // Held, with the US report on it still owed.
    const held = await openCase('MOU-2025-000101', facility.first);
    await clock(held, 'PRC_VISIT', { facilityId: facility.first, startedAt: '2025-02-01T10:00:00.250Z', dueAt: '2025-04-02T10:00:00.250Z', status: 'met', metAt: '2025-03-01T08:30:00Z' });
    await clock(held, 'US_VISIT_REPORT', { facilityId: facility.first, startedAt: '2025-03-01T08:30:00Z', dueAt: '2025-04-30T08:30:00Z', status: 'open' });
    // Refused explicitly on day 9; its clock carries no facility, the case's is read.
    const refused = await openCase('MOU-2025-000102', facility.second);
    await clock(refused, 'PRC_VISIT', { facilityId: null, startedAt: '2025-01-15T00:00:00Z', dueAt: '2025-03-16T00:00:00Z', status: 'open' });
    await event(refused, 1, 'ACCESS_DENIED', '2025-01-24T12:00:00Z', { how: 'explicit' });
    // A refusal deemed at the end of the ladder is not an answer: the request stays open.
    const deemed = await openCase('MOU-2025-000103', facility.first);
    await clock(deemed, 'PRC_INVESTIGATION_REPORT', { facilityId: facility.first, startedAt: '2025-05-01T00:00:00Z', dueAt: '2025-06-30T00:00:00Z', status: 'open' });
    await event(deemed, 1, 'ACCESS_DENIED', '2025-10-28T00:00:00Z', { how: 'deemed' });
    // Withdrawn while its clock still ran: left out. Withdrawn after it was overdue: counted.
    const early = await openCase('MOU-2025-000104', facility.first);
    await clock(early, 'PRC_VISIT', { facilityId: facility.first, startedAt: '2025-06-01T00:00:00Z', dueAt: '2025-07-31T00:00:00Z', status: 'cancelled' });
    await event(early, 1, 'CASE_WITHDRAWN', '2025-06-20T00:00:00Z');
    const late = await openCase('MOU-2025-000105', facility.second);
    await clock(late, 'PRC_VISIT', { facilityId: facility.second, startedAt: '2025-07-01T00:00:00Z', dueAt: '2025-08-30T00:00:00Z', status: 'cancelled' });
    await event(late, 1, 'CASE_WITHDRAWN', '2025-09-15T00:00:00Z');
    // Made before the window opened.
    const before = await openCase('MOU-2024-000106', facility.first);
    await clock(before, 'PRC_VISIT', { facilityId: facility.first, startedAt: '2024-12-31T23:59:59Z', dueAt: '2025-03-01T23:59:59Z', status: 'open' });

    const query = { from: at('2025-01-01T00:00:00Z'), to: at('2026-01-01T00:00:00Z'), asOf: at('2026-01-01T00:00:00Z') };
    const { inputs, caseReferences } = await loadYearReviewFacts(db.manager, query);

    expect(inputs.requests).toEqual([
      { caseId: refused, facilityId: facility.second, kind: 'VISIT', requestedAt: at('2025-01-15T00:00:00Z'), fulfilledAt: null, refusedAt: at('2025-01-24T12:00:00Z') },
      { caseId: held, facilityId: facility.first, kind: 'VISIT', requestedAt: at('2025-02-01T10:00:00.250Z'), fulfilledAt: at('2025-03-01T08:30:00Z'), refusedAt: null },
      { caseId: deemed, facilityId: facility.first, kind: 'INVESTIGATION', requestedAt: at('2025-05-01T00:00:00Z'), fulfilledAt: null, refusedAt: null },
      { caseId: late, facilityId: facility.second, kind: 'VISIT', requestedAt: at('2025-07-01T00:00:00Z'), fulfilledAt: null, refusedAt: null },
    ]);
    expect(inputs.usReports).toEqual([{ caseId: held, visitHeldAt: at('2025-03-01T08:30:00Z'), issuedAt: null }]);
    expect(caseReferences).toEqual({ [refused]: 'MOU-2025-000102', [held]: 'MOU-2025-000101', [deemed]: 'MOU-2025-000103', [late]: 'MOU-2025-000105' });
    // The what-if and the quarterly summaries read the same facts, without the references.
    expect(await loadReviewInputs(db.manager, query)).toEqual(inputs);
  });
});
