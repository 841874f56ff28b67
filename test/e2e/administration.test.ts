import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';

describe('administration, people and sign-in limits', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('admin', { LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    for (const who of ['admin@example.gov', 'supervisor@example.gov', 'investigator@example.gov', 'importer@example.com']) tokens[who.split('@')[0]] = await sys.login(who);
  });
  afterAll(() => sys?.stop());

  it('lets an admin add and edit a product category, audited, and nobody else', async () => {
    const body = { code: 'BRAKE_PADS', name: 'Brake pads', hts: '8708', source: 'Customs ruling 2026', highRisk: true };
    await sys.http.post('/api/v1/product-categories').set(as('supervisor')).send(body).expect(403);
    await sys.http.post('/api/v1/product-categories').set(as('admin')).send({ ...body, code: 'brake pads', hts: 'x' }).expect(400);
    await sys.http.post('/api/v1/product-categories').set(as('admin')).send(body).expect(201);
    await sys.http.post('/api/v1/product-categories').set(as('admin')).send(body).expect(409);
    const edited = expectContract(await sys.http.patch('/api/v1/product-categories/BRAKE_PADS').set(as('admin')).send({ highRisk: false }).expect(200));
    expect(edited.body).toMatchObject({ code: 'BRAKE_PADS', highRisk: false, source: 'Customs ruling 2026' });
    const categories = await sys.http.get('/api/v1/product-categories').set(as('importer')).expect(200);
    expect(categories.body.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['BRAKE_PADS', 'GARMENTS', 'TEA']));
    const audit = await sys.db.query(`SELECT action FROM audit_events WHERE action LIKE 'category.%' ORDER BY id`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['category.create', 'category.update']);
  });

  it('lists assignable people for supervisors only', async () => {
    const investigators = expectContract(await sys.http.get('/api/v1/users?role=investigator').set(as('supervisor')).expect(200));
    expect(investigators.body.map((u: { email: string }) => u.email)).toEqual(['investigator@example.gov', 'investigator2@example.gov']);
    await sys.http.get('/api/v1/users').set(as('investigator')).expect(403);
    await sys.http.get('/api/v1/users?role=emperor').set(as('supervisor')).expect(400);
  });

  it('offers the enforcement review once the PRC report is in, and lists each case with its next moves', async () => {
    const c = await sys.http
      .post('/api/v1/cases')
      .set(as('investigator'))
      .send({ facilityId: '5d1f6a3e-0000-4000-8000-000000000003', allegation: { summary: 'Tea', source: 'LRF', productCategories: ['TEA'] } })
      .expect(201);
    await sys.http.post(`/api/v1/cases/${c.body.id}/enforcement-review`).set(as('investigator')).send({}).expect(409);
    await sys.http.post(`/api/v1/cases/${c.body.id}/investigation-requests`).set(as('investigator')).send({}).expect(200);
    const report = await sys.http.post(`/api/v1/cases/${c.body.id}/prc-report`).set(as('investigator')).send({ note: 'PRC denies any prison labor' }).expect(200);
    expect(report.body.legalActions).toContain('BEGIN_ENFORCEMENT_REVIEW');
    const review = await sys.http.post(`/api/v1/cases/${c.body.id}/enforcement-review`).set(as('investigator')).send({}).expect(200);
    expect(review.body.stage).toBe('ENFORCEMENT_REVIEW');
    const list = expectContract(await sys.http.get('/api/v1/cases').set(as('investigator')).expect(200));
    expect(list.body.items.find((i: { id: string }) => i.id === c.body.id).legalActions).toEqual(review.body.legalActions);
  });

  it('limits sign-in attempts per address and e-mail (429), without locking out other accounts', async () => {
    const attempt = (email: string) => sys.http.post('/api/v1/auth/login').send({ email, password: 'wrong' });
    for (let i = 0; i < 3; i++) expect((await attempt('policy@example.gov')).status).toBe(401);
    const limited = await attempt('policy@example.gov');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ statusCode: 429 });
    expect((await attempt('supervisor2@example.gov')).status).toBe(401);
  });
});

describe('clock rules from configuration', () => {
  let sys: TestSystem;

  beforeAll(async () => {
    sys = await startTestSystem('rules', { DEADLINE_RULES: '{"PRC_VISIT":{"budget":{"unit":"calendar_days","amount":45}}}' });
  });
  afterAll(() => sys?.stop());

  it('opens new cases on the configured budget, still naming the legal basis', async () => {
    const token = await sys.login('investigator@example.gov');
    const c = await sys.http
      .post('/api/v1/cases')
      .set({ Authorization: `Bearer ${token}` })
      .send({ facilityId: '5d1f6a3e-0000-4000-8000-000000000001', allegation: { summary: 'Presses', source: 'NGO', productCategories: [] } })
      .expect(201);
    const res = await sys.http.post(`/api/v1/cases/${c.body.id}/visit-requests`).set({ Authorization: `Bearer ${token}` }).send({}).expect(200);
    const [visit] = res.body.deadlines;
    expect(Math.round((Date.parse(visit.dueAt) - Date.parse(visit.startedAt)) / 86_400_000)).toBe(45);
    expect(visit.explanation.text).toMatch(/45 calendar days/);
  });
});
