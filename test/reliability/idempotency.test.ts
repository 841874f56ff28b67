import { randomBytes } from 'node:crypto';
import { startTestSystem, TestSystem } from '../support/system';
import { auth, eventually, openCaseBody, temporalClient } from './support';

const CONCURRENT = 50;

const today = () => new Date().toISOString().slice(0, 10);
const entryBody = (name: string) => ({
  manufacturer: { name },
  productCategory: 'GARMENTS',
  htsCode: '6203.42',
  quantity: 100,
  valueUsd: 2500,
  importedOn: today(),
  certification: {
    supplierCertificateOfOrigin: { issuer: 'Qingdao Textiles Ltd', number: 'CO-1', issuedOn: today() },
    dueDiligenceStatement: { manufacturerName: name, statement: 'Audited on site', signedBy: 'Ann Importer', signedOn: today() },
  },
});

/** 50 concurrent requests carrying one Idempotency-Key make one resource and one workflow. */
describe('reliability: 50 concurrent requests with the same Idempotency-Key', () => {
  let sys: TestSystem;
  let temporal: Awaited<ReturnType<typeof temporalClient>>;

  beforeAll(async () => {
    sys = await startTestSystem('rel_idempotency');
    temporal = await temporalClient(sys.config.TEMPORAL_ADDRESS);
  });
  afterAll(async () => {
    await temporal?.close();
    await sys?.stop();
  });

  const count = async (sql: string, params: unknown[] = []) => (await sys.db.query(sql, params))[0].n as number;
  const workflowRuns = (workflowId: string) => temporal.client.workflow.count(`WorkflowId = '${workflowId}'`).then((r) => r.count);

  it('opens one case with one workflow and one opening event, every answer identical', async () => {
    const token = await sys.login('investigator@example.gov');
    const key = `idem-${randomBytes(6).toString('hex')}`;
    const before = await count('SELECT count(*)::int AS n FROM cases');
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, () => sys.http.post('/api/v1/cases').set(auth(token)).set('Idempotency-Key', key).send(openCaseBody('One case, fifty requests'))),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(CONCURRENT).fill(201));
    for (const r of responses) expect(r.body).toEqual(responses[0].body);
    const id = responses[0].body.id as string;
    expect(await count('SELECT count(*)::int AS n FROM cases')).toBe(before + 1);
    expect(await count('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [id])).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1', [key])).toBe(1);
    await eventually(async () => (await workflowRuns(`case-${id}`)) >= 1, 10_000, 'workflow visible');
    expect(await workflowRuns(`case-${id}`)).toBe(1);
  });

  it('makes one case when the same key arrives with two different bodies: the other body gets 409', async () => {
    const token = await sys.login('supervisor@example.gov');
    const key = `idem-${randomBytes(6).toString('hex')}`;
    const before = await count('SELECT count(*)::int AS n FROM cases');
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        sys.http.post('/api/v1/cases').set(auth(token)).set('Idempotency-Key', key).send(openCaseBody(i % 2 ? 'Body A' : 'Body B')),
      ),
    );
    const created = responses.filter((r) => r.status === 201);
    const conflicts = responses.filter((r) => r.status === 409);
    expect(created.length + conflicts.length).toBe(CONCURRENT);
    expect(created.length).toBe(CONCURRENT / 2);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    for (const r of created) expect(r.body).toEqual(created[0].body);
    const id = created[0].body.id as string;
    expect(await count('SELECT count(*)::int AS n FROM cases')).toBe(before + 1);
    // The case the accepted body made is really opened: its workflow runs, once, and it has one opening event.
    await eventually(async () => (await workflowRuns(`case-${id}`)) >= 1, 10_000, 'workflow visible');
    expect(await workflowRuns(`case-${id}`)).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [id])).toBe(1);
    expect(await count("SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'CASE_OPENED'", [id])).toBe(1);
  });

  it('files one entry with one workflow from 50 concurrent filings with one key', async () => {
    const token = await sys.login('importer@example.com');
    const key = `idem-${randomBytes(6).toString('hex')}`;
    const before = await count('SELECT count(*)::int AS n FROM entries');
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, () => sys.http.post('/api/v1/entries').set(auth(token)).set('Idempotency-Key', key).send(entryBody('Qingdao Garment Works'))),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(CONCURRENT).fill(201));
    for (const r of responses) expect(r.body).toEqual(responses[0].body);
    const id = responses[0].body.id as string;
    expect(await count('SELECT count(*)::int AS n FROM entries')).toBe(before + 1);
    await eventually(async () => (await workflowRuns(`entry-${id}`)) >= 1, 10_000, 'workflow visible');
    expect(await workflowRuns(`entry-${id}`)).toBe(1);
    // One filing recorded, whatever screening adds after it.
    await eventually(async () => (await count("SELECT count(*)::int AS n FROM entry_events WHERE entry_id = $1 AND type = 'ENTRY_FILED'", [id])) >= 1, 10_000, 'filing recorded');
    expect(await count("SELECT count(*)::int AS n FROM entry_events WHERE entry_id = $1 AND type = 'ENTRY_FILED'", [id])).toBe(1);
  });
});
