import { startMailbox } from '../support/mailbox';
import { waitFor } from '../support/wait-for';
import { browserSuite } from './browser';

/** The set-password link of the newest e-mail to `email` (quoted-printable soft breaks undone). */
function linkIn(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /https?:\/\/\S+\/set-password#token=[A-Za-z0-9_-]+/.exec(unfolded);
  if (!match) throw new Error(`no set-password link in:\n${raw}`);
  return match[0];
}

describe("web app: the administrator's desk", () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  beforeAll(async () => {
    mailbox = await startMailbox();
  });
  afterAll(() => mailbox?.stop());
  const b = browserSuite('web_admin', () => ({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.port) }));
  const { newPage, heading } = b;

  it('invites a user who sets a password from the e-mail and signs in; deactivated, their open session ends at once', async () => {
    const admin = await newPage();
    await b.signIn(admin, 'admin@example.gov');
    await heading(admin, 'Administration').waitFor();
    await admin.getByRole('link', { name: 'People' }).click();
    await heading(admin, 'People').waitFor();

    await admin.getByText('Invite a user', { exact: true }).click();
    const invite = admin.getByRole('form', { name: 'Invite a user' });
    await invite.getByLabel('E-mail').fill('nina.new@example.gov');
    await invite.getByLabel('Name').fill('Nina Newcomer');
    await invite.getByLabel('Role').selectOption('supervisor');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByRole('status').getByText('Nina Newcomer was added as supervisor. A link to set a password was e-mailed to nina.new@example.gov').waitFor();
    const row = admin.locator('tr[data-person="nina.new@example.gov"]');
    await row.getByText('Invited (no password yet)').waitFor();

    // The e-mail arrives at the SMTP server; its link opens the set-password page.
    await waitFor(async () => mailbox.mails.some((m) => m.to.includes('nina.new@example.gov')), 10_000);
    const link = linkIn(mailbox.mails.find((m) => m.to.includes('nina.new@example.gov'))!.raw);
    expect(link.startsWith(`${b.baseUrl}/set-password#token=`)).toBe(true);
    const nina = await newPage();
    await nina.goto(link);
    await heading(nina, 'Set your password').waitFor();
    await nina.getByLabel('New password').fill('short');
    await nina.getByRole('button', { name: 'Set password' }).click();
    await nina.getByText('password must be at least 12 characters').waitFor();
    await nina.getByLabel('New password').fill('nina chose a long passphrase');
    await nina.getByRole('button', { name: 'Set password' }).click();
    await heading(nina, 'Sign in').waitFor();
    await nina.getByText('Your password is set. Sign in as nina.new@example.gov.').waitFor();
    await nina.getByLabel('E-mail').fill('nina.new@example.gov');
    await nina.getByLabel('Password').fill('nina chose a long passphrase');
    await nina.getByRole('button', { name: 'Sign in' }).click();
    await heading(nina, 'Deadline board').waitFor();
    await b.screenshot(nina, 'invited-user-signed-in');

    // The same link does not work twice.
    const again = await newPage();
    await again.goto(link);
    await again.getByLabel('New password').fill('someone else tries this');
    await again.getByRole('button', { name: 'Set password' }).click();
    await again.getByRole('alert').getByText('This link has already been used').waitFor();

    // The administrator deactivates her; her open page is signed out on its next request.
    await admin.reload();
    await heading(admin, 'People').waitFor();
    const activeRow = admin.locator('tr[data-person="nina.new@example.gov"]');
    await activeRow.getByText('Active', { exact: true }).waitFor();
    await activeRow.getByText('Deactivate Nina Newcomer', { exact: true }).click();
    const deactivate = activeRow.getByRole('form', { name: 'Deactivate Nina Newcomer' });
    await deactivate.getByLabel('Why (for the audit log)').fill('Left the agency');
    await deactivate.getByRole('button', { name: 'Deactivate' }).click();
    await admin.getByRole('status').getByText('Nina Newcomer is deactivated').waitFor();
    await admin.locator('tr[data-person="nina.new@example.gov"]').getByText('Deactivated').waitFor();
    await b.screenshot(admin, 'admin-people-deactivated');
    await admin.goto('/admin/audit?action=user.deactivate');
    await admin.locator('table.audit tbody tr td[data-label="Details"]').getByText('Left the agency').waitFor();

    // Her live stream is closed at once and reconnecting is refused: her page signs out by itself.
    await heading(nina, 'Sign in').waitFor({ timeout: 10_000 });
    await nina.getByText('Your session has ended').waitFor();
    expect(await nina.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    // And she cannot sign in again.
    await nina.getByLabel('E-mail').fill('nina.new@example.gov');
    await nina.getByLabel('Password').fill('nina chose a long passphrase');
    await nina.getByRole('button', { name: 'Sign in' }).click();
    await nina.locator('form [role="alert"]').getByText('E-mail or password is wrong').waitFor();
  });

  it('finds failed sign-ins in the audit log, and verifies a facility chain', async () => {
    await b.sys.http.post('/api/v1/auth/login').send({ email: 'policy@example.gov', password: 'a wrong guess' }).expect(401);
    const page = await newPage();
    await b.signIn(page, 'admin@example.gov');
    await page.goto('/admin/audit');
    await heading(page, 'Audit log').waitFor();
    const filters = page.getByRole('search', { name: 'Filter the audit log' });
    await filters.getByLabel('What').fill('auth.login');
    await filters.getByLabel('Outcome').selectOption('failure');
    await filters.getByLabel('Subject').fill('policy@');
    await filters.getByRole('button', { name: 'Show events' }).click();
    await page.getByText('1 event, page 1 of 1.').waitFor();
    const row = page.locator('table.audit tbody tr');
    expect(await row.locator('td[data-label="Subject"]').textContent()).toBe('policy@example.gov');
    expect(await row.locator('td[data-label="Details"]').textContent()).toContain('wrong-password');
    expect(new URL(page.url()).search).toContain('outcome=failure');
    await b.screenshot(page, 'admin-audit-failed-sign-ins');

    await page.getByRole('link', { name: 'Administration' }).first().click();
    await page.getByRole('link', { name: 'Chain verification' }).click();
    await heading(page, 'Chain verification').waitFor();
    await page.getByText('The scheduled re-verification has not run yet.').waitFor();
    await page.getByRole('button', { name: 'Check against the last anchor' }).click();
    await page.getByRole('alert').getByText('No anchor of the chain heads has been taken yet').waitFor();
    const form = page.getByRole('form', { name: 'Verify a chain' });
    await form.getByLabel('What').selectOption('facility');
    await form.getByLabel('Reference or id').fill('No such works');
    await form.getByRole('button', { name: 'Verify' }).click();
    await form.getByRole('alert').getByText('No facility No such works was found').waitFor();
    await form.getByLabel('Reference or id').fill('Red Star Tea Farm');
    await form.getByRole('button', { name: 'Verify' }).click();
    await page.locator('.chain-result').getByText('Facility Red Star Tea Farm: intact').waitFor();
  });
});
