import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const DAY = 86_400_000;

describe('inspection cases through the API', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('cases');
    for (const who of ['investigator', 'investigator2', 'supervisor', 'supervisor2', 'policy']) tokens[who] = await sys.login(`${who}@example.gov`);
  });
  afterAll(() => sys?.stop());

  async function newFacility(name = `Facility ${Math.random().toString(36).slice(2, 8)}`): Promise<string> {
    const res = await sys.http.post('/api/v1/facilities').set(as('investigator')).send({ name, province: 'Hebei' }).expect(201);
    return res.body.id;
  }

  async function openCase(who = 'investigator', facilityId?: string) {
    const res = await sys.http
      .post('/api/v1/cases')
      .set(as(who))
      .send({ facilityId: facilityId ?? (await newFacility()), allegation: { summary: 'Garments sewn by prisoners', source: 'Former inmate', productCategories: ['GARMENTS'] } })
      .expect(201);
    return res.body as { id: string; facilityId: string };
  }

  const eventCount = async (caseId: string) => (await sys.db.query('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [caseId]))[0].n as number;

  it('walks a case from opening to a closed outcome, each deadline showing its due date and why', async () => {
    const c = await openCase();
    const requested = expectContract(await sys.http.post(`/api/v1/cases/${c.id}/visit-requests`).set(as('investigator')).send({ note: 'Diplomatic note 26-114' }).expect(200));
    expect(requested.body.stage).toBe('VISIT_REQUESTED');
    const [visit] = requested.body.deadlines;
    expect(visit).toMatchObject({ key: 'PRC_VISIT-1', owedBy: 'PRC', state: 'on_track', daysLeft: 60, legalBasis: expect.stringContaining('1994 Statement of Cooperation') });
    expect(Date.parse(visit.dueAt) - Date.parse(visit.startedAt)).toBe(60 * DAY);
    expect(visit.explanation.text).toMatch(/60 calendar days/);
    expect(visit.explanation.text).toMatch(/us-federal v1/);

    await sys.http.post(`/api/v1/cases/${c.id}/visit-schedule`).set(as('investigator')).send({ scheduledFor: '2027-01-10' }).expect(200);
    const held = expectContract(await sys.http.post(`/api/v1/cases/${c.id}/visit`).set(as('investigator')).send({ fullAccess: true }).expect(200));
    expect(held.body.stage).toBe('VISIT_CONDUCTED');
    expect(held.body.deadlines.map((d: { key: string; state: string }) => [d.key, d.state])).toEqual([
      ['PRC_VISIT-1', 'met'],
      ['US_VISIT_REPORT-1', 'on_track'],
    ]);
    await sys.http.post(`/api/v1/cases/${c.id}/us-report`).set(as('investigator')).send({}).expect(200);
    const closed = expectContract(await sys.http.post(`/api/v1/cases/${c.id}/close`).set(as('investigator')).send({ outcome: 'NO_ACTION' }).expect(200));
    expect(closed.body).toMatchObject({ stage: 'CLOSED', outcome: 'NO_ACTION', legalActions: ['REOPEN'] });
    expect(closed.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      'CASE_OPENED', 'VISIT_REQUESTED', 'VISIT_SCHEDULED', 'VISIT_CONDUCTED', 'US_REPORT_ISSUED', 'CASE_CLOSED',
    ]);
    const verification = await sys.http.get(`/api/v1/cases/${c.id}/verification`).set(as('investigator')).expect(200);
    expect(verification.body).toEqual({ valid: true, events: 6, head: { sequence: 6, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
  });

  it.each(['NO_ACTION', 'WRO_RECOMMENDED', 'FINDING_RECOMMENDED'])('closes a case after its reports with the outcome %s', async (outcome) => {
    const c = await openCase();
    await sys.http.post(`/api/v1/cases/${c.id}/investigation-requests`).set(as('investigator')).send({}).expect(200);
    await sys.http.post(`/api/v1/cases/${c.id}/prc-report`).set(as('investigator')).send({}).expect(200);
    await sys.http.post(`/api/v1/cases/${c.id}/enforcement-review`).set(as('investigator')).send({}).expect(200);
    const closed = await sys.http.post(`/api/v1/cases/${c.id}/close`).set(as('investigator')).send({ outcome }).expect(200);
    expect(closed.body).toMatchObject({ stage: 'CLOSED', outcome });
    expect(closed.body.deadlines.map((d: { state: string }) => d.state)).toEqual(['met']);
  });

  it('withdraws an open case, cancelling its clocks, and reopens a visited one for a new cycle', async () => {
    const withdrawn = await openCase();
    await sys.http.post(`/api/v1/cases/${withdrawn.id}/visit-requests`).set(as('investigator')).send({}).expect(200);
    const w = await sys.http.post(`/api/v1/cases/${withdrawn.id}/withdraw`).set(as('investigator')).send({ note: 'Allegation retracted' }).expect(200);
    expect(w.body.stage).toBe('WITHDRAWN');
    expect(w.body.deadlines[0].state).toBe('cancelled');
    await sys.http.post(`/api/v1/cases/${withdrawn.id}/reopen`).set(as('investigator')).send({}).expect(409);

    const visited = await openCase();
    await sys.http.post(`/api/v1/cases/${visited.id}/visit-requests`).set(as('investigator')).send({}).expect(200);
    await sys.http.post(`/api/v1/cases/${visited.id}/visit`).set(as('investigator')).send({ fullAccess: true }).expect(200);
    await sys.http.post(`/api/v1/cases/${visited.id}/close`).set(as('investigator')).send({ outcome: 'NO_ACTION' }).expect(200);
    const reopened = await sys.http.post(`/api/v1/cases/${visited.id}/reopen`).set(as('investigator')).send({ note: 'New witness' }).expect(200);
    expect(reopened.body.stage).toBe('REOPENED');
    const again = await sys.http.post(`/api/v1/cases/${visited.id}/visit-requests`).set(as('investigator')).send({}).expect(200);
    expect(again.body.deadlines.map((d: { key: string }) => d.key)).toContain('PRC_VISIT-2');
  });

  it('refuses illegal moves with 409 and the reason, writing nothing', async () => {
    const c = await openCase();
    const before = await eventCount(c.id);
    const visit = expectContract(await sys.http.post(`/api/v1/cases/${c.id}/visit`).set(as('investigator')).send({ fullAccess: true }).expect(409));
    expect(visit.body.message).toMatch(/no visit was requested/i);
    await sys.http.post(`/api/v1/cases/${c.id}/close`).set(as('investigator')).send({ outcome: 'NO_ACTION' }).expect(200);
    const again = await sys.http.post(`/api/v1/cases/${c.id}/close`).set(as('investigator')).send({ outcome: 'NO_ACTION' }).expect(409);
    expect(again.body.message).toMatch(/closed/i);
    expect(await eventCount(c.id)).toBe(before + 1);
  });

  it('answers 400 naming unknown and invalid fields, writing nothing', async () => {
    const c = await openCase();
    const res = expectContract(await sys.http.post(`/api/v1/cases/${c.id}/visit-requests`).set(as('investigator')).send({ requestedAt: 'yesterday', urgent: true }).expect(400));
    expect(Object.keys(res.body.fields).sort()).toEqual(['requestedAt', 'urgent']);
    const future = await sys.http.post(`/api/v1/cases/${c.id}/visit-requests`).set(as('investigator')).send({ requestedAt: new Date(Date.now() + 5 * DAY).toISOString() }).expect(400);
    expect(future.body.message).toMatch(/future/);
    expect(await eventCount(c.id)).toBe(1);
  });

  it("keeps other investigators out of a case (404) and its actions", async () => {
    const c = await openCase();
    await sys.http.post(`/api/v1/cases/${c.id}/visit-requests`).set(as('investigator2')).send({}).expect(404);
    await sys.http.get(`/api/v1/cases`).set(as('investigator2')).expect(200).then((r) => expect(r.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id));
    await sys.http.get(`/api/v1/cases/${c.id}`).set(as('policy')).expect(403);
  });

  it('escalates a backdated request at once and the list finds it overdue or at risk', async () => {
    const overdue = await openCase();
    const atRisk = await openCase();
    await sys.http.post(`/api/v1/cases/${overdue.id}/visit-requests`).set(as('investigator')).send({ requestedAt: new Date(Date.now() - 70 * DAY).toISOString() }).expect(200);
    await sys.http.post(`/api/v1/cases/${atRisk.id}/visit-requests`).set(as('investigator')).send({ requestedAt: new Date(Date.now() - 50 * DAY).toISOString() }).expect(200);
    await waitFor(async () => (await sys.http.get(`/api/v1/cases/${overdue.id}`).set(as('investigator'))).body.escalationLevel === 2);
    const detail = expectContract(await sys.http.get(`/api/v1/cases/${overdue.id}`).set(as('investigator')).expect(200));
    expect(detail.body.escalations.map((e: { type: string }) => e.type)).toEqual(['REMINDER', 'BREACH']);
    expect(detail.body.deadlines[0]).toMatchObject({ state: 'overdue', daysLeft: -10 });

    const overdueList = expectContract(await sys.http.get('/api/v1/cases?overdue=true').set(as('supervisor')).expect(200));
    const overdueIds = overdueList.body.items.map((i: { id: string }) => i.id);
    expect(overdueIds).toContain(overdue.id);
    expect(overdueIds).not.toContain(atRisk.id);
    await waitFor(async () => (await sys.http.get(`/api/v1/cases/${atRisk.id}`).set(as('investigator'))).body.escalationLevel === 1);
    const atRiskList = await sys.http.get('/api/v1/cases?atRisk=true').set(as('supervisor')).expect(200);
    expect(atRiskList.body.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([atRisk.id]));
    expect(atRiskList.body.items.map((i: { id: string }) => i.id)).not.toContain(overdue.id);
    const byLevel = await sys.http.get('/api/v1/cases?escalationLevel=2').set(as('supervisor')).expect(200);
    expect(byLevel.body.items.every((i: { escalationLevel: number }) => i.escalationLevel >= 2)).toBe(true);
    const sorted = await sys.http.get('/api/v1/cases?pageSize=200').set(as('supervisor')).expect(200);
    const dues = sorted.body.items.map((i: { nextDeadlineAt: string | null }) => i.nextDeadlineAt).filter(Boolean);
    expect(dues).toEqual([...dues].sort());
  });

  it('lets a supervisor pause, resume and extend a clock, each with a reason in the explanation', async () => {
    const c = await openCase();
    await sys.http.post(`/api/v1/cases/${c.id}/visit-requests`).set(as('investigator')).send({}).expect(200);
    await sys.http.post(`/api/v1/cases/${c.id}/deadlines/PRC_VISIT-1/pause`).set(as('investigator')).send({ reason: 'x' }).expect(403);
    const paused = expectContract(await sys.http.post(`/api/v1/cases/${c.id}/deadlines/PRC_VISIT-1/pause`).set(as('supervisor')).send({ reason: 'PRC asked for evidence' }).expect(200));
    expect(paused.body.deadlines[0]).toMatchObject({ state: 'paused', dueAt: null });
    await sys.http.post(`/api/v1/cases/${c.id}/deadlines/PRC_VISIT-1/pause`).set(as('supervisor')).send({ reason: 'again' }).expect(409);
    await sys.http.post(`/api/v1/cases/${c.id}/deadlines/PRC_VISIT-1/resume`).set(as('supervisor')).send({ reason: 'Evidence sent' }).expect(200);
    const extended = await sys.http.post(`/api/v1/cases/${c.id}/deadlines/PRC_VISIT-1/extend`).set(as('supervisor')).send({ reason: 'Holiday week', days: 14 }).expect(200);
    const d = extended.body.deadlines[0];
    expect(Math.round((Date.parse(d.dueAt) - Date.parse(d.startedAt)) / DAY)).toBe(74);
    expect(d.explanation.text).toMatch(/Holiday week/);
    await sys.http.post(`/api/v1/cases/${c.id}/deadlines/NO_SUCH-1/extend`).set(as('supervisor')).send({ reason: 'x', days: 1 }).expect(404);
  });

  it('needs a second supervisor, never the case investigator, to block a facility after a refusal', async () => {
    const c = await openCase('supervisor');
    await sys.http.post(`/api/v1/cases/${c.id}/visit-requests`).set(as('supervisor')).send({}).expect(200);
    const denied = await sys.http.post(`/api/v1/cases/${c.id}/access-denied`).set(as('supervisor')).send({ note: 'Refused at the gate' }).expect(200);
    expect(denied.body.stage).toBe('ACCESS_DENIED');
    const [approval] = denied.body.approvals;
    expect(approval).toMatchObject({ kind: 'BLOCK_FACILITY', status: 'pending' });
    const pending = expectContract(await sys.http.get('/api/v1/approvals').set(as('supervisor2')).expect(200));
    expect(pending.body.find((a: { id: string }) => a.id === approval.id)).toMatchObject({ mayDecide: true });
    expect(pending.body.find((a: { id: string }) => a.id === approval.id)).not.toHaveProperty('refusal');
    // The list tells the supervisor who asked (and investigates the case) that they may not decide, and why.
    const mine = expectContract(await sys.http.get('/api/v1/approvals').set(as('supervisor')).expect(200));
    expect(mine.body.find((a: { id: string }) => a.id === approval.id)).toMatchObject({
      mayDecide: false,
      refusal: 'You requested this step; a second supervisor must decide it.',
    });

    await sys.http.post(`/api/v1/approvals/${approval.id}/approve`).set(as('investigator')).send({ reason: 'x' }).expect(403);
    const own = expectContract(await sys.http.post(`/api/v1/approvals/${approval.id}/approve`).set(as('supervisor')).send({ reason: 'Confirmed' }).expect(409));
    expect(own.body.message).toMatch(/second supervisor|investigate this case/);
    const ok = expectContract(await sys.http.post(`/api/v1/approvals/${approval.id}/approve`).set(as('supervisor2')).send({ reason: 'Refusal documented' }).expect(200));
    expect(ok.body.approvals[0]).toMatchObject({ status: 'approved', decisionReason: 'Refusal documented' });

    // The facility's own workflow applies the block; the read model follows within moments.
    await waitFor(async () => (await sys.http.get(`/api/v1/facilities/${c.facilityId}`).set(as('supervisor'))).body.status === 'BLOCKED');
    const facility = expectContract(await sys.http.get(`/api/v1/facilities/${c.facilityId}`).set(as('supervisor')).expect(200));
    expect(facility.body.statusHistory.map((h: { to: string }) => h.to)).toEqual(['UNDER_INVESTIGATION', 'ACCESS_DENIED', 'BLOCKED']);
    expect(facility.body.statusHistory[2].caseId).toBe(c.id);
    await sys.http.post(`/api/v1/approvals/${approval.id}/approve`).set(as('supervisor2')).send({ reason: 'twice' }).expect(409);
    const decided = await sys.http.get('/api/v1/approvals?status=approved').set(as('supervisor2')).expect(200);
    expect(decided.body.find((a: { id: string }) => a.id === approval.id)).toMatchObject({ mayDecide: false, refusal: 'This approval was already approved.' });
    const closed = await sys.http.post(`/api/v1/cases/${c.id}/close`).set(as('supervisor')).send({ outcome: 'FACILITY_BLOCKED' }).expect(200);
    expect(closed.body.outcome).toBe('FACILITY_BLOCKED');
  });

  it('loses and duplicates nothing when the worker restarts in the middle of a case', async () => {
    const c = await openCase();
    await sys.http.post(`/api/v1/cases/${c.id}/visit-requests`).set(as('investigator')).send({}).expect(200);
    await sys.worker.stop();
    // Sent while no worker runs: the Update waits in Temporal until a worker is back.
    const inFlight = sys.http.post(`/api/v1/cases/${c.id}/visit`).set(as('investigator')).send({ fullAccess: true });
    const responded = inFlight.then((r) => r);
    await new Promise((r) => setTimeout(r, 500));
    sys.worker = await sys.startWorker();
    const res = await responded;
    expect(res.status).toBe(200);
    expect(res.body.timeline.map((e: { type: string }) => e.type)).toEqual(['CASE_OPENED', 'VISIT_REQUESTED', 'VISIT_CONDUCTED']);
    const rows = await sys.db.query('SELECT sequence FROM case_events WHERE case_id = $1 ORDER BY sequence', [c.id]);
    expect(rows.map((r: { sequence: number }) => r.sequence)).toEqual([1, 2, 3]);
    const verification = await sys.http.get(`/api/v1/cases/${c.id}/verification`).set(as('investigator')).expect(200);
    expect(verification.body.valid).toBe(true);
  });

  it('reassigns a case: the new investigator sees it, the old one no longer does', async () => {
    const c = await openCase();
    const me = await sys.http.get('/api/v1/auth/me').set(as('investigator2')).expect(200);
    await sys.http.post(`/api/v1/cases/${c.id}/reassign`).set(as('supervisor')).send({ assigneeId: me.body.id, reason: 'Leave' }).expect(200);
    await sys.http.get(`/api/v1/cases/${c.id}`).set(as('investigator2')).expect(200);
    await sys.http.get(`/api/v1/cases/${c.id}`).set(as('investigator')).expect(404);
  });
});
