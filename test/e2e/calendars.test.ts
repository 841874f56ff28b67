import { nextBusinessDay, today } from '../support/business-days';
import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';


describe('holiday calendars as versioned data', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('calendars');
    for (const who of ['admin@example.gov', 'importer@example.com', 'supervisor@example.gov']) tokens[who.split('@')[0]] = await sys.login(who);
  });
  afterAll(() => sys?.stop());

  /**
   * An entry whose declared manufacturer only nearly matches a registered facility: it waits for
   * CBP's decision within its 5-business-day window (a clean entry is released at once).
   */
  const fileEntryAwaitingDecision = async () => {
    const registered = `Ningbo Garment Works ${Math.random().toString().slice(2, 10)}`;
    await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name: registered }).expect(201);
    const name = registered.replace('Works', 'Work');
    const res = await sys.http
      .post('/api/v1/entries')
      .set(as('importer'))
      .send({
        manufacturer: { name },
        productCategory: 'GARMENTS',
        htsCode: '6203.42',
        quantity: 100,
        valueUsd: 1000,
        importedOn: today(),
        certification: {
          supplierCertificateOfOrigin: { issuer: 'Ningbo Textiles', number: 'CO-9', issuedOn: today() },
          dueDiligenceStatement: { manufacturerName: name, statement: 'Audited on site', signedBy: 'Ann Importer', signedOn: today() },
        },
      })
      .expect(201);
    return res.body.id as string;
  };
  const decisionClock = async (entryId: string) =>
    (await sys.http.get(`/api/v1/entries/${entryId}`).set(as('importer')).expect(200)).body.clocks.find((c: { kind: string }) => c.kind === 'ENTRY_DECISION');

  it('closes a day in a new version, moving an open decision window that crosses it, and the next entry counts on it too', async () => {
    const calendar = expectContract(await sys.http.get('/api/v1/calendars/us-federal').set(as('admin')).expect(200));
    expect(calendar.body).toMatchObject({ id: 'us-federal', version: 1, versions: [{ version: 1, change: null }] });

    const entryId = await fileEntryAwaitingDecision();
    const before = await decisionClock(entryId);
    expect(before.explanation).toMatchObject({ calendarId: 'us-federal', calendarVersion: 1 });
    const lastDay = (before.dueAt as string).slice(0, 10);
    const moved = nextBusinessDay(lastDay);

    const closed = expectContract(
      await sys.http.post('/api/v1/calendars/us-federal/closures').set(as('admin')).send({ date: lastDay, reason: 'Executive order: offices closed' }).expect(200),
    );
    expect(closed.body).toMatchObject({ version: 2, entriesTold: 1 });
    expect(closed.body.upcoming).toContain(lastDay);
    expect(closed.body.versions[0]).toMatchObject({ version: 2, change: { added: [lastDay], removed: [], reason: 'Executive order: offices closed' }, createdBy: { name: expect.any(String) } });

    const after = await decisionClock(entryId);
    expect(after.dueAt).toBe(`${moved}T23:59:59.999Z`);
    expect(after.explanation).toMatchObject({ calendarVersion: 2 });
    const entry = (await sys.http.get(`/api/v1/entries/${entryId}`).set(as('importer')).expect(200)).body;
    const event = entry.timeline.find((e: { type: string }) => e.type === 'DEADLINE_REPROJECTED');
    expect(event.payload).toEqual({
      kind: 'ENTRY_DECISION',
      calendar: { id: 'us-federal', from: 1, to: 2 },
      dueAt: { from: `${lastDay}T23:59:59.999Z`, to: `${moved}T23:59:59.999Z` },
    });

    // A new entry takes the version in force.
    expect((await decisionClock(await fileEntryAwaitingDecision())).explanation).toMatchObject({ calendarVersion: 2 });

    // Reopening the day is version 3, and the window comes back.
    const reopened = expectContract(
      await sys.http.post('/api/v1/calendars/us-federal/reopenings').set(as('admin')).send({ date: lastDay, reason: 'Order withdrawn' }).expect(200),
    );
    expect(reopened.body).toMatchObject({ version: 3, entriesTold: 2 });
    expect((await decisionClock(entryId)).dueAt).toBe(before.dueAt);
  });

  it('refuses bad input with 400 naming the field, a change that changes nothing with 409, and other roles with 403, storing no version', async () => {
    const version = async () => (await sys.http.get('/api/v1/calendars/us-federal').set(as('admin')).expect(200)).body.version;
    const start = await version();
    const bad = expectContract(await sys.http.post('/api/v1/calendars/us-federal/closures').set(as('admin')).send({ date: '2026-02-30', reason: 'x' }).expect(400));
    expect(Object.keys(bad.body.fields)).toEqual(['reason']);
    const notADay = await sys.http.post('/api/v1/calendars/us-federal/closures').set(as('admin')).send({ date: '2026-02-30', reason: 'A closure' }).expect(400);
    expect(notADay.body.fields).toEqual({ date: ['2026-02-30 is not a real date.'] });
    const saturday = expectContract(await sys.http.post('/api/v1/calendars/us-federal/closures').set(as('admin')).send({ date: '2026-12-26', reason: 'A closure' }).expect(409));
    expect(saturday.body).toMatchObject({ reason: 'CalendarUnchanged', message: '2026-12-26 is a Saturday: offices are closed anyway.' });
    await sys.http.post('/api/v1/calendars/us-federal/closures').set(as('admin')).send({ date: '2026-12-25', reason: 'Christmas' }).expect(409);
    await sys.http.post('/api/v1/calendars/us-federal/closures').set(as('importer')).send({ date: '2026-12-24', reason: 'Mine' }).expect(403);
    await sys.http.get('/api/v1/calendars/us-federal').set(as('supervisor')).expect(403);
    expectContract(await sys.http.get('/api/v1/calendars/uk-bank').set(as('admin')).expect(404));
    expect(await version()).toBe(start);
  });
});
