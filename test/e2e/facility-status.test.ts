import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

interface StatusChange { from: string; to: string; reason: string; caseId: string | null; changedAt: string }
interface Approval { id: string; kind: string; status: string; decisionReason: string | null }

/** A facility's status follows its cases' facts both ways (docs/domain.md §6), through the API, PostgreSQL and Temporal. */
describe('facility status from its facts', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('facility-status');
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'supervisor2@example.gov', 'policy@example.gov', 'importer@example.com']) tokens[who.split('@')[0]] = await sys.login(who);
  });
  afterAll(() => sys?.stop());

  const facilityOf = async (id: string) => (await sys.http.get(`/api/v1/facilities/${id}`).set(as('supervisor')).expect(200)).body as { status: string; statusHistory: StatusChange[] };
  const caseOf = async (id: string) => (await sys.http.get(`/api/v1/cases/${id}`).set(as('supervisor')).expect(200)).body as { reference: string; stage: string; approvals: Approval[] };
  const newFacility = async (name: string) => (await sys.http.post('/api/v1/facilities').set(as('investigator')).send({ name: `${name} ${Date.now()}`, province: 'Hebei' }).expect(201)).body as { id: string; name: string };
  const openCase = async (facilityId: string) =>
    (
      await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId, allegation: { summary: 'Garments sewn in a prison workshop', source: 'NGO report', productCategories: ['GARMENTS'] } })
        .expect(201)
    ).body as { id: string };
  const act = (caseId: string, move: string, body: Record<string, unknown> = {}, status = 200) => sys.http.post(`/api/v1/cases/${caseId}/${move}`).set(as('investigator')).send(body).expect(status);
  const statusIs = (facilityId: string, status: string) => waitFor(async () => (await facilityOf(facilityId)).status === status);
  const blockApproval = async (caseId: string, status = 'pending') => (await caseOf(caseId)).approvals.find((a) => a.kind === 'BLOCK_FACILITY' && a.status === status)!;
  /** The facility's status-change events and the re-screens they caused, in order. */
  const facilityLog = async (facilityId: string) =>
    (await sys.db.query('SELECT sequence, type, payload FROM facility_events WHERE facility_id = $1 ORDER BY sequence', [facilityId])) as { sequence: number; type: string; payload: Record<string, unknown> }[];

  it('a visit with full access then a NO_ACTION close clears the facility, once no other case on it is open', async () => {
    const facility = await newFacility('Cleared Garment Works');
    const visited = await openCase(facility.id);
    const other = await openCase(facility.id);
    await statusIs(facility.id, 'UNDER_INVESTIGATION');
    await act(visited.id, 'visit-requests', { requestedAt: iso(Date.now() - 10 * DAY) });
    const heldAt = Date.now() - 2 * DAY;
    await act(visited.id, 'visit', { fullAccess: true, heldAt: iso(heldAt) });
    await act(visited.id, 'close', { outcome: 'NO_ACTION' });

    // Another case is still open: the facility stays under investigation.
    await waitFor(async () => (await caseOf(visited.id)).stage === 'CLOSED');
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await facilityOf(facility.id)).status).toBe('UNDER_INVESTIGATION');

    // Withdrawn, the other case concludes nothing: the visited case's close decides.
    await act(other.id, 'withdraw');
    await statusIs(facility.id, 'CLEARED');
    const { statusHistory } = expectContract(await sys.http.get(`/api/v1/facilities/${facility.id}`).set(as('supervisor')).expect(200)).body as { statusHistory: StatusChange[] };
    const reference = (await caseOf(visited.id)).reference;
    expect(statusHistory.map((s) => [s.from, s.to])).toEqual([
      ['NONE', 'UNDER_INVESTIGATION'],
      ['UNDER_INVESTIGATION', 'CLEARED'],
    ]);
    expect(statusHistory[1]).toMatchObject({ reason: `Case ${reference} closed with no action after a visit with full access on ${iso(heldAt).slice(0, 10)}`, caseId: visited.id });

    // Each change screened the facility's open entries again, once, under its own reference.
    const log = await facilityLog(facility.id);
    const changes = log.filter((e) => e.type === 'STATUS_CHANGED');
    const rescreens = log.filter((e) => e.type === 'ENTRIES_RESCREENED');
    expect(rescreens.map((e) => e.payload.ref)).toEqual(changes.map((e) => `facility:${facility.id}:${e.sequence}`));
    expect(rescreens.map((e) => e.payload.status)).toEqual(['UNDER_INVESTIGATION', 'CLEARED']);
  });

  it('a rejected block returns the facility to the status its cases give', async () => {
    const facility = await newFacility('Rejected Block Works');
    const opened = await openCase(facility.id);
    await act(opened.id, 'visit-requests');
    await act(opened.id, 'access-denied', { note: 'Visit refused by the provincial bureau' });
    await statusIs(facility.id, 'ACCESS_DENIED');

    const block = await blockApproval(opened.id);
    await sys.http.post(`/api/v1/approvals/${block.id}/reject`).set(as('supervisor')).send({ reason: 'The refusal came from a local office, not the ministry' }).expect(200);
    await statusIs(facility.id, 'UNDER_INVESTIGATION');
    const { statusHistory } = await facilityOf(facility.id);
    expect(statusHistory.map((s) => [s.from, s.to])).toEqual([
      ['NONE', 'UNDER_INVESTIGATION'],
      ['UNDER_INVESTIGATION', 'ACCESS_DENIED'],
      ['ACCESS_DENIED', 'UNDER_INVESTIGATION'],
    ]);
    expect(statusHistory[2].reason).toBe(`Case ${(await caseOf(opened.id)).reference} open`);
  });

  it('closing FACILITY_BLOCKED goes through the block approval: the facility is blocked only once a second supervisor approves', async () => {
    const facility = await newFacility('Closed Blocked Works');
    const opened = await openCase(facility.id);
    await act(opened.id, 'visit-requests');
    await act(opened.id, 'access-denied');
    await statusIs(facility.id, 'ACCESS_DENIED');
    // The first block is rejected; the case is then closed with the facility blocked, which asks again.
    const first = await blockApproval(opened.id);
    await sys.http.post(`/api/v1/approvals/${first.id}/reject`).set(as('supervisor')).send({ reason: 'Wait for the ministry' }).expect(200);
    await statusIs(facility.id, 'UNDER_INVESTIGATION');

    const closed = (await act(opened.id, 'close', { outcome: 'FACILITY_BLOCKED' })).body as { approvals: Approval[] };
    const asked = closed.approvals.filter((a) => a.kind === 'BLOCK_FACILITY').map((a) => a.status);
    expect(asked).toEqual(['rejected', 'pending']);
    await statusIs(facility.id, 'ACCESS_DENIED');
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await facilityOf(facility.id)).status).toBe('ACCESS_DENIED');

    const second = await blockApproval(opened.id);
    const own = await sys.http.post(`/api/v1/approvals/${second.id}/approve`).set(as('investigator')).send({ reason: 'mine' });
    expect(own.status).toBe(403);
    await sys.http.post(`/api/v1/approvals/${second.id}/approve`).set(as('supervisor2')).send({ reason: 'Refusal confirmed by the ministry' }).expect(200);
    await statusIs(facility.id, 'BLOCKED');
    const { statusHistory } = await facilityOf(facility.id);
    expect(statusHistory.map((s) => s.to)).toEqual(['UNDER_INVESTIGATION', 'ACCESS_DENIED', 'UNDER_INVESTIGATION', 'ACCESS_DENIED', 'BLOCKED']);
  });

  it('closing or withdrawing a case cancels its pending approvals: none outlives the case', async () => {
    const facility = await newFacility('Cancelled Approval Works');
    const closedCase = await openCase(facility.id);
    await act(closedCase.id, 'visit-requests');
    await act(closedCase.id, 'access-denied');
    await statusIs(facility.id, 'ACCESS_DENIED');
    const block = await blockApproval(closedCase.id);

    const closed = (await act(closedCase.id, 'close', { outcome: 'NO_ACTION' })).body as { approvals: Approval[] };
    expect(closed.approvals.map((a) => [a.kind, a.status, a.decisionReason])).toEqual([['BLOCK_FACILITY', 'cancelled', 'The case was closed with outcome NO_ACTION.']]);
    const pending = (await sys.http.get('/api/v1/approvals?status=pending').set(as('supervisor')).expect(200)).body as { id: string }[];
    expect(pending.map((a) => a.id)).not.toContain(block.id);
    const late = await sys.http.post(`/api/v1/approvals/${block.id}/approve`).set(as('supervisor')).send({ reason: 'Too late' }).expect(409);
    expect(late.body.message).toBe('This approval was already cancelled.');
    // Closed with no action and no visit, the refusal no longer holds the facility.
    await statusIs(facility.id, 'NONE');

    const withdrawnCase = await openCase(facility.id);
    await act(withdrawnCase.id, 'visit-requests');
    await act(withdrawnCase.id, 'access-denied');
    await statusIs(facility.id, 'ACCESS_DENIED');
    const withdrawn = (await act(withdrawnCase.id, 'withdraw')).body as { approvals: Approval[] };
    expect(withdrawn.approvals.map((a) => [a.kind, a.status, a.decisionReason])).toEqual([['BLOCK_FACILITY', 'cancelled', 'The case was withdrawn.']]);
    await statusIs(facility.id, 'NONE');
  });

  it('an unblock citing a visit held before the block is refused with 409 and its reason; a visit after the block may be cited', async () => {
    const facility = await newFacility('Pre-block Visit Works');
    const visited = await openCase(facility.id);
    await act(visited.id, 'visit-requests', { requestedAt: iso(Date.now() - 10 * DAY) });
    const heldAt = Date.now() - 3 * DAY;
    await act(visited.id, 'visit', { fullAccess: true, heldAt: iso(heldAt) });
    const refused = await openCase(facility.id);
    await act(refused.id, 'visit-requests');
    await act(refused.id, 'access-denied');
    await statusIs(facility.id, 'ACCESS_DENIED');
    await sys.http.post(`/api/v1/approvals/${(await blockApproval(refused.id)).id}/approve`).set(as('supervisor2')).send({ reason: 'Refusal documented' }).expect(200);
    await statusIs(facility.id, 'BLOCKED');
    const before = await facilityOf(facility.id);
    const blockedOn = before.statusHistory.at(-1)!.changedAt.slice(0, 10);

    const stale = expectContract(
      await sys.http.post(`/api/v1/facilities/${facility.id}/unblock-requests`).set(as('supervisor')).send({ ground: 'VISIT_WITH_FULL_ACCESS', caseId: visited.id, reason: 'Inspectors saw everything' }).expect(409),
    );
    expect(stale.body.message).toBe(
      `The visit with full access was held on ${iso(heldAt).slice(0, 10)}, before the facility was blocked on ${blockedOn}: only a visit after the block can justify lifting it.`,
    );
    // Nothing changed: no request waits, the facility is still blocked.
    expect(await facilityOf(facility.id)).toEqual(before);
    const pending = (await sys.http.get('/api/v1/approvals?status=pending').set(as('supervisor2')).expect(200)).body as { kind: string; facilityId: string }[];
    expect(pending.filter((a) => a.kind === 'UNBLOCK_FACILITY' && a.facilityId === facility.id)).toEqual([]);

    // A new cycle's visit, held after the block, is evidence.
    await act(refused.id, 'reopen', { note: 'The ministry now offers a visit' });
    await act(refused.id, 'visit-requests');
    await act(refused.id, 'visit', { fullAccess: true });
    await sys.http.post(`/api/v1/facilities/${facility.id}/unblock-requests`).set(as('supervisor')).send({ ground: 'VISIT_WITH_FULL_ACCESS', caseId: refused.id, reason: 'Full access on the new visit' }).expect(200);
  });

  it("the facility's open entries are detained and released as its status changes, each by one event naming the change, once", async () => {
    const facility = await newFacility('Rescreened Garment Works');
    const opened = await openCase(facility.id);
    await statusIs(facility.id, 'UNDER_INVESTIGATION');
    const today = new Date().toISOString().slice(0, 10);
    const filed = await sys.http
      .post('/api/v1/entries')
      .set(as('importer'))
      .send({
        manufacturer: { facilityId: facility.id, name: facility.name },
        productCategory: 'GARMENTS',
        htsCode: '6203.42',
        quantity: 800,
        valueUsd: 9200,
        importedOn: today,
        certification: {
          supplierCertificateOfOrigin: { issuer: 'Hebei Textiles Ltd', number: `CO-${Date.now()}`, issuedOn: today },
          dueDiligenceStatement: { manufacturerName: facility.name, statement: 'Audited the factory on site', signedBy: 'Ann Importer', signedOn: today },
        },
      })
      .expect(201);
    expect(filed.body.status).toBe('DETAINED');
    const entryOf = async () => (await sys.http.get(`/api/v1/entries/${filed.body.id}`).set(as('importer')).expect(200)).body as {
      status: string;
      holdReasons: { code: string }[];
      timeline: { type: string; payload: { outcome?: string; added?: { code: string }[]; removed?: { code: string }[]; cause?: { kind: string; ref: string; text: string } } }[];
    };
    const rescreens = async () => (await entryOf()).timeline.filter((e) => e.type === 'ENTRY_RESCREENED').map((e) => e.payload);
    const codes = (reasons: { code: string }[] | undefined) => (reasons ?? []).map((r) => r.code);

    // Access refused: a new ground detains it, naming the facility's change.
    await act(opened.id, 'visit-requests', { requestedAt: iso(Date.now() - 20 * DAY) });
    await act(opened.id, 'access-denied');
    await statusIs(facility.id, 'ACCESS_DENIED');
    await waitFor(async () => (await rescreens()).length === 1);
    // The block rejected: back under investigation, held on the high-risk ground again.
    await sys.http.post(`/api/v1/approvals/${(await blockApproval(opened.id)).id}/reject`).set(as('supervisor')).send({ reason: 'Local office only' }).expect(200);
    await waitFor(async () => (await rescreens()).length === 2);
    // A new cycle: a visit with full access and a close with no action clear the facility and release the entry.
    await act(opened.id, 'reopen', { note: 'The ministry offers a visit' });
    await act(opened.id, 'visit-requests');
    await act(opened.id, 'visit', { fullAccess: true });
    await act(opened.id, 'close', { outcome: 'NO_ACTION' });
    await statusIs(facility.id, 'CLEARED');
    await waitFor(async () => (await entryOf()).status === 'RELEASED');
    await new Promise((r) => setTimeout(r, 2_000));

    const log = await facilityLog(facility.id);
    const changes = log.filter((e) => e.type === 'STATUS_CHANGED');
    const { statusHistory } = await facilityOf(facility.id);
    expect(statusHistory.map((s) => s.to)).toEqual(['UNDER_INVESTIGATION', 'ACCESS_DENIED', 'UNDER_INVESTIGATION', 'CLEARED']);
    const after = changes.slice(1); // the opening came before the entry was filed
    const seen = await rescreens();
    expect(seen.map((p) => [p.outcome, codes(p.added), codes(p.removed)])).toEqual([
      ['DETAINED', ['ACCESS_DENIED_MANUFACTURER'], ['HIGH_RISK_UNDER_INVESTIGATION']],
      ['DETAINED', ['HIGH_RISK_UNDER_INVESTIGATION'], ['ACCESS_DENIED_MANUFACTURER']],
      ['RELEASED', [], ['HIGH_RISK_UNDER_INVESTIGATION']],
    ]);
    // Each names the facility change that caused it, by its event, exactly once.
    expect(seen.map((p) => p.cause)).toEqual(
      after.map((e, i) => ({ kind: 'FACILITY_STATUS', ref: `facility:${facility.id}:${e.sequence}`, text: statusHistory[i + 1].reason })),
    );
    expect((await entryOf()).holdReasons).toEqual([]);
  });

  it('policy staff see facilities in aggregate: statuses, dates and counts, never a case or a reason', async () => {
    const facility = await newFacility('Aggregate Works');
    const opened = await openCase(facility.id);
    await act(opened.id, 'visit-requests');
    await act(opened.id, 'access-denied');
    await statusIs(facility.id, 'ACCESS_DENIED');
    const { statusHistory } = await facilityOf(facility.id);

    const res = expectContract(await sys.http.get('/api/v1/facilities/aggregate').set(as('policy')).expect(200));
    const body = res.body as {
      counts: { status: string; facilities: number }[];
      facilities: { id: string; name: string; status: string; since: string; periods: { status: string; from: string; to: string | null }[] }[];
    };
    const row = body.facilities.find((f) => f.id === facility.id)!;
    expect(row).toMatchObject({ name: facility.name, status: 'ACCESS_DENIED', since: statusHistory[1].changedAt });
    expect(row.periods.map((p) => [p.status, p.to === null])).toEqual([
      ['NONE', false],
      ['UNDER_INVESTIGATION', false],
      ['ACCESS_DENIED', true],
    ]);
    expect(Object.keys(row).sort()).toEqual(['id', 'name', 'periods', 'province', 'since', 'status']);
    // The counts add up to the facilities listed, one per status.
    expect(body.counts.map((c) => c.status)).toEqual(['NONE', 'UNDER_INVESTIGATION', 'ACCESS_DENIED', 'BLOCKED', 'CLEARED']);
    expect(body.counts.reduce((n, c) => n + c.facilities, 0)).toBe(body.facilities.length);
    expect(body.counts.find((c) => c.status === 'ACCESS_DENIED')!.facilities).toBe(body.facilities.filter((f) => f.status === 'ACCESS_DENIED').length);
    // No case id, no reason anywhere in the answer.
    const text = JSON.stringify(body);
    const caseIds = (await sys.db.query('SELECT id FROM cases')) as { id: string }[];
    for (const { id } of caseIds) expect(text).not.toContain(id);
    expect(text).not.toMatch(/reason|caseId|Access refused/i);

    // Policy staff cannot read a facility's detail (its cases and reasons); investigators cannot read the aggregate.
    await sys.http.get(`/api/v1/facilities/${facility.id}`).set(as('policy')).expect(403);
    await sys.http.get('/api/v1/facilities/aggregate').set(as('investigator')).expect(403);
  });
});
