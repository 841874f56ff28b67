import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { rescreenOpenEntries } from '../../apps/worker/src/activities/rescreen-entries';
import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const today = () => new Date().toISOString().slice(0, 10);

function entryBody(facilityId: string | undefined, manufacturerName: string, overrides: Record<string, unknown> = {}) {
  return {
    manufacturer: { facilityId, name: manufacturerName },
    productCategory: 'GARMENTS',
    htsCode: '6203.42',
    quantity: 1200,
    valueUsd: 18500.5,
    importedOn: today(),
    certification: {
      supplierCertificateOfOrigin: { issuer: 'Qingdao Textiles Ltd', number: `CO-${Math.random().toString(36).slice(2, 8)}`, issuedOn: today() },
      dueDiligenceStatement: { manufacturerName, statement: 'Audited the factory and its subcontractors on site', signedBy: 'Ann Importer', signedOn: today() },
    },
    ...overrides,
  };
}

describe('import controls through the API', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('entries');
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'supervisor2@example.gov', 'importer@example.com', 'importer2@example.com']) {
      tokens[who.split('@')[0]] = await sys.login(who);
    }
  });
  afterAll(() => sys?.stop());

  const newFacility = async (name: string) => (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name }).expect(201)).body.id as string;
  const entryCount = async () => (await sys.db.query('SELECT count(*)::int AS n FROM entries'))[0].n as number;
  const status = async (id: string, who = 'importer') => (await sys.http.get(`/api/v1/entries/${id}`).set(as(who)).expect(200)).body;

  it('refuses invalid certifications with 400 naming each field, creating nothing', async () => {
    const before = await entryCount();
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const res = expectContract(
      await sys.http
        .post('/api/v1/entries')
        .set(as('importer'))
        .send(entryBody(undefined, '', { valueUsd: -5, importedOn: 'yesterday' }))
        .expect(400),
    );
    expect(Object.keys(res.body.fields)).toEqual(expect.arrayContaining(['manufacturer.name', 'valueUsd', 'importedOn']));
    const later = await sys.http.post('/api/v1/entries').set(as('importer')).send(entryBody(undefined, 'Some Works', { importedOn: future, productCategory: 'SPACESHIPS' })).expect(400);
    expect(later.body.fields).toEqual({
      importedOn: ['the date of importation cannot be in the future'],
      productCategory: ['unknown product category SPACESHIPS'],
    });
    expect(await entryCount()).toBe(before);
  });

  it('detains an entry whose certification is missing, and hides it from another importer', async () => {
    const facilityId = await newFacility('Hebei Umbrella Works');
    const body = entryBody(facilityId, 'Hebei Umbrella Works', { productCategory: 'UMBRELLAS' });
    const res = expectContract(await sys.http.post('/api/v1/entries').set(as('importer')).send({ ...body, certification: { dueDiligenceStatement: body.certification.dueDiligenceStatement } }).expect(201));
    expect(res.body).toMatchObject({ status: 'DETAINED', reference: expect.stringMatching(/^ENT-\d{4}-\d{6}$/) });
    expect(res.body.holdReasons.map((r: { code: string }) => r.code)).toEqual(['CERTIFICATION_MISSING']);
    const proofClock = res.body.clocks.find((c: { kind: string }) => c.kind === 'ENTRY_PROOF');
    expect(proofClock).toMatchObject({ state: 'on_track', owedBy: 'IMPORTER', legalBasis: expect.stringContaining('19 CFR 12.43') });

    await sys.http.get(`/api/v1/entries/${res.body.id}`).set(as('importer2')).expect(404);
    await sys.http.post(`/api/v1/entries/${res.body.id}/proof`).set(as('importer2')).send({ statement: 'x', documents: [] }).expect(404);
    const theirs = expectContract(await sys.http.get('/api/v1/entries').set(as('importer2')).expect(200));
    expect(theirs.body.map((e: { id: string }) => e.id)).not.toContain(res.body.id);
    await sys.http.post(`/api/v1/entries/${res.body.id}/release`).set(as('importer')).send({ reason: 'mine' }).expect(403);

    // The importer answers with proof; a supervisor releases.
    await sys.http.post(`/api/v1/entries/${res.body.id}/proof`).set(as('importer')).send({ statement: 'Certificate of origin attached', documents: ['CO-778.pdf'] }).expect(200);
    const released = expectContract(await sys.http.post(`/api/v1/entries/${res.body.id}/release`).set(as('supervisor')).send({ reason: 'Certificate verified with the supplier' }).expect(200));
    expect(released.body.status).toBe('RELEASED');
    const again = await sys.http.post(`/api/v1/entries/${res.body.id}/export`).set(as('importer')).send({}).expect(409);
    expect(again.body.message).toMatch(/released/i);
  });

  it('holds the open entries of a facility on the grounds its status gives: blocked, then released when unblocked unless another ground holds them', async () => {
    const name = 'Jinan Hydraulic Press Works';
    const facilityId = await newFacility(name);
    // A supervisor's case puts the facility under investigation: high-risk goods from it are detained.
    const c = await sys.http.post('/api/v1/cases').set(as('supervisor')).send({ facilityId, allegation: { summary: 'Presses made in the prison workshop', source: 'NGO', productCategories: ['MACHINE_PRESSES'] } }).expect(201);
    await waitFor(async () => (await sys.http.get(`/api/v1/facilities/${facilityId}`).set(as('supervisor'))).body.status === 'UNDER_INVESTIGATION');
    const pending: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await sys.http.post('/api/v1/entries').set(as('importer')).send(entryBody(facilityId, name, { productCategory: 'MACHINE_PRESSES', htsCode: '8462.29' })).expect(201);
      expect(res.body.status).toBe('DETAINED');
      expect(res.body.holdReasons.map((r: { code: string }) => r.code)).toEqual(['HIGH_RISK_UNDER_INVESTIGATION']);
      pending.push(res.body.id);
    }
    const incomplete = entryBody(facilityId, name, { productCategory: 'MACHINE_PRESSES', htsCode: '8462.29' });
    const held = await sys.http.post('/api/v1/entries').set(as('importer')).send({ ...incomplete, certification: { supplierCertificateOfOrigin: incomplete.certification.supplierCertificateOfOrigin } }).expect(201);
    expect(held.body.status).toBe('DETAINED');

    // Access refused; a second supervisor confirms the block.
    await sys.http.post(`/api/v1/cases/${c.body.id}/visit-requests`).set(as('supervisor')).send({}).expect(200);
    const denied = await sys.http.post(`/api/v1/cases/${c.body.id}/access-denied`).set(as('supervisor')).send({}).expect(200);
    await sys.http.post(`/api/v1/approvals/${denied.body.approvals[0].id}/approve`).set(as('supervisor2')).send({ reason: 'Refusal documented' }).expect(200);

    // Every change of the facility's status screens them again (under investigation, access denied, blocked).
    const heldFor = async (id: string) => (await status(id)).holdReasons.map((r: { code: string }) => r.code).join();
    await waitFor(async () => (await Promise.all(pending.map((id) => heldFor(id)))).every((codes) => codes === 'BLOCKED_MANUFACTURER'));
    for (const id of pending) {
      const entry = await status(id);
      expect(entry.status).toBe('DETAINED');
      expect(entry.timeline.slice(0, 2).map((e: { type: string }) => e.type)).toEqual(['ENTRY_FILED', 'ENTRY_SCREENED']);
      // The detention on the block names the facility change that caused it.
      const rescreened = entry.timeline.slice(2);
      expect(rescreened.every((e: { type: string }) => e.type === 'ENTRY_RESCREENED')).toBe(true);
      expect(rescreened.find((e: { payload: { added: { code: string }[] } }) => e.payload.added.some((r) => r.code === 'BLOCKED_MANUFACTURER'))!.payload).toMatchObject({
        outcome: 'DETAINED',
        cause: { kind: 'FACILITY_STATUS', ref: expect.stringContaining(facilityId), text: expect.any(String) },
      });
    }
    await waitFor(async () => (await status(held.body.id)).holdReasons.map((r: { code: string }) => r.code).join() === 'BLOCKED_MANUFACTURER,CERTIFICATION_MISSING');

    // Unblocking: legal now that the facility is blocked; asked by one supervisor, refused to the same one, granted by a second.
    await waitFor(async () => (await sys.http.get(`/api/v1/facilities/${facilityId}`).set(as('supervisor'))).body.status === 'BLOCKED');
    const blocked = expectContract(await sys.http.get(`/api/v1/facilities/${facilityId}`).set(as('supervisor')).expect(200));
    expect(blocked.body).toMatchObject({ legalActions: ['REQUEST_UNBLOCK'], unblockRefusal: null });
    const asked = await sys.http
      .post(`/api/v1/facilities/${facilityId}/unblock-requests`)
      .set(as('supervisor'))
      .send({ ground: 'REMEDIATION_PETITION', petition: 'Prison workshop closed; production moved to a civilian plant audited in October', reason: 'Remediation shown' })
      .expect(200);
    expect(asked.body.status).toBe('BLOCKED');
    // The facility says a second request is not legal while this one waits, and why.
    expect(asked.body).toMatchObject({ legalActions: [], unblockRefusal: 'An unblock request is already waiting for a decision.' });
    const [request] = (await sys.http.get('/api/v1/approvals').set(as('supervisor2')).expect(200)).body.filter((a: { kind: string }) => a.kind === 'UNBLOCK_FACILITY');
    const own = await sys.http.post(`/api/v1/approvals/${request.id}/approve`).set(as('supervisor')).send({ reason: 'mine' }).expect(409);
    expect(own.body.message).toMatch(/second supervisor/);
    const cleared = expectContract(await sys.http.post(`/api/v1/approvals/${request.id}/approve`).set(as('supervisor2')).send({ reason: 'Audit report checked' }).expect(200));
    expect(cleared.body.status).toBe('CLEARED');
    expect(cleared.body).toMatchObject({ legalActions: [], unblockRefusal: 'The facility is CLEARED, not blocked.' });
    expect(cleared.body.statusHistory.map((h: { to: string }) => h.to)).toEqual(['UNDER_INVESTIGATION', 'ACCESS_DENIED', 'BLOCKED', 'CLEARED']);

    await waitFor(async () => (await Promise.all(pending.map((id) => status(id)))).every((e) => e.status === 'RELEASED'));
    for (const id of pending) {
      const rescreened = (await status(id)).timeline.filter((e: { type: string }) => e.type === 'ENTRY_RESCREENED');
      const payloads = rescreened.map((e: { payload: { outcome: string; cause: { kind: string; ref: string } } }) => e.payload);
      expect(payloads.every((p: { cause: { kind: string } }) => p.cause.kind === 'FACILITY_STATUS')).toBe(true);
      expect(new Set(payloads.map((p: { cause: { ref: string } }) => p.cause.ref)).size).toBe(payloads.length);
      expect(payloads.at(-1)).toEqual(
        expect.objectContaining({ outcome: 'RELEASED', removed: [expect.objectContaining({ code: 'BLOCKED_MANUFACTURER' })], cause: expect.objectContaining({ kind: 'FACILITY_STATUS' }) }),
      );
    }
    await waitFor(async () => (await status(held.body.id)).holdReasons.length === 1);
    const stillHeld = await status(held.body.id);
    expect(stillHeld.status).toBe('DETAINED');
    expect(stillHeld.holdReasons.map((r: { code: string }) => r.code)).toEqual(['CERTIFICATION_MISSING']);
  });

  it('answers an importer checking a manufacturer and category before shipping', async () => {
    const facilityId = await newFacility('Red Star Tea Estate');
    const c = await sys.http.post('/api/v1/cases').set(as('investigator')).send({ facilityId, allegation: { summary: 'Tea picked by prisoners', source: 'Laogai Research Foundation', productCategories: ['TEA'] } }).expect(201);
    expect(c.body.stage).toBe('OPEN');
    await waitFor(async () => (await sys.http.get(`/api/v1/facilities/${facilityId}`).set(as('supervisor'))).body.status === 'UNDER_INVESTIGATION');
    const res = expectContract(await sys.http.get('/api/v1/screening').query({ manufacturer: 'red star tea estate', category: 'TEA' }).set(as('importer')).expect(200));
    expect(res.body).toMatchObject({ decision: 'DETAIN', manufacturer: { facilityId, status: 'UNDER_INVESTIGATION' } });
    expect(res.body.reasons.map((r: { code: string }) => r.code)).toEqual(['HIGH_RISK_UNDER_INVESTIGATION']);
    const elsewhere = await sys.http.get('/api/v1/screening').query({ manufacturer: 'Unknown Co', category: 'TEA' }).set(as('importer')).expect(200);
    expect(elsewhere.body.decision).toBe('RELEASE');
  });

  it('detains a later entry covered by an order in the register, naming the order; revoking it releases what it alone held, once', async () => {
    const name = 'Guangdong Artificial Flower Factory No. 2';
    const facilityId = await newFacility(name);
    const reference = `WRO-2026-${Math.floor(1000 + Math.random() * 8999)}`;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await sys.db.query(
      `INSERT INTO enforcement_orders (id, reference, kind, facility_id, product_categories, legal_basis, reason, effective_from, issued_at, requested_by)
       VALUES ($1, $2, 'WRO', $3, '{ARTIFICIAL_FLOWERS}', '19 CFR 12.42(e)', 'Flowers assembled in the prison workshop', $4, now(), 'system')`,
      [randomUUID(), reference, facilityId, yesterday],
    );
    const flowers = { productCategory: 'ARTIFICIAL_FLOWERS', htsCode: '6702.90' };
    const covered = expectContract(await sys.http.post('/api/v1/entries').set(as('importer')).send(entryBody(facilityId, name, flowers)).expect(201));
    expect(covered.body.status).toBe('DETAINED');
    expect(covered.body.holdReasons).toEqual([
      {
        code: 'ENFORCEMENT_ORDER',
        ref: reference,
        text: `Withhold Release Order ${reference} (19 CFR 12.42(e)) covers goods in ARTIFICIAL_FLOWERS from ${name} (facility ${facilityId}) imported on or after ${yesterday}.`,
      },
    ]);
    // Goods of a category the order does not name pass it.
    const tea = await sys.http.post('/api/v1/entries').set(as('importer')).send(entryBody(facilityId, name, { productCategory: 'TEA', htsCode: '0902.10' })).expect(201);
    expect(tea.body.holdReasons).toEqual([]);
    // Screened clean: released at once, its decision clock met the moment it was filed.
    expect(tea.body.status).toBe('RELEASED');
    expect(tea.body.clocks).toEqual([expect.objectContaining({ kind: 'ENTRY_DECISION', state: 'met' })]);
    expect(tea.body.timeline.map((e: { type: string }) => e.type)).toEqual(['ENTRY_FILED', 'ENTRY_SCREENED']);
    // An importer checking before shipping is told the same.
    const preview = expectContract(await sys.http.get('/api/v1/screening').query({ manufacturer: name, category: 'ARTIFICIAL_FLOWERS' }).set(as('importer')).expect(200));
    expect(preview.body.reasons).toEqual([expect.objectContaining({ code: 'ENFORCEMENT_ORDER', ref: reference })]);

    // Revoked: the register's re-screen reaches the entry, and a repeated signal changes nothing.
    await sys.db.query(`UPDATE enforcement_orders SET status = 'REVOKED', revoked_at = now() WHERE reference = $1`, [reference]);
    const cause = { kind: 'ORDER' as const, ref: `${reference}:revoked`, text: `${reference} revoked` };
    const temporal = sys.app.get(Client);
    expect(await rescreenOpenEntries(sys.db, temporal, facilityId, cause)).toBeGreaterThanOrEqual(1);
    await waitFor(async () => (await status(covered.body.id)).status === 'RELEASED');
    await rescreenOpenEntries(sys.db, temporal, facilityId, cause);
    const released = await status(covered.body.id);
    expect(released.holdReasons).toEqual([]);
    const rescreened = released.timeline.filter((e: { type: string }) => e.type === 'ENTRY_RESCREENED');
    expect(rescreened.map((e: { payload: unknown }) => e.payload)).toEqual([
      expect.objectContaining({ outcome: 'RELEASED', added: [], removed: [expect.objectContaining({ ref: reference })], cause }),
    ]);
  });
});
