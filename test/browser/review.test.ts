import { readFileSync } from 'node:fs';
import { waitFor } from '../support/wait-for';
import { browserSuite } from './browser';

describe('web app: the one-year review for policy staff', () => {
  const b = browserSuite('web_review');
  const { newPage, heading } = b;

  it('lets the administrator start a year from the browser, and a policy user follow it, compare the years, download the report, try other thresholds and sign off', async () => {
    // The administrator starts the review of a programme year that has already ended (the first of
    // a month some fifteen months ago): the workflow writes the three interim summaries and the
    // report at once, finds too few requests and schedules a re-review six months on. Every test
    // system shares one Temporal namespace, and a review's workflow is named by its first day: the
    // other suites and the demo programme start years 400 to 440 days back, so this one starts further back.
    const back = new Date(Date.now() - 460 * 86_400_000);
    const month = (offset: number) => {
      const index = back.getUTCFullYear() * 12 + back.getUTCMonth() + offset;
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
    };
    const periodStart = month(0);
    const reReviewStart = month(6);
    const adminPage = await newPage();
    await b.signIn(adminPage, 'admin@example.gov');
    await adminPage.getByRole('navigation').getByRole('link', { name: 'One-year review' }).click();
    await heading(adminPage, 'One-year review').waitFor();
    expect(await adminPage.getByRole('form', { name: 'What if' }).count()).toBe(0);
    const start = adminPage.getByRole('form', { name: 'Start a review' });
    await start.getByLabel('First day of the programme year').fill(periodStart);
    await start.getByRole('button', { name: 'Start the review' }).click();
    await adminPage.waitForURL((url) => url.pathname === `/reviews/mou-review-${periodStart}`);
    await adminPage.getByRole('status').getByText(/^The review of the year from .* is started\.$/).waitFor();
    const id = `mou-review-${periodStart}`;
    const admin = { Authorization: `Bearer ${await b.sys.login('admin@example.gov')}` };
    await waitFor(async () => (await b.sys.http.get(`/api/v1/reviews/${id}`).set(admin)).body.status === 'AWAITING_SIGN_OFF', 30_000);
    await waitFor(async () => (await b.sys.http.get(`/api/v1/reviews/mou-review-${reReviewStart}`).set(admin)).status === 200, 30_000);

    const page = await newPage();
    await b.signIn(page, 'policy@example.gov');
    await heading(page, /^One-year review, /).waitFor();
    expect(await page.locator('.review-progress').textContent()).toContain('Awaiting sign-off');
    expect(await page.locator('.review-progress').textContent()).toContain('3 of 3');
    expect(await page.locator('article.interim-summary').count()).toBe(3);
    const recommendation = page.locator('section.recommendation');
    expect(await recommendation.locator('.verdict').textContent()).toContain('MAINTAIN');
    expect(await recommendation.locator('.reasons-list li').first().textContent()).toContain('fewer than the 5 needed');
    expect(await recommendation.getByRole('meter', { name: 'Visit grant rate' }).count()).toBe(1);

    // Every year side by side: the year reviewed, and the re-review it scheduled.
    const years = page.getByRole('table', { name: 'Every programme year’s review, oldest first' });
    const rows = years.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('MAINTAIN (Insufficient data)');
    expect(await rows.nth(1).textContent()).toContain('In progress');
    expect(await rows.nth(1).getByRole('link').getAttribute('href')).toBe(`/reviews/mou-review-${reReviewStart}`);
    const chart = page.getByRole('img', { name: 'Key rates by programme year' });
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('desc').textContent()).toContain('Visit grant rate: ');
    await b.screenshot(page, 'policy-review-years');

    // The report downloads, with the bearer token.
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (PDF)' }).click()]);
    expect(pdf.suggestedFilename()).toBe(`${id}.pdf`);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (Markdown)' }).click()]);
    expect(readFileSync((await markdown.path())!, 'utf8')).toContain('# One-year review');
    await page.getByRole('status').getByText(`${id}.md downloaded.`).waitFor();
    await b.screenshot(page, 'policy-review-report');

    // What if: the API's objection beside the threshold, then the rule's answer.
    const whatIf = page.getByRole('form', { name: 'What if' });
    const minimum = whatIf.getByLabel('Requests due, at least');
    await minimum.fill('0');
    await whatIf.getByRole('button', { name: 'Apply the rule' }).click();
    await waitFor(async () => (await minimum.getAttribute('aria-invalid')) === 'true', 10_000);
    const errorId = (await minimum.getAttribute('aria-describedby'))!.split(' ').find((i) => i.endsWith('-error'))!;
    expect(await page.locator(`#${errorId}`).textContent()).toContain('minimumRequests must be at least 1');
    await minimum.fill('1');
    await whatIf.getByRole('button', { name: 'Apply the rule' }).click();
    await page.locator('.what-if-result').getByRole('heading', { name: /^The rule gives: / }).waitFor();
    await b.screenshot(page, 'policy-what-if');

    // Sign-off makes the recommendation final.
    const signOff = page.getByRole('form', { name: 'Sign off the recommendation' });
    await signOff.getByLabel('Note').fill('Too few requests this year; agreed to review again in six months');
    await signOff.getByRole('button', { name: 'Sign off: MAINTAIN' }).click();
    await page.getByRole('status').getByText('Signed off: the recommendation MAINTAIN is final.').waitFor();
    expect(await page.locator('.sign-off').textContent()).toContain('Signed off by');
    expect(await page.locator('.review-progress').textContent()).toContain('Signed off');
    await b.screenshot(page, 'policy-review-signed-off');

    // The report's notification in the inbox leads to the same review.
    await page.locator('#user-box').getByRole('link', { name: /^Inbox/ }).click();
    await heading(page, 'Inbox').waitFor();
    await page.getByRole('link', { name: `MOU review of the year from ${periodStart}: recommendation MAINTAIN` }).click();
    await page.waitForURL((url) => url.pathname === `/reviews/${id}`);
    await heading(page, /^One-year review, /).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await b.screenshot(page, 'policy-review-narrow');
  });
});
