import { Client } from '@temporalio/client';
import { enforcementOrderWorkflowId } from '@mou/workflows';
import { expectContract } from '../support/contract';
import { recordHistory } from '../workflow/harness';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const today = () => new Date().toISOString().slice(0, 10);
const thisYear = () => new Date().getUTCFullYear();

interface HoldReason { code: string; text: string; ref?: string }
interface Entry { id: string; status: string; holdReasons: HoldReason[]; timeline: { type: string; payload: Record<string, unknown> }[] }
interface Order {
  id: string;
  reference: string;
  kind: string;
  status: string;
  facilityId: string;
  productCategories: string[];
  legalBasis: string;
  caseId: string | null;
  effectiveFrom: string;
  issuedAt: string | null;
  requestedBy: string;
  approvedBy: string | null;
  pending: boolean;
  pendingRequest: { action: string; mayDecide: boolean; refusal?: string } | null;
  history: { sequence: number; type: string; actorId: string; payload: Record<string, unknown> }[];
  heldEntries: { id: string }[];
  legalActions: string[];
}

function entryBody(facilityId: string, manufacturerName: string, withCertificate = true) {
  return {
    manufacturer: { facilityId, name: manufacturerName },
    productCategory: 'GARMENTS',
    htsCode: '6203.42',
    quantity: 400,
    valueUsd: 9100,
    importedOn: today(),
    certification: {
      ...(withCertificate ? { supplierCertificateOfOrigin: { issuer: 'Qingdao Textiles Ltd', number: `CO-${Math.random().toString(36).slice(2, 8)}`, issuedOn: today() } } : {}),
      dueDiligenceStatement: { manufacturerName, statement: 'Audited the factory on site', signedBy: 'Ann Importer', signedOn: today() },
    },
  };
}

describe('the register of Withhold Release Orders and Findings, through the API', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('orders');
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'supervisor2@example.gov', 'policy@example.gov', 'importer@example.com']) {
      tokens[who.split('@')[0]] = await sys.login(who);
    }
    for (const who of ['supervisor', 'supervisor2']) ids[who] = (await sys.http.get('/api/v1/auth/me').set(as(who)).expect(200)).body.id;
  });
  afterAll(() => sys?.stop());

  const newFacility = async (name: string) => (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name }).expect(201)).body.id as string;
  const orderOf = async (id: string, who = 'supervisor') => expectContract(await sys.http.get(`/api/v1/orders/${id}`).set(as(who)).expect(200)).body as Order;
  const ordersOf = async (facilityId: string) => expectContract(await sys.http.get(`/api/v1/orders?facilityId=${facilityId}`).set(as('supervisor')).expect(200)).body as Order[];
  const entryOf = async (id: string) => (await sys.http.get(`/api/v1/entries/${id}`).set(as('supervisor')).expect(200)).body as Entry;
  const file = async (facilityId: string, name: string, withCertificate = true) =>
    expectContract(await sys.http.post('/api/v1/entries').set(as('importer')).send(entryBody(facilityId, name, withCertificate)).expect(201)).body as Entry;
  const orderEvents = async (id: string) => (await sys.db.query('SELECT count(*)::int AS n FROM enforcement_order_events WHERE order_id = $1', [id]))[0].n as number;
  const propose = async (facilityId: string, body: Record<string, unknown> = {}) =>
    expectContract(
      await sys.http
        .post('/api/v1/orders')
        .set(as('supervisor'))
        .send({ kind: 'WRO', facilityId, productCategories: [], effectiveFrom: today(), reason: 'Credible reports of prison labor', ...body })
        .expect(201),
    ).body as Order;

  it('an approved provisional WRO issues an order that detains a later entry from the facility, naming the order', async () => {
    const facilityId = await newFacility(`Ladder Garment Works ${Date.now()}`);
    const opened = (
      await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId, allegation: { summary: 'Garments sewn in a prison workshop', source: 'NGO report', productCategories: ['GARMENTS'] } })
        .expect(201)
    ).body as { id: string };
    // Asked for 130 days ago: the day-120 step raises the provisional WRO at once.
    await sys.http.post(`/api/v1/cases/${opened.id}/visit-requests`).set(as('investigator')).send({ requestedAt: iso(Date.now() - 130 * DAY) }).expect(200);
    let approvalId = '';
    await waitFor(async () => {
      const c = (await sys.http.get(`/api/v1/cases/${opened.id}`).set(as('supervisor')).expect(200)).body as { approvals: { id: string; kind: string; status: string }[] };
      approvalId = c.approvals.find((a) => a.kind === 'PROVISIONAL_WRO' && a.status === 'pending')?.id ?? '';
      return approvalId !== '';
    });
    expect(await ordersOf(facilityId)).toEqual([]);

    await sys.http.post(`/api/v1/approvals/${approvalId}/approve`).set(as('supervisor')).send({ reason: 'Day 120 without a visit' }).expect(200);
    await waitFor(async () => (await ordersOf(facilityId)).some((o) => o.status === 'ACTIVE'));
    const [listed] = await ordersOf(facilityId);
    expect(listed).toMatchObject({
      reference: `WRO-${thisYear()}-0001`,
      kind: 'WRO',
      status: 'ACTIVE',
      productCategories: ['GARMENTS'],
      legalBasis: '19 CFR 12.42(e)',
      caseId: opened.id,
      effectiveFrom: today(),
      requestedBy: 'system',
      approvedBy: ids.supervisor,
    });
    // Issuing it screened the facility's open entries again (none yet), and says so in its history.
    await waitFor(async () => (await orderOf(listed.id)).history.length === 2);
    const order = await orderOf(listed.id);
    expect(order.history.map((e) => [e.type, e.payload.entries ?? null])).toEqual([
      ['ORDER_ISSUED', null],
      ['ENTRIES_RESCREENED', 0],
    ]);
    expect(order.history[0].payload).toMatchObject({ approvalId, legalBasis: '19 CFR 12.42(e)' });

    // A later entry from the facility is held, the order named among its grounds.
    const entry = await file(facilityId, 'Ladder Garment Works');
    expect(entry.status).toBe('DETAINED');
    const ground = entry.holdReasons.find((r) => r.code === 'ENFORCEMENT_ORDER');
    expect(ground?.text).toContain(listed.reference);
    expect((await orderOf(listed.id)).heldEntries.map((e) => e.id)).toEqual([entry.id]);
  });

  it('revoking an order (four-eyes) releases what it alone held and leaves an entry held on another ground detained', async () => {
    const facilityId = await newFacility(`Revoked Order Works ${Date.now()}`);
    const proposed = await propose(facilityId);
    expect(proposed).toMatchObject({ status: 'PROPOSED', issuedAt: null, pendingRequest: { action: 'ISSUE', mayDecide: false } });
    // Proposed, it stops nothing: an entry with its papers in order is not held.
    const before = await file(facilityId, 'Revoked Order Works');
    expect(before.status).not.toBe('DETAINED');
    expect(before.holdReasons).toEqual([]);

    const issued = expectContract(await sys.http.post(`/api/v1/orders/${proposed.id}/approve`).set(as('supervisor2')).send({ reason: 'Reports verified' }).expect(200)).body as Order;
    expect(issued).toMatchObject({ status: 'ACTIVE', approvedBy: ids.supervisor2, legalActions: ['MODIFY', 'REVOKE'] });
    const heldByOrder = await file(facilityId, 'Revoked Order Works');
    const heldTwice = await file(facilityId, 'Revoked Order Works', false);
    expect(heldByOrder.holdReasons.map((r) => r.code)).toEqual(['ENFORCEMENT_ORDER']);
    expect(heldTwice.holdReasons.map((r) => r.code).sort()).toEqual(['CERTIFICATION_MISSING', 'ENFORCEMENT_ORDER']);

    // Asked for by one supervisor: nothing changes until another approves.
    const asked = expectContract(await sys.http.post(`/api/v1/orders/${proposed.id}/revocation-requests`).set(as('supervisor')).send({ reason: 'Facility remediated' }).expect(200)).body as Order;
    expect(asked).toMatchObject({ status: 'ACTIVE', pendingRequest: { action: 'REVOKE' }, legalActions: [] });
    expect((await entryOf(heldByOrder.id)).status).toBe('DETAINED');
    const revoked = expectContract(await sys.http.post(`/api/v1/orders/${proposed.id}/approve`).set(as('supervisor2')).send({ reason: 'Audit received' }).expect(200)).body as Order;
    expect(revoked.status).toBe('REVOKED');

    await waitFor(async () => (await entryOf(heldByOrder.id)).status === 'RELEASED');
    await waitFor(async () => (await entryOf(heldTwice.id)).holdReasons.length === 1);
    const still = await entryOf(heldTwice.id);
    expect(still.status).toBe('DETAINED');
    expect(still.holdReasons.map((r) => r.code)).toEqual(['CERTIFICATION_MISSING']);
    const after = await orderOf(proposed.id);
    expect(after.heldEntries).toEqual([]);
    // The release is one event on the entry, naming the revocation that caused it.
    const revocation = after.history.find((e) => e.type === 'ORDER_REVOKED')!;
    const releases = (await entryOf(heldByOrder.id)).timeline.filter((e) => e.type === 'ENTRY_RESCREENED' && e.payload.outcome === 'RELEASED');
    expect(releases.map((e) => (e.payload.cause as { ref: string }).ref)).toEqual([`${proposed.reference}:${revocation.sequence}`]);
    expect(after.history.map((e) => e.type)).toEqual(['ORDER_PROPOSED', 'ORDER_ISSUED', 'ENTRIES_RESCREENED', 'REVOCATION_REQUESTED', 'ORDER_REVOKED', 'ENTRIES_RESCREENED']);

    // Revoked, the order admits nothing more: its workflow ends (its history kept as a replay fixture).
    const handle = sys.app.get(Client).workflow.getHandle(enforcementOrderWorkflowId(proposed.id));
    expect((await handle.result()).status).toBe('REVOKED');
    await recordHistory(handle, 'enforcement-order-proposed-issued-revoked');

    // A revoked order cannot be revoked again: 409 with the reason, nothing written.
    const events = await orderEvents(proposed.id);
    const again = expectContract(await sys.http.post(`/api/v1/orders/${proposed.id}/revocation-requests`).set(as('supervisor')).send({ reason: 'Again' }).expect(409));
    expect(again.body).toMatchObject({ message: 'The order is already revoked.', reason: 'IllegalTransition' });
    expect(await orderEvents(proposed.id)).toBe(events);
  });

  it('refuses self-approval, and approval by a supervisor investigating the facility, with 409 and nothing changed', async () => {
    const facilityId = await newFacility(`Four Eyes Works ${Date.now()}`);
    const proposed = await propose(facilityId, { productCategories: ['SHOES'] });
    const events = await orderEvents(proposed.id);
    const own = expectContract(await sys.http.post(`/api/v1/orders/${proposed.id}/approve`).set(as('supervisor')).send({ reason: 'Mine' }).expect(409));
    expect(own.body).toMatchObject({ message: 'You requested this step; a second supervisor must decide it.', reason: 'FourEyes' });

    // supervisor2 takes a case on the facility: they may no longer decide on its orders.
    await sys.http
      .post('/api/v1/cases')
      .set(as('supervisor2'))
      .send({ facilityId, allegation: { summary: 'Shoes', source: 'Press', productCategories: ['SHOES'] }, assigneeId: ids.supervisor2 })
      .expect(201);
    expect((await orderOf(proposed.id, 'supervisor2')).pendingRequest).toMatchObject({ mayDecide: false, refusal: expect.stringContaining('You investigate a case on this facility') });
    const close = expectContract(await sys.http.post(`/api/v1/orders/${proposed.id}/approve`).set(as('supervisor2')).send({ reason: 'Mine too' }).expect(409));
    expect(close.body.reason).toBe('FourEyes');

    expect(await orderEvents(proposed.id)).toBe(events);
    expect(await orderOf(proposed.id)).toMatchObject({ status: 'PROPOSED', pending: true, approvedBy: null });
  });

  it('refuses bad input with 400 naming the fields, writing nothing', async () => {
    const facilityId = await newFacility(`Bad Input Works ${Date.now()}`);
    const before = (await sys.db.query('SELECT count(*)::int AS n FROM enforcement_orders'))[0].n as number;
    const bad = expectContract(
      await sys.http.post('/api/v1/orders').set(as('supervisor')).send({ kind: 'EMBARGO', facilityId: 'nope', productCategories: ['garments'], effectiveFrom: '2026-02-30', reason: '' }).expect(400),
    );
    expect(Object.keys(bad.body.fields).sort()).toEqual(['effectiveFrom', 'facilityId', 'kind', 'productCategories', 'reason']);
    const unknown = expectContract(
      await sys.http.post('/api/v1/orders').set(as('supervisor')).send({ kind: 'FINDING', facilityId, productCategories: ['SPACESHIPS'], effectiveFrom: today(), reason: 'x' }).expect(400),
    );
    expect(unknown.body.fields).toEqual({ productCategories: ['unknown product categories: SPACESHIPS'] });
    expect((await sys.db.query('SELECT count(*)::int AS n FROM enforcement_orders'))[0].n).toBe(before);

    const proposed = await propose(facilityId);
    await sys.http.post(`/api/v1/orders/${proposed.id}/approve`).set(as('supervisor2')).send({ reason: 'ok' }).expect(200);
    const events = await orderEvents(proposed.id);
    const empty = expectContract(await sys.http.post(`/api/v1/orders/${proposed.id}/modification-requests`).set(as('supervisor')).send({ reason: 'Nothing named' }).expect(400));
    expect(Object.keys(empty.body.fields).sort()).toEqual(['effectiveFrom', 'productCategories']);
    expect(await orderEvents(proposed.id)).toBe(events);
  });

  it('closing a case FINDING_RECOMMENDED proposes a finding (19 CFR 12.42(f)), entered once a supervisor approves it from the approvals queue', async () => {
    const facilityId = await newFacility(`Finding Works ${Date.now()}`);
    const opened = (
      await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId, allegation: { summary: 'Carpets knotted by prisoners', source: 'Former inmate', productCategories: ['CARPETS'] } })
        .expect(201)
    ).body as { id: string };
    await sys.http.post(`/api/v1/cases/${opened.id}/investigation-requests`).set(as('investigator')).send({}).expect(200);
    await sys.http.post(`/api/v1/cases/${opened.id}/prc-report`).set(as('investigator')).send({}).expect(200);
    await sys.http.post(`/api/v1/cases/${opened.id}/enforcement-review`).set(as('investigator')).send({}).expect(200);
    await sys.http.post(`/api/v1/cases/${opened.id}/close`).set(as('investigator')).send({ outcome: 'FINDING_RECOMMENDED', note: 'Established by the PRC report' }).expect(200);

    await waitFor(async () => (await ordersOf(facilityId)).length === 1);
    const [finding] = await ordersOf(facilityId);
    expect(finding).toMatchObject({ reference: expect.stringMatching(/^FND-\d{4}-\d{4}$/), kind: 'FINDING', status: 'PROPOSED', legalBasis: '19 CFR 12.42(f)', caseId: opened.id, productCategories: ['CARPETS'] });
    // In the approvals queue supervisors already work from.
    const queue = expectContract(await sys.http.get('/api/v1/approvals?status=pending').set(as('supervisor')).expect(200)).body as { id: string; orderId: string | null; kind: string; mayDecide: boolean }[];
    const queued = queue.find((a) => a.orderId === finding.id)!;
    expect(queued).toMatchObject({ kind: 'ISSUE_ORDER', mayDecide: true });
    // Proposed, it is no finding yet; and a decision on an order cannot be backdated.
    expect((await orderOf(finding.id)).issuedAt).toBeNull();
    const dated = expectContract(
      await sys.http.post(`/api/v1/approvals/${queued.id}/approve`).set(as('supervisor')).send({ reason: 'Confirmed', decidedAt: iso(Date.now() - DAY) }).expect(400),
    );
    expect(Object.keys(dated.body.fields)).toEqual(['decidedAt']);
    const entered = expectContract(await sys.http.post(`/api/v1/approvals/${queued.id}/approve`).set(as('supervisor')).send({ reason: 'Finding confirmed' }).expect(200)).body as Order;
    expect(entered).toMatchObject({ id: finding.id, status: 'ACTIVE', approvedBy: ids.supervisor });
  });

  it('policy staff see the register in aggregate, and neither the list nor an order', async () => {
    const facilityId = await newFacility(`Aggregate Works ${Date.now()}`);
    const proposed = await propose(facilityId, { productCategories: ['TEA'] });
    const aggregate = expectContract(await sys.http.get('/api/v1/orders/aggregate').set(as('policy')).expect(200)).body;
    expect(Object.keys(aggregate).sort()).toEqual(['byCategory', 'byKind', 'byStatus', 'byYear', 'total']);
    const [{ n }] = await sys.db.query(`SELECT count(*)::int AS n FROM enforcement_orders WHERE 'TEA' = ANY(product_categories)`);
    expect(aggregate.byCategory).toContainEqual({ key: 'TEA', count: n });
    expect(aggregate.byYear).toContainEqual({ year: thisYear(), count: aggregate.total });
    expect(JSON.stringify(aggregate)).not.toContain(proposed.id);
    expect(JSON.stringify(aggregate)).not.toContain('Credible reports');

    expectContract(await sys.http.get(`/api/v1/orders/${proposed.id}`).set(as('policy')).expect(403));
    expectContract(await sys.http.get('/api/v1/orders').set(as('policy')).expect(403));
    expectContract(await sys.http.get('/api/v1/orders/aggregate').set(as('importer')).expect(403));
  });
});
