import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { readImportFile } from '../../tools/import/import-file';
import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';

const ROOT = resolve(__dirname, '../..');
const SAMPLE = resolve(ROOT, 'samples/enforcement-history-1994-1995.json');

/**
 * The published record after the 1994 Statement of Cooperation (docs/domain.md §1: 18 visits
 * requested, 3 granted, none within 60 days), loaded into an empty system through POST /imports.
 */
describe('importing the historical record', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  const counts = async () => {
    const [row] = await sys.db.query(`SELECT (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM case_events) AS events,
                                             (SELECT count(*)::int FROM facilities) AS facilities, (SELECT count(*)::int FROM case_external_references) AS refs`);
    return row as { cases: number; events: number; facilities: number; refs: number };
  };

  /** The counts once the workflows have written every step their clocks owed (unchanged for two seconds). */
  const settled = async () => {
    let last = JSON.stringify(await counts());
    for (let quiet = 0; quiet < 4; ) {
      await new Promise((r) => setTimeout(r, 500));
      const now = JSON.stringify(await counts());
      quiet = now === last ? quiet + 1 : 0;
      last = now;
    }
    return JSON.parse(last) as Awaited<ReturnType<typeof counts>>;
  };
  let seededFacilities = 0;

  beforeAll(async () => {
    sys = await startTestSystem('imports');
    seededFacilities = (await counts()).facilities;
    for (const who of ['admin@example.gov', 'policy@example.gov', 'investigator@example.gov']) tokens[who.split('@')[0]] = await sys.login(who);
  });
  afterAll(async () => {
    await sys?.stop();
  });

  it('loads the sample into an empty system as the published figures, and the what-if for its year says REVOKE', async () => {
    expect((await counts()).cases).toBe(0);
    const res = expectContract(await sys.http.post('/api/v1/imports').set(as('admin')).send(sample).expect(200));
    expect(res.body.refused).toEqual([]);
    // Depends on facts taking effect at their own instant: a visit held on day 75 of a request
    // entered decades later must not be refused by the visit ladder having deemed access refused.
    expect(res.body.failed).toEqual([]);
    expect(res.body.created).toHaveLength(18);
    expect(res.body.created.filter((c: { stage: string }) => c.stage === 'VISIT_CONDUCTED')).toHaveLength(3);

    const whatIf = expectContract(await sys.http.get('/api/v1/reviews/what-if?from=1994-03-14&to=1995-03-14').set(as('policy')).expect(200));
    expect(whatIf.body.metrics).toMatchObject({ visitsRequested: 18, visitsHeld: 3, visitsHeldOnTime: 0 });
    expect(whatIf.body.recommendation).toBe('REVOKE');
  });

  it('changes nothing when the same record is imported again', async () => {
    // The ladders of requests dated long ago write their steps once the cases are open.
    const before = await settled();
    expect(before).toMatchObject({ cases: 18, refs: 18, facilities: seededFacilities + 18 });
    const again = await sys.http.post('/api/v1/imports').set(as('admin')).send(sample).expect(200);
    expect(again.body.created).toEqual([]);
    expect(again.body.existing.map((e: { externalReference: string }) => e.externalReference)).toEqual(sample.cases.map((c: { externalReference: string }) => c.externalReference));
    expect(await settled()).toEqual(before);
  });

  it('refuses a case whose facts contradict each other and writes nothing of it, while the others of the file are loaded', async () => {
    const before = await counts();
    const csv = [
      'externalReference,investigator,openedAt,facilityName,allegationSummary,allegationSource,productCategories,factType,at,fullAccess',
      'BAD-1,investigator@example.gov,2001-01-01T00:00:00Z,Camp never asked,Tea,Witness,TEA,RECORD_VISIT,2001-02-01T00:00:00Z,true',
      'GOOD-1,investigator@example.gov,2001-03-01T00:00:00Z,Camp asked,Tea,Witness,TEA,REQUEST_INVESTIGATION,2001-03-01T00:00:00Z,',
      'FUTURE-1,investigator@example.gov,2001-03-01T00:00:00Z,Camp of tomorrow,Tea,Witness,TEA,REQUEST_VISIT,2999-01-01T00:00:00Z,',
      'WHO-1,nobody@example.gov,2001-03-01T00:00:00Z,Camp of nobody,Tea,Witness,TEA,REQUEST_VISIT,2001-03-02T00:00:00Z,',
    ].join('\n');
    const res = expectContract(await sys.http.post('/api/v1/imports').set(as('admin')).send(readImportFile('cases.csv', csv)).expect(200));
    expect(res.body.created.map((c: { externalReference: string }) => c.externalReference)).toEqual(['GOOD-1']);
    expect(res.body.refused).toEqual([
      { index: 0, externalReference: 'BAD-1', reasons: ['facts[0] (RECORD_VISIT at 2001-02-01T00:00:00Z): A visit cannot be recorded: no visit was requested on this case.'] },
      { index: 2, externalReference: 'FUTURE-1', reasons: ['facts[0] (REQUEST_VISIT at 2999-01-01T00:00:00Z): is in the future'] },
      { index: 3, externalReference: 'WHO-1', reasons: ['investigator: nobody@example.gov is not an active investigator or supervisor'] },
    ]);
    expect(await counts()).toMatchObject({ cases: before.cases + 1, refs: before.refs + 1, facilities: before.facilities + 1 });
    const [facility] = await sys.db.query(`SELECT count(*)::int AS n FROM facilities WHERE name IN ('Camp never asked', 'Camp of tomorrow', 'Camp of nobody')`);
    expect(facility.n).toBe(0);

    // The imported case carries its fact at the instant it happened, chained like any other.
    const caseId = res.body.created[0].caseId;
    const detail = (await sys.http.get(`/api/v1/cases/${caseId}`).set(as('investigator')).expect(200)).body;
    expect(detail.stage).toBe('INVESTIGATION_REQUESTED');
    expect(detail.deadlines.find((d: { kind: string }) => d.kind === 'PRC_INVESTIGATION_REPORT').startedAt).toBe('2001-03-01T00:00:00.000Z');
    const verification = (await sys.http.get(`/api/v1/cases/${caseId}/verification`).set(as('investigator')).expect(200)).body;
    expect(verification.valid).toBe(true);
  });

  it('names the fields of a malformed case and is for admins only', async () => {
    const res = await sys.http
      .post('/api/v1/imports')
      .set(as('admin'))
      .send({ cases: [{ externalReference: 'has space', investigator: 'x', openedAt: 'yesterday', facility: { name: 'F' }, allegation: { summary: 's', source: 's', productCategories: [] }, facts: [] }] })
      .expect(200);
    expect(res.body.refused[0].reasons.map((r: string) => r.split(':')[0])).toEqual(['externalReference', 'investigator', 'openedAt']);
    expectContract(await sys.http.post('/api/v1/imports').set(as('admin')).send({ cases: [] }).expect(400));
    await sys.http.post('/api/v1/imports').set(as('investigator')).send(sample).expect(403);
  });

  it('loads a CSV file with `npm run import`, through the running API with an admin token, and reports what it did', async () => {
    await sys.app.listen(0, '127.0.0.1');
    const { port } = sys.app.getHttpServer().address() as AddressInfo;
    const env = { ...process.env, MOU_API_URL: `http://127.0.0.1:${port}`, MOU_API_TOKEN: tokens.admin };
    const run = () => promisify(execFile)('npm', ['run', '--silent', 'import', '--', 'samples/historical-cases.csv'], { cwd: ROOT, env });
    const first = await run();
    expect(first.stdout).toMatch(/^created 2, already imported 0, refused 0, failed 0$/m);
    expect(first.stdout).toMatch(/created {2}CSV-EXAMPLE-1 → MOU-\d{4}-\d{6} \(PRC_REPORT_RECEIVED, 2 facts\)/);
    const [facility] = await sys.db.query(`SELECT province FROM facilities WHERE name = 'Example Camp, North Wing'`);
    expect(facility.province).toBe('Qinghai');
    const second = await run();
    expect(second.stdout).toMatch(/^created 0, already imported 2, refused 0, failed 0$/m);
  });
});
