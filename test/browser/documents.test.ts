import { DEMO_FACILITY_ID } from '../support/system';
import { browserSuite } from './browser';

describe('web app: documents with the facts they prove', () => {
  const b = browserSuite('web_documents');
  const { newPage, heading, bearer } = b;

  it('uploads a visit report with the visit, lists it on the case and checks it intact; a wrong type is refused beside the control', async () => {
    const as = await bearer('investigator@example.gov');
    const opened = await b.sys.http
      .post('/api/v1/cases')
      .set(as)
      .send({ facilityId: DEMO_FACILITY_ID, allegation: { summary: 'Christmas lights from a camp', source: 'Former inmate', productCategories: ['CHRISTMAS_LIGHTS'] } })
      .expect(201);
    await b.sys.http.post(`/api/v1/cases/${opened.body.id}/visit-requests`).set(as).send({}).expect(200);

    const page = await newPage();
    await b.signIn(page, 'investigator@example.gov');
    await page.goto(`/cases/${opened.body.id}`);
    await heading(page, `Case ${opened.body.reference}`).waitFor();
    await page.getByText('No document yet.').waitFor();
    await page.getByText('Record the visit', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Record the visit' });
    const picker = form.getByLabel('Upload: Documents that prove it');

    await picker.setInputFiles({ name: 'tool.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await form.getByText('application/x-msdownload is not accepted').waitFor();

    await picker.setInputFiles({ name: 'visit-report.txt', mimeType: 'text/plain', buffer: Buffer.from('Two workshops closed to the inspectors.\n') });
    await form.getByLabel(/visit-report\.txt/).waitFor();
    await form.getByLabel('Inspectors had full access to the facility').check();
    await form.getByRole('button', { name: 'Record visit' }).click();
    await page.getByText('Visit recorded: the US report clock runs.').waitFor();

    const documents = page.getByRole('region', { name: 'Documents' });
    await documents.getByText('visit-report.txt').waitFor();
    await documents.getByRole('button', { name: 'Check' }).click();
    await documents.getByText(/Intact: recorded in VISIT_CONDUCTED/).waitFor();
    await b.screenshot(page, 'case-documents');
  });
});
