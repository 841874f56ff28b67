import { DEMO_FACILITY_ID } from '../support/system';
import { browserSuite } from './browser';

describe('web app: signing in and what each role may reach', () => {
  const b = browserSuite('web_sign_in');
  const { newPage, heading } = b;

  it('shows an error for a wrong password and stays on sign-in', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByLabel('E-mail').fill('investigator@example.gov');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.locator('form [role="alert"]');
    await alert.getByText('E-mail or password is wrong').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await b.screenshot(page, 'sign-in-wrong-password');
  });

  it('keeps an investigator out of the supervisor pages, even by URL', async () => {
    const page = await newPage();
    await b.signIn(page, 'investigator@example.gov');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['My cases', 'Open a case', 'Facilities']);
    for (const path of ['/board', '/approvals', '/escalations']) {
      await page.goto(path);
      await heading(page, 'Not allowed').waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('Your role (investigator) is not allowed to use this page.');
    }
    // Focus moves to the page heading on navigation.
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('H1');
    await b.screenshot(page, 'investigator-not-allowed');
  });

  it('returns to sign-in when the session expires, then back to the page with what was typed', async () => {
    const token = await b.sys.login('investigator@example.gov');
    const opened = await b.sys.http
      .post('/api/v1/cases')
      .set('Authorization', `Bearer ${token}`)
      .send({ facilityId: DEMO_FACILITY_ID, allegation: { summary: 'Carpets woven in a camp', source: 'Former inmate', productCategories: ['CARPETS'] } })
      .expect(201);
    const page = await newPage();
    await b.signIn(page, 'investigator@example.gov');
    await page.goto(`/cases/${opened.body.id}`);
    await page.getByText('Request a visit', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Request a visit' });
    await form.getByLabel('Note for the timeline').fill('Diplomatic note 26-114');
    // The token expires (here: it is no longer valid) before the form is sent.
    await page.evaluate("sessionStorage.setItem('mou.token', 'expired.token.value')");
    await form.getByRole('button', { name: 'Send visit request' }).click();

    await heading(page, 'Sign in').waitFor();
    await page.getByText('Your session has ended').waitFor();
    await page.getByLabel('E-mail').fill('investigator@example.gov');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await heading(page, `Case ${opened.body.reference}`).waitFor();
    const restored = page.getByRole('form', { name: 'Request a visit' });
    expect(await restored.getByLabel('Note for the timeline').inputValue()).toBe('Diplomatic note 26-114');
    await restored.getByRole('button', { name: 'Send visit request' }).click();
    await page.getByRole('status').getByText('Visit requested').waitFor();
    await page.locator('.timeline').getByText('Diplomatic note 26-114').waitFor();
    await b.screenshot(page, 'session-expired-draft-kept');
  });

  it('gives policy, importer and admin users their own start pages, and signs out', async () => {
    const page = await newPage();
    for (const [email, title, links] of [
      ['policy@example.gov', 'One-year review', ['One-year review', 'Orders and findings', 'Bilateral agenda', 'Facilities']],
      ['importer@example.com', 'My entries', ['My entries', 'File an entry', 'Screening check']],
      ['admin@example.gov', 'Administration', ['Administration', 'Holiday calendar', 'Rules as settings', 'One-year review', 'Bilateral agenda', 'Facilities']],
    ] as const) {
      await b.signIn(page, email);
      await heading(page, title).waitFor();
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual(links);
      await page.goto('/cases');
      await heading(page, 'Not allowed').waitFor();
      if (email === 'importer@example.com') await b.screenshot(page, 'importer-not-allowed');
      await page.goto('/');
      await heading(page, title).waitFor();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await heading(page, 'Sign in').waitFor();
      expect(await page.evaluate("sessionStorage.getItem('mou.token')")).toBeNull();
    }
    await page.goto('/review');
    await heading(page, 'Sign in').waitFor();
    await b.screenshot(page, 'signed-out');
  });
});
