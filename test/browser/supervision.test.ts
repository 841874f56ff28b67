import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { browserSuite } from './browser';

const DAY = 86_400_000;

describe('web app: the supervisor’s deadline board, live updates and the inbox', () => {
  const b = browserSuite('web_supervision');
  const { newPage, heading, bearer } = b;
  const countOf = async (page: Page, state: string) => Number(await page.locator(`button.count[data-state="${state}"] .count-n`).textContent());

  /** A case whose visit was requested `daysAgo` days ago (past 60 days: the PRC_VISIT clock is overdue). */
  async function backdatedCase(facilityName: string, daysAgo: number) {
    const as = await bearer('investigator@example.gov');
    const facility = await b.sys.http.post('/api/v1/facilities').set(as).send({ name: facilityName, province: 'Hebei' }).expect(201);
    const opened = await b.sys.http
      .post('/api/v1/cases')
      .set(as)
      .send({ facilityId: facility.body.id, allegation: { summary: 'Graphite mined by prisoners', source: 'NGO report', productCategories: ['GRAPHITE'] } })
      .expect(201);
    await b.sys.http
      .post(`/api/v1/cases/${opened.body.id}/visit-requests`)
      .set(as)
      .send({ requestedAt: new Date(Date.now() - daysAgo * DAY).toISOString() })
      .expect(200);
    return opened.body as { id: string; reference: string };
  }

  it('shows counts per state and an overdue case after a backdated visit request, and updates live when another breach happens', async () => {
    const first = await backdatedCase('Beishu Graphite Camp', 70);
    const page = await newPage();
    await b.signIn(page, 'supervisor@example.gov');
    await heading(page, 'Deadline board').waitFor();
    await page.locator('.live-indicator[data-state="live"]').waitFor();
    expect(await page.locator('.live-indicator').textContent()).toContain('Live');

    // The counts are the state filter.
    expect(await countOf(page, 'overdue')).toBeGreaterThanOrEqual(1);
    await page.getByRole('button', { name: /Overdue/ }).click();
    await page.waitForURL(/state=overdue/);
    await page.locator('button.count[data-state="overdue"][aria-pressed="true"]').waitFor();
    const row = page.locator('tr', { hasText: first.reference });
    await row.waitFor();
    expect(await row.textContent()).toContain('10 days overdue');
    expect(await row.locator('.legal-basis').textContent()).toContain('1994 Statement of Cooperation');
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');

    // Another breach, elsewhere: the board changes without a reload.
    const before = await countOf(page, 'overdue');
    await page.evaluate('window.notReloaded = true');
    // A filter being chosen, not yet applied, stays chosen and focused while the board updates.
    const clockFilter = page.getByRole('search', { name: 'Filter deadlines' }).getByLabel('Clock');
    await clockFilter.selectOption({ label: 'PRC arranges the requested visit' });
    await clockFilter.focus();
    const second = await backdatedCase('Xinjiang Graphite Works', 65);
    const secondRow = page.locator('tr', { hasText: second.reference });
    await secondRow.waitFor({ timeout: 15_000 });
    expect(await secondRow.textContent()).toContain('5 days overdue');
    expect(await countOf(page, 'overdue')).toBe(before + 1);
    expect(await page.evaluate('window.notReloaded')).toBe(true);
    expect(await clockFilter.inputValue()).toBe('PRC_VISIT');
    expect(await page.evaluate("document.activeElement?.getAttribute('name')")).toBe('kind');
    // Soonest due first: the older request is due first.
    const references = await page.locator('tbody tr td[data-label="Case or entry"] a').allTextContents();
    expect(references.indexOf(first.reference)).toBeLessThan(references.indexOf(second.reference));
    await b.screenshot(page, 'supervisor-deadline-board-live');

    // CSV export of what is shown, with the bearer token.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download these deadlines (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('deadlines.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toContain('reference');
    expect(csv).toContain(first.reference);
    expect(csv).toContain(second.reference);
    await page.getByRole('status').getByText('deadlines.csv downloaded.').waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await b.screenshot(page, 'supervisor-deadline-board-narrow');
  });

  it('shows the supervisor’s notifications in the inbox with an unread count, and marks them read', async () => {
    const breached = await backdatedCase('Shaanxi Tea Camp', 62);
    const page = await newPage();
    await b.signIn(page, 'supervisor@example.gov');
    await heading(page, 'Deadline board').waitFor();
    const inboxLink = page.locator('#user-box').getByRole('link', { name: /^Inbox/ });
    await inboxLink.getByText(/unread/).waitFor();
    const unreadBefore = Number(await page.locator('.unread-count').getAttribute('data-count'));
    expect(unreadBefore).toBeGreaterThan(0);

    await inboxLink.click();
    await heading(page, 'Inbox').waitFor();
    // The breach itself, not the reminder that it is still unacknowledged.
    const breach = page.locator('article.notification', { has: page.getByRole('heading', { name: `${breached.reference}: PRC_VISIT-1 breach`, exact: true }) });
    await breach.waitFor();
    expect(await breach.getByText('Unread').count()).toBe(1);
    await breach.getByRole('button', { name: /Mark as read/ }).click();
    await breach.locator('.badge.read').waitFor();
    expect(await breach.getByRole('button', { name: /Mark as read/ }).count()).toBe(0);
    expect(Number(await page.locator('.unread-count').getAttribute('data-count'))).toBe(unreadBefore - 1);
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('H2');
    await b.screenshot(page, 'supervisor-inbox');

    // Opening a notification marks it read and goes to its page.
    const other = page.locator('article.notification.is-unread').first();
    const link = other.getByRole('heading').getByRole('link');
    const target = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === target);
    await page.goto('/inbox?unread=true');
    await heading(page, 'Inbox').waitFor();
    expect(Number(await page.locator('.unread-count').getAttribute('data-count'))).toBe(unreadBefore - 2);
    await page.setViewportSize({ width: 390, height: 844 });
    await b.screenshot(page, 'supervisor-inbox-narrow');
  });
});
