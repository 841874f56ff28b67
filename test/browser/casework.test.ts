import { Page } from 'playwright-core';
import { browserSuite } from './browser';

const DAY = 86_400_000;

describe('web app: casework for investigators and supervisors', () => {
  const b = browserSuite('web_casework');
  const { newPage, heading, bearer } = b;

  /** Set-up through the API, for steps another test covers in the browser. */
  async function openCaseByApi(email: string, facilityName: string) {
    const as = await bearer(email);
    const facility = await b.sys.http.post('/api/v1/facilities').set(as).send({ name: facilityName, province: 'Hebei' }).expect(201);
    const opened = await b.sys.http
      .post('/api/v1/cases')
      .set(as)
      .send({ facilityId: facility.body.id, allegation: { summary: 'Machine presses from a camp', source: 'NGO report', productCategories: ['MACHINE_PRESSES'] } })
      .expect(201);
    return opened.body as { id: string; reference: string; facilityId: string };
  }

  async function eventually(check: () => Promise<boolean>, what: string, page?: Page, timeoutMs = 20_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > until) throw new Error(`not seen in time: ${what}`);
      await new Promise((r) => setTimeout(r, 300));
      if (page) await page.reload();
    }
  }

  it('lets an investigator register a facility, open a case, request a visit and see the PRC_VISIT deadline with its legal basis', async () => {
    const page = await newPage();
    await b.signIn(page, 'investigator@example.gov');
    await heading(page, 'My cases').waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Facilities' }).click();
    await heading(page, 'Facilities').waitFor();
    const register = page.getByRole('form', { name: 'Register a facility' });
    await register.getByLabel('Facility name').fill('Shayang Farm Camp');
    await register.getByLabel('Province').fill('Hubei');
    await register.getByRole('button', { name: 'Register facility' }).click();
    await heading(page, 'Shayang Farm Camp').waitFor();
    await page.getByRole('link', { name: 'Open a case on this facility' }).click();
    await heading(page, 'Open a case').waitFor();

    // The API's field errors appear beside the fields.
    const openForm = page.getByRole('form', { name: 'Open a case' });
    await openForm.getByLabel('Facility').selectOption({ label: 'Choose a facility' });
    await openForm.getByRole('button', { name: 'Open case' }).click();
    const summary = openForm.getByLabel('Summary of the allegation');
    await eventually(async () => (await summary.getAttribute('aria-invalid')) === 'true', 'summary marked invalid');
    const facilitySelect = openForm.getByLabel('Facility');
    expect(await facilitySelect.getAttribute('aria-invalid')).toBe('true');
    const summaryErrorId = (await summary.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(await page.locator(`#${summaryErrorId}`).textContent()).toMatch(/summary should not be empty/);
    await b.screenshot(page, 'investigator-open-case-errors');

    await facilitySelect.selectOption({ label: 'Shayang Farm Camp, Hubei (None)' });
    await openForm.getByLabel('Garments and apparel').check();
    await openForm.getByLabel('Tea (HTS 0902)').check();
    await summary.fill('Garments sewn by prisoners for export');
    await openForm.getByLabel('Source').fill('Former inmate, 2026');
    const before = (await b.sys.http.get('/api/v1/cases').set(await bearer('investigator@example.gov'))).body.total as number;
    await openForm.getByRole('button', { name: 'Open case' }).dblclick();
    const caseHeading = heading(page, /^Case MOU-/);
    await caseHeading.waitFor();
    const reference = (await caseHeading.textContent())!.replace('Case ', '');
    expect((await b.sys.http.get('/api/v1/cases').set(await bearer('investigator@example.gov'))).body.total).toBe(before + 1);
    expect(await page.locator('.summary').textContent()).toContain('Open');

    // Only the legal moves are offered.
    const offered = await page.locator('.next-steps summary').allTextContents();
    expect(offered).toContain('Request a visit');
    expect(offered).not.toContain('Record the visit');
    await page.getByText('Request a visit', { exact: true }).click();
    const request = page.getByRole('form', { name: 'Request a visit' });
    await request.getByLabel('Note for the timeline').fill('Diplomatic note 26-114');
    await request.getByRole('button', { name: 'Send visit request' }).click();
    await page.getByRole('status').getByText('Visit requested').waitFor();

    const deadline = page.locator('article.deadline[data-deadline-key="PRC_VISIT-1"]');
    await deadline.waitFor();
    expect(await deadline.locator('.legal-basis').textContent()).toContain('1994 Statement of Cooperation');
    expect(await deadline.textContent()).toContain('60 days left');
    await deadline.getByText('How this due date is worked out').click();
    expect(await deadline.locator('.explanation p').textContent()).toMatch(/60 calendar days/);
    expect(await page.locator('.summary').textContent()).toContain('Visit requested');
    expect(await page.locator('.next-steps summary').allTextContents()).toContain('Schedule the visit');
    await b.screenshot(page, 'investigator-visit-requested');

    await page.getByRole('link', { name: 'My cases' }).click();
    const row = page.locator('tr', { hasText: reference });
    await row.waitFor();
    expect(await row.textContent()).toContain('60 days left');
    await eventually(async () => (await row.locator('.next-action').textContent()) !== 'Looking up…', 'next action filled');
    expect(await row.locator('.next-action').textContent()).toContain('Schedule the visit');
    await b.screenshot(page, 'investigator-my-cases');
    await page.setViewportSize({ width: 390, height: 844 });
    await b.screenshot(page, 'investigator-my-cases-narrow');
  });

  it('shows a supervisor the overdue case after a backdated visit request, and lets them acknowledge the breach', async () => {
    const opened = await openCaseByApi('investigator@example.gov', 'Beishu Labor Reform Camp');
    const investigator = await newPage();
    await b.signIn(investigator, 'investigator@example.gov');
    await investigator.goto(`/cases/${opened.id}`);
    await investigator.getByText('Request a visit', { exact: true }).click();
    const request = investigator.getByRole('form', { name: 'Request a visit' });
    const seventyDaysAgo = new Date(Date.now() - 70 * DAY).toISOString().slice(0, 10);
    await request.getByLabel('Requested on').fill(seventyDaysAgo);
    await request.getByRole('button', { name: 'Send visit request' }).click();
    await investigator.getByRole('status').getByText('Visit requested').waitFor();
    await investigator.locator('article.deadline[data-deadline-key="PRC_VISIT-1"]').getByText('10 days overdue').waitFor();
    await b.screenshot(investigator, 'investigator-backdated-overdue');
    await investigator.setViewportSize({ width: 390, height: 844 });
    await b.screenshot(investigator, 'investigator-case-narrow');

    const page = await newPage();
    await b.signIn(page, 'supervisor@example.gov');
    await heading(page, 'Deadline board').waitFor();
    await page.getByRole('link', { name: 'All cases, one row per case' }).click();
    await heading(page, 'All cases').waitFor();
    // The stages offered are the API's, in the order the process runs.
    const stages = await page.getByLabel('Stage').locator('option').allTextContents();
    expect(stages.slice(0, 4)).toEqual(['Any', 'Open', 'Investigation requested', 'Visit requested']);
    expect(stages).toHaveLength(13);
    await page.getByLabel('Overdue only').check();
    await page.getByRole('button', { name: 'Show cases' }).click();
    await page.waitForURL(/overdue=true/);
    const row = page.locator('tr', { hasText: opened.reference });
    await row.waitFor();
    expect(await row.textContent()).toContain('10 days overdue');
    expect(await page.locator('.count-overdue .count-n').textContent()).not.toBe('0');
    await b.screenshot(page, 'supervisor-board-overdue');
    await page.setViewportSize({ width: 390, height: 844 });
    await b.screenshot(page, 'supervisor-board-narrow');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Escalations' }).click();
    await heading(page, 'Escalations').waitFor();
    const breach = page.locator('article.escalation', { hasText: opened.reference }).filter({ hasText: 'Breach' });
    await eventually(async () => (await breach.count()) === 1, 'breach listed', page);
    await breach.getByLabel('Note').fill('Diplomatic note sent');
    await breach.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByRole('status').getByText(`Acknowledged: Breach on case ${opened.reference}`).waitFor();
    expect(await breach.count()).toBe(0);
    await b.screenshot(page, 'supervisor-escalation-acknowledged');

    await page.goto(`/cases/${opened.id}`);
    await page.locator('.timeline').getByText('Escalation acknowledged').waitFor();
  });

  it('lets a supervisor approve a block after an access denial on another supervisor’s case (four eyes)', async () => {
    const opened = await openCaseByApi('supervisor2@example.gov', 'Red Star Tea Farm');
    const as2 = await bearer('supervisor2@example.gov');
    await b.sys.http.post(`/api/v1/cases/${opened.id}/visit-requests`).set(as2).send({}).expect(200);
    await b.sys.http.post(`/api/v1/cases/${opened.id}/access-denied`).set(as2).send({ note: 'Refused at the gate' }).expect(200);

    // The supervisor who asked (and investigates the case) is offered no decision, and reads the API's reason.
    const own = await newPage();
    await b.signIn(own, 'supervisor2@example.gov');
    await own.getByRole('link', { name: 'Approvals' }).click();
    const ownCard = own.locator('article', { hasText: opened.reference });
    await ownCard.getByText('You requested this step; a second supervisor must decide it.').waitFor();
    expect(await ownCard.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(await ownCard.getByLabel('Reason for your decision').count()).toBe(0);
    await b.screenshot(own, 'supervisor-four-eyes-refused');

    const page = await newPage();
    await b.signIn(page, 'supervisor@example.gov');
    await page.getByRole('link', { name: 'Approvals' }).click();
    await heading(page, 'Approvals').waitFor();
    const card = page.locator('article', { hasText: opened.reference });
    expect(await card.textContent()).toContain('Block facility');
    await card.getByLabel('Reason for your decision').fill('Refusal documented by the team');
    await card.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('status').getByText(`Approved: Block facility on case ${opened.reference}`).waitFor();
    await b.screenshot(page, 'supervisor-block-approved');

    await page.goto(`/facilities/${opened.facilityId}`);
    await heading(page, 'Red Star Tea Farm').waitFor();
    expect(await page.locator('.summary').textContent()).toContain('Blocked');
  });

  it('offers only the close outcomes the API allows, with the reason for the others, and begins the enforcement review', async () => {
    const opened = await openCaseByApi('investigator@example.gov', 'Chadian Salt Works');
    const as = await bearer('investigator@example.gov');
    await b.sys.http.post(`/api/v1/cases/${opened.id}/visit-requests`).set(as).send({}).expect(200);
    const page = await newPage();
    await b.signIn(page, 'investigator@example.gov');
    await page.goto(`/cases/${opened.id}`);
    await heading(page, `Case ${opened.reference}`).waitFor();
    await page.locator('.live-indicator[data-state="live"]').waitFor();

    await page.getByText('Close the case', { exact: true }).click();
    const close = page.getByRole('form', { name: 'Close the case' });
    const outcomes = () => close.getByLabel('Outcome').locator('option').allTextContents();
    expect(await outcomes()).toEqual(['Choose an outcome', 'No action', 'Wro recommended', 'Finding recommended']);
    expect(await close.locator('.not-offered').textContent()).toContain(
      'Facility blocked is not offered: The facility can be blocked only after access to it was denied on this case.',
    );

    // Access is refused (recorded elsewhere): the open form gains the outcome, by the live stream.
    await b.sys.http.post(`/api/v1/cases/${opened.id}/access-denied`).set(as).send({ note: 'Refused at the gate' }).expect(200);
    await close.getByLabel('Outcome').locator('option', { hasText: 'Facility blocked' }).waitFor({ state: 'attached', timeout: 15_000 });
    expect(await close.locator('.not-offered').count()).toBe(0);

    await page.getByText('Begin the enforcement review', { exact: true }).click();
    const review = page.getByRole('form', { name: 'Begin the enforcement review' });
    await review.getByLabel('Note for the timeline').fill('Denial of access to be weighed');
    await review.getByRole('button', { name: 'Begin enforcement review' }).click();
    await page.getByRole('status').getByText('Enforcement review begun').waitFor();
    expect(await page.locator('.summary .stage').textContent()).toBe('Enforcement review');
    await page.locator('.timeline').getByText('Denial of access to be weighed').waitFor();
    expect(await page.locator('.next-steps summary').allTextContents()).not.toContain('Begin the enforcement review');
  });

  it('lets a supervisor pause, resume and extend a clock and reassign a case, each with a reason', async () => {
    const opened = await openCaseByApi('investigator@example.gov', 'Qinghe Farm');
    await b.sys.http.post(`/api/v1/cases/${opened.id}/visit-requests`).set(await bearer('investigator@example.gov')).send({}).expect(200);
    const page = await newPage();
    await b.signIn(page, 'supervisor@example.gov');
    await page.goto(`/cases/${opened.id}`);
    const clock = page.locator('article.deadline[data-deadline-key="PRC_VISIT-1"]');
    await clock.getByText('Manage this clock').click();
    await clock.getByRole('form', { name: 'Pause PRC_VISIT-1' }).getByLabel('Reason to pause').fill('PRC asked for evidence');
    await clock.getByRole('button', { name: 'Pause clock' }).click();
    await page.getByRole('status').getByText('Clock PRC_VISIT-1 paused.').waitFor();
    expect(await clock.textContent()).toContain('Paused');

    await clock.getByText('Manage this clock').click();
    await clock.getByLabel('Reason to resume').fill('Evidence sent');
    await clock.getByRole('button', { name: 'Resume clock' }).click();
    await page.getByRole('status').getByText('Clock PRC_VISIT-1 resumed.').waitFor();

    await clock.getByText('Manage this clock').click();
    await clock.getByLabel('Extra days').fill('14');
    await clock.getByLabel('Reason to extend').fill('Holiday week');
    await clock.getByRole('button', { name: 'Extend clock' }).click();
    await page.getByRole('status').getByText('Clock PRC_VISIT-1 extended by 14 days.').waitFor();
    expect(await clock.textContent()).toContain('74 days left');
    await clock.getByText('How this due date is worked out').click();
    expect(await clock.locator('.explanation p').textContent()).toContain('Holiday week');

    const reassign = page.getByRole('form', { name: 'Reassign the case' });
    await reassign.getByLabel('New assignee').selectOption({ label: 'Sam Supervisor' });
    await reassign.getByLabel('Reason for reassigning').fill('Investigator on leave');
    await reassign.getByRole('button', { name: 'Reassign case' }).click();
    await page.getByRole('status').getByText('Case reassigned to Sam Supervisor.').waitFor();
    expect(await page.locator('.summary').textContent()).toContain('Sam Supervisor (you)');
    await b.screenshot(page, 'supervisor-clock-managed');
  });
});
