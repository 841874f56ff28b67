import { Client } from '@temporalio/client';
import { caseWorkflowId } from '@mou/temporal';
import { caseStateQuery } from '@mou/workflows';
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

  it('moves the open cases to the version in force only when the administrator applies it, exactly once, re-projecting their clocks', async () => {
    // Version 2 (the test above) gives the PRC 30 days for its report. A case on it, its investigation requested on 2 November 2026.
    const onTwo = await openCase();
    const requested = await sys.http.post(`/api/v1/cases/${onTwo.id}/investigation-requests`).set(as('investigator')).send({ requestedAt: '2026-11-02T15:00:00.000Z' }).expect(200);
    expect(requested.body.deadlines.find((d: { kind: string }) => d.kind === 'PRC_INVESTIGATION_REPORT').dueAt).toBe('2026-12-02T15:00:00.000Z');
    const closing = await openCase();

    await sys.http.post('/api/v1/settings').set(as('admin')).send({ rules: { PRC_INVESTIGATION_REPORT: { budget: { amount: 45 } } }, note: 'Forty-five days for the report' }).expect(201);
    // Saving changes no open case: it keeps and shows its version and its due date.
    const kept = (await sys.http.get(`/api/v1/cases/${onTwo.id}`).set(as('investigator')).expect(200)).body;
    expect(kept.rulesVersion).toBe(2);
    expect(kept.deadlines.find((d: { kind: string }) => d.kind === 'PRC_INVESTIGATION_REPORT').dueAt).toBe('2026-12-02T15:00:00.000Z');

    // What the action would touch: the case opened on version 1 above, and three on version 2.
    const preview = expectContract(await sys.http.get('/api/v1/settings/apply-to-open').set(as('admin')).expect(200)).body;
    expect(preview).toEqual({ version: 3, openCases: 4, byVersion: [{ version: 1, cases: 1 }, { version: 2, cases: 3 }] });
    // One of them is withdrawn before the administrator confirms: it is left as it is.
    await sys.http.post(`/api/v1/cases/${closing.id}/withdraw`).set(as('investigator')).send({ note: 'Source retracted' }).expect(200);

    // Nobody but the administrator applies or previews; a version that is no longer in force is refused.
    await sys.http.get('/api/v1/settings/apply-to-open').set(as('supervisor')).expect(403);
    await sys.http.post('/api/v1/settings/apply-to-open').set(as('supervisor')).send({ version: 3 }).expect(403);
    await sys.http.post('/api/v1/settings/apply-to-open').set(as('investigator')).send({ version: 3 }).expect(403);
    const refused = await sys.db.query(`SELECT details FROM audit_events WHERE action = 'access.denied' AND target = 'POST /api/v1/settings/apply-to-open' ORDER BY id`);
    expect(refused.map((r: { details: { role: string } }) => r.details.role)).toEqual(['supervisor', 'investigator']);
    const stale = expectContract(await sys.http.post('/api/v1/settings/apply-to-open').set(as('admin')).send({ version: 2 }).expect(409)).body;
    expect(stale.reason).toBe('SettingsChanged');
    const bad = expectContract(await sys.http.post('/api/v1/settings/apply-to-open').set(as('admin')).send({ version: 'three' }).expect(400)).body;
    expect(Object.keys(bad.fields)).toEqual(['version']);
    expect((await sys.http.get(`/api/v1/cases/${onTwo.id}`).set(as('investigator')).expect(200)).body.rulesVersion).toBe(2);

    const applied = expectContract(await sys.http.post('/api/v1/settings/apply-to-open').set(as('admin')).send({ version: 3 }).expect(200)).body;
    expect(applied.version).toBe(3);
    expect(applied.applied).toHaveLength(3);
    expect(applied.applied).toEqual(expect.arrayContaining([{ id: onTwo.id, from: 2 }]));
    expect(applied.applied.map((c: { id: string }) => c.id)).not.toContain(closing.id);

    // The case runs on version 3: 2 November + 45 days, and its history says what moved.
    const moved = (await sys.http.get(`/api/v1/cases/${onTwo.id}`).set(as('investigator')).expect(200)).body;
    expect(moved.rulesVersion).toBe(3);
    expect(moved.deadlines.find((d: { kind: string }) => d.kind === 'PRC_INVESTIGATION_REPORT').dueAt).toBe('2026-12-17T15:00:00.000Z');
    const events = moved.timeline.filter((e: { type: string }) => e.type === 'SETTINGS_APPLIED');
    expect(events).toHaveLength(1);
    expect(events[0].payload).toEqual({
      settings: { from: 2, to: 3 },
      deadlines: [{ deadlineKey: 'PRC_INVESTIGATION_REPORT-1', kind: 'PRC_INVESTIGATION_REPORT', dueAt: { from: '2026-12-02T15:00:00.000Z', to: '2026-12-17T15:00:00.000Z' } }],
    });
    const withdrawn = (await sys.http.get(`/api/v1/cases/${closing.id}`).set(as('investigator')).expect(200)).body;
    expect(withdrawn.rulesVersion).toBe(2);
    expect(withdrawn.timeline.map((e: { type: string }) => e.type)).not.toContain('SETTINGS_APPLIED');

    // Applying again changes nothing.
    expect(expectContract(await sys.http.get('/api/v1/settings/apply-to-open').set(as('admin')).expect(200)).body).toEqual({ version: 3, openCases: 0, byVersion: [] });
    const again = expectContract(await sys.http.post('/api/v1/settings/apply-to-open').set(as('admin')).send({ version: 3 }).expect(200)).body;
    expect(again).toEqual({ version: 3, applied: [], skipped: [] });
    const after = (await sys.http.get(`/api/v1/cases/${onTwo.id}`).set(as('investigator')).expect(200)).body;
    expect(after.timeline.filter((e: { type: string }) => e.type === 'SETTINGS_APPLIED')).toHaveLength(1);
    expect(after.deadlines.find((d: { kind: string }) => d.kind === 'PRC_INVESTIGATION_REPORT').dueAt).toBe('2026-12-17T15:00:00.000Z');

    const audit = await sys.db.query(`SELECT actor_id AS "actorId", target, details FROM audit_events WHERE action = 'settings.apply' ORDER BY id`);
    expect(audit.map((a: { target: string }) => a.target)).toEqual(['settings@3', 'settings@3']);
    expect(audit[0].details.applied).toHaveLength(3);
    expect(audit[1].details.applied).toEqual([]);
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

  it('keeps who each step tells, how often it reminds and the review schedule as settings, refusing unusable ones under their field', async () => {
    const before = expectContract(await sys.http.get('/api/v1/settings').set(as('admin')).expect(200)).body.current;
    // The values in force until now are the sourced ones.
    const breach = before.rules.find((r: { kind: string }) => r.kind === 'PRC_VISIT').ladder.find((s: { level: number }) => s.level === 2);
    expect(breach).toMatchObject({ type: 'BREACH', notify: ['assignee', 'supervisors'], remindEveryHours: 24 });
    expect(before.reviewSchedule).toEqual({ interimSummaryMonths: [3, 6, 9], signOffReminderDays: 7 });
    const versions = (await sys.db.query('SELECT count(*)::int AS n FROM settings_versions'))[0].n;

    const refused = expectContract(
      await sys.http
        .post('/api/v1/settings')
        .set(as('admin'))
        .send({
          rules: { PRC_VISIT: { ladder: [{ level: 2, remindEveryHours: 0 }, { level: 1, remindEveryHours: 6 }, { level: 4, notify: [] }, { level: 3, notify: ['importer'] }] } },
          reviewSchedule: { interimSummaryMonths: [6, 3, 12], signOffReminderDays: 0 },
          note: 'Broken schedule',
        })
        .expect(400),
    ).body;
    expect(refused.fields).toEqual({
      'rules.PRC_VISIT.ladder.2.remindEveryHours': ['Reminders come every positive number of hours up to 8760 (a year), got 0.'],
      'rules.PRC_VISIT.ladder.1.remindEveryHours': ['Step 1 is itself a reminder and does not remind again; only a breach or a later step does.'],
      'rules.PRC_VISIT.ladder.4.notify': ['Step 4 must tell someone: assignee, supervisors.'],
      'rules.PRC_VISIT.ladder.3.notify': ['Step 3 cannot tell importer; it tells assignee, supervisors.'],
      'reviewSchedule.interimSummaryMonths': ['interimSummaryMonths are whole months from 1 to 11, inside the year; got 12.'],
      'reviewSchedule.signOffReminderDays': ['signOffReminderDays must be a whole number of days from 1 to 90, got 0.'],
    });
    const unordered = await sys.http.post('/api/v1/settings').set(as('admin')).send({ reviewSchedule: { interimSummaryMonths: [6, 3] }, note: 'Unordered' }).expect(400);
    expect(unordered.body.fields).toEqual({ 'reviewSchedule.interimSummaryMonths': ['interimSummaryMonths must be in ascending order, each month once.'] });
    expect((await sys.db.query('SELECT count(*)::int AS n FROM settings_versions'))[0].n).toBe(versions);

    const saved = expectContract(
      await sys.http
        .post('/api/v1/settings')
        .set(as('admin'))
        .send({
          rules: { PRC_VISIT: { ladder: [{ level: 2, notify: ['supervisors'], remindEveryHours: 6 }, { level: 3, remindEveryHours: null }] } },
          reviewSchedule: { interimSummaryMonths: [6], signOffReminderDays: 3 },
          note: 'Breaches of the visit clock to the supervisors every six hours; one summary at mid-year',
        })
        .expect(201),
    ).body.current;
    const visit = saved.rules.find((r: { kind: string }) => r.kind === 'PRC_VISIT');
    expect(visit.ladder.find((s: { level: number }) => s.level === 2)).toMatchObject({ notify: ['supervisors'], remindEveryHours: 6 });
    expect(visit.ladder.find((s: { level: number }) => s.level === 3).remindEveryHours).toBeUndefined();
    expect(saved.reviewSchedule).toEqual({ interimSummaryMonths: [6], signOffReminderDays: 3 });

    // A case opened now runs on them: its workflow holds the version's ladder.
    const opened = await openCase();
    const live = await sys.app.get(Client).workflow.getHandle(caseWorkflowId(opened.id)).query(caseStateQuery);
    const liveBreach = live.rules.PRC_VISIT.ladder.find((s: { level: number }) => s.level === 2);
    expect(liveBreach).toMatchObject({ notify: ['supervisors'], remindEveryHours: 6 });
  });

  it('lets only the administrator save a version', async () => {
    await sys.http.post('/api/v1/settings').set(as('supervisor')).send({ rules: { PRC_VISIT: { budget: { amount: 20 } } }, note: 'Not mine to change' }).expect(403);
    await sys.http.get('/api/v1/settings').expect(401);
  });
});
