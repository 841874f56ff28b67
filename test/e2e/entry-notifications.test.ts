import { expectContract } from '../support/contract';
import { startMailbox } from '../support/mailbox';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const today = () => new Date().toISOString().slice(0, 10);

describe('an importer hears of its entries as an organisation: every user of it, and no other importer', () => {
  let sys: TestSystem;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    mailbox = await startMailbox();
    sys = await startTestSystem('entry_mail', { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.port), NOTIFICATION_POLL_MS: '200' });
    for (const who of ['admin@example.gov', 'importer@example.com', 'importer2@example.com']) tokens[who.split('@')[0]] = await sys.login(who);
  });
  afterAll(async () => {
    await sys?.stop();
    await mailbox?.stop();
  });

  it('sends the detention e-mail to both users of the importer that filed, and not to another importer', async () => {
    const organisations = expectContract(await sys.http.get('/api/v1/organisations').set(as('admin')).expect(200)).body as { id: string; name: string }[];
    const acme = organisations.find((o) => o.name === 'Acme Imports LLC')!;
    await sys.http.post('/api/v1/people').set(as('admin')).send({ email: 'clerk@acme.example.com', displayName: 'Carla Clerk', role: 'importer', organisationId: acme.id }).expect(201);

    // Filed by the first user without a certificate of origin: detained at screening (19 CFR 12.42).
    const filed = await sys.http
      .post('/api/v1/entries')
      .set(as('importer'))
      .send({
        manufacturer: { name: 'Wenzhou Umbrella Works' },
        productCategory: 'GARMENTS',
        htsCode: '6601.91',
        quantity: 300,
        valueUsd: 2400,
        importedOn: today(),
        certification: { dueDiligenceStatement: { manufacturerName: 'Wenzhou Umbrella Works', statement: 'Audited on site', signedBy: 'Ann Importer', signedOn: today() } },
      })
      .expect(201);
    expect(filed.body.status).toBe('DETAINED');
    const subject = `${filed.body.reference as string}: entry screened`;

    const detention = (to: string) => mailbox.mails.filter((m) => m.to.includes(to) && m.subject === subject);
    await waitFor(async () => detention('importer@example.com').length > 0 && detention('clerk@acme.example.com').length > 0, 15_000);
    for (const to of ['importer@example.com', 'clerk@acme.example.com']) {
      expect(detention(to)).toHaveLength(1);
      expect(detention(to)[0].raw).toContain('Detained:');
    }
    // Both see it in their inbox too; the other importer hears nothing of it.
    const colleague = (await sys.db.query(`SELECT id FROM users WHERE email = 'clerk@acme.example.com'`))[0].id;
    const inbox = await sys.db.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND channel = 'inbox' AND subject = $2`, [colleague, subject]);
    expect(inbox[0].n).toBe(1);
    // The mail to the importer's users has gone out; none went to another importer's.
    expect(mailbox.mails.filter((m) => m.to.includes('importer2@example.com'))).toEqual([]);
    const others = await sys.db.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.recipient_id WHERE u.email = 'importer2@example.com' AND n.subject = $1`,
      [subject],
    );
    expect(others[0].n).toBe(0);
  });
});
