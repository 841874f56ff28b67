import { waitFor } from '../support/wait-for';
import { browserSuite } from './browser';

const today = () => new Date().toISOString().slice(0, 10);

describe('web app: the names a facility goes by, and a near match of a declared name', () => {
  const b = browserSuite('web_names');
  const { newPage, bearer } = b;

  it('lets a supervisor set the names on the facility page, with errors beside the field, then decide a near match on the entry page', async () => {
    const supervisor = await bearer('supervisor@example.gov');
    const facility = await b.sys.http.post('/api/v1/facilities').set(supervisor).send({ name: 'Tianjin Carpet Factory' }).expect(201);

    const page = await newPage();
    await b.signIn(page, 'supervisor@example.gov');
    await page.goto(`/facilities/${facility.body.id}`);
    await page.locator('summary', { hasText: 'Edit the names' }).click();
    const names = page.getByRole('form', { name: 'Edit the names' });
    await names.getByLabel('Aliases (one per line)').fill('Tianjin Prison Carpet Workshop\n  --  ');
    await names.getByLabel('Chinese name').fill('Tianjin');
    await names.getByRole('button', { name: 'Save names' }).click();
    const chinese = names.getByLabel('Chinese name');
    await waitFor(async () => (await chinese.getAttribute('aria-invalid')) === 'true', 10_000);
    await names.getByText('a Chinese name is written in Chinese characters').waitFor();
    await chinese.fill('天津地毯厂');
    await names.getByLabel('Pinyin').fill('Tiānjīn Dìtǎn Chǎng');
    await names.getByRole('button', { name: 'Save names' }).click();
    await names.getByText('line 2: an alias needs at least one letter or digit').waitFor();
    await names.getByLabel('Aliases (one per line)').fill('Tianjin Prison Carpet Workshop');
    await names.getByRole('button', { name: 'Save names' }).click();
    await page.getByRole('status').getByText('Names saved.').waitFor();
    const section = page.locator('section.facility-names');
    expect(await section.locator('dd').allTextContents()).toEqual(['Tianjin Prison Carpet Workshop', '天津地毯厂', 'Tiānjīn Dìtǎn Chǎng']);

    // An importer declares a name one letter off the alias: the entry waits for a supervisor.
    const declared = 'Tianjin Prison Carpet Worksho';
    const entry = await b.sys.http
      .post('/api/v1/entries')
      .set(await bearer('importer@example.com'))
      .send({
        manufacturer: { name: declared },
        productCategory: 'CARPETS',
        htsCode: '5701.10',
        quantity: 40,
        valueUsd: 12000,
        importedOn: today(),
        certification: {
          supplierCertificateOfOrigin: { issuer: 'Tianjin Trading', number: 'CO-77', issuedOn: today() },
          dueDiligenceStatement: { manufacturerName: declared, statement: 'Audited on site', signedBy: 'Ann Importer', signedOn: today() },
        },
      })
      .expect(201);
    expect(entry.body.status).toBe('PENDING_SCREENING');

    await page.goto(`/entries/${entry.body.id}`);
    const match = page.locator('section.name-match');
    await match.getByText('“Tianjin Prison Carpet Workshop” of Tianjin Carpet Factory nearly, without matching it (1 letter differs).', { exact: false }).waitFor();
    await match.locator('summary', { hasText: 'Confirm or clear the near match' }).click();
    await match.getByLabel('Reason for the decision').fill('A different workshop of the same district');
    await match.getByRole('button', { name: 'It is another manufacturer' }).click();
    await page.getByRole('status').getByText('Near match cleared.').waitFor();
    await match.getByText('Cleared: not this facility').waitFor();
    await b.screenshot(page, 'supervisor-near-match-cleared');
  });
});
