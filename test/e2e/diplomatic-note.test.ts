import { DEFAULT_DEADLINE_RULES, DEFAULT_REVIEW_THRESHOLDS } from '@mou/domain';
import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const dateOf = (ms: number) => iso(ms).slice(0, 10);

interface Note { id: string; status: string; text: string; facts: Record<string, unknown>; editedBy: string | null; approvedBy: string | null; approvedAt: string | null; sentAt: string | null }
interface TimelineEvent { type: string; actorId: string; occurredAt: string; payload: Record<string, unknown> }

/**
 * The diplomatic note and the bilateral agenda (docs/domain.md §5), through the API and PostgreSQL:
 * a PRC clock told late fires its ladder at once, so day 60 and day 90 are reached in seconds.
 */
describe('the diplomatic note drafted at a PRC breach, and the agenda of the next bilateral meeting', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const facilityName = `Xinhua Wire Works ${Date.now()}`;
  const allegation = 'Barbed wire drawn by detainees in a re-education camp annex';
  // A visit requested 100 days ago: breach on day 60, senior escalation on day 90.
  const requestedAt = Date.now() - 100 * DAY;
  let caseId = '';

  beforeAll(async () => {
    sys = await startTestSystem('diplomatic-note');
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'supervisor2@example.gov', 'policy@example.gov', 'admin@example.gov']) {
      tokens[who.split('@')[0]] = await sys.login(who);
      ids[who.split('@')[0]] = (await sys.http.get('/api/v1/auth/me').set(as(who.split('@')[0]))).body.id;
    }
    const facility = (await sys.http.post('/api/v1/facilities').set(as('investigator')).send({ name: facilityName, province: 'Xinjiang' }).expect(201)).body as { id: string };
    caseId = (
      await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId: facility.id, allegation: { summary: allegation, source: 'Satellite imagery and testimony', productCategories: ['GARMENTS'] } })
        .expect(201)
    ).body.id;
    await sys.http.post(`/api/v1/cases/${caseId}/visit-requests`).set(as('investigator')).send({ requestedAt: iso(requestedAt) }).expect(200);
    await waitFor(async () => {
      const detail = (await sys.http.get(`/api/v1/cases/${caseId}`).set(as('supervisor'))).body;
      return detail.notes?.length === 1 && detail.escalations.some((e: { type: string }) => e.type === 'SENIOR_ESCALATION');
    });
  });
  afterAll(() => sys?.stop());

  const caseAs = async (who: string) => expectContract(await sys.http.get(`/api/v1/cases/${caseId}`).set(as(who)).expect(200)).body as { notes: Note[]; timeline: TimelineEvent[] };
  const noteAction = (who: string, action: 'text' | 'approval' | 'sent', body: object = {}) =>
    sys.http.post(`/api/v1/cases/${caseId}/notes/${noteId()}/${action}`).set(as(who)).send(body);
  let note: Note;
  const noteId = () => note.id;

  it('the breach drafts a note naming the request, its date, the SOC obligation and the days elapsed', async () => {
    [note] = (await caseAs('supervisor')).notes;
    expect(note.status).toBe('DRAFT');
    expect(note.facts).toMatchObject({ deadlineKey: 'PRC_VISIT-1', requestedAt: iso(requestedAt), daysElapsed: 60, budgetDays: 60, facilityName });
    expect(note.text).toContain(`the request of the United States dated ${dateOf(requestedAt)}`);
    expect(note.text).toContain(`arrange a visit by United States officials to ${facilityName}`);
    expect(note.text).toContain('1994 Statement of Cooperation');
    expect(note.text).toContain(`As of ${dateOf(requestedAt + 60 * DAY)}, 60 days have elapsed since the request and no visit has been arranged.`);
    const drafted = (await caseAs('supervisor')).timeline.find((e) => e.type === 'DIPLOMATIC_NOTE_DRAFTED')!;
    expect(drafted.occurredAt).toBe(iso(requestedAt + 60 * DAY));
  });

  it('a supervisor edits it; the same supervisor cannot approve it, nor the investigator; it cannot be sent unapproved', async () => {
    const edited = `${note.text}\n\nThe Embassy draws attention to its earlier notes on this facility.`;
    const after = expectContract(await noteAction('supervisor', 'text', { text: edited }).expect(200)).body.notes[0] as Note;
    expect(after).toMatchObject({ status: 'DRAFT', text: edited, editedBy: ids.supervisor });

    const own = expectContract(await noteAction('supervisor', 'approval').expect(409));
    expect(own.body.message).toBe('Four-eyes: the supervisor who edited the note cannot approve it; a second supervisor must.');
    expectContract(await noteAction('investigator', 'approval').expect(403));
    const unapproved = expectContract(await noteAction('supervisor2', 'sent').expect(409));
    expect(unapproved.body.message).toBe('The note must be approved by a second supervisor before it is sent.');
    expectContract(await noteAction('supervisor', 'text', { text: '   ' }).expect(400));
    expect((await caseAs('supervisor')).notes[0]).toMatchObject({ status: 'DRAFT', text: edited });
  });

  it('a second supervisor approves it and marks it sent; the date sent is a case event', async () => {
    const approved = expectContract(await noteAction('supervisor2', 'approval').expect(200)).body.notes[0] as Note;
    expect(approved).toMatchObject({ status: 'APPROVED', approvedBy: ids.supervisor2 });
    const before = expectContract(await noteAction('supervisor2', 'sent', { sentAt: iso(Date.now() - DAY) }).expect(409));
    expect(before.body.message).toMatch(/^The note cannot have been sent on .* before it was approved on /);
    const sentAt = iso(Date.parse(approved.approvedAt!) + 1_000);
    await new Promise((r) => setTimeout(r, 1_500));
    const sent = expectContract(await noteAction('supervisor2', 'sent', { sentAt }).expect(200)).body as { notes: Note[]; timeline: TimelineEvent[] };
    expect(sent.notes[0]).toMatchObject({ status: 'SENT', sentAt });
    const event = sent.timeline.find((e) => e.type === 'DIPLOMATIC_NOTE_SENT')!;
    expect(event).toMatchObject({ actorId: ids.supervisor2, occurredAt: sentAt, payload: { noteId: note.id, sentAt } });
    expectContract(await noteAction('supervisor', 'text', { text: 'Too late' }).expect(409));
  });

  it('the day-90 step puts the case on the agenda: supervisors see the case, policy staff the facility, the dates and the days overdue, without reasons', async () => {
    const supervisorView = expectContract(await sys.http.get('/api/v1/agenda').set(as('supervisor')).expect(200)).body;
    const forSupervisor = supervisorView.items.find((i: { facilityName: string }) => i.facilityName === facilityName);
    expect(forSupervisor).toMatchObject({ caseId, allegationSummary: allegation, meeting: null, meetingLabel: 'the next meeting' });

    const policyView = expectContract(await sys.http.get('/api/v1/agenda').set(as('policy')).expect(200)).body;
    const forPolicy = policyView.items.find((i: { facilityName: string }) => i.facilityName === facilityName);
    expect(forPolicy).toMatchObject({
      obligation: 'PRC arranges the requested visit',
      requestedAt: iso(requestedAt),
      dueAt: iso(requestedAt + 60 * DAY),
      daysOverdue: 40,
      placedAt: iso(requestedAt + 90 * DAY),
      meetingLabel: 'the next meeting',
    });
    expect(forPolicy).not.toHaveProperty('caseId');
    expect(forPolicy).not.toHaveProperty('caseReference');
    expect(forPolicy).not.toHaveProperty('allegationSummary');
    expect(JSON.stringify(policyView)).not.toContain(allegation);
    expect(JSON.stringify(policyView)).not.toContain(caseId);
    expectContract(await sys.http.get('/api/v1/agenda').set(as('investigator')).expect(403));
  });

  it('a supervisor sets the next meeting date; items then wait for that meeting; bad dates are refused and change nothing', async () => {
    const heldOn = dateOf(Date.now() + 21 * DAY);
    expectContract(await sys.http.post('/api/v1/agenda/meetings').set(as('policy')).send({ heldOn }).expect(403));
    const past = expectContract(await sys.http.post('/api/v1/agenda/meetings').set(as('supervisor')).send({ heldOn: dateOf(Date.now() - 3 * DAY) }).expect(400));
    expect(Object.keys(past.body.fields)).toEqual(['heldOn']);
    expectContract(await sys.http.post('/api/v1/agenda/meetings').set(as('supervisor')).send({ heldOn: 'next Tuesday' }).expect(400));
    const set = expectContract(await sys.http.post('/api/v1/agenda/meetings').set(as('supervisor')).send({ heldOn }).expect(201)).body;
    expect(set.nextMeeting).toMatchObject({ heldOn, setBy: ids.supervisor });
    expectContract(await sys.http.post('/api/v1/agenda/meetings').set(as('admin')).send({ heldOn }).expect(409));

    const policyView = expectContract(await sys.http.get('/api/v1/agenda').set(as('policy')).expect(200)).body;
    expect(policyView.items.find((i: { facilityName: string }) => i.facilityName === facilityName)).toMatchObject({ meetingLabel: heldOn, meeting: { heldOn } });
    expect(policyView.upcomingMeetings.map((m: { heldOn: string }) => m.heldOn)).toEqual([heldOn]);
  });

  it('a rules version saved before the petition and reciprocal clocks existed still validates and edits them, on their sourced defaults', async () => {
    const older = Object.fromEntries(Object.entries(DEFAULT_DEADLINE_RULES).filter(([kind]) => kind !== 'PETITION_FORWARDING' && kind !== 'US_INVESTIGATION_REPORT'));
    const [{ next }] = await sys.db.query('SELECT COALESCE(max(version), 1) + 1 AS next FROM settings_versions');
    await sys.db.query('INSERT INTO settings_versions (version, rules, review_thresholds, note, created_by) VALUES ($1, $2, $3, $4, $5)', [
      next,
      JSON.stringify(older),
      JSON.stringify(DEFAULT_REVIEW_THRESHOLDS),
      'Saved before the new clocks',
      ids.admin,
    ]);
    const book = expectContract(await sys.http.get('/api/v1/rules/deadlines').set(as('investigator')).expect(200)).body;
    expect(book.rules.find((r: { kind: string }) => r.kind === 'PETITION_FORWARDING')).toMatchObject({ runsOn: 'case', legalBasis: '19 CFR 12.42(c)', budget: { text: '10 calendar days' } });
    const refused = expectContract(
      await sys.http.post('/api/v1/settings').set(as('admin')).send({ rules: { US_INVESTIGATION_REPORT: { budget: { amount: -5 } } }, note: 'Wrong' }).expect(400),
    );
    expect(Object.keys(refused.body.fields)).toEqual(['rules.US_INVESTIGATION_REPORT']);
    const saved = expectContract(
      await sys.http.post('/api/v1/settings').set(as('admin')).send({ rules: { US_INVESTIGATION_REPORT: { budget: { amount: 45 } } }, note: 'Shorter US answer' }).expect(201),
    ).body;
    expect(saved.current.rules.find((r: { kind: string }) => r.kind === 'US_INVESTIGATION_REPORT').budget).toMatchObject({ amount: 45, text: '45 calendar days' });
    expect(saved.current.rules.find((r: { kind: string }) => r.kind === 'PETITION_FORWARDING').budget).toMatchObject({ amount: 10 });
  });
});
