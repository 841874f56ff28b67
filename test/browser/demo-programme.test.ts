import { loadDemoProgrammeThroughApi } from '../../tools/launcher/demo-programme';
import { waitFor } from '../support/wait-for';
import { browserSuite } from './browser';

/**
 * A fresh start with the demo programme (what `npm start` loads into an empty database): every
 * role's first screen shows work on it.
 */
describe('web app: the demo programme greets each role with work', () => {
  const b = browserSuite('web_demo');
  const { newPage, heading } = b;
  let report: Awaited<ReturnType<typeof loadDemoProgrammeThroughApi>>['report'];

  beforeAll(async () => {
    ({ report } = await loadDemoProgrammeThroughApi(b.baseUrl));
  });

  const main = (page: Parameters<typeof b.signIn>[0]) => page.locator('main');
  /** A table cell: the filters' options carry the same names and never count as work shown. */
  const cell = (page: Parameters<typeof b.signIn>[0], text: string | RegExp) => page.locator('main td', { hasText: text }).first();

  it('loads every case of the programme, in every stage', async () => {
    expect(report.refused).toEqual([]);
    expect(report.failed).toEqual([]);
    const stages = new Set(report.created.map((c) => c.stage));
    for (const stage of ['OPEN', 'INVESTIGATION_REQUESTED', 'VISIT_REQUESTED', 'PRC_REPORT_RECEIVED', 'VISIT_SCHEDULED', 'VISIT_CONDUCTED', 'US_REPORT_ISSUED', 'ENFORCEMENT_REVIEW', 'ACCESS_DENIED', 'CLOSED', 'WITHDRAWN']) {
      expect([stage, stages.has(stage)]).toEqual([stage, true]);
    }
  });

  it('shows the investigator their cases', async () => {
    const page = await newPage();
    await b.signIn(page, 'investigator@example.gov');
    await heading(page, 'My cases').waitFor();
    await main(page).getByText('Qinghai Carpet Factory').first().waitFor();
    await main(page).getByText('Jiangxi Garment Workshop').first().waitFor();
    // Another investigator's case is not on this screen.
    expect(await main(page).getByText('Hebei Umbrella Works').count()).toBe(0);
    await b.screenshot(page, 'demo-investigator');
  });

  it('shows the supervisor clocks overdue on the board and an approval waiting', async () => {
    const page = await newPage();
    await b.signIn(page, 'supervisor@example.gov');
    await heading(page, 'Deadline board').waitFor();
    await cell(page, 'Qinghai Carpet Factory').waitFor();
    await b.screenshot(page, 'demo-supervisor-board');
    await page.goto('/approvals');
    await heading(page, 'Approvals').waitFor();
    await main(page).getByText('Fujian Shoe Factory').first().waitFor();
    expect(await main(page).getByRole('button', { name: /approve/i }).count()).toBeGreaterThan(0);
    await b.screenshot(page, 'demo-supervisor-approvals');
  });

  it('shows policy staff a programme year ready for review', async () => {
    await waitFor(async () => (await b.sys.db.query(`SELECT status FROM reviews`)).some((r: { status: string }) => r.status === 'AWAITING_SIGN_OFF'), 60_000);
    const page = await newPage();
    await b.signIn(page, 'policy@example.gov');
    await main(page).getByText(/REVOKE/i).first().waitFor();
    await b.screenshot(page, 'demo-policy');
  });

  it('shows the importer detained and released entries', async () => {
    const page = await newPage();
    await b.signIn(page, 'importer@example.com');
    await heading(page, 'My entries').waitFor();
    await cell(page, 'Qinghai Carpet Factory').waitFor();
    await cell(page, /detained/i).waitFor();
    await cell(page, /released/i).waitFor();
    await b.screenshot(page, 'demo-importer');
  });

  it("shows the admin the programme's facilities", async () => {
    const page = await newPage();
    await b.signIn(page, 'admin@example.gov');
    await page.goto('/facilities');
    await main(page).getByText('Laogai Camp Golmud').first().waitFor();
    await b.screenshot(page, 'demo-admin');
  });
});
