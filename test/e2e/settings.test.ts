import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';

const DAY = 86_400_000;

describe('rules as versioned settings', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('settings');
    for (const who of ['admin@example.gov', 'investigator@example.gov', 'supervisor@example.gov']) tokens[who.split('@')[0]] = await sys.login(who);
  });
  afterAll(() => sys?.stop());

  const openCase = async () => {
    const facilityId = (await sys.http.post('/api/v1/facilities').set(as('investigator')).send({ name: `Facility ${Math.random()}`, province: 'Hebei' }).expect(201)).body.id;
    const res = await sys.http
      .post('/api/v1/cases')
      .set(as('investigator'))
      .send({ facilityId, allegation: { summary: 'Garments sewn by prisoners', source: 'Former inmate', productCategories: ['GARMENTS'] } })
      .expect(201);
    return res.body as { id: string; rulesVersion: number | null };
  };
  /** Days between the start of the case's investigation-report clock and its due instant. */
  const reportBudgetDays = async (caseId: string) => {
    const res = await sys.http.post(`/api/v1/cases/${caseId}/investigation-requests`).set(as('investigator')).send({}).expect(200);
    const clock = res.body.deadlines.find((d: { kind: string }) => d.kind === 'PRC_INVESTIGATION_REPORT');
    return Math.floor((Date.parse(clock.dueAt) - Date.parse(clock.startedAt)) / DAY);
  };

  it('applies a new version to the cases opened after it, while a case opened before keeps its own', async () => {
    const initial = expectContract(await sys.http.get('/api/v1/settings').set(as('investigator')).expect(200)).body;
    expect(initial.current).toMatchObject({ version: 1, createdBy: null });
    expect(initial.current.rules.find((r: { kind: string }) => r.kind === 'PRC_INVESTIGATION_REPORT').budget).toMatchObject({ unit: 'calendar_days', amount: 60 });
    const before = await openCase();
    expect(before.rulesVersion).toBe(1);

    const saved = expectContract(
      await sys.http
        .post('/api/v1/settings')
        .set(as('admin'))
        .send({ rules: { PRC_INVESTIGATION_REPORT: { budget: { amount: 30 } } }, reviewThresholds: { minimumRequests: 8 }, note: 'Shorter report window' })
        .expect(201),
    ).body;
    expect(saved.current).toMatchObject({ version: 2, note: 'Shorter report window', createdBy: { name: expect.any(String) }, reviewThresholds: { minimumRequests: 8 } });
    expect(saved.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const book = (await sys.http.get('/api/v1/rules/deadlines').set(as('investigator')).expect(200)).body;
    expect(book.settingsVersion).toBe(2);
    expect(book.rules.find((r: { kind: string }) => r.kind === 'PRC_INVESTIGATION_REPORT').budget).toMatchObject({ amount: 30, text: '30 calendar days' });
    // A review started now, and what-if, take the thresholds of the version in force.
    const inForce = (await sys.http.get('/api/v1/reviews/thresholds').set(as('admin')).expect(200)).body;
    expect(inForce.minimumRequests).toBe(8);

    const after = await openCase();
    expect(after.rulesVersion).toBe(2);
    expect(await reportBudgetDays(before.id)).toBe(60);
    expect(await reportBudgetDays(after.id)).toBe(30);
    const detail = (await sys.http.get(`/api/v1/cases/${before.id}`).set(as('investigator')).expect(200)).body;
    expect(detail.rulesVersion).toBe(1);

    const [audit] = await sys.db.query(`SELECT action, target FROM audit_events WHERE action = 'settings.save'`);
    expect(audit).toMatchObject({ action: 'settings.save', target: 'settings@2' });
  });

  it('refuses unusable settings naming each problem under its field, saving nothing', async () => {
    const versionsBefore = (await sys.db.query('SELECT count(*)::int AS n FROM settings_versions'))[0].n;
    const res = await sys.http
      .post('/api/v1/settings')
      .set(as('admin'))
      .send({
        rules: { PRC_VISIT: { budget: { amount: -5 }, ladder: [{ level: 2, offsetDaysFromDue: -40 }] }, ENTRY_DECISION: { budget: { amount: 3 } } },
        reviewThresholds: { revokeGrantRateBelow: 1.5 },
        note: 'Broken',
      })
      .expect(400);
    expect(res.body.fields['rules.PRC_VISIT']).toEqual(expect.arrayContaining(['The budget must be a positive amount, got -5.', 'A higher escalation level cannot fall before a lower one.']));
    expect(res.body.fields['rules.ENTRY_DECISION'][0]).toMatch(/is not a case clock/);
    expect(res.body.fields['reviewThresholds.revokeGrantRateBelow'][0]).toMatch(/between 0 and 1/);
    expect((await sys.db.query('SELECT count(*)::int AS n FROM settings_versions'))[0].n).toBe(versionsBefore);
  });

  it('lets only the administrator save a version', async () => {
    await sys.http.post('/api/v1/settings').set(as('supervisor')).send({ rules: { PRC_VISIT: { budget: { amount: 20 } } }, note: 'Not mine to change' }).expect(403);
    await sys.http.get('/api/v1/settings').expect(401);
  });
});
