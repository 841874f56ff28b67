import { startTestSystem, TestSystem } from '../support/system';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The API says what is legal, so pages ask instead of copying rules: the user's permissions,
 * the outcomes a case may be closed with, and the moves open on an entry with the reason when not.
 */
describe('what is legal, as the API says it', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('legal_moves');
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'importer@example.com', 'policy@example.gov']) {
      tokens[who.split('@')[0]] = await sys.login(who);
    }
  });
  afterAll(() => sys?.stop());

  it('returns the user’s permissions at sign-in and from /auth/me', async () => {
    const login = await sys.http.post('/api/v1/auth/login').send({ email: 'importer@example.com', password: 'demo-password' }).expect(200);
    const importer = ['reference:read', 'profile:read', 'profile:password', 'entry:file', 'entry:read', 'entry:respond', 'screening:check', 'inbox:read', 'events:stream', 'document:read'];
    expect([...login.body.user.permissions].sort()).toEqual([...importer].sort());
    const me = await sys.http.get('/api/v1/auth/me').set(as('importer')).expect(200);
    expect([...me.body.permissions].sort()).toEqual([...importer].sort());

    const investigator = (await sys.http.get('/api/v1/auth/me').set(as('investigator')).expect(200)).body.permissions as string[];
    expect(investigator).toEqual(expect.arrayContaining(['case:read', 'case:advance', 'case:create']));
    expect(investigator).not.toContain('deadline:manage');
    expect(investigator).not.toContain('user:read');
  });

  it('offers FACILITY_BLOCKED only once access was denied, on the case and in the list, and the close route agrees', async () => {
    const facility = await sys.http.post('/api/v1/facilities').set(as('investigator')).send({ name: 'Tongji Brick Kiln', province: 'Hubei' }).expect(201);
    const opened = await sys.http
      .post('/api/v1/cases')
      .set(as('investigator'))
      .send({ facilityId: facility.body.id, allegation: { summary: 'Bricks fired by prisoners', source: 'NGO report', productCategories: ['MACHINE_PRESSES'] } })
      .expect(201);
    const id = opened.body.id as string;
    const requested = await sys.http.post(`/api/v1/cases/${id}/visit-requests`).set(as('investigator')).send({}).expect(200);
    expect(requested.body.legalOutcomes).toEqual(['NO_ACTION', 'WRO_RECOMMENDED', 'FINDING_RECOMMENDED']);
    expect(requested.body.closeOutcomes).toContainEqual({
      outcome: 'FACILITY_BLOCKED',
      allowed: false,
      reason: 'The facility can be blocked only after access to it was denied on this case.',
    });
    const listed = (await sys.http.get('/api/v1/cases?pageSize=200').set(as('investigator')).expect(200)).body.items.find((c: { id: string }) => c.id === id);
    expect(listed.legalOutcomes).toEqual(['NO_ACTION', 'WRO_RECOMMENDED', 'FINDING_RECOMMENDED']);
    const refused = await sys.http.post(`/api/v1/cases/${id}/close`).set(as('investigator')).send({ outcome: 'FACILITY_BLOCKED' }).expect(409);
    expect(refused.body.message).toBe('The facility can be blocked only after access to it was denied on this case.');

    const denied = await sys.http.post(`/api/v1/cases/${id}/access-denied`).set(as('investigator')).send({}).expect(200);
    expect(denied.body.legalOutcomes).toEqual(['NO_ACTION', 'WRO_RECOMMENDED', 'FINDING_RECOMMENDED', 'FACILITY_BLOCKED']);
    expect(denied.body.legalActions).toContain('BEGIN_ENFORCEMENT_REVIEW');
    expect(denied.body.isOpen).toBe(true);
    const closed = await sys.http.post(`/api/v1/cases/${id}/close`).set(as('investigator')).send({ outcome: 'NO_ACTION' }).expect(200);
    expect(closed.body.legalOutcomes).toEqual([]);
    expect(closed.body.isOpen).toBe(false);
  });

  it('offers the proof extension once, then refuses it with the reason, on the entry and in the list', async () => {
    const name = 'Guangzhou Umbrella Works';
    const filed = await sys.http
      .post('/api/v1/entries')
      .set(as('importer'))
      .send({
        manufacturer: { name },
        productCategory: 'UMBRELLAS',
        htsCode: '6601.91',
        quantity: 500,
        valueUsd: 4200,
        importedOn: today(),
        // No certificate of origin: the entry is detained.
        certification: { dueDiligenceStatement: { manufacturerName: name, statement: 'Visited the plant', signedBy: 'Ann Importer', signedOn: today() } },
      })
      .expect(201);
    expect(filed.body.status).toBe('DETAINED');
    const id = filed.body.id as string;
    const moves = (entry: { legalMoves: { move: string }[] }, move: string) => entry.legalMoves.find((m) => m.move === move);

    const before = (await sys.http.get(`/api/v1/entries/${id}`).set(as('supervisor')).expect(200)).body;
    expect(moves(before, 'EXTEND_PROOF')).toEqual({ move: 'EXTEND_PROOF', allowed: true });
    expect(moves(before, 'EXCLUDE')).toEqual({ move: 'EXCLUDE', allowed: false, reason: 'The importer has not filed proof yet and the period for it is still running.' });
    expect(moves(before, 'PROTEST')).toMatchObject({ allowed: false, reason: 'Only an exclusion can be protested.' });

    const extended = await sys.http.post(`/api/v1/entries/${id}/extend`).set(as('supervisor')).send({ reason: 'Audit report in translation' }).expect(200);
    const once = 'The deadline for proof was already extended once; it can be extended only once.';
    expect(moves(extended.body, 'EXTEND_PROOF')).toEqual({ move: 'EXTEND_PROOF', allowed: false, reason: once });
    const listed = (await sys.http.get('/api/v1/entries').set(as('supervisor')).expect(200)).body.find((e: { id: string }) => e.id === id);
    expect(moves(listed, 'EXTEND_PROOF')).toEqual({ move: 'EXTEND_PROOF', allowed: false, reason: once });
    const again = await sys.http.post(`/api/v1/entries/${id}/extend`).set(as('supervisor')).send({ reason: 'Once more' }).expect(409);
    expect(again.body.message).toBe(once);
  });

  it('reads the clock rules in force and the review’s default thresholds, each behind its permission', async () => {
    const book = (await sys.http.get('/api/v1/rules/deadlines').set(as('importer')).expect(200)).body;
    const proof = book.rules.find((r: { kind: string }) => r.kind === 'ENTRY_PROOF');
    expect(proof).toMatchObject({ runsOn: 'entry', legalBasis: '19 CFR 12.43', budget: { unit: 'months', amount: 3, text: '3 months' } });
    expect(book.rules.find((r: { kind: string }) => r.kind === 'PRC_VISIT')).toMatchObject({ runsOn: 'case', budget: { text: '60 calendar days' } });
    expect(book.proofExtension).toEqual({ unit: 'calendar_days', amount: 30, text: '30 calendar days' });

    const thresholds = (await sys.http.get('/api/v1/reviews/thresholds').set(as('policy')).expect(200)).body;
    expect(thresholds).toMatchObject({ minimumRequests: 5, revokeOpenAfterDays: 180, maintainMaxOpenDays: 120 });
    await sys.http.get('/api/v1/reviews/thresholds').set(as('importer')).expect(403);
    await sys.http.get('/api/v1/rules/deadlines').expect(401);
  });

  it('lists the stages of a case in the order the process runs, for those who read cases', async () => {
    const { stages } = (await sys.http.get('/api/v1/rules/case-stages').set(as('investigator')).expect(200)).body;
    expect(stages).toEqual([
      'OPEN', 'INVESTIGATION_REQUESTED', 'VISIT_REQUESTED', 'PRC_REPORT_RECEIVED', 'VISIT_SCHEDULED', 'VISIT_CONDUCTED',
      'US_REPORT_ISSUED', 'ENFORCEMENT_REVIEW', 'ACCESS_DENIED', 'CLOSED', 'WITHDRAWN', 'REOPENED',
    ]);
    await sys.http.get('/api/v1/rules/case-stages').set(as('importer')).expect(403);
  });

  it('says which users a case may be assigned to: investigators and supervisors, no other role', async () => {
    const users = (await sys.http.get('/api/v1/users').set(as('supervisor')).expect(200)).body as { role: string; mayHoldCases: boolean }[];
    const byRole = (role: string) => [...new Set(users.filter((u) => u.role === role).map((u) => u.mayHoldCases))];
    expect(byRole('investigator')).toEqual([true]);
    expect(byRole('supervisor')).toEqual([true]);
    expect(byRole('policy')).toEqual([false]);
    expect(byRole('importer')).toEqual([false]);
    expect(byRole('admin')).toEqual([false]);
  });
});
