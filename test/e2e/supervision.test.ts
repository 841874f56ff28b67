import http from 'node:http';
import { AddressInfo } from 'node:net';
import { startMailbox } from '../support/mailbox';
import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const DAY = 86_400_000;

describe('supervision: board, notifications, live events, exports', () => {
  let sys: TestSystem;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let baseUrl: string;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    mailbox = await startMailbox({ failFirst: 1 });
    sys = await startTestSystem('supervision', {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.port),
      NOTIFICATION_POLL_MS: '100',
      ESCALATION_REMINDER_HOURS: '0.001',
    });
    await sys.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(sys.app.getHttpServer().address() as AddressInfo).port}`;
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'supervisor2@example.gov', 'importer@example.com', 'importer2@example.com', 'policy@example.gov']) {
      tokens[who.split('@')[0]] = await sys.login(who);
    }
  });
  afterAll(async () => {
    await sys?.stop();
    await mailbox?.stop();
  });

  async function facility(name: string): Promise<string> {
    return (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name }).expect(201)).body.id;
  }
  async function openCase(facilityId: string): Promise<string> {
    const res = await sys.http.post('/api/v1/cases').set(as('investigator')).send({ facilityId, allegation: { summary: 'Carpets woven in a camp', source: 'Witness', productCategories: ['CARPETS'] } }).expect(201);
    return res.body.id;
  }
  async function requestVisit(caseId: string, daysAgo: number) {
    await sys.http.post(`/api/v1/cases/${caseId}/visit-requests`).set(as('investigator')).send({ requestedAt: new Date(Date.now() - daysAgo * DAY).toISOString() }).expect(200);
  }

  it('pushes the breach on the live stream within seconds, and mails each supervisor once although the first delivery failed', async () => {
    const caseId = await openCase(await facility('Xinjiang Carpet Works'));
    const me = await sys.http.get('/api/v1/auth/me').set(as('supervisor')).expect(200);
    const received: { type: string; data: { id: string } }[] = [];
    const stream = openStream(`${baseUrl}/api/v1/events/stream?access_token=${tokens.supervisor}`, (event) => received.push(event));
    try {
      await new Promise((r) => setTimeout(r, 300));
      const started = Date.now();
      await requestVisit(caseId, 61);
      await waitFor(async () => received.some((e) => e.data.id === caseId && e.type === 'ESCALATION_STEP'), 10_000);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      stream.close();
    }

    // The breach itself (reminders of it, sent when nobody acknowledges, say "still unacknowledged").
    const isBreach = (m: { to: string[]; subject: string }) => m.to.includes(me.body.email) && / PRC_VISIT-1 breach$/.test(m.subject);
    await waitFor(async () => mailbox.mails.filter(isBreach).length >= 1, 20_000);
    await new Promise((r) => setTimeout(r, 1500));
    const breachMails = mailbox.mails.filter(isBreach);
    expect(breachMails).toHaveLength(1);
    expect(mailbox.refused).toBe(1);
    const [row] = await sys.db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'BREACH' AND channel = 'email' AND status = 'sent' AND recipient_id = $1`, [me.body.id]);
    expect(row.n).toBe(1);

    // The investigator heard of the reminder (at risk) in the app, and may mark it read.
    const inbox = expectContract(await sys.http.get('/api/v1/notifications').set(as('investigator')).expect(200));
    const reminder = inbox.body.items.find((n: { kind: string; link: string }) => n.kind === 'REMINDER' && n.link === `/cases/${caseId}`);
    expect(reminder).toBeDefined();
    await sys.http.post(`/api/v1/notifications/${reminder.id}/read`).set(as('investigator')).expect(200);
    await sys.http.post(`/api/v1/notifications/${reminder.id}/read`).set(as('importer')).expect(404);
    // Read, it leaves the unread list, which holds unread notifications only.
    const unread = expectContract(await sys.http.get('/api/v1/notifications?unread=true').set(as('investigator')).expect(200));
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(reminder.id);
    expect(unread.body.items.every((n: { readAt: string | null }) => n.readAt === null)).toBe(true);
    expect(unread.body.unread).toBe(unread.body.items.length);
  });

  it('shows the board with counts per state, filters by state, and reminds of unacknowledged escalations', async () => {
    const fid = await facility('Board Test Facility');
    const overdue = await openCase(fid);
    const atRisk = await openCase(fid);
    const onTrack = await openCase(fid);
    await requestVisit(overdue, 65);
    await requestVisit(atRisk, 50);
    await requestVisit(onTrack, 1);
    await waitFor(async () => (await sys.http.get(`/api/v1/cases/${overdue}`).set(as('supervisor'))).body.escalationLevel === 2);
    await waitFor(async () => (await sys.http.get(`/api/v1/cases/${atRisk}`).set(as('supervisor'))).body.escalationLevel === 1);

    const board = expectContract(await sys.http.get('/api/v1/deadlines').query({ facilityId: fid }).set(as('supervisor')).expect(200));
    expect(board.body.summary).toMatchObject({ overdue: 1, at_risk: 1, on_track: 1 });
    expect(board.body.items.map((i: { subjectId: string }) => i.subjectId)).toEqual([overdue, atRisk, onTrack]);
    const late = await sys.http.get('/api/v1/deadlines').query({ facilityId: fid, state: 'overdue' }).set(as('supervisor')).expect(200);
    expect(late.body.items).toHaveLength(1);
    expect(late.body.items[0]).toMatchObject({ subjectId: overdue, state: 'overdue', daysLeft: -5, legalBasis: expect.stringContaining('1994'), escalationLevel: 2 });

    // The counts follow the next change at once: the on-track clock paused moves from one count to the other.
    await sys.http.post(`/api/v1/cases/${onTrack}/deadlines/PRC_VISIT-1/pause`).set(as('supervisor')).send({ reason: 'PRC asked for evidence' }).expect(200);
    const after = await sys.http.get('/api/v1/deadlines').query({ facilityId: fid, state: 'paused' }).set(as('supervisor')).expect(200);
    expect(after.body.summary).toMatchObject({ overdue: 1, at_risk: 1, on_track: 0, paused: 1 });
    expect(after.body.total).toBe(1);
    expect(after.body.items.map((i: { subjectId: string }) => i.subjectId)).toEqual([onTrack]);

    const [breach] = (await sys.http.get('/api/v1/escalations').set(as('supervisor')).expect(200)).body.filter((e: { caseId: string; type: string }) => e.caseId === overdue && e.type === 'BREACH');
    await waitFor(async () => (await sys.db.query(`SELECT reminders FROM escalations WHERE id = $1`, [breach.id]))[0].reminders >= 1, 15_000);
    const acked = expectContract(await sys.http.post(`/api/v1/escalations/${encodeURIComponent(breach.id)}/acknowledge`).set(as('supervisor')).send({ note: 'Raised with the embassy' }).expect(200));
    expect(acked.body.escalations.find((e: { type: string }) => e.type === 'BREACH')).toMatchObject({ acknowledgedAt: expect.any(String) });
    await sys.http.post(`/api/v1/escalations/${encodeURIComponent(breach.id)}/acknowledge`).set(as('supervisor2')).send({}).expect(409);
  });

  it('refuses the board and approvals to an investigator, and keeps each importer to its own notifications', async () => {
    await sys.http.get('/api/v1/deadlines').set(as('investigator')).expect(403);
    await sys.http.get('/api/v1/approvals').set(as('investigator')).expect(403);
    await sys.http.get('/api/v1/deadlines.csv').set(as('importer')).expect(403);
    const fid = await facility('Importer Notice Works');
    await sys.http
      .post('/api/v1/entries')
      .set(as('importer'))
      .send({
        manufacturer: { facilityId: fid, name: 'Importer Notice Works' },
        productCategory: 'SHOES',
        htsCode: '6403',
        quantity: 10,
        valueUsd: 100,
        importedOn: new Date().toISOString().slice(0, 10),
        certification: {},
      })
      .expect(201);
    const mine = await sys.http.get('/api/v1/notifications').set(as('importer')).expect(200);
    expect(mine.body.items.some((n: { kind: string }) => n.kind === 'ENTRY_SCREENED')).toBe(true);
    const theirs = await sys.http.get('/api/v1/notifications').set(as('importer2')).expect(200);
    expect(theirs.body.items).toEqual([]);
  });

  it('exports CSV with formula-looking cells neutralised', async () => {
    const fid = await facility('=HYPERLINK("http://x")');
    const caseId = await openCase(fid);
    await requestVisit(caseId, 2);
    const deadlines = expectContract(await sys.http.get('/api/v1/deadlines.csv').query({ facilityId: fid }).set(as('supervisor')).expect(200));
    expect(deadlines.headers['content-type']).toMatch(/text\/csv/);
    expect(deadlines.text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(deadlines.text).not.toMatch(/(^|,)=HYPERLINK/m);
    const cases = await sys.http.get('/api/v1/cases.csv').set(as('supervisor')).expect(200);
    expect(cases.text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

/** A minimal EventSource over node:http: parses `event:` / `data:` blocks. */
function openStream(url: string, onEvent: (event: { type: string; data: { id: string } }) => void): { close(): void } {
  const request = http.get(url, (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (data) onEvent({ type, data: JSON.parse(data) });
      }
    });
  });
  request.on('error', () => undefined);
  return { close: () => request.destroy() };
}
