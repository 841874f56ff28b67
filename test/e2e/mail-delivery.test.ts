import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createMailTransport } from '../../apps/worker/src/notifications/mail-transport';
import { DispatcherOptions, NotificationDispatcher } from '../../apps/worker/src/notifications/notification-dispatcher';
import { expectContract } from '../support/contract';
import { MailboxOptions, startMailbox } from '../support/mailbox';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const DAY = 86_400_000;
const REPO_ROOT = resolve(__dirname, '../..');

type Mailbox = Awaited<ReturnType<typeof startMailbox>>;

interface EmailRow {
  id: string;
  kind: string;
  recipient: string;
  status: string;
  attempts: number;
}

/**
 * E-mail through a real SMTP server: a refused message is delivered once later; one refused to
 * its last attempt is marked failed, listed for administrators and sent again on their word; a
 * dispatcher killed mid-send leaves its messages to another once its lease ends, and nothing is
 * delivered twice. The system's own dispatcher has no relay here: each test runs its own.
 */
describe('mail delivery: retries, failures administrators see, a dispatcher killed mid-send', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const running: { stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    // Reminders of unacknowledged steps far away: each case mails its reminder and its breach, once.
    sys = await startTestSystem('mail', { ESCALATION_REMINDER_HOURS: '100000' });
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'admin@example.gov']) tokens[who.split('@')[0]] = await sys.login(who);
  });
  afterAll(async () => {
    for (const r of running.reverse()) await r.stop().catch(() => undefined);
    await sys?.stop();
  });

  async function mailbox(options: MailboxOptions): Promise<Mailbox> {
    const box = await startMailbox(options);
    running.push(box);
    return box;
  }

  function dispatcher(box: Mailbox, options: Partial<DispatcherOptions> = {}): NotificationDispatcher {
    const transport = createMailTransport({ ...sys.config, SMTP_HOST: '127.0.0.1', SMTP_PORT: box.port } as typeof sys.config);
    const d = new NotificationDispatcher(sys.db, transport, { from: sys.config.SMTP_FROM, pollMs: 100, ...options });
    running.push(d);
    return d;
  }

  /** A case 61 days past its visit request: a reminder to the investigator, a breach to each supervisor. */
  async function breachedCase(name: string): Promise<string> {
    const facilityId = (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name }).expect(201)).body.id;
    const caseId = (
      await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId, allegation: { summary: 'Carpets woven in a camp', source: 'Witness', productCategories: ['CARPETS'] } })
        .expect(201)
    ).body.id;
    await sys.http.post(`/api/v1/cases/${caseId}/visit-requests`).set(as('investigator')).send({ requestedAt: new Date(Date.now() - 61 * DAY).toISOString() }).expect(200);
    await waitFor(async () => (await emails(caseId)).filter((e) => e.kind === 'BREACH').length >= 2, 20_000);
    return caseId;
  }

  const emails = (caseId: string): Promise<EmailRow[]> =>
    sys.db.query(
      `SELECT n.id, n.kind, u.email AS recipient, n.status, n.attempts FROM notifications n JOIN users u ON u.id = n.recipient_id
        WHERE n.channel = 'email' AND n.link = $1 ORDER BY n.kind, u.email`,
      [`/cases/${caseId}`],
    );
  const email = async (id: string): Promise<EmailRow> => (await sys.db.query(`SELECT id, kind, status, attempts FROM notifications WHERE id = $1`, [id]))[0];
  /** The Message-ID the dispatcher gives a notification, on every attempt. */
  const messageId = (id: string) => `<${id}@mou-casework>`;
  const copies = (box: Mailbox, id: string) => box.mails.filter((m) => m.messageId === messageId(id)).length;

  it('delivers the breach the relay refused with 451 exactly once, on a later attempt', async () => {
    const caseId = await breachedCase('Refused Once Works');
    const breach = (await emails(caseId)).find((e) => e.kind === 'BREACH' && e.recipient === 'supervisor@example.gov')!;
    // The relay refuses this breach, and only it, the first time it is offered.
    const refusedOnce = new Set<string>();
    const box = await mailbox({ refuse: (m) => m.messageId === messageId(breach.id) && !refusedOnce.has(m.messageId) && Boolean(refusedOnce.add(m.messageId)) });
    const d = dispatcher(box, { maxAttempts: 5 });
    d.start();

    await waitFor(async () => (await email(breach.id)).status === 'sent', 20_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(box.refusals.map((m) => m.messageId)).toEqual([messageId(breach.id)]);
    expect(box.mails.find((m) => m.messageId === messageId(breach.id))).toMatchObject({ to: ['supervisor@example.gov'], subject: expect.stringMatching(/ PRC_VISIT-1 breach$/) });
    expect(copies(box, breach.id)).toBe(1);
    expect(await email(breach.id)).toMatchObject({ status: 'sent', attempts: 2 });
    // Every other e-mail of the case went out once, at its first attempt.
    for (const e of await emails(caseId)) expect({ kind: e.kind, to: e.recipient, copies: copies(box, e.id), status: e.status }).toEqual({ kind: e.kind, to: e.recipient, copies: 1, status: 'sent' });
    await d.stop();
  });

  it('marks an e-mail refused at every attempt failed, lists it for administrators only, and sends it once when one retries it', async () => {
    const caseId = await breachedCase('Always Refused Works');
    const breach = (await emails(caseId)).find((e) => e.kind === 'BREACH' && e.recipient === 'supervisor2@example.gov')!;
    const relay = { refusing: true };
    const box = await mailbox({ refuse: (m) => relay.refusing && m.messageId === messageId(breach.id) });
    const d = dispatcher(box, { maxAttempts: 3 });
    d.start();

    await waitFor(async () => (await email(breach.id)).status === 'failed', 30_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await email(breach.id)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(box.refusals.filter((m) => m.messageId === messageId(breach.id))).toHaveLength(3);
    expect(copies(box, breach.id)).toBe(0);

    const listed = expectContract(await sys.http.get('/api/v1/failed-messages').set(as('admin')).expect(200));
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: breach.id, recipientEmail: 'supervisor2@example.gov', kind: 'BREACH', attempts: 3, lastError: expect.stringContaining('451'), link: `/cases/${caseId}` }),
    ]);
    await sys.http.get('/api/v1/failed-messages').set(as('supervisor')).expect(403);
    await sys.http.post(`/api/v1/failed-messages/${breach.id}/retry`).set(as('supervisor')).expect(403);
    expect((await email(breach.id)).status).toBe('failed');

    relay.refusing = false;
    const retried = expectContract(await sys.http.post(`/api/v1/failed-messages/${breach.id}/retry`).set(as('admin')).expect(200));
    expect(retried.body).toEqual({ id: breach.id, status: 'pending' });
    await waitFor(async () => (await email(breach.id)).status === 'sent', 20_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(copies(box, breach.id)).toBe(1);
    expect(await email(breach.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await sys.http.get('/api/v1/failed-messages').set(as('admin')).expect(200)).body.items).toEqual([]);
    // Sent, it cannot be retried; an unknown one is not found.
    const again = await sys.http.post(`/api/v1/failed-messages/${breach.id}/retry`).set(as('admin')).expect(409);
    expect(again.body.message).toBe('This e-mail is sent, not failed');
    await sys.http.post('/api/v1/failed-messages/00000000-0000-4000-8000-000000000000/retry').set(as('admin')).expect(404);
    const [audit] = await sys.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'mail.retry' AND target = $1`, [breach.id]);
    expect(audit.n).toBe(1);
    await d.stop();
  });

  it('sends nothing twice when a dispatcher is killed mid-send and another takes its lease over', async () => {
    const caseId = await breachedCase('Killed Mid-Send Works');
    const before = await emails(caseId);
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.every((e) => e.status === 'pending')).toBe(true);
    // The relay accepts the first message it is offered and leaves the second unanswered: its sender is mid-send.
    let offered = 0;
    const box = await mailbox({ stall: () => ++offered === 2 });
    const leaseMs = 4000;

    const first = await spawnDispatcher(box.port, leaseMs);
    await waitFor(async () => box.stalled.length === 1 && box.mails.length === 1, 60_000);
    const delivered = before.find((e) => box.mails[0].messageId === messageId(e.id))!;
    const cut = before.find((e) => box.stalled[0].messageId === messageId(e.id))!;
    await waitFor(async () => (await email(delivered.id)).status === 'sent', 5000);
    // Everything the killed dispatcher claimed is still under its lease.
    expect((await emails(caseId)).filter((e) => e.status === 'sending').length).toBe(before.length - 1);
    const [{ leaseEnds }] = await sys.db.query(`SELECT max(next_attempt_at) AS "leaseEnds" FROM notifications WHERE status = 'sending'`);
    first.kill('SIGKILL');

    const second = dispatcher(box, { leaseMs });
    second.start();
    // Nothing is taken over while the lease runs.
    await new Promise((r) => setTimeout(r, Math.max(0, (leaseEnds as Date).getTime() - 300 - Date.now())));
    expect(box.mails).toHaveLength(1);
    await waitFor(async () => (await emails(caseId)).every((e) => e.status === 'sent'), 30_000);
    await new Promise((r) => setTimeout(r, 1500));
    for (const e of await emails(caseId)) expect({ kind: e.kind, to: e.recipient, copies: copies(box, e.id) }).toEqual({ kind: e.kind, to: e.recipient, copies: 1 });
    expect(box.mails).toHaveLength(before.length);
    // The message cut mid-send was attempted again by the second dispatcher; the one delivered before the kill was not.
    expect(await email(cut.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await email(delivered.id)).toMatchObject({ status: 'sent', attempts: 1 });
    await second.stop();
  });

  it('sends nothing twice when a dispatcher stalls past its lease mid-send and another takes over', async () => {
    const caseId = await breachedCase('Stalled Mid-Send Works');
    const before = await emails(caseId);
    expect(before.length).toBeGreaterThanOrEqual(3);
    // The relay leaves the first message it is offered unanswered until told.
    let offered = 0;
    const box = await mailbox({ stall: () => ++offered === 1 });
    const leaseMs = 3000;

    const stalled = dispatcher(box, { leaseMs });
    stalled.start();
    await waitFor(async () => box.stalled.length === 1, 20_000);
    const cut = before.find((e) => box.stalled[0].messageId === messageId(e.id))!;
    const [{ leaseEnds }] = await sys.db.query(`SELECT max(next_attempt_at) AS "leaseEnds" FROM notifications WHERE status = 'sending'`);
    await new Promise((r) => setTimeout(r, Math.max(0, (leaseEnds as Date).getTime() + 200 - Date.now())));

    // The stalled dispatcher's lease has run out: another takes every e-mail over and delivers it.
    const successor = dispatcher(box, { leaseMs });
    successor.start();
    await waitFor(async () => (await emails(caseId)).every((e) => e.status === 'sent'), 30_000);
    expect(copies(box, cut.id)).toBe(1);
    // Then the relay refuses the stalled attempt: its dispatcher records nothing over its successor and sends none of the rest.
    box.stalled[0].answer(false);
    await new Promise((r) => setTimeout(r, 2500));
    for (const e of await emails(caseId)) expect({ kind: e.kind, to: e.recipient, copies: copies(box, e.id), status: e.status }).toEqual({ kind: e.kind, to: e.recipient, copies: 1, status: 'sent' });
    expect(box.mails).toHaveLength(before.length);
    expect(await email(cut.id)).toMatchObject({ status: 'sent', attempts: 2 });
    await stalled.stop();
    await successor.stop();
  });

  /** A dispatcher in its own process, resolved once it polls. */
  async function spawnDispatcher(smtpPort: number, leaseMs: number): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', resolve(REPO_ROOT, 'test/reliability/dispatcher-child.ts')], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DATABASE_URL: sys.config.DATABASE_URL, SMTP_PORT: String(smtpPort), LEASE_MS: String(leaseMs), TS_NODE_PROJECT: resolve(REPO_ROOT, 'tsconfig.json') },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    running.push({ stop: async () => void child.kill('SIGKILL') });
    await new Promise<void>((ready, fail) => {
      child.once('message', () => ready());
      child.once('exit', (code, signal) => fail(new Error(`dispatcher exited before polling (${signal ?? code})`)));
    });
    return child;
  }
});
