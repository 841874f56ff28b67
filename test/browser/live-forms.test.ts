import { browserSuite } from './browser';

describe('web app: live updates patch the page and leave what is being typed alone', () => {
  const b = browserSuite('web_live_forms');
  const { newPage, heading, bearer } = b;

  it('keeps a half-typed note, its focus and its open panel on the case page while another user’s move arrives', async () => {
    const investigator = await bearer('investigator@example.gov');
    const facility = await b.sys.http.post('/api/v1/facilities').set(investigator).send({ name: 'Xinkang Press Works', province: 'Hebei' }).expect(201);
    const opened = await b.sys.http
      .post('/api/v1/cases')
      .set(investigator)
      .send({ facilityId: facility.body.id, allegation: { summary: 'Presses assembled in a camp', source: 'NGO report', productCategories: ['MACHINE_PRESSES'] } })
      .expect(201);

    const page = await newPage();
    await b.signIn(page, 'investigator@example.gov');
    await page.goto(`/cases/${opened.body.id}`);
    await heading(page, `Case ${opened.body.reference}`).waitFor();
    await page.locator('.live-indicator[data-state="live"]').waitFor();
    expect(await page.locator('.next-steps summary').allTextContents()).not.toContain('Schedule the visit');

    await page.getByText('Request an investigation', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Request an investigation' });
    const note = form.getByLabel('Note for the timeline');
    await note.click();
    await page.keyboard.type('Diplomatic note 26-2');

    // Another user (a supervisor) requests a visit on the same case: the event arrives by the live stream.
    await b.sys.http
      .post(`/api/v1/cases/${opened.body.id}/visit-requests`)
      .set(await bearer('supervisor@example.gov'))
      .send({ note: 'Requested by the supervisor' })
      .expect(200);

    // The page shows the new event, the new clock and the moves it opened...
    await page.locator('.timeline').getByText('Requested by the supervisor').waitFor({ timeout: 15_000 });
    await page.locator('article.deadline[data-deadline-key="PRC_VISIT-1"]').waitFor();
    expect(await page.locator('.next-steps summary').allTextContents()).toContain('Schedule the visit');

    // ...and the note is as it was typed, with the focus and the caret still in it and its panel open.
    expect(await note.inputValue()).toBe('Diplomatic note 26-2');
    expect(await page.evaluate("document.activeElement?.getAttribute('name') + ' in ' + document.activeElement?.closest('form')?.getAttribute('aria-label')")).toBe(
      'note in Request an investigation',
    );
    expect(await page.locator('details.action-panel', { has: form }).getAttribute('open')).toBe('');
    await page.keyboard.type('7');
    expect(await note.inputValue()).toBe('Diplomatic note 26-27');

    await form.getByRole('button', { name: 'Send investigation request' }).click();
    await page.getByRole('status').getByText('Investigation requested').waitFor();
    await page.locator('.timeline').getByText('Diplomatic note 26-27').waitFor();
    await b.screenshot(page, 'investigator-live-update-kept-typing');
  });
});
