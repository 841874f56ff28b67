import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'superagent';
import { createAnchor, loadAnchorKey, PasswordLinkRepository, writeAnchor } from '@mou/persistence';
import { createOpenApiDocument } from '../../apps/api/src/app.factory';
import { expectContract, OPENAPI_FILE, operationsNotAnswered } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const dateDaysAgo = (days: number) => daysAgo(days).slice(0, 10);
const today = () => new Date().toISOString().slice(0, 10);

/** Collects a binary body (the PDF) byte for byte as a string, the form the document's `format: binary` string takes. */
const binary = (res: Response, done: (error: Error | null, body: string) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks).toString('latin1')));
};

/** Takes the first block of a server-sent event stream as the body, then hangs up. */
const firstEvent = (res: Response, done: (error: Error | null, body: string) => void) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    text += chunk;
    if (text.includes('\n\n')) {
      done(null, text);
      (res as unknown as { destroy(): void }).destroy();
    }
  });
};

function entryBody(facilityId: string, name: string, certification: Record<string, unknown> | 'complete' = 'complete') {
  return {
    manufacturer: { facilityId, name },
    productCategory: 'GARMENTS',
    htsCode: '6203.42',
    quantity: 100,
    valueUsd: 2500.5,
    importedOn: today(),
    certification:
      certification === 'complete'
        ? {
            supplierCertificateOfOrigin: { issuer: 'Qingdao Textiles Ltd', number: `CO-${Math.random().toString(36).slice(2, 8)}`, issuedOn: today() },
            dueDiligenceStatement: { manufacturerName: name, statement: 'Audited on site', signedBy: 'Ann Importer', signedOn: today() },
          }
        : certification,
  };
}

/**
 * Every operation of docs/openapi.json, called for real: each success answer and the main error
 * answers (400 with fields, 401, 403, 404, 409, 413, 429) must satisfy the document.
 */
describe('the API answers as docs/openapi.json says', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const ids: Record<string, string> = {};
  // A programme year that ended long ago (its review runs through at once) and one still running;
  // dates no other suite uses, as workflow ids are shared on the one Temporal server.
  const endedYear = dateDaysAgo(440);
  const runningYear = dateDaysAgo(23);

  beforeAll(async () => {
    const anchors = mkdtempSync(join(tmpdir(), 'mou-contract-anchors-'));
    writeFileSync(join(anchors, 'anchor.key'), randomBytes(32).toString('hex'));
    sys = await startTestSystem('contract', { LOGIN_RATE_LIMIT_PER_MINUTE: '5', CHAIN_ANCHOR_DIR: anchors, CHAIN_ANCHOR_KEY_FILE: join(anchors, 'anchor.key') });
    for (const who of ['investigator@example.gov', 'investigator2@example.gov', 'supervisor@example.gov', 'supervisor2@example.gov', 'policy@example.gov', 'admin@example.gov', 'importer@example.com']) {
      tokens[who.split('@')[0]] = await sys.login(who);
    }
  });
  afterAll(() => sys?.stop());

  const openCase = async (who = 'investigator', facilityId = ids.facility) =>
    expectContract(
      await sys.http
        .post('/api/v1/cases')
        .set(as(who))
        .send({ facilityId, allegation: { summary: 'Garments sewn by prisoners', source: 'Former inmate', productCategories: ['GARMENTS'] } })
        .expect(201),
    ).body as { id: string; facilityId: string; approvals: { id: string }[] };
  const post = async (path: string, who: string, body: object, status = 200) => expectContract(await sys.http.post(path).set(as(who)).send(body).expect(status));
  const get = async (path: string, who: string, status = 200) => expectContract(await sys.http.get(path).set(as(who)).expect(status));

  it('is what the code produces', () => {
    const committed = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
    expect(JSON.parse(JSON.stringify(createOpenApiDocument(sys.app)))).toEqual(committed);
  });

  it('health and sign-in', async () => {
    expectContract(await sys.http.get('/api/v1/health').expect(200));
    expectContract(await sys.http.post('/api/v1/auth/login').send({ email: 'supervisor@example.gov', password: 'demo-password' }).expect(200));
    await get('/api/v1/auth/me', 'investigator');
  });

  it('facilities, reference data and people', async () => {
    ids.facility = (await post('/api/v1/facilities', 'supervisor', { name: 'Contract Garment Works', province: 'Hebei' }, 201)).body.id;
    await get('/api/v1/facilities', 'supervisor');
    await get(`/api/v1/facilities/${ids.facility}`, 'supervisor');
    await get('/api/v1/facilities/aggregate', 'policy');
    await get('/api/v1/product-categories', 'importer');
    await post('/api/v1/product-categories', 'admin', { code: 'CONTRACT_PADS', name: 'Brake pads', hts: '8708', source: 'Customs ruling 2026' }, 201);
    expectContract(await sys.http.patch('/api/v1/product-categories/CONTRACT_PADS').set(as('admin')).send({ highRisk: false }).expect(200));
    await get('/api/v1/users?role=investigator', 'supervisor');
    await get('/api/v1/rules/deadlines', 'investigator');
    await get('/api/v1/rules/case-stages', 'investigator');
  });

  it('a case from opening to closing, reopened and withdrawn', async () => {
    const c = await openCase();
    ids.case = c.id;
    await get('/api/v1/cases', 'investigator');
    await get(`/api/v1/cases/${c.id}`, 'investigator');
    await get(`/api/v1/cases/${c.id}/verification`, 'investigator');
    await post(`/api/v1/cases/${c.id}/investigation-requests`, 'investigator', { note: 'Diplomatic note 26-114' });
    await post(`/api/v1/cases/${c.id}/visit-requests`, 'investigator', {});
    await post(`/api/v1/cases/${c.id}/prc-report`, 'investigator', {});
    await post(`/api/v1/cases/${c.id}/visit-schedule`, 'investigator', { scheduledFor: '2027-01-10' });
    await post(`/api/v1/cases/${c.id}/visit`, 'investigator', { fullAccess: true });
    await post(`/api/v1/cases/${c.id}/us-report`, 'investigator', {});
    await post(`/api/v1/cases/${c.id}/enforcement-review`, 'investigator', {});
    await post(`/api/v1/cases/${c.id}/close`, 'investigator', { outcome: 'NO_ACTION' });
    await post(`/api/v1/cases/${c.id}/reopen`, 'investigator', { note: 'New witness' });
    await post(`/api/v1/cases/${c.id}/withdraw`, 'investigator', { note: 'Allegation retracted' });
  });

  it('clocks paused, resumed and extended, a case reassigned', async () => {
    const c = await openCase();
    await post(`/api/v1/cases/${c.id}/visit-requests`, 'investigator', {});
    await post(`/api/v1/cases/${c.id}/deadlines/PRC_VISIT-1/pause`, 'supervisor', { reason: 'PRC asked for evidence' });
    await post(`/api/v1/cases/${c.id}/deadlines/PRC_VISIT-1/resume`, 'supervisor', { reason: 'Evidence sent' });
    await post(`/api/v1/cases/${c.id}/deadlines/PRC_VISIT-1/extend`, 'supervisor', { reason: 'Holiday week', days: 14 });
    const other = (await get('/api/v1/auth/me', 'investigator2')).body.id;
    await post(`/api/v1/cases/${c.id}/reassign`, 'supervisor', { assigneeId: other, reason: 'Leave' });
  });

  it('the board, its exports, escalations and the inbox', async () => {
    const c = await openCase();
    await post(`/api/v1/cases/${c.id}/visit-requests`, 'investigator', { requestedAt: daysAgo(65) });
    await waitFor(async () => (await sys.http.get(`/api/v1/cases/${c.id}`).set(as('investigator'))).body.escalationLevel === 2);
    await get(`/api/v1/cases/${c.id}`, 'investigator');
    await get('/api/v1/cases?overdue=true&sort=-openedAt&pageSize=5', 'supervisor');
    await get(`/api/v1/deadlines?facilityId=${ids.facility}`, 'supervisor');
    await get('/api/v1/deadlines.csv', 'supervisor');
    await get('/api/v1/cases.csv', 'supervisor');
    const escalations = (await get('/api/v1/escalations', 'supervisor')).body as { id: string; caseId: string; type: string }[];
    const breach = escalations.find((e) => e.caseId === c.id && e.type === 'BREACH')!;
    await post(`/api/v1/escalations/${encodeURIComponent(breach.id)}/acknowledge`, 'supervisor', { note: 'Raised with the embassy' });
    await get('/api/v1/escalations?unacknowledged=false', 'supervisor');
    await waitFor(async () => (await sys.http.get('/api/v1/notifications').set(as('investigator'))).body.items.length > 0);
    const inbox = (await get('/api/v1/notifications', 'investigator')).body as { items: { id: string }[] };
    await post(`/api/v1/notifications/${inbox.items[0].id}/read`, 'investigator', {});
    await get('/api/v1/notifications?unread=true', 'investigator');
    // This suite has no SMTP relay: the breach e-mail is marked failed here as the dispatcher marks it after its last attempt.
    const [[mail]] = await sys.db.query(
      `UPDATE notifications SET status = 'failed', attempts = 10, last_error = '451 Mailbox busy' WHERE channel = 'email' AND link = $1 AND kind = 'BREACH' AND id = (
         SELECT id FROM notifications WHERE channel = 'email' AND link = $1 AND kind = 'BREACH' LIMIT 1) RETURNING id`,
      [`/cases/${c.id}`],
    );
    expect((await get('/api/v1/failed-messages', 'admin')).body.items.map((m: { id: string }) => m.id)).toEqual([mail.id]);
    await post(`/api/v1/failed-messages/${mail.id}/retry`, 'admin', {});
  });

  it('the live stream', async () => {
    const stream = sys.http.get('/api/v1/events/stream').query({ access_token: tokens.supervisor }).buffer(true).parse(firstEvent);
    const answered = stream.then((res) => res);
    await new Promise((r) => setTimeout(r, 300));
    await openCase();
    const res = await answered;
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expectContract(res);
  });

  it('four-eyes approvals: a block approved on a case, an unblock refused on the facility', async () => {
    const facilityId = (await post('/api/v1/facilities', 'supervisor', { name: 'Contract Press Works' }, 201)).body.id;
    const c = await openCase('supervisor', facilityId);
    await post(`/api/v1/cases/${c.id}/visit-requests`, 'supervisor', {});
    const denied = await post(`/api/v1/cases/${c.id}/access-denied`, 'supervisor', { note: 'Refused at the gate' });
    await get('/api/v1/approvals', 'supervisor2');
    await post(`/api/v1/approvals/${denied.body.approvals[0].id}/approve`, 'supervisor2', { reason: 'Refusal documented' });
    await waitFor(async () => (await sys.http.get(`/api/v1/facilities/${facilityId}`).set(as('supervisor'))).body.status === 'BLOCKED');
    await post(`/api/v1/facilities/${facilityId}/unblock-requests`, 'supervisor', {
      ground: 'REMEDIATION_PETITION',
      petition: 'Workshop closed',
      reason: 'Remediation shown',
    });
    const pending = (await get('/api/v1/approvals?status=pending', 'supervisor2')).body as { id: string; kind: string }[];
    const unblock = pending.find((a) => a.kind === 'UNBLOCK_FACILITY')!;
    const refused = await post(`/api/v1/approvals/${unblock.id}/reject`, 'supervisor2', { reason: 'No audit report' });
    expect(refused.body).toMatchObject({ id: facilityId, status: 'BLOCKED' });
    await get('/api/v1/approvals?status=approved', 'supervisor');
  });

  it('the register of orders: proposed, approved, modified and revoked, through its routes and the approvals queue; the aggregate', async () => {
    const facilityId = (await post('/api/v1/facilities', 'supervisor', { name: 'Contract Register Works' }, 201)).body.id;
    const proposed = await post('/api/v1/orders', 'supervisor', { kind: 'WRO', facilityId, productCategories: ['GARMENTS'], effectiveFrom: today(), reason: 'Credible reports' }, 201);
    await get('/api/v1/orders?status=PROPOSED&kind=WRO&category=GARMENTS', 'supervisor');
    await post(`/api/v1/orders/${proposed.body.id}/approve`, 'supervisor2', { reason: 'Reports verified' });
    await post(`/api/v1/orders/${proposed.body.id}/modification-requests`, 'supervisor', { effectiveFrom: dateDaysAgo(30), reason: 'Earlier shipments' });
    await post(`/api/v1/orders/${proposed.body.id}/reject`, 'supervisor2', { reason: 'Not shown' });
    await post(`/api/v1/orders/${proposed.body.id}/revocation-requests`, 'supervisor', { reason: 'Remediated' });
    const queued = (await get('/api/v1/approvals?status=pending', 'supervisor2')).body as { id: string; orderId: string | null }[];
    await post(`/api/v1/approvals/${queued.find((a) => a.orderId === proposed.body.id)!.id}/approve`, 'supervisor2', { reason: 'Audit received' });
    await get(`/api/v1/orders/${proposed.body.id}`, 'supervisor');
    await get('/api/v1/orders/aggregate', 'policy');
  });

  it('petitions, the reciprocal request, the diplomatic note and the bilateral agenda', async () => {
    const c = await openCase();
    await post(`/api/v1/cases/${c.id}/petition`, 'investigator', { petitioner: 'Labor rights group', goods: 'Garments', conforming: true, receivedAt: daysAgo(2) });
    await post(`/api/v1/cases/${c.id}/petition/forwarded`, 'investigator', {});
    await post(`/api/v1/cases/${c.id}/prc-investigation-requests`, 'investigator', {});
    await post(`/api/v1/cases/${c.id}/us-investigation-report`, 'investigator', {});
    // A visit requested 95 days ago: the breach drafts the note, the senior escalation puts the case on the agenda.
    await post(`/api/v1/cases/${c.id}/visit-requests`, 'investigator', { requestedAt: daysAgo(95) });
    let noteId = '';
    await waitFor(async () => {
      noteId = (await sys.http.get(`/api/v1/cases/${c.id}`).set(as('supervisor'))).body.notes?.[0]?.id ?? '';
      return noteId !== '';
    });
    await post(`/api/v1/cases/${c.id}/notes/${noteId}/text`, 'supervisor', { text: 'The Embassy refers to its request.' });
    await post(`/api/v1/cases/${c.id}/notes/${noteId}/approval`, 'supervisor2', {});
    await post(`/api/v1/cases/${c.id}/notes/${noteId}/sent`, 'supervisor2', {});
    await waitFor(async () => (await sys.http.get('/api/v1/agenda').set(as('policy'))).body.items?.length > 0);
    await get('/api/v1/agenda', 'policy');
    await get('/api/v1/agenda', 'supervisor');
    await post('/api/v1/agenda/meetings', 'supervisor', { heldOn: new Date(Date.now() + 40 * DAY).toISOString().slice(0, 10) }, 201);
  });

  it('import entries through each of their moves, and screening', async () => {
    const file = async (certification: Record<string, unknown> | 'complete' = {}) =>
      (await post('/api/v1/entries', 'importer', entryBody(ids.facility, 'Contract Garment Works', certification), 201)).body.id as string;
    const released = await file();
    await file('complete');
    await get('/api/v1/entries', 'importer');
    await get(`/api/v1/entries/${released}`, 'importer');
    await get(`/api/v1/entries/${released}/verification`, 'importer');
    await post(`/api/v1/entries/${released}/extend`, 'supervisor', { reason: 'Importer asked for time' });
    await post(`/api/v1/entries/${released}/proof`, 'importer', { statement: 'Certificate attached', documents: ['CO-778.pdf'] });
    await post(`/api/v1/entries/${released}/release`, 'supervisor', { reason: 'Certificate verified' });
    const proof = { statement: 'A certificate from a supplier nobody can reach', documents: [] };
    const exported = await file();
    await post(`/api/v1/entries/${exported}/proof`, 'importer', proof);
    await post(`/api/v1/entries/${exported}/exclude`, 'supervisor', { reason: 'No proof' });
    await post(`/api/v1/entries/${exported}/export`, 'importer', {});
    const protested = await file();
    await post(`/api/v1/entries/${protested}/proof`, 'importer', proof);
    await post(`/api/v1/entries/${protested}/exclude`, 'supervisor', { reason: 'No proof' });
    await post(`/api/v1/entries/${protested}/protest`, 'importer', { grounds: 'The certificate was filed in time' });
    await post(`/api/v1/entries/${protested}/protest-decision`, 'supervisor', { grant: true, reason: 'Filed in time after all' });
    await get('/api/v1/screening?manufacturer=Contract%20Garment%20Works&category=GARMENTS', 'importer');
    await get('/api/v1/screening?manufacturer=Nobody%20Known&category=TEA', 'importer');
    // A name that comes close to a registered one is held; a supervisor confirms the facility.
    const held = (await post('/api/v1/entries', 'importer', { ...entryBody(ids.facility, 'Contract Garment Work'), manufacturer: { name: 'Contract Garment Work' } }, 201)).body;
    expect(held.nameMatch).toMatchObject({ how: 'NEAR', awaitingReview: true });
    await post(`/api/v1/entries/${held.id}/name-match`, 'supervisor', { confirm: true, reason: 'Same factory, misspelt' });
    await post(`/api/v1/entries/${held.id}/name-match`, 'supervisor', { confirm: false, reason: 'again' }, 409);
    await sys.http.put(`/api/v1/facilities/${ids.facility}/names`).set(as('supervisor')).send({ aliases: [''] }).expect(400).then(expectContract);
    expectContract(
      await sys.http.put(`/api/v1/facilities/${ids.facility}/names`).set(as('supervisor')).send({ aliases: ['Contract Sewing Workshop'], chineseName: '合同服装厂', pinyin: 'Hétong Fúzhuāng Chǎng' }).expect(200),
    );
  });

  it('the one-year review: started, reported in four formats, signed off; what-if', async () => {
    const reviewId = `mou-review-${endedYear}`;
    await post('/api/v1/reviews', 'admin', { periodStart: endedYear }, 201);
    await post('/api/v1/reviews', 'admin', { periodStart: endedYear }, 200);
    await get('/api/v1/reviews', 'policy');
    await waitFor(async () => (await sys.http.get(`/api/v1/reviews/${reviewId}`).set(as('policy'))).body.status === 'AWAITING_SIGN_OFF', 30_000);
    await get(`/api/v1/reviews/${reviewId}`, 'policy');
    await get(`/api/v1/reviews/${reviewId}/report.md`, 'policy');
    await get(`/api/v1/reviews/${reviewId}/report.html`, 'policy');
    const pdf = expectContract(await sys.http.get(`/api/v1/reviews/${reviewId}/report.pdf`).set(as('policy')).buffer(true).parse(binary).expect(200));
    expect(pdf.body).toMatch(/^%PDF-/);
    await get(`/api/v1/reviews/${reviewId}/facts.csv`, 'policy');
    await post(`/api/v1/reviews/${reviewId}/sign-off`, 'policy', { note: 'Agreed on the figures' });
    expect((await get(`/api/v1/reviews/${reviewId}/verification`, 'policy')).body.valid).toBe(true);
    await get('/api/v1/reviews/mou-review-1999-01-01/verification', 'policy', 404);
    await get(`/api/v1/reviews/what-if?from=${endedYear}&to=${dateDaysAgo(60)}&minimumRequests=3`, 'policy');
    await get('/api/v1/reviews/thresholds', 'policy');
  });

  it('holiday calendars: read, a day closed, then reopened', async () => {
    await get('/api/v1/calendars/us-federal', 'admin');
    await post('/api/v1/calendars/us-federal/closures', 'admin', { date: '2031-03-12', reason: 'Unscheduled closure' });
    await post('/api/v1/calendars/us-federal/reopenings', 'admin', { date: '2031-03-12', reason: 'Order withdrawn' });
  });

  it('settings: read, a new version saved and applied to the open cases', async () => {
    await get('/api/v1/settings', 'investigator');
    const saved = (await post('/api/v1/settings', 'admin', { reviewThresholds: { minimumRequests: 5 }, note: 'Thresholds confirmed' }, 201)).body;
    await get('/api/v1/settings/apply-to-open', 'admin');
    await post('/api/v1/settings/apply-to-open', 'admin', { version: saved.current.version }, 200);
  });

  it('people, importers, passwords, the audit log, categories retired and chains verified', async () => {
    const org = (await post('/api/v1/organisations', 'admin', { name: 'Contract Importers Ltd' }, 201)).body;
    await get('/api/v1/organisations', 'admin');
    const invited = (await post('/api/v1/people', 'admin', { email: 'contract.person@example.com', displayName: 'Cora Contract', role: 'importer', organisationId: org.id }, 201)).body;
    await get('/api/v1/people', 'admin');
    expectContract(await sys.http.patch(`/api/v1/people/${invited.person.id}/role`).set(as('admin')).send({ role: 'investigator' }).expect(200));
    await post(`/api/v1/people/${invited.person.id}/password-reset`, 'admin', {});
    // The link's token is only ever in the e-mail; this suite has no SMTP relay, so one is issued here.
    const link = await new PasswordLinkRepository(sys.db).issue(invited.person.id, 'reset', null, 1);
    await post('/api/v1/auth/set-password', 'nobody', { token: link.token, password: 'contract-password-1' });
    const signedIn = (await post('/api/v1/auth/login', 'nobody', { email: 'contract.person@example.com', password: 'contract-password-1' })).body;
    tokens.contractPerson = signedIn.accessToken;
    await post('/api/v1/auth/password', 'contractPerson', { currentPassword: 'contract-password-1', newPassword: 'contract-password-2' });
    await post(`/api/v1/people/${invited.person.id}/deactivate`, 'admin', {});
    await get('/api/v1/audit-events?action=user.&pageSize=5', 'admin');
    expectContract(await sys.http.get('/api/v1/audit-events/export.csv?action=auth.login').set(as('admin')).expect(200));
    await post('/api/v1/product-categories/CONTRACT_PADS/retire', 'admin', { source: 'Customs ruling 2027 withdrew it' });
    await get('/api/v1/product-categories?includeRetired=true', 'admin');
    await get(`/api/v1/chain-verification?subject=facility&ref=${ids.facility}`, 'admin');
    await get(`/api/v1/facilities/${ids.facility}/verification`, 'investigator');
    await get('/api/v1/facilities/not-a-uuid/verification', 'investigator', 400);
    await get('/api/v1/chain-verification?subject=audit-log', 'admin');
    await get('/api/v1/chain-verification?subject=user', 'admin', 400);
    await get('/api/v1/chain-verification/status', 'admin');
    expect((await get('/api/v1/chain-verification/anchor', 'admin', 409)).body.reason).toBe('NoAnchor');
    const key = loadAnchorKey({ keyFile: sys.config.CHAIN_ANCHOR_KEY_FILE, production: false });
    writeAnchor(sys.config.CHAIN_ANCHOR_DIR, await createAnchor(sys.db, key));
    expect((await get('/api/v1/chain-verification/anchor', 'admin')).body).toMatchObject({ valid: true, signatureValid: true });
    await get('/api/v1/chain-verification/status', 'investigator', 403);
  });

  it('documents uploaded to a case and an entry, listed, downloaded and verified', async () => {
    const upload = async (path: string, who: string) =>
      expectContract(await sys.http.post(path).set(as(who)).attach('file', Buffer.from('Visit report: no access to the east wing.\n'), { filename: 'report.txt', contentType: 'text/plain' }).expect(201)).body.id as string;
    const onCase = await upload(`/api/v1/cases/${ids.case}/documents`, 'investigator');
    await get(`/api/v1/cases/${ids.case}/documents`, 'investigator');
    const text = expectContract(await sys.http.get(`/api/v1/documents/${onCase}`).set(as('investigator')).buffer(true).parse(binary).expect(200));
    expect(text.body).toBe('Visit report: no access to the east wing.\n');
    await get(`/api/v1/documents/${onCase}/verification`, 'investigator');
    const entryId = (await post('/api/v1/entries', 'importer', entryBody(ids.facility, 'Contract Garment Works', {}), 201)).body.id;
    await upload(`/api/v1/entries/${entryId}/documents`, 'importer');
    await get(`/api/v1/entries/${entryId}/documents`, 'importer');
    await get(`/api/v1/documents/${onCase}`, 'importer', 404);
  });

  it('historical cases imported with their dated facts, and a second import finding them', async () => {
    const historical = {
      externalReference: 'CONTRACT-1',
      investigator: 'investigator@example.gov',
      openedAt: daysAgo(30),
      facility: { name: 'Imported camp', province: 'Qinghai' },
      allegation: { summary: 'Carpets', source: 'Witness', productCategories: ['CARPETS'] },
      facts: [{ type: 'REQUEST_INVESTIGATION', at: daysAgo(29), note: 'By letter' }],
    };
    const first = await post('/api/v1/imports', 'admin', { cases: [historical, { ...historical, externalReference: 'CONTRACT-2', facts: [{ type: 'ISSUE_US_REPORT', at: daysAgo(2) }] }] }, 200);
    expect(first.body).toMatchObject({ created: [{ externalReference: 'CONTRACT-1' }], refused: [{ externalReference: 'CONTRACT-2' }] });
    const again = await post('/api/v1/imports', 'admin', { cases: [historical] }, 200);
    expect(again.body.existing).toEqual([{ externalReference: 'CONTRACT-1', caseId: first.body.created[0].caseId }]);
  });

  it('answers every operation of the document with success at least once', () => {
    expect(operationsNotAnswered()).toEqual([]);
  });

  describe('errors, each in its documented shape', () => {
    it('400 naming the fields: body, query, path and Idempotency-Key', async () => {
      const body = await post('/api/v1/cases', 'investigator', { facilityId: 'nope', colour: 'red', allegation: { summary: '', source: 'x', productCategories: [] } }, 400);
      expect(Object.keys(body.body.fields).sort()).toEqual(['allegation.summary', 'colour', 'facilityId']);
      const query = await get('/api/v1/cases?stage=SOMEWHERE', 'investigator', 400);
      expect(Object.keys(query.body.fields)).toEqual(['stage']);
      const path = await get('/api/v1/cases/not-a-uuid', 'investigator', 400);
      expect(path.body.fields).toEqual({ id: ['must be a UUID'] });
      const key = expectContract(await sys.http.post('/api/v1/entries').set(as('importer')).set('Idempotency-Key', 'short').send(entryBody(ids.facility, 'x')).expect(400));
      expect(Object.keys(key.body.fields)).toEqual(['Idempotency-Key']);
      const malformed = expectContract(
        await sys.http.post('/api/v1/facilities').set(as('supervisor')).set('Content-Type', 'application/json').send('{"name":').expect(400),
      );
      expect(malformed.body.fields).toEqual({});
      await get(`/api/v1/reviews/what-if?from=${endedYear}&to=${endedYear}`, 'policy', 400);
    });

    it('401 without a token or with a bad one', async () => {
      expectContract(await sys.http.get('/api/v1/cases').expect(401));
      expectContract(await sys.http.post(`/api/v1/cases/${ids.case}/close`).set({ Authorization: 'Bearer forged' }).send({ outcome: 'NO_ACTION' }).expect(401));
      expectContract(await sys.http.post('/api/v1/auth/login').send({ email: 'supervisor@example.gov', password: 'guess' }).expect(401));
    });

    it('403 for a role without the permission', async () => {
      await get(`/api/v1/cases/${ids.case}`, 'policy', 403);
      await post('/api/v1/product-categories', 'supervisor', { code: 'NOT_MINE', name: 'x', hts: '8708', source: 'x' }, 403);
      await get('/api/v1/deadlines', 'investigator', 403);
    });

    it('404 for what does not exist or is not the caller’s to see', async () => {
      await get(`/api/v1/cases/${ids.case}`, 'investigator2', 404);
      await get('/api/v1/facilities/00000000-0000-4000-8000-000000000000', 'supervisor', 404);
      await post(`/api/v1/cases/${ids.case}/deadlines/NO_SUCH-1/extend`, 'supervisor', { reason: 'x', days: 1 }, 404);
      await get('/api/v1/reviews/mou-review-1999-01-01', 'policy', 404);
      expectContract(await sys.http.patch('/api/v1/product-categories/NO_SUCH').set(as('admin')).send({ name: 'x' }).expect(404));
    });

    it('409 with its reason', async () => {
      const c = await openCase();
      const illegal = await post(`/api/v1/cases/${c.id}/visit`, 'investigator', { fullAccess: true }, 409);
      expect(illegal.body.reason).toEqual(expect.any(String));
      const exists = await post('/api/v1/product-categories', 'admin', { code: 'CONTRACT_PADS', name: 'x', hts: '8708', source: 'x' }, 409);
      expect(exists.body.reason).toBe('CategoryExists');
      await post('/api/v1/reviews', 'admin', { periodStart: runningYear }, 201);
      const early = await get(`/api/v1/reviews/mou-review-${runningYear}/report.pdf`, 'policy', 409);
      expect(early.body.reason).toBe('ReportNotReady');
      const key = `contract-${Date.now()}`;
      await sys.http.post('/api/v1/cases').set(as('investigator')).set('Idempotency-Key', key).send({ facilityId: ids.facility, allegation: { summary: 'a', source: 'b', productCategories: [] } }).expect(201);
      const reused = expectContract(
        await sys.http.post('/api/v1/cases').set(as('investigator')).set('Idempotency-Key', key).send({ facilityId: ids.facility, allegation: { summary: 'c', source: 'b', productCategories: [] } }).expect(409),
      );
      expect(reused.body.reason).toEqual(expect.any(String));
    });

    it('413 for a body over the limit, 429 for too many sign-in attempts', async () => {
      await post('/api/v1/facilities', 'supervisor', { name: 'x'.repeat(300_000) }, 413);
      const attempt = () => sys.http.post('/api/v1/auth/login').send({ email: 'importer2@example.com', password: 'wrong' });
      let res = await attempt();
      for (let i = 0; i < 10 && res.status !== 429; i++) res = await attempt();
      expect(res.status).toBe(429);
      expectContract(res);
    });
  });
});
