import { browserSuite } from './browser';

describe('web app: the rules an administrator keeps as settings', () => {
  const b = browserSuite('web_settings');
  const { newPage, heading } = b;

  it('refuses an unusable budget beside its field, then saves a new version that the rules in force show', async () => {
    const page = await newPage();
    await b.signIn(page, 'admin@example.gov');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules as settings' }).click();
    await heading(page, 'Rules as settings').waitFor();
    const form = page.getByRole('form', { name: 'Save a new version' });
    const report = form.getByRole('group', { name: /PRC investigation report/ });
    const budget = report.getByLabel('Budget (calendar days)');

    await budget.fill('-5');
    await form.getByLabel('Why this version').fill('Shorter report window');
    await form.getByRole('button', { name: 'Save a new version' }).click();
    await report.getByText('The budget must be a positive amount, got -5.').waitFor();
    expect(await report.getAttribute('aria-invalid')).toBe('true');

    await budget.fill('30');
    await form.getByRole('button', { name: 'Save a new version' }).click();
    await page.getByRole('status').getByText('Version 2 saved: new cases take it.').waitFor();
    expect(await page.locator('tbody tr').first().textContent()).toContain('Shorter report window');
    await b.screenshot(page, 'admin-settings-saved');

    const investigator = { Authorization: `Bearer ${await b.sys.login('investigator@example.gov')}` };
    const book = (await b.sys.http.get('/api/v1/rules/deadlines').set(investigator).expect(200)).body;
    expect(book.rules.find((r: { kind: string }) => r.kind === 'PRC_INVESTIGATION_REPORT').budget.amount).toBe(30);
  });

  it('applies the version in force to the open cases after a confirmation that counts them, and the case shows its new version and due date', async () => {
    const investigator = await b.bearer('investigator@example.gov');
    const admin = await b.bearer('admin@example.gov');
    const facilityId = (await b.sys.http.post('/api/v1/facilities').set(investigator).send({ name: 'Shaoguan Tools Works', province: 'Guangdong' }).expect(201)).body.id;
    const opened = await b.sys.http
      .post('/api/v1/cases')
      .set(investigator)
      .send({ facilityId, allegation: { summary: 'Hand tools made by prisoners', source: 'NGO report', productCategories: ['GARMENTS'] } })
      .expect(201);
    const caseId = opened.body.id as string;
    expect(opened.body.rulesVersion).toBe(2);
    // On version 2 the PRC has 30 days: requested 2 November 2026, due 2 December.
    await b.sys.http.post(`/api/v1/cases/${caseId}/investigation-requests`).set(investigator).send({ requestedAt: '2026-11-02T15:00:00.000Z' }).expect(200);
    await b.sys.http.post('/api/v1/settings').set(admin).send({ rules: { PRC_INVESTIGATION_REPORT: { budget: { amount: 45 } } }, note: 'Forty-five days for the report' }).expect(201);

    const page = await newPage();
    await b.signIn(page, 'admin@example.gov');
    await page.goto('/admin/settings');
    await heading(page, 'Rules as settings').waitFor();
    const section = page.getByRole('region', { name: 'Apply to open cases' });
    await section.getByText(/1 open case still run on an older version \(1 open case on version 2\)/).waitFor();
    await section.getByRole('button', { name: 'Apply version 3 to open cases…' }).click();
    const confirm = section.getByRole('group', { name: 'Apply version 3 to 1 open case? Their due dates move to what version 3 gives.' });
    await confirm.waitFor();
    // Nothing moves until the administrator confirms.
    expect((await b.sys.http.get(`/api/v1/cases/${caseId}`).set(investigator).expect(200)).body.rulesVersion).toBe(2);
    await b.screenshot(page, 'admin-settings-apply-confirm');
    await confirm.getByRole('button', { name: 'Apply version 3 to 1 open case' }).click();
    await page.getByRole('status').getByText('Version 3 applied to 1 open case.').waitFor();
    await section.getByText('Every open case runs on version 3.').waitFor();
    expect(await section.getByRole('button', { name: 'Apply version 3 to open cases…' }).isDisabled()).toBe(true);

    const moved = (await b.sys.http.get(`/api/v1/cases/${caseId}`).set(investigator).expect(200)).body;
    expect(moved.rulesVersion).toBe(3);
    expect(moved.deadlines.find((d: { kind: string }) => d.kind === 'PRC_INVESTIGATION_REPORT').dueAt).toBe('2026-12-17T15:00:00.000Z');
    // The investigator's page of the case names the version it now runs on.
    const casePage = await newPage();
    await b.signIn(casePage, 'investigator@example.gov');
    await casePage.goto(`/cases/${caseId}`);
    await heading(casePage, /^Case /).waitFor();
    expect(await casePage.locator('dl.summary dt:text-is("Rules") + dd').textContent()).toBe('Settings version 3');
  });

  it('edits who a step tells, how often it reminds and the interim schedule, each refused beside its field until usable', async () => {
    const page = await newPage();
    await b.signIn(page, 'admin@example.gov');
    await page.goto('/admin/settings');
    await heading(page, 'Rules as settings').waitFor();
    const form = page.getByRole('form', { name: 'Save a new version' });
    const visit = form.getByRole('group', { name: /PRC arranges the requested visit/ });
    const remind = visit.getByLabel('Step 2, BREACH: remind the supervisors every (hours) until acknowledged');
    expect(await remind.inputValue()).toBe('24');
    const told = visit.getByRole('group', { name: 'Step 2, BREACH: who is told' });
    expect(await told.getByLabel('The assignee').isChecked()).toBe(true);
    const months = form.getByLabel('Interim summaries: months into the year');
    expect(await months.inputValue()).toBe('3, 6, 9');

    await remind.fill('0');
    await told.getByLabel('The assignee').uncheck();
    await told.getByLabel('The supervisors').uncheck();
    await months.fill('6, 12');
    await form.getByLabel('Why this version').fill('Mid-year summary only');
    await form.getByRole('button', { name: 'Save a new version' }).click();
    await visit.getByText('Reminders come every positive number of hours up to 8760 (a year), got 0.').waitFor();
    await told.getByText('Step 2 must tell someone: assignee, supervisors.').waitFor();
    await form.getByText('interimSummaryMonths are whole months from 1 to 11, inside the year; got 12.').waitFor();
    expect(await remind.getAttribute('aria-invalid')).toBe('true');
    expect(await months.getAttribute('aria-invalid')).toBe('true');

    await remind.fill('6');
    await told.getByLabel('The supervisors').check();
    await months.fill('6');
    await form.getByRole('button', { name: 'Save a new version' }).click();
    await page.getByRole('status').getByText('Version 4 saved: new cases take it.').waitFor();
    const current = (await b.sys.http.get('/api/v1/settings').set(await b.bearer('admin@example.gov')).expect(200)).body.current;
    expect(current.reviewSchedule.interimSummaryMonths).toEqual([6]);
    expect(current.rules.find((r: { kind: string }) => r.kind === 'PRC_VISIT').ladder.find((st: { level: number }) => st.level === 2)).toMatchObject({ notify: ['supervisors'], remindEveryHours: 6 });
  });
});
