import { browserSuite } from './browser';

const DAY = 86_400_000;

describe('web app: the diplomatic note on the case page, and the bilateral agenda', () => {
  const b = browserSuite('web_diplomatic_note');
  const { newPage, heading } = b;
  const facilityName = `Tarim Carpet Works ${Date.now()}`;
  const allegation = 'Carpets knotted in a detention centre workshop';
  let caseId = '';

  beforeAll(async () => {
    const investigator = await b.bearer('investigator@example.gov');
    const facility = (await b.sys.http.post('/api/v1/facilities').set(investigator).send({ name: facilityName }).expect(201)).body;
    caseId = (
      await b.sys.http
        .post('/api/v1/cases')
        .set(investigator)
        .send({ facilityId: facility.id, allegation: { summary: allegation, source: 'Testimony', productCategories: ['CARPETS'] } })
        .expect(201)
    ).body.id;
    // A visit requested 100 days ago: the breach (day 60) and the senior escalation (day 90) fire at once.
    await b.sys.http.post(`/api/v1/cases/${caseId}/visit-requests`).set(investigator).send({ requestedAt: new Date(Date.now() - 100 * DAY).toISOString() }).expect(200);
  });

  it('a supervisor edits the drafted note, a second approves it and marks it sent; policy staff see the agenda without the allegation', async () => {
    const page = await newPage();
    await b.signIn(page, 'supervisor@example.gov');
    await page.goto(`/cases/${caseId}`);
    const notes = page.locator('section[aria-labelledby="case-notes-title"]');
    await notes.waitFor({ timeout: 20_000 });
    await notes.locator('pre.note-text').getByText(/60 days have elapsed since the request/).waitFor();
    const edit = page.getByRole('form', { name: 'Edit note PRC_VISIT-1' });
    await edit.getByLabel(/Text of the note/).fill('The Embassy refers to its request and asks that the visit be arranged.');
    await edit.getByRole('button', { name: 'Save the note' }).click();
    await page.getByRole('status').getByText('Note edited: a second supervisor approves it.').waitFor();

    const second = await newPage();
    await b.signIn(second, 'supervisor2@example.gov');
    await second.goto(`/cases/${caseId}`);
    await second.getByRole('form', { name: 'Approve note PRC_VISIT-1' }).getByRole('button', { name: 'Approve the note' }).click();
    await second.getByRole('status').getByText('Note approved: it can be marked sent.').waitFor();
    await second.getByRole('form', { name: 'Mark note PRC_VISIT-1 sent' }).getByRole('button', { name: 'Mark sent' }).click();
    await second.getByRole('status').getByText('Note marked sent: the date is on the case timeline.').waitFor();
    await second.locator('.timeline').getByText('Diplomatic note sent', { exact: true }).waitFor();
    await b.screenshot(second, 'supervisor-diplomatic-note-sent');

    const policy = await newPage();
    await b.signIn(policy, 'policy@example.gov');
    await policy.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bilateral agenda' }).click();
    await heading(policy, 'Bilateral agenda').waitFor();
    const row = policy.locator('tbody tr', { hasText: facilityName });
    await row.waitFor();
    expect(await row.textContent()).toContain('the next meeting');
    expect(await policy.locator('main').textContent()).not.toContain(allegation);
    await b.screenshot(policy, 'policy-bilateral-agenda');
  });
});
