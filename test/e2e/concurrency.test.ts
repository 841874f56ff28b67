import type { Response } from 'supertest';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

/**
 * Two people acting on the same record at the same instant: each request has exactly one effect
 * or none (refused with its reason), never two, and the record's hash chain stays intact.
 */
describe('concurrency: two people on one record at once', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('concurrency', { ESCALATION_REMINDER_HOURS: '100000' });
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'supervisor2@example.gov']) tokens[who.split('@')[0]] = await sys.login(who);
  });
  afterAll(() => sys?.stop());

  async function openCase(name: string): Promise<{ caseId: string; facilityId: string }> {
    const facilityId = (await sys.http.post('/api/v1/facilities').set(as('investigator')).send({ name }).expect(201)).body.id;
    const res = await sys.http
      .post('/api/v1/cases')
      .set(as('investigator'))
      .send({ facilityId, allegation: { summary: 'Umbrellas assembled in a camp', source: 'Witness', productCategories: ['UMBRELLAS'] } })
      .expect(201);
    return { caseId: res.body.id, facilityId };
  }

  const events = async (caseId: string): Promise<{ sequence: number; type: string; payload: Record<string, unknown> }[]> =>
    sys.db.query('SELECT sequence, type, payload FROM case_events WHERE case_id = $1 ORDER BY sequence', [caseId]);

  /** The chain as the API verifies it, and the sequences with no gap or repeat. */
  async function expectChainIntact(caseId: string) {
    const rows = await events(caseId);
    expect(rows.map((r) => Number(r.sequence))).toEqual(rows.map((_, i) => i + 1));
    const verification = await sys.http.get(`/api/v1/cases/${caseId}/verification`).set(as('supervisor')).expect(200);
    expect(verification.body).toMatchObject({ valid: true, events: rows.length });
  }

  it('lets one of two supervisors approving the same block at the same instant decide it: one decision, one event, the other 409', async () => {
    for (let round = 0; round < 3; round++) {
      const { caseId, facilityId } = await openCase(`Race Works ${round}`);
      await sys.http.post(`/api/v1/cases/${caseId}/visit-requests`).set(as('investigator')).send({}).expect(200);
      const denied = await sys.http.post(`/api/v1/cases/${caseId}/access-denied`).set(as('investigator')).send({ note: 'Refused at the gate' }).expect(200);
      const approvalId = denied.body.approvals.find((a: { kind: string }) => a.kind === 'BLOCK_FACILITY').id as string;

      const [a, b] = await Promise.all(
        ['supervisor', 'supervisor2'].map((who) => sys.http.post(`/api/v1/approvals/${approvalId}/approve`).set(as(who)).send({ reason: `Blocked by ${who}` })),
      );
      const answers = [a, b].map((r: Response) => r.status).sort();
      expect({ round, answers }).toEqual({ round, answers: [200, 409] });
      const winner = a.status === 200 ? 'supervisor' : 'supervisor2';
      const loser = a.status === 200 ? b : a;
      expect(loser.body.message).toBe('This approval was already approved.');

      const granted = (await events(caseId)).filter((e) => e.type === 'APPROVAL_GRANTED');
      expect(granted).toHaveLength(1);
      expect(granted[0].payload).toMatchObject({ approvalId, reason: `Blocked by ${winner}` });
      const [approval] = await sys.db.query('SELECT status, decided_by FROM approvals WHERE id = $1', [approvalId]);
      const [winnerId] = await sys.db.query('SELECT id FROM users WHERE email = $1', [`${winner}@example.gov`]);
      expect(approval).toEqual({ status: 'approved', decided_by: winnerId.id });
      // The facility is blocked once, by the one decision.
      await waitFor(async () => (await sys.http.get(`/api/v1/facilities/${facilityId}`).set(as('supervisor'))).body.status === 'BLOCKED', 15_000);
      const [{ n }] = await sys.db.query(`SELECT count(*)::int AS n FROM facility_events WHERE facility_id = $1 AND payload->>'to' = 'BLOCKED'`, [facilityId]);
      expect(n).toBe(1);
      await expectChainIntact(caseId);
    }
  });

  it('records a visit while its clock is being paused: each request has one effect or is refused, and the clock ends met', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 4; round++) {
      const { caseId } = await openCase(`Pause Race Works ${round}`);
      const requested = await sys.http.post(`/api/v1/cases/${caseId}/visit-requests`).set(as('investigator')).send({}).expect(200);
      const key = requested.body.deadlines.find((d: { key: string }) => d.key.startsWith('PRC_VISIT')).key as string;

      const [visit, pause] = await Promise.all([
        sys.http.post(`/api/v1/cases/${caseId}/visit`).set(as('investigator')).send({ fullAccess: true }),
        sys.http.post(`/api/v1/cases/${caseId}/deadlines/${key}/pause`).set(as('supervisor')).send({ reason: 'Embassy closed for the holiday' }),
      ]);
      // The visit is always legal; the pause only if it came first (a met clock is not paused).
      expect({ round, visit: visit.status }).toEqual({ round, visit: 200 });
      expect({ round, pause: [200, 409].includes(pause.status) }).toEqual({ round, pause: true });

      const rows = await events(caseId);
      const visits = rows.filter((e) => e.type === 'VISIT_CONDUCTED');
      const pauses = rows.filter((e) => e.type === 'DEADLINE_PAUSED');
      expect(visits).toHaveLength(1);
      expect(pauses).toHaveLength(pause.status === 200 ? 1 : 0);
      // A pause accepted came before the visit: a clock already met is never paused afterwards.
      if (pauses.length) expect(Number(pauses[0].sequence)).toBeLessThan(Number(visits[0].sequence));
      else expect(pause.body.message).toBe(`Deadline ${key} is already met.`);
      outcomes.push(pause.status === 200 ? 'paused, then visited' : 'visited, pause refused');
      const detail = await sys.http.get(`/api/v1/cases/${caseId}`).set(as('supervisor')).expect(200);
      expect(detail.body.deadlines.find((d: { key: string }) => d.key === key).state).toBe('met');
      await expectChainIntact(caseId);
    }
    console.info(`visit and pause at once: ${outcomes.join('; ')}`);
  });
});
