import { nextBusinessDay, today } from '../support/business-days';
import { waitFor } from '../support/wait-for';
import { browserSuite } from './browser';


describe('web app: the holiday calendar an administrator keeps', () => {
  const b = browserSuite('web_calendars');
  const { newPage, heading } = b;

  it('closes a day and the open entry deadline crossing it moves, its explanation naming the new version', async () => {
    // An importer's entry naming a registered manufacturer only nearly waits for CBP's decision
    // within its 5-business-day window (a clean entry is released at once).
    const importer = { Authorization: `Bearer ${await b.sys.login('importer@example.com')}` };
    const supervisor = { Authorization: `Bearer ${await b.sys.login('supervisor@example.gov')}` };
    await b.sys.http.post('/api/v1/facilities').set(supervisor).send({ name: 'Ningbo Garment Works' }).expect(201);
    const name = 'Ningbo Garmant Work';
    const entry = await b.sys.http
      .post('/api/v1/entries')
      .set(importer)
      .send({
        manufacturer: { name },
        productCategory: 'GARMENTS',
        htsCode: '6203.42',
        quantity: 100,
        valueUsd: 1000,
        importedOn: today(),
        certification: {
          supplierCertificateOfOrigin: { issuer: 'Ningbo Textiles', number: 'CO-9', issuedOn: today() },
          dueDiligenceStatement: { manufacturerName: name, statement: 'Audited on site', signedBy: 'Ann Importer', signedOn: today() },
        },
      })
      .expect(201);
    const clock = entry.body.clocks.find((c: { kind: string }) => c.kind === 'ENTRY_DECISION');
    const lastDay = (clock.dueAt as string).slice(0, 10);
    const moved = nextBusinessDay(lastDay);

    const importerPage = await newPage();
    await b.signIn(importerPage, 'importer@example.com');
    await importerPage.goto(`/entries/${entry.body.id}`);
    const card = importerPage.locator(`[data-deadline-key="${clock.key}"]`);
    await card.waitFor();
    expect(await card.locator('dd time').nth(1).getAttribute('datetime')).toBe(`${lastDay}T23:59:59.999Z`);
    expect(await card.locator('.explanation').textContent()).toContain('on calendar us-federal v1');

    // The administrator closes that last day.
    const page = await newPage();
    await b.signIn(page, 'admin@example.gov');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holiday calendar' }).click();
    await heading(page, 'Holiday calendar').waitFor();
    const close = page.getByRole('form', { name: 'Close a day' });
    await close.getByLabel('Day offices close').fill(lastDay);
    await close.getByLabel('Why').fill('Executive order: federal offices closed');
    await close.getByRole('button', { name: 'Close the day' }).click();
    await page.getByRole('status').getByText(/^Version 2: .* closed\. 1 open entry re-projected on it\.$/).waitFor();
    expect(await page.locator('tbody tr').first().textContent()).toContain('Executive order: federal offices closed');
    await b.screenshot(page, 'admin-calendar-closure');

    // The entry's deadline has moved to the next business day, on version 2, and its history says so.
    await importerPage.reload();
    await card.waitFor();
    await waitFor(async () => (await card.locator('dd time').nth(1).getAttribute('datetime')) === `${moved}T23:59:59.999Z`, 10_000);
    expect(await card.locator('.explanation').textContent()).toContain('on calendar us-federal v2');
    expect(await importerPage.locator('body').textContent()).toMatch(/Deadline reprojected/i);
    await b.screenshot(importerPage, 'entry-deadline-moved-by-calendar');
  });
});
