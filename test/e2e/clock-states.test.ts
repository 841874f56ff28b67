import { clockState, daysLeft, DEFAULT_DEADLINE_RULES, US_FEDERAL_CALENDAR } from '@mou/domain';
import { DeadlineRepository } from '@mou/persistence';
import { projectClock } from '../../workflows/shared/clock-projection';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const DAY = 86_400_000;

interface Row {
  id: string;
  case_id: string | null;
  entry_id: string | null;
  key: string;
  status: string;
  paused: boolean;
  due_at: Date | null;
  at_risk_at: Date | null;
}

describe('clock states: the board, its kept counts, the case and entry lists and deadlines.csv follow the one rule', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('clock_states');
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'importer@example.com']) tokens[who.split('@')[0]] = await sys.login(who);
  });
  afterAll(async () => {
    await sys?.stop();
  });

  /** What the domain rule says of every clock of the facility, read from the deadlines table now. */
  async function domainView(facilityId: string) {
    const rows: Row[] = await sys.db.query(`SELECT id, case_id, entry_id, key, status, paused, due_at, at_risk_at FROM deadlines WHERE facility_id = $1`, [facilityId]);
    const now = Date.now();
    return new Map(
      rows.map((r) => {
        const dueAt = r.due_at ? new Date(r.due_at).getTime() : null;
        const facts = { status: r.status, paused: r.paused, dueAt, atRiskAt: r.at_risk_at ? new Date(r.at_risk_at).getTime() : null };
        return [r.id, { row: r, state: clockState(facts, now), daysLeft: r.status === 'open' ? daysLeft(dueAt, now) : null }];
      }),
    );
  }

  it('agrees on every clock, including an entry clock at risk without a reminder step and a clock that goes straight to overdue', async () => {
    const facilityId = (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name: 'Clock State Works' }).expect(201)).body.id;
    const openCase = async (daysAgo: number) => {
      const res = await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId, allegation: { summary: 'Shoes stitched in a camp', source: 'Witness', productCategories: ['SHOES'] } })
        .expect(201);
      await sys.http.post(`/api/v1/cases/${res.body.id}/visit-requests`).set(as('investigator')).send({ requestedAt: new Date(Date.now() - daysAgo * DAY).toISOString() }).expect(200);
      return res.body.id as string;
    };
    const overdueCase = await openCase(65);
    const atRiskCase = await openCase(50);
    const onTrackCase = await openCase(1);
    await waitFor(async () => (await sys.http.get(`/api/v1/cases/${overdueCase}`).set(as('supervisor'))).body.escalationLevel === 2);
    await waitFor(async () => (await sys.http.get(`/api/v1/cases/${atRiskCase}`).set(as('supervisor'))).body.escalationLevel === 1);

    // An entry detained for a missing certification: its proof clock runs three months from importation.
    const entry = await sys.http
      .post('/api/v1/entries')
      .set(as('importer'))
      .send({
        manufacturer: { facilityId, name: 'Clock State Works' },
        productCategory: 'SHOES',
        htsCode: '6403',
        quantity: 10,
        valueUsd: 100,
        importedOn: new Date().toISOString().slice(0, 10),
        certification: {},
      })
      .expect(201);
    expect(entry.body.status).toBe('DETAINED');
    // A protest decision (30 days, no REMINDER step) filed 25 days ago: the workflow reaches it only after
    // weeks, so its projection is written here through the worker's own projection and upsert.
    const deadlines = new DeadlineRepository(sys.db);
    const subject = { entryId: entry.body.id as string, facilityId, assigneeId: null };
    const clock = (key: string, startedAt: number) => ({
      key,
      kind: 'PROTEST_DECISION' as const,
      ledger: { startedAt, pauses: [], extensions: [] },
      status: 'open' as const,
      metAt: null,
      firedLevels: [],
    });
    const protest = projectClock(DEFAULT_DEADLINE_RULES.PROTEST_DECISION, clock('PROTEST_DECISION-8', Date.now() - 25 * DAY), US_FEDERAL_CALENDAR);
    expect(protest.atRiskAt).not.toBeNull();
    await deadlines.upsert(subject, protest);
    // A clock whose at-risk and due instants are the same, a few seconds from now: on track, then straight to overdue.
    const edge = new Date(Date.now() + 4_000).toISOString();
    const straight = projectClock(DEFAULT_DEADLINE_RULES.PROTEST_DECISION, clock('PROTEST_DECISION-9', Date.now()), US_FEDERAL_CALENDAR);
    await deadlines.upsert(subject, { ...straight, dueAt: edge, atRiskAt: edge });

    const before = await sys.http.get('/api/v1/deadlines').query({ facilityId }).set(as('supervisor')).expect(200);
    // The entry's decision clock was met at screening.
    expect(before.body.summary).toEqual({ on_track: 3, at_risk: 2, overdue: 1, paused: 0, met: 1, missed: 0 });
    await new Promise((r) => setTimeout(r, Date.parse(edge) - Date.now() + 500));

    // Nothing was committed since: the counts were moved on by time, and must say what a recount says.
    const board = await sys.http.get('/api/v1/deadlines').query({ facilityId }).set(as('supervisor')).expect(200);
    const view = await domainView(facilityId);
    expect(board.body.summary).toEqual({ on_track: 2, at_risk: 2, overdue: 2, paused: 0, met: 1, missed: 0 });
    expect(board.body.total).toBe(6);
    const items: { id: string; reference: string; state: string; daysLeft: number | null }[] = board.body.items;
    expect(items).toHaveLength(6);
    for (const item of items) expect({ id: item.id, state: item.state, daysLeft: item.daysLeft }).toEqual({ id: item.id, ...pick(view.get(item.id)!) });
    const byKey = (subjectId: string, key: string) => items.find((i) => i.id === `${subjectId}:${key}`)!;
    expect(byKey(entry.body.id, 'PROTEST_DECISION-8')).toMatchObject({ state: 'at_risk', daysLeft: 5 });
    expect(byKey(entry.body.id, 'PROTEST_DECISION-9')).toMatchObject({ state: 'overdue', daysLeft: 0 });
    expect(byKey(overdueCase, 'PRC_VISIT-1')).toMatchObject({ state: 'overdue', daysLeft: -5 });
    expect(byKey(atRiskCase, 'PRC_VISIT-1')).toMatchObject({ state: 'at_risk' });
    expect(byKey(onTrackCase, 'PRC_VISIT-1')).toMatchObject({ state: 'on_track' });
    // Each state filter lists exactly the clocks the summary counts in it.
    for (const state of ['on_track', 'at_risk', 'overdue'] as const) {
      const filtered = await sys.http.get('/api/v1/deadlines').query({ facilityId, state }).set(as('supervisor')).expect(200);
      expect(filtered.body.items.map((i: { id: string }) => i.id).sort()).toEqual([...view.values()].filter((v) => v.state === state).map((v) => v.row.id).sort());
      expect(filtered.body.total).toBe(board.body.summary[state]);
    }

    // deadlines.csv: the same state and days left per clock.
    const csv = await sys.http.get('/api/v1/deadlines.csv').query({ facilityId }).set(as('supervisor')).expect(200);
    const [header, ...lines] = csv.text.trim().split('\r\n').map((line) => line.split(','));
    const col = (name: string) => header.indexOf(name);
    expect(lines).toHaveLength(6);
    const csvStates = lines.map((l) => `${l[col('reference')]}|${l[col('deadline')]}|${l[col('state')]}|${l[col('days left')]}`).sort();
    const boardStates = items.map((i) => `${i.reference}|${i.id.split(':')[1]}|${i.state}|${i.daysLeft}`).sort();
    expect(csvStates).toEqual(boardStates);

    // The case list: each case's soonest open clock in the domain's state, days left from its next deadline.
    const cases = await sys.http.get('/api/v1/cases').query({ facilityId }).set(as('supervisor')).expect(200);
    const caseState = Object.fromEntries(cases.body.items.map((c: { id: string; deadlineState: string }) => [c.id, c.deadlineState]));
    expect(caseState).toEqual({ [overdueCase]: 'overdue', [atRiskCase]: 'at_risk', [onTrackCase]: 'on_track' });
    for (const c of cases.body.items) {
      expect(c.deadlineState).toBe(view.get(`${c.id}:PRC_VISIT-1`)!.state);
      expect(c.daysLeft).toBe(daysLeft(Date.parse(c.nextDeadlineAt), Date.now()));
    }
    const overdueOnly = await sys.http.get('/api/v1/cases').query({ facilityId, overdue: true }).set(as('supervisor')).expect(200);
    expect(overdueOnly.body.items.map((c: { id: string }) => c.id)).toEqual([overdueCase]);
    const atRiskOnly = await sys.http.get('/api/v1/cases').query({ facilityId, atRisk: true }).set(as('supervisor')).expect(200);
    expect(atRiskOnly.body.items.map((c: { id: string }) => c.id)).toEqual([atRiskCase]);

    // cases.csv carries the same state per case.
    const casesCsv = await sys.http.get('/api/v1/cases.csv').set(as('supervisor')).expect(200);
    const [caseHeader, ...caseLines] = casesCsv.text.trim().split('\r\n').map((line) => line.split(','));
    const references = new Map(cases.body.items.map((c: { reference: string; deadlineState: string }) => [c.reference, c.deadlineState]));
    const exported = caseLines.filter((l) => references.has(l[0]));
    expect(exported).toHaveLength(3);
    for (const l of exported) expect(l[caseHeader.indexOf('deadlineState')]).toBe(references.get(l[0]));

    // The entry list: the entry's soonest open clock is the protest decision about to run out, now overdue.
    const entries = await sys.http.get('/api/v1/entries').query({ facilityId }).set(as('supervisor')).expect(200);
    const listed = entries.body.find((e: { id: string }) => e.id === entry.body.id);
    expect(listed).toMatchObject({ clockKind: 'PROTEST_DECISION', clockState: 'overdue' });
    expect(listed.clockState).toBe(view.get(`${entry.body.id}:PROTEST_DECISION-9`)!.state);
    // The entry's detail shows each clock in the same state as the board.
    const detail = await sys.http.get(`/api/v1/entries/${entry.body.id}`).set(as('importer')).expect(200);
    for (const c of detail.body.clocks) expect({ key: c.key, state: c.state }).toEqual({ key: c.key, state: view.get(`${entry.body.id}:${c.key}`)!.state });
    expect(detail.body.clocks.map((c: { state: string }) => c.state).sort()).toEqual(['at_risk', 'met', 'on_track', 'overdue']);
  });
});

const pick = (v: { state: string; daysLeft: number | null }) => ({ state: v.state, daysLeft: v.daysLeft });
