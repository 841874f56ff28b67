import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const dateOf = (ms: number) => iso(ms).slice(0, 10);

interface TimelineEvent { sequence: number; type: string; occurredAt: string; recordedAt: string; actorId: string; payload: Record<string, unknown> }
interface StatusChange { from: string; to: string; reason: string; caseId: string | null; changedAt: string; recordedAt: string }

describe('facts entered late, through the API and PostgreSQL', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('late-facts');
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'supervisor2@example.gov', 'importer@example.com']) tokens[who.split('@')[0]] = await sys.login(who);
  });
  afterAll(() => sys?.stop());

  const eventCount = async (caseId: string) => (await sys.db.query('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [caseId]))[0].n as number;
  /** Waits until the case's log stops growing (steps of a clock started in the past fire at once). */
  const settled = async (caseId: string) => {
    let last = -1;
    await waitFor(async () => {
      const n = await eventCount(caseId);
      await new Promise((r) => setTimeout(r, 1_000));
      const stable = n === last && n === (await eventCount(caseId));
      last = n;
      return stable;
    });
  };
  const facilityOf = async (id: string) => (await sys.http.get(`/api/v1/facilities/${id}`).set(as('investigator')).expect(200)).body as { status: string; statusHistory: StatusChange[] };
  const caseOf = async (id: string) => (await sys.http.get(`/api/v1/cases/${id}`).set(as('investigator')).expect(200)).body;

  it('a visit request made 360 days ago and a visit held on day 75, entered after the refusal was deemed, end with the visit recorded and the record as if kept on time', async () => {
    const facility = (await sys.http.post('/api/v1/facilities').set(as('investigator')).send({ name: `Late paperwork ${Date.now()}`, province: 'Hubei' }).expect(201)).body as { id: string };
    const opened = (
      await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId: facility.id, allegation: { summary: 'Garments sewn in a prison workshop', source: 'Trade press', productCategories: ['GARMENTS'] } })
        .expect(201)
    ).body as { id: string };
    const requestedAt = Date.now() - 360 * DAY;
    const deemedAt = requestedAt + 180 * DAY;
    await sys.http.post(`/api/v1/cases/${opened.id}/visit-requests`).set(as('investigator')).send({ requestedAt: iso(requestedAt), note: 'Diplomatic note found in the files' }).expect(200);

    // Told late, the ladder fires at once and deems access refused on day 180.
    await waitFor(async () => (await caseOf(opened.id)).stage === 'ACCESS_DENIED' && (await facilityOf(facility.id)).status === 'ACCESS_DENIED');
    const refused = await caseOf(opened.id);
    expect(refused.approvals.map((a: { kind: string; status: string }) => [a.kind, a.status])).toEqual([
      ['PROVISIONAL_WRO', 'pending'],
      ['BLOCK_FACILITY', 'pending'],
    ]);

    // Contradictory facts are refused, naming the conflict, and write nothing.
    await settled(opened.id);
    const before = await eventCount(opened.id);
    const beforeVisit = expectContract(
      await sys.http.post(`/api/v1/cases/${opened.id}/visit`).set(as('investigator')).send({ heldAt: iso(requestedAt - 2 * DAY), fullAccess: true }).expect(409),
    );
    expect(beforeVisit.body.message).toBe(`The visit dated ${dateOf(requestedAt - 2 * DAY)} cannot precede its request on ${dateOf(requestedAt)}.`);
    const future = iso(Date.now() + 3 * DAY);
    const inFuture = expectContract(await sys.http.post(`/api/v1/cases/${opened.id}/visit`).set(as('investigator')).send({ heldAt: future, fullAccess: true }).expect(400));
    expect(inFuture.body.fields).toEqual({ heldAt: [`heldAt: ${future} is in the future; a fact is entered once it happened.`] });
    expect(await eventCount(opened.id)).toBe(before);

    // The visit was really held on day 75.
    const heldAt = requestedAt + 75 * DAY;
    const held = expectContract(
      await sys.http.post(`/api/v1/cases/${opened.id}/visit`).set(as('investigator')).send({ heldAt: iso(heldAt), fullAccess: true, note: 'Visit report received late' }).expect(200),
    );
    expect(held.body.stage).toBe('VISIT_CONDUCTED');
    // The breach is kept: the visit came on day 75 of 60.
    expect(held.body.deadlines.find((d: { key: string }) => d.key === 'PRC_VISIT-1')).toMatchObject({ state: 'missed', metAt: iso(heldAt) });
    // Approvals that rested on the withdrawn steps are cancelled, with the reason.
    expect(held.body.approvals.map((a: { kind: string; status: string; decisionReason: string }) => [a.kind, a.status, a.decisionReason])).toEqual([
      ['PROVISIONAL_WRO', 'cancelled', `The visit held on ${dateOf(heldAt)} was entered after the refusal was deemed on ${dateOf(deemedAt)}: the step it rested on was withdrawn.`],
      ['BLOCK_FACILITY', 'cancelled', `The visit held on ${dateOf(heldAt)} was entered after the refusal was deemed on ${dateOf(deemedAt)}: the step it rested on was withdrawn.`],
    ]);
    const pending = (await sys.http.get('/api/v1/approvals?status=pending').set(as('supervisor')).expect(200)).body as { caseId: string | null }[];
    expect(pending.filter((a) => a.caseId === opened.id)).toEqual([]);
    // Only the steps on or before the visit stay in force on the visit clock.
    expect(held.body.escalations.filter((e: { deadlineKey: string }) => e.deadlineKey === 'PRC_VISIT-1').map((e: { level: number }) => e.level)).toEqual([1, 2]);

    // The timeline in the order things happened: the visit between the day-60 breach and the corrections.
    const detail = expectContract(await sys.http.get(`/api/v1/cases/${opened.id}`).set(as('investigator')).expect(200));
    const timeline = detail.body.timeline as TimelineEvent[];
    const instants = timeline.map((e) => Date.parse(e.occurredAt));
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
    expect(timeline.slice(0, 4).map((e) => [e.type, e.payload.level ?? null, e.occurredAt])).toEqual([
      ['VISIT_REQUESTED', null, iso(requestedAt)],
      ['ESCALATION_STEP', 1, iso(requestedAt + 45 * DAY)],
      ['ESCALATION_STEP', 2, iso(requestedAt + 60 * DAY)],
      ['VISIT_CONDUCTED', null, iso(heldAt)],
    ]);
    const visitEvent = timeline[3];
    expect(Date.parse(visitEvent.recordedAt) - Date.parse(visitEvent.occurredAt)).toBeGreaterThan(280 * DAY);
    // Nothing rewritten: the deemed refusal and the steps stay, and new events withdraw them, naming each one.
    const denied = timeline.find((e) => e.type === 'ACCESS_DENIED')!;
    const withdrawal = timeline.find((e) => e.type === 'ACCESS_DENIAL_WITHDRAWN')!;
    expect(withdrawal).toMatchObject({ actorId: expect.any(String), payload: { withdrawsSequence: denied.sequence, deniedAt: iso(deemedAt), heldAt: iso(heldAt) } });
    expect(withdrawal.actorId).not.toBe('system');
    const withdrawnSteps = timeline.filter((e) => e.type === 'ESCALATION_WITHDRAWN').map((e) => e.payload.withdrawsSequence);
    const laterSteps = timeline.filter((e) => e.type === 'ESCALATION_STEP' && e.payload.deadlineKey === 'PRC_VISIT-1' && (e.payload.level as number) >= 3).map((e) => e.sequence);
    expect(withdrawnSteps.sort()).toEqual(laterSteps.sort());
    expect((await sys.http.get(`/api/v1/cases/${opened.id}/verification`).set(as('investigator')).expect(200)).body.valid).toBe(true);

    // A US report dated before the visit contradicts it. (The US report's clock, started on day 75,
    // had steps already due: let them land before counting.)
    await settled(opened.id);
    const beforeReport = await eventCount(opened.id);
    const early = expectContract(await sys.http.post(`/api/v1/cases/${opened.id}/us-report`).set(as('investigator')).send({ issuedAt: iso(heldAt - 5 * DAY) }).expect(409));
    expect(early.body.message).toBe(`The US report dated ${dateOf(heldAt - 5 * DAY)} cannot precede the visit it reports on on ${dateOf(heldAt)}.`);
    expect(await eventCount(opened.id)).toBe(beforeReport);

    // The facility: its ACCESS_DENIED withdrawn as of the day it was deemed; the history in the order
    // things took effect, each change with when it took effect and when it was recorded.
    await waitFor(async () => (await facilityOf(facility.id)).status === 'UNDER_INVESTIGATION');
    const { statusHistory } = expectContract(await sys.http.get(`/api/v1/facilities/${facility.id}`).set(as('investigator')).expect(200)).body as { statusHistory: StatusChange[] };
    expect(statusHistory.map((s) => [s.from, s.to, s.changedAt === iso(deemedAt)])).toEqual([
      ['UNDER_INVESTIGATION', 'ACCESS_DENIED', true],
      ['ACCESS_DENIED', 'UNDER_INVESTIGATION', true],
      ['NONE', 'UNDER_INVESTIGATION', false],
    ]);
    expect(statusHistory[1].reason).toMatch(/^Refusal of access on case MOU-\d{4}-\d{6} withdrawn: The visit held on /);
    expect(Date.parse(statusHistory[1].recordedAt)).toBeGreaterThan(Date.parse(statusHistory[0].recordedAt));
    expect(Date.parse(statusHistory[0].recordedAt) - Date.parse(statusHistory[0].changedAt)).toBeGreaterThan(170 * DAY);
  });

  it('lifts the block from the entries detained on a block that rested on a deemed refusal when a visit held before it is entered', async () => {
    const name = `Late visit works ${Date.now()}`;
    const facility = (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name, province: 'Hubei' }).expect(201)).body as { id: string };
    const today = new Date().toISOString().slice(0, 10);
    const entry = (
      await sys.http
        .post('/api/v1/entries')
        .set(as('importer'))
        .send({
          manufacturer: { facilityId: facility.id, name },
          productCategory: 'GARMENTS',
          htsCode: '6203.42',
          quantity: 300,
          valueUsd: 4200,
          importedOn: today,
          certification: {
            supplierCertificateOfOrigin: { issuer: 'Wuhan Textiles Ltd', number: `CO-${Date.now()}`, issuedOn: today },
            dueDiligenceStatement: { manufacturerName: name, statement: 'Audited the factory on site', signedBy: 'Ann Importer', signedOn: today },
          },
        })
        .expect(201)
    ).body as { id: string };
    const entryStatus = async () => (await sys.http.get(`/api/v1/entries/${entry.id}`).set(as('importer')).expect(200)).body.status as string;
    const opened = (
      await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId: facility.id, allegation: { summary: 'Garments sewn in a prison workshop', source: 'NGO', productCategories: ['GARMENTS'] } })
        .expect(201)
    ).body as { id: string };
    const requestedAt = Date.now() - 360 * DAY;
    await sys.http.post(`/api/v1/cases/${opened.id}/visit-requests`).set(as('investigator')).send({ requestedAt: iso(requestedAt) }).expect(200);
    await waitFor(async () => (await caseOf(opened.id)).stage === 'ACCESS_DENIED');
    const block = (await caseOf(opened.id)).approvals.find((a: { kind: string }) => a.kind === 'BLOCK_FACILITY');
    await sys.http.post(`/api/v1/approvals/${block.id}/approve`).set(as('supervisor')).send({ reason: 'No visit in 180 days' }).expect(200);
    await waitFor(async () => (await facilityOf(facility.id)).status === 'BLOCKED' && (await entryStatus()) === 'DETAINED');

    await sys.http.post(`/api/v1/cases/${opened.id}/visit`).set(as('investigator')).send({ heldAt: iso(requestedAt + 75 * DAY), fullAccess: true }).expect(200);

    // Back under investigation: the block's ground is gone; the high-risk garments stay held on the ground that still holds (docs/domain.md §6).
    const heldFor = async () => ((await sys.http.get(`/api/v1/entries/${entry.id}`).set(as('importer')).expect(200)).body.holdReasons as { code: string }[]).map((r) => r.code);
    await waitFor(async () => (await facilityOf(facility.id)).status === 'UNDER_INVESTIGATION' && (await heldFor()).join() === 'HIGH_RISK_UNDER_INVESTIGATION');
    expect(await entryStatus()).toBe('DETAINED');
    const history = (await facilityOf(facility.id)).statusHistory;
    expect(history.map((h) => [h.from, h.to])).toEqual([
      ['UNDER_INVESTIGATION', 'ACCESS_DENIED'],
      ['NONE', 'UNDER_INVESTIGATION'],
      ['ACCESS_DENIED', 'BLOCKED'],
      ['BLOCKED', 'UNDER_INVESTIGATION'],
    ]);
    // The block's withdrawal takes effect no earlier than the block it withdraws.
    expect(Date.parse(history[3].changedAt)).toBeGreaterThanOrEqual(Date.parse(history[2].changedAt));
    expect(history[3].reason).toMatch(/^Refusal of access on case MOU-\d{4}-\d{6} withdrawn/);
  });
  it('a block approved with a decidedAt ten days ago shows the facility blocked from that date; a decision dated before the request or in the future is refused with nothing written', async () => {
    const facility = (await sys.http.post('/api/v1/facilities').set(as('investigator')).send({ name: `Dated decision ${Date.now()}`, province: 'Hunan' }).expect(201)).body as { id: string };
    const opened = (
      await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId: facility.id, allegation: { summary: 'Tea packed by prisoners', source: 'NGO', productCategories: ['GARMENTS'] } })
        .expect(201)
    ).body as { id: string };
    const requestedAt = Date.now() - 30 * DAY;
    const deniedAt = Date.now() - 20 * DAY;
    await sys.http.post(`/api/v1/cases/${opened.id}/visit-requests`).set(as('investigator')).send({ requestedAt: iso(requestedAt) }).expect(200);
    await sys.http.post(`/api/v1/cases/${opened.id}/access-denied`).set(as('investigator')).send({ deniedAt: iso(deniedAt), note: 'Refusal letter found in the files' }).expect(200);
    await waitFor(async () => (await facilityOf(facility.id)).status === 'ACCESS_DENIED');
    await settled(opened.id);
    const block = (await caseOf(opened.id)).approvals.find((a: { kind: string }) => a.kind === 'BLOCK_FACILITY');
    expect(block).toMatchObject({ status: 'pending', requestedAt: iso(deniedAt) });

    // Refused, naming the conflict or the field, and nothing written.
    const before = await eventCount(opened.id);
    const early = iso(deniedAt - 2 * DAY);
    const tooEarly = expectContract(await sys.http.post(`/api/v1/approvals/${block.id}/approve`).set(as('supervisor')).send({ reason: 'Refused', decidedAt: early }).expect(409));
    expect(tooEarly.body.message).toBe(`The decision dated ${dateOf(deniedAt - 2 * DAY)} cannot precede the request it decides on ${dateOf(deniedAt)}.`);
    const future = iso(Date.now() + 2 * DAY);
    const inFuture = expectContract(await sys.http.post(`/api/v1/approvals/${block.id}/approve`).set(as('supervisor')).send({ reason: 'Refused', decidedAt: future }).expect(400));
    expect(inFuture.body.fields).toEqual({ decidedAt: [`decidedAt: ${future} is in the future; a decision is entered once it was taken.`] });
    const notADate = expectContract(await sys.http.post(`/api/v1/approvals/${block.id}/approve`).set(as('supervisor')).send({ reason: 'Refused', decidedAt: 'last week' }).expect(400));
    expect(Object.keys(notADate.body.fields)).toEqual(['decidedAt']);
    expect(await eventCount(opened.id)).toBe(before);
    expect((await caseOf(opened.id)).approvals.find((a: { id: string }) => a.id === block.id).status).toBe('pending');
    expect((await facilityOf(facility.id)).status).toBe('ACCESS_DENIED');

    // Approved as of ten days ago: the decision and the block take effect there.
    const decidedAt = Date.now() - 10 * DAY;
    const approved = expectContract(
      await sys.http.post(`/api/v1/approvals/${block.id}/approve`).set(as('supervisor')).send({ reason: 'Refusal confirmed', decidedAt: iso(decidedAt) }).expect(200),
    );
    expect(approved.body.approvals.find((a: { id: string }) => a.id === block.id)).toMatchObject({ status: 'approved', decidedAt: iso(decidedAt) });
    const granted = (approved.body.timeline as TimelineEvent[]).find((e) => e.type === 'APPROVAL_GRANTED')!;
    expect(granted.occurredAt).toBe(iso(decidedAt));
    await waitFor(async () => (await facilityOf(facility.id)).status === 'BLOCKED');
    const { statusHistory } = await facilityOf(facility.id);
    const blocked = statusHistory.find((s) => s.to === 'BLOCKED')!;
    expect(blocked).toMatchObject({ from: 'ACCESS_DENIED', changedAt: iso(decidedAt) });
    expect(Date.parse(blocked.recordedAt) - Date.parse(blocked.changedAt)).toBeGreaterThan(9 * DAY);
    // In the order things took effect: refused 20 days ago, blocked 10 days ago, the case opened today.
    expect(statusHistory.map((s) => [s.from, s.to, s.changedAt.slice(0, 10)])).toEqual([
      ['UNDER_INVESTIGATION', 'ACCESS_DENIED', dateOf(deniedAt)],
      ['ACCESS_DENIED', 'BLOCKED', dateOf(decidedAt)],
      ['NONE', 'UNDER_INVESTIGATION', dateOf(Date.now())],
    ]);

    // The facility's unblock decision follows the same rule: never dated before it was asked for.
    const askedAt = Date.now();
    await sys.http.post(`/api/v1/facilities/${facility.id}/unblock-requests`).set(as('supervisor')).send({ ground: 'REMEDIATION_PETITION', petition: 'Workshop closed', reason: 'Remediation shown' }).expect(200);
    const unblock = ((await sys.http.get('/api/v1/approvals?status=pending').set(as('supervisor2')).expect(200)).body as { id: string; kind: string; facilityId: string | null }[]).find(
      (a) => a.kind === 'UNBLOCK_FACILITY' && a.facilityId === facility.id,
    )!;
    const beforeUnblock = await facilityOf(facility.id);
    const earlyUnblock = expectContract(
      await sys.http.post(`/api/v1/approvals/${unblock.id}/approve`).set(as('supervisor2')).send({ reason: 'Audit seen', decidedAt: iso(askedAt - 3 * DAY) }).expect(409),
    );
    expect(earlyUnblock.body.message).toMatch(new RegExp(`^The decision dated ${dateOf(askedAt - 3 * DAY)} cannot precede the request it decides on `));
    expect(await facilityOf(facility.id)).toEqual(beforeUnblock);
  });
});
