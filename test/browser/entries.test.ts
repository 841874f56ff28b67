import { Page } from 'playwright-core';
import { waitFor } from '../support/wait-for';
import { browserSuite } from './browser';

const MANUFACTURER = 'Jinan Hydraulic Press Works';

describe('web app: import entries for importers and supervisors', () => {
  let facilityId: string;
  let entryPath: string;
  const b = browserSuite('web_entries');
  const { newPage, heading, bearer } = b;
  const panel = (page: Page, title: string) => page.locator('details.action-panel', { has: page.locator('summary', { hasText: title }) });
  const offered = (page: Page) => page.locator('.next-steps summary').allTextContents();

  /** Set-up through the API: a supervisor's case, access refused, a second supervisor confirms the block. */
  async function blockFacility(name: string): Promise<string> {
    const as1 = await bearer('supervisor@example.gov');
    const facility = await b.sys.http.post('/api/v1/facilities').set(as1).send({ name, province: 'Shandong' }).expect(201);
    const opened = await b.sys.http
      .post('/api/v1/cases')
      .set(as1)
      .send({ facilityId: facility.body.id, allegation: { summary: 'Presses made in the prison workshop', source: 'NGO', productCategories: ['MACHINE_PRESSES'] } })
      .expect(201);
    await b.sys.http.post(`/api/v1/cases/${opened.body.id}/visit-requests`).set(as1).send({}).expect(200);
    const denied = await b.sys.http.post(`/api/v1/cases/${opened.body.id}/access-denied`).set(as1).send({ note: 'Refused at the gate' }).expect(200);
    await b.sys.http
      .post(`/api/v1/approvals/${denied.body.approvals[0].id}/approve`)
      .set(await bearer('supervisor2@example.gov'))
      .send({ reason: 'Refusal documented' })
      .expect(200);
    await waitFor(async () => (await b.sys.http.get(`/api/v1/facilities/${facility.body.id}`).set(as1)).body.status === 'BLOCKED');
    return facility.body.id;
  }

  it('lets an importer file an entry for a blocked facility, with field errors beside the fields, and see it detained with the reason', async () => {
    facilityId = await blockFacility(MANUFACTURER);
    const page = await newPage();
    await b.signIn(page, 'importer@example.com');
    await heading(page, 'My entries').waitFor();
    await page.getByText('You have not filed an entry yet.').waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'File an entry' }).click();
    await heading(page, 'File an entry').waitFor();
    const entryForm = page.getByRole('form', { name: 'File an entry' });
    await entryForm.getByLabel('Quantity').fill('-3');
    await entryForm.getByRole('button', { name: 'File entry' }).click();
    const maker = entryForm.getByLabel('Manufacturer (required)');
    await waitFor(async () => (await maker.getAttribute('aria-invalid')) === 'true', 10_000);
    expect(await entryForm.getByLabel('Quantity').getAttribute('aria-invalid')).toBe('true');
    expect(await entryForm.getByLabel('Product category').getAttribute('aria-invalid')).toBe('true');
    const quantityError = (await entryForm.getByLabel('Quantity').getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(await page.locator(`#${quantityError}`).textContent()).toMatch(/quantity must be a positive number/);
    expect(await entryForm.locator('.form-alert').textContent()).toContain('see the messages beside the fields');
    await b.screenshot(page, 'importer-entry-errors');

    await entryForm.getByLabel('Manufacturer (required)').fill(MANUFACTURER);
    await entryForm.getByLabel('Product category').selectOption({ label: 'Machine presses (HTS 8462)' });
    expect(await entryForm.getByLabel('HTS code').inputValue()).toBe('8462');
    await entryForm.getByLabel('HTS code').fill('8462.29');
    await entryForm.getByLabel('Quantity').fill('12');
    await entryForm.getByLabel('Declared value (US dollars)').fill('48000');
    await entryForm.getByLabel('Issued by').fill('Jinan Export Co.');
    await entryForm.getByLabel('Certificate number').fill('CO-2026-118');
    await entryForm.getByLabel('Issued on').fill(new Date().toISOString().slice(0, 10));
    await entryForm.getByLabel('Manufacturer named in the statement').fill(MANUFACTURER);
    await entryForm.getByLabel('Statement', { exact: true }).fill('Audited the factory and its subcontractors on site');
    await entryForm.getByLabel('Signed by').fill('Ann Importer');
    await entryForm.getByLabel('Signed on').fill(new Date().toISOString().slice(0, 10));
    await entryForm.getByRole('button', { name: 'File entry' }).dblclick();

    const entryHeading = heading(page, /^Entry ENT-/);
    await entryHeading.waitFor();
    entryPath = new URL(page.url()).pathname;
    const reference = (await entryHeading.textContent())!.replace('Entry ', '');
    await page.getByRole('status').getByText(`Entry ${reference} filed: detained.`).waitFor();
    expect(await page.locator('.summary .badge').first().textContent()).toContain('Detained');
    const reasons = page.locator('.hold-reasons');
    expect(await reasons.getByRole('heading').textContent()).toBe('Why the goods are held');
    expect(await reasons.textContent()).toContain(`The manufacturer, ${MANUFACTURER}`);
    expect(await reasons.textContent()).toContain('is blocked: US inspectors were denied access to it.');
    expect(await page.locator('.summary').textContent()).toContain('(in the facility register)');
    const proofClock = page.locator('article.deadline', { hasText: 'Proof of admissibility' });
    expect(await proofClock.locator('.legal-basis').textContent()).toContain('19 CFR 12.43');
    await proofClock.getByText('How this due date is worked out').click();
    expect((await proofClock.locator('.explanation p').textContent())!.length).toBeGreaterThan(20);
    // Only the answers the law allows a detained entry: proof or export, not a protest.
    expect(await offered(page)).toEqual(['Prove the goods admissible', 'Export the goods']);
    await b.screenshot(page, 'importer-entry-detained');

    // One entry although the button was double-clicked (Idempotency-Key).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My entries' }).click();
    await heading(page, 'My entries').waitFor();
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Detained');
    expect(await rows.first().locator('td[data-label="Clock"]').textContent()).toContain('Proof of admissibility for a detained entry');
    await page.setViewportSize({ width: 390, height: 844 });
    await b.screenshot(page, 'importer-entries-narrow');
    await page.goto(entryPath);
    await heading(page, /^Entry ENT-/).waitFor();
    await b.screenshot(page, 'importer-entry-narrow');
  });

  it('lets the importer file proof, a supervisor exclude (only after proof), the importer protest and the supervisor deny the protest', async () => {
    const supervisor = await newPage();
    await b.signIn(supervisor, 'supervisor@example.gov');
    await supervisor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Entries' }).click();
    await heading(supervisor, 'Import entries').waitFor();
    await supervisor.locator(`a[href="${entryPath}"]`).click();
    await heading(supervisor, /^Entry ENT-/).waitFor();
    // The API says what is open: excluding waits for the importer's proof, and the page says why.
    expect(await offered(supervisor)).toEqual(['Release the goods', 'Extend the period for proof by 30 calendar days']);
    expect(await supervisor.locator('.not-offered [data-path="exclude"]').textContent()).toContain('The importer has not filed proof yet');
    await b.screenshot(supervisor, 'supervisor-exclude-not-open');

    // The supervisor starts writing a release while the importer answers.
    await panel(supervisor, 'Release the goods').locator('summary').click();
    const release = supervisor.getByRole('form', { name: 'Release the goods' });
    await release.getByLabel('Reason for releasing').fill('Pending the importer’s proof');

    // The importer answers with proof.
    const importer = await newPage();
    await b.signIn(importer, 'importer@example.com');
    await importer.goto(entryPath);
    await panel(importer, 'Prove the goods admissible').locator('summary').click();
    const proof = importer.getByRole('form', { name: 'Prove the goods admissible' });
    await proof.getByLabel('Why the goods are admissible').fill('The presses were made in the civilian plant, not the workshop');
    await proof.getByLabel('Documents filed').fill('Plant audit 2026-10.pdf\nShipping manifest 118.pdf');
    await proof.getByRole('button', { name: 'File proof' }).click();
    await importer.getByRole('status').getByText('Proof filed').waitFor();
    expect(await offered(importer)).toEqual(['Prove the goods admissible', 'Export the goods']);
    expect(await importer.locator('.proof').textContent()).toContain('Shipping manifest 118.pdf');

    // The supervisor's page follows by itself without losing the half-written release; exclusion is now open.
    await supervisor.locator('.proof').getByText('Plant audit 2026-10.pdf').waitFor({ timeout: 15_000 });
    expect(await release.getByLabel('Reason for releasing').inputValue()).toBe('Pending the importer’s proof');
    await panel(supervisor, 'Exclude the goods').locator('summary').click();
    const exclude = supervisor.getByRole('form', { name: 'Exclude the goods' });
    await exclude.getByLabel('Reason for excluding').fill('Blocked manufacturer; no proof of other origin');
    await exclude.getByRole('button', { name: 'Exclude entry' }).click();
    await supervisor.getByRole('status').getByText('Entry excluded').waitFor();

    // The importer's page follows by itself: now export or protest.
    await importer.locator('.summary .badge', { hasText: 'Excluded' }).waitFor({ timeout: 15_000 });
    expect(await offered(importer)).toEqual(['Export the goods', 'Protest the exclusion']);
    await panel(importer, 'Protest the exclusion').locator('summary').click();
    const protest = importer.getByRole('form', { name: 'Protest the exclusion' });
    await protest.getByLabel('Grounds of the protest').fill('The audit shows civilian production');
    await protest.getByRole('button', { name: 'File protest' }).click();
    await importer.getByRole('status').getByText('Protest filed').waitFor();
    expect(await importer.locator('article.deadline', { hasText: 'Decision on a protest of exclusion' }).count()).toBe(1);
    await b.screenshot(importer, 'importer-entry-protested');

    await supervisor.locator('.summary .badge', { hasText: 'Protest pending' }).waitFor({ timeout: 15_000 });
    await panel(supervisor, 'Decide the protest').locator('summary').click();
    const decide = supervisor.getByRole('form', { name: 'Decide the protest' });
    await decide.getByLabel('Reason for the decision').fill('The audit covers another plant');
    await decide.getByRole('button', { name: 'Deny protest' }).click();
    await supervisor.getByRole('status').getByText('Protest denied.').waitFor();
    expect(await supervisor.locator('.summary .badge').first().textContent()).toContain('Protest denied');
    expect(await supervisor.locator('.next-steps').textContent()).toContain('Nothing more can happen to this entry.');
    await b.screenshot(supervisor, 'supervisor-protest-denied');
  });

  it('answers an importer’s screening check before shipping', async () => {
    const page = await newPage();
    await b.signIn(page, 'importer@example.com');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Screening check' }).click();
    await heading(page, 'Screening check').waitFor();
    const check = page.getByRole('form', { name: 'Screening check' });
    await check.getByRole('button', { name: 'Check' }).click();
    await waitFor(async () => (await check.getByLabel('Product category').getAttribute('aria-invalid')) === 'true', 10_000);

    await check.getByLabel('Manufacturer').fill(MANUFACTURER.toLowerCase());
    await check.getByLabel('Product category').selectOption({ label: 'Machine presses (HTS 8462)' });
    await check.getByRole('button', { name: 'Check' }).click();
    const result = page.locator('.screening-result');
    await result.getByRole('heading', { name: 'Would be detained' }).waitFor();
    expect(await result.textContent()).toContain('is blocked');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Would be detained');

    await check.getByLabel('Manufacturer').fill('Ningbo Civilian Press Co.');
    await check.getByRole('button', { name: 'Check' }).click();
    await result.getByRole('heading', { name: 'Would be released' }).waitFor();
    expect(await result.textContent()).toContain('not in the facility register');
    await b.screenshot(page, 'importer-screening-check');
  });

  it('lets a supervisor ask to unblock the facility and a second supervisor approve it on the approvals page', async () => {
    const page = await newPage();
    await b.signIn(page, 'supervisor@example.gov');
    await page.goto(`/facilities/${facilityId}`);
    await heading(page, MANUFACTURER).waitFor();
    const ask = page.getByRole('form', { name: 'Ask to unblock' });
    const petition = ask.getByRole('textbox', { name: /^Remediation petition/ });
    expect(await ask.getByLabel('Case whose visit had full access').isVisible()).toBe(true);
    expect(await petition.isVisible()).toBe(false);
    await ask.getByRole('radio', { name: 'A remediation petition' }).check();
    expect(await ask.getByLabel('Case whose visit had full access').isVisible()).toBe(false);
    await ask.getByRole('button', { name: 'Ask to unblock' }).click();
    await waitFor(async () => (await petition.getAttribute('aria-invalid')) === 'true', 10_000);
    await petition.fill('Prison workshop closed; production moved to a civilian plant audited in October');
    await ask.getByLabel('Reason for unblocking').fill('Remediation shown');
    await ask.getByRole('button', { name: 'Ask to unblock' }).click();
    await page.getByRole('status').getByText('Unblock requested').waitFor();
    await page.getByText('An unblock request is already waiting for a decision.').waitFor();
    await b.screenshot(page, 'supervisor-unblock-requested');

    const second = await newPage();
    await b.signIn(second, 'supervisor2@example.gov');
    await second.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
    await heading(second, 'Approvals').waitFor();
    const card = second.locator('article', { hasText: `Unblock facility: ${MANUFACTURER}` });
    expect(await card.locator('dt').allTextContents()).toEqual(['Facility', 'Why', 'Requested']);
    await card.getByLabel('Reason for your decision').fill('Audit report checked');
    await card.getByRole('button', { name: 'Approve' }).click();
    await second.getByRole('status').getByText(`Approved: Unblock facility on ${MANUFACTURER}.`).waitFor();
    await b.screenshot(second, 'supervisor-unblock-approved');

    await second.goto(`/facilities/${facilityId}`);
    await heading(second, MANUFACTURER).waitFor();
    expect(await second.locator('.summary').textContent()).toContain('Cleared');
    expect(await second.getByRole('form', { name: 'Ask to unblock' }).count()).toBe(0);
  });
});
