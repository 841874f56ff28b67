import { startMailbox } from '../support/mailbox';
import { waitFor } from '../support/wait-for';
import { browserSuite } from './browser';

const DAY = 86_400_000;

describe('web app: e-mail the relay kept refusing', () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  const relay = { refusing: true };
  beforeAll(async () => {
    mailbox = await startMailbox({ refuse: (m) => relay.refusing && m.to.includes('supervisor2@example.gov') });
  });
  afterAll(() => mailbox?.stop());
  const b = browserSuite('web_mail', () => ({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.port), NOTIFICATION_POLL_MS: '200', ESCALATION_REMINDER_HOURS: '100000' }));
  const { newPage, heading } = b;

  it("lists a failed e-mail on the administrator's page with the relay's answer, and sends it again once", async () => {
    const investigator = await b.bearer('investigator@example.gov');
    const facilityId = (await b.sys.http.post('/api/v1/facilities').set(investigator).send({ name: 'Undelivered Works' }).expect(201)).body.id;
    const caseId = (
      await b.sys.http
        .post('/api/v1/cases')
        .set(investigator)
        .send({ facilityId, allegation: { summary: 'Tea packed in a camp', source: 'Witness', productCategories: ['TEA'] } })
        .expect(201)
    ).body.id;
    await b.sys.http.post(`/api/v1/cases/${caseId}/visit-requests`).set(investigator).send({ requestedAt: new Date(Date.now() - 61 * DAY).toISOString() }).expect(200);
    await waitFor(async () => mailbox.refusals.some((m) => / PRC_VISIT-1 breach$/.test(m.subject)), 20_000);
    // Its attempts run out (the dispatcher's own path is tested in test/e2e/mail-delivery.test.ts): marked failed as after the last one.
    const [[mail]] = await b.sys.db.query(
      `UPDATE notifications n SET status = 'failed', attempts = 10, last_error = '451 Mailbox busy, try again later'
         FROM users u WHERE u.id = n.recipient_id AND u.email = 'supervisor2@example.gov' AND n.channel = 'email' AND n.kind = 'BREACH' AND n.link = $1
       RETURNING n.id, n.subject`,
      [`/cases/${caseId}`],
    );

    const admin = await newPage();
    await b.signIn(admin, 'admin@example.gov');
    await heading(admin, 'Administration').waitFor();
    await admin.getByRole('link', { name: 'Undelivered e-mail' }).click();
    await heading(admin, 'Undelivered e-mail').waitFor();
    const row = admin.getByRole('row').filter({ hasText: 'supervisor2@example.gov' });
    await row.getByText(mail.subject).waitFor();
    await row.getByText('451 Mailbox busy, try again later').waitFor();
    await b.screenshot(admin, 'undelivered-mail');

    relay.refusing = false;
    await row.getByRole('button', { name: 'Send again' }).click();
    await admin.getByRole('status').getByText(`"${mail.subject}" to supervisor2@example.gov is back in the outbox.`).waitFor();
    await admin.getByText('Every e-mail was delivered or is still being tried.').waitFor();
    await waitFor(async () => mailbox.mails.some((m) => m.messageId === `<${mail.id}@mou-casework>`), 20_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailbox.mails.filter((m) => m.messageId === `<${mail.id}@mou-casework>`)).toHaveLength(1);

    // Other roles have no such page.
    const supervisor = await newPage();
    await b.signIn(supervisor, 'supervisor@example.gov');
    await supervisor.goto('/admin/mail');
    await heading(supervisor, 'Not allowed').waitFor();
    await supervisor.getByText('Your role (supervisor) is not allowed to use this page.').waitFor();
  });
});
