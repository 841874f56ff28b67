import { createHash } from 'node:crypto';
import type { Response } from 'superagent';
import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';

const today = () => new Date().toISOString().slice(0, 10);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The body byte for byte, as the latin1 string the document's `format: binary` takes. */
const binary = (res: Response, done: (error: Error | null, body: string) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks).toString('latin1')));
};
const bytes = (body: string) => Buffer.from(body, 'latin1');

// A small real PDF and PNG: their first bytes are what the type check reads.
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n% visit report\n'), Buffer.from([0x00, 0xff, 0x10, 0x80]), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR photograph')]);

describe('documents that prove the facts', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  let caseId: string;

  beforeAll(async () => {
    sys = await startTestSystem('documents', { DOCUMENT_MAX_BYTES: String(64 * 1024) });
    for (const who of ['investigator@example.gov', 'investigator2@example.gov', 'supervisor@example.gov', 'importer@example.com', 'importer2@example.com']) {
      tokens[who.split('@')[0]] = await sys.login(who);
    }
    const facilityId = (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name: 'Shaoguan Laogai Works' }).expect(201)).body.id;
    caseId = (
      await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId, allegation: { summary: 'Hand tools from the prison', source: 'Witness', productCategories: [] } })
        .expect(201)
    ).body.id;
    await sys.http.post(`/api/v1/cases/${caseId}/visit-requests`).set(as('investigator')).send({}).expect(200);
  });
  afterAll(() => sys?.stop());

  it('keeps a visit report with the visit: its SHA-256 in the event, downloaded byte for byte by those who see the case', async () => {
    const uploaded = expectContract(await sys.http.post(`/api/v1/cases/${caseId}/documents`).set(as('investigator')).attach('file', PDF, { filename: 'visit-report.pdf', contentType: 'application/pdf' }).expect(201));
    expect(uploaded.body).toMatchObject({ name: 'visit-report.pdf', type: 'application/pdf', size: PDF.length, sha256: sha256(PDF) });
    const documentId = uploaded.body.id;

    const visited = await sys.http.post(`/api/v1/cases/${caseId}/visit`).set(as('investigator')).send({ fullAccess: true, documentIds: [documentId] }).expect(200);
    const event = visited.body.timeline.find((e: { type: string }) => e.type === 'VISIT_CONDUCTED');
    expect(event.payload.documents).toEqual([{ id: documentId, name: 'visit-report.pdf', sha256: sha256(PDF), size: PDF.length, type: 'application/pdf' }]);
    expect((await sys.http.get(`/api/v1/cases/${caseId}/verification`).set(as('investigator')).expect(200)).body.valid).toBe(true);

    const listed = expectContract(await sys.http.get(`/api/v1/cases/${caseId}/documents`).set(as('supervisor')).expect(200));
    expect(listed.body.map((d: { id: string }) => d.id)).toEqual([documentId]);
    for (const who of ['investigator', 'supervisor']) {
      const download = expectContract(await sys.http.get(`/api/v1/documents/${documentId}`).set(as(who)).buffer(true).parse(binary).expect(200));
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(bytes(download.body), PDF)).toBe(0);
    }
    // Another investigator and any importer: as if it did not exist.
    for (const who of ['investigator2', 'importer']) {
      await sys.http.get(`/api/v1/documents/${documentId}`).set(as(who)).expect(404);
      await sys.http.get(`/api/v1/documents/${documentId}/verification`).set(as(who)).expect(404);
    }
    await sys.http.post(`/api/v1/cases/${caseId}/documents`).set(as('investigator2')).attach('file', PDF, { filename: 'x.pdf', contentType: 'application/pdf' }).expect(404);

    // Altered bytes are caught: the recomputed hash no longer matches what the visit's event recorded.
    const before = expectContract(await sys.http.get(`/api/v1/documents/${documentId}/verification`).set(as('investigator')).expect(200));
    expect(before.body).toMatchObject({ valid: true, storedSha256: sha256(PDF), recordedIn: [{ type: 'VISIT_CONDUCTED', sha256: sha256(PDF) }] });
    await sys.db.query(`UPDATE documents SET content = overlay(content placing '\\x58'::bytea from 12 for 1) WHERE id = $1`, [documentId]);
    const after = (await sys.http.get(`/api/v1/documents/${documentId}/verification`).set(as('investigator')).expect(200)).body;
    expect(after.valid).toBe(false);
    expect(after.storedSha256).not.toBe(sha256(PDF));
    expect(after.recordedIn[0].sha256).toBe(sha256(PDF));
    // Even with the upload's own hash rewritten to match, the event's hash still disagrees.
    await sys.db.query(`UPDATE documents SET sha256 = encode(sha256(content), 'hex') WHERE id = $1`, [documentId]);
    expect((await sys.http.get(`/api/v1/documents/${documentId}/verification`).set(as('investigator')).expect(200)).body.valid).toBe(false);
  });

  it('refuses a type not accepted, content not of its type, an empty or missing file (400) and an oversize one (413), storing nothing', async () => {
    const count = async () => (await sys.db.query(`SELECT count(*)::int AS n FROM documents`))[0].n as number;
    const before = await count();
    const exe = expectContract(await sys.http.post(`/api/v1/cases/${caseId}/documents`).set(as('investigator')).attach('file', Buffer.from('MZ...'), { filename: 'tool.exe', contentType: 'application/x-msdownload' }).expect(400));
    expect(exe.body.fields.file[0]).toMatch(/application\/x-msdownload is not accepted/);
    const fake = await sys.http.post(`/api/v1/cases/${caseId}/documents`).set(as('investigator')).attach('file', Buffer.from('not a pdf'), { filename: 'fake.pdf', contentType: 'application/pdf' }).expect(400);
    expect(fake.body.fields.file).toEqual(['the content is not application/pdf']);
    await sys.http.post(`/api/v1/cases/${caseId}/documents`).set(as('investigator')).field('note', 'no file').expect(400);
    await sys.http.post(`/api/v1/cases/${caseId}/documents`).set(as('investigator')).expect(400);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64 * 1024, 0x20)]);
    expectContract(await sys.http.post(`/api/v1/cases/${caseId}/documents`).set(as('investigator')).attach('file', big, { filename: 'big.pdf', contentType: 'application/pdf' }).expect(413));
    expect(await count()).toBe(before);
    // A document id that is not this case's is refused with the action, which then changes nothing.
    const res = await sys.http.post(`/api/v1/cases/${caseId}/us-report`).set(as('investigator')).send({ documentIds: ['00000000-0000-4000-8000-000000000000'] }).expect(400);
    expect(Object.keys(res.body.fields)).toEqual(['documentIds']);
  });

  it("files an importer's proof with its document, hidden from another importer and checked against the proof's event", async () => {
    const body = {
      manufacturer: { name: 'Hebei Umbrella Works' },
      productCategory: 'UMBRELLAS',
      htsCode: '6601.91',
      quantity: 100,
      valueUsd: 900,
      importedOn: today(),
      certification: { dueDiligenceStatement: { manufacturerName: 'Hebei Umbrella Works', statement: 'Audited', signedBy: 'Ann Importer', signedOn: today() } },
    };
    const entry = (await sys.http.post('/api/v1/entries').set(as('importer')).send(body).expect(201)).body;
    expect(entry.status).toBe('DETAINED');
    const photo = expectContract(await sys.http.post(`/api/v1/entries/${entry.id}/documents`).set(as('importer')).attach('file', PNG, { filename: 'factory.png', contentType: 'image/png' }).expect(201)).body;
    await sys.http.post(`/api/v1/entries/${entry.id}/documents`).set(as('importer2')).attach('file', PNG, { filename: 'x.png', contentType: 'image/png' }).expect(404);
    await sys.http.post(`/api/v1/entries/${entry.id}/proof`).set(as('importer')).send({ statement: 'Photographs of the plant', documents: ['CO-778.pdf'], documentIds: [photo.id] }).expect(200);

    expectContract(await sys.http.get(`/api/v1/entries/${entry.id}/documents`).set(as('importer')).expect(200));
    const download = await sys.http.get(`/api/v1/documents/${photo.id}`).set(as('importer')).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(bytes(download.body), PNG)).toBe(0);
    await sys.http.get(`/api/v1/documents/${photo.id}`).set(as('importer2')).expect(404);
    await sys.http.get(`/api/v1/documents/${photo.id}`).set(as('investigator')).expect(404);
    const verification = (await sys.http.get(`/api/v1/documents/${photo.id}/verification`).set(as('supervisor')).expect(200)).body;
    expect(verification).toMatchObject({ valid: true, recordedIn: [{ type: 'PROOF_FILED', sha256: sha256(PNG) }] });
    await sys.db.query(`UPDATE documents SET content = content || '\\x00'::bytea WHERE id = $1`, [photo.id]);
    expect((await sys.http.get(`/api/v1/documents/${photo.id}/verification`).set(as('importer')).expect(200)).body.valid).toBe(false);
  });
});
