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
});
