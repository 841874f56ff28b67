import { DAY_MS } from '../iso-date';
import type { EntryFact, RequestFact, ReviewInputs } from './review-inputs';
import { tallyOver, computeMetrics } from './review-metrics';

const start = Date.parse('2025-01-01T00:00:00Z');
const day = (n: number) => start + n * DAY_MS;
const window = { from: day(0), to: day(365) };

/** A request made on day `made` of the programme, answered `held`/`refused` days after it. */
const request = (kind: RequestFact['kind'], made: number, answer: { held?: number; refused?: number } = {}, facilityId = 'f-1'): RequestFact => ({
  caseId: `case-${kind}-${made}-${answer.held ?? answer.refused ?? 'open'}`,
  facilityId,
  kind,
  requestedAt: day(made),
  fulfilledAt: answer.held === undefined ? null : day(made + answer.held),
  refusedAt: answer.refused === undefined ? null : day(made + answer.refused),
});
const visit = (made: number, answer?: { held?: number; refused?: number }) => request('VISIT', made, answer);
const investigation = (made: number, answer?: { held?: number; refused?: number }) => request('INVESTIGATION', made, answer);

const inputs = (changes: Partial<ReviewInputs>): ReviewInputs => ({
  window,
  asOf: day(365),
  requests: [],
  usReports: [],
  facilitiesBlocked: [],
  entries: [],
  ...changes,
});

describe(computeMetrics.name, () => {
  it('counts a visit held on day 60 as on time and one held on day 61 as late (SOC 1994: 60 days)', () => {
    const m = computeMetrics(inputs({ requests: [visit(10, { held: 60 }), visit(10, { held: 61 })] }));
    expect(m).toMatchObject({ visitsRequested: 2, visitsHeld: 2, visitsHeldOnTime: 1, visitGrantRate: 1, visitOnTimeRate: 0.5 });
  });

  it('takes the on-time budget as a parameter', () => {
    const m = computeMetrics(inputs({ requests: [visit(10, { held: 75 })] }), { visitDays: 90, investigationReportDays: 60, usReportDays: 60 });
    expect(m.visitsHeldOnTime).toBe(1);
  });

  it('gives the median and p90 of days from request to visit, over the visits held only', () => {
    const requests = [10, 20, 30, 40, 200].map((held) => visit(0, { held })).concat([visit(0), visit(0, { refused: 5 })]);
    expect(computeMetrics(inputs({ requests })).daysToVisit).toEqual({ median: 30, p90: 200 });
  });

  it('has no days-to-visit figures and no visit rates when no visit was requested', () => {
    const m = computeMetrics(inputs({ requests: [investigation(0, { held: 30 })] }));
    expect(m).toMatchObject({ daysToVisit: null, visitGrantRate: null, visitOnTimeRate: null, reportOnTimeRate: 1 });
  });

  it('ignores requests made before the window, on its closing instant, or after the review date', () => {
    const requests = [
      { ...visit(0, { held: 10 }), requestedAt: window.from - 1 },
      { ...visit(0), requestedAt: window.to },
      visit(200, { held: 30 }),
      investigation(300),
    ];
    const m = computeMetrics(inputs({ requests, asOf: day(250) }));
    expect(m).toMatchObject({ totalRequests: 1, visitsRequested: 1, investigationsRequested: 0, visitsHeld: 1 });
  });

  it('treats what happened after the review date as not yet known', () => {
    const m = computeMetrics(inputs({ requests: [visit(0, { held: 100 }), visit(0, { refused: 100 })], asOf: day(90) }));
    expect(m).toMatchObject({ visitsHeld: 0, visitsRefused: 0, backlogOlderThan60Days: 2, oldestOpenRequestDays: 90 });
  });

  it('leaves a request still inside its 60 days out of the rates, but counts it as made', () => {
    const m = computeMetrics(inputs({ requests: [visit(0, { held: 30 }), visit(355)], asOf: day(365) }));
    expect(m).toMatchObject({ visitsRequested: 2, visitsDue: 1, totalRequests: 2, requestsDue: 1, visitGrantRate: 1, visitOnTimeRate: 1 });
  });

  it('counts a request answered early, even refused, as due at once', () => {
    const m = computeMetrics(inputs({ requests: [visit(355, { refused: 2 }), investigation(355, { held: 5 })] }));
    expect(m).toMatchObject({ visitsDue: 1, visitGrantRate: 0, investigationsDue: 1, reportOnTimeRate: 1 });
  });

  it('measures the backlog and the oldest open request on the review date', () => {
    const asOf = day(365);
    const requests = [
      visit(365 - 60), // open 60 days: not yet backlog
      visit(365 - 61), // 61
      investigation(365 - 121), // 121
      visit(365 - 181), // 181
      visit(365 - 200, { held: 150 }), // answered: not open, but waited 150 days
      visit(365 - 300, { refused: 10 }),
    ];
    const m = computeMetrics(inputs({ requests, asOf }));
    expect(m).toMatchObject({
      backlogOlderThan60Days: 3,
      oldestOpenRequestDays: 181,
      openOver120Days: 2,
      openAfter180Days: 1,
      longestWaitDays: 181,
    });
    // The answered visit: 200 days old, waited 150, not open; tallied once by age and once by wait.
    expect(m.requestDays.byAge).toContainEqual({ days: 200, requests: 1, open: 0 });
    expect(m.requestDays.byWait).toContainEqual({ days: 150, requests: 1, open: 0 });
    expect(m.requestDays.byWait.map((t) => t.days)).toEqual([...m.requestDays.byWait.map((t) => t.days)].sort((a, b) => a - b));
    expect(tallyOver(m.requestDays.byWait, 120)).toEqual({ requests: 3, open: 2 });
  });

  it('handles a year of 200,000 requests, keeping one tally row per day count', () => {
    const requests = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? visit(i % 300, i % 3 ? { held: 30 } : undefined) : investigation(i % 300)));
    const m = computeMetrics(inputs({ requests, asOf: day(365) }));
    expect(m.totalRequests).toBe(200_000);
    expect(m.requestDays.byAge.reduce((n, t) => n + t.requests, 0)).toBe(200_000);
    expect(m.requestDays.byAge.length).toBeLessThanOrEqual(366);
    expect(m.longestWaitDays).toBe(365);
  });

  it('measures US post-visit reports due: issued, or past their 60 days', () => {
    const report = (visitDay: number, issuedAfter: number | null) => ({
      caseId: `c-${visitDay}-${issuedAfter}`,
      visitHeldAt: day(visitDay),
      issuedAt: issuedAfter === null ? null : day(visitDay + issuedAfter),
    });
    const usReports = [report(10, 60), report(10, 61), report(100, null), report(350, null), { ...report(0, 5), visitHeldAt: window.from - DAY_MS }];
    const m = computeMetrics(inputs({ usReports }));
    expect(m).toMatchObject({ usReportsDue: 3, usReportsOnTime: 1, usReportOnTimeRate: 1 / 3 });
  });

  it('counts facilities blocked in the window, oldest first', () => {
    const facilitiesBlocked = [
      { facilityId: 'f-2', name: 'Shayang prison farm', blockedAt: day(200) },
      { facilityId: 'f-1', name: 'Laogai unit 3', blockedAt: day(40) },
      { facilityId: 'f-0', name: 'Blocked before the programme', blockedAt: window.from - DAY_MS },
    ];
    const m = computeMetrics(inputs({ facilitiesBlocked }));
    expect(m.facilitiesBlocked).toBe(2);
    expect(m.blockedFacilities.map((f) => f.facilityId)).toEqual(['f-1', 'f-2']);
  });

  it('counts entries so that every screened entry is either released or held, and every failing certification', () => {
    const entry = (status: EntryFact['status'], certificationComplete = true): EntryFact => ({ entryId: `${status}-${certificationComplete}`, status, certificationComplete });
    const entries = [entry('RELEASED'), entry('RELEASED'), entry('DETAINED', false), entry('EXCLUDED', false), entry('ABANDONED'), entry('PENDING', false)];
    expect(computeMetrics(inputs({ entries }))).toMatchObject({
      entriesScreened: 5,
      entriesReleased: 2,
      entriesDetained: 3,
      entriesExcluded: 2,
      certificationsFiled: 6,
      certificationsFailing: 3,
    });
  });

  it('refuses a window that ends before it begins and a budget of no days', () => {
    expect(() => computeMetrics(inputs({ window: { from: day(10), to: day(10) } }))).toThrow(RangeError);
    expect(() => computeMetrics(inputs({}), { visitDays: 0, investigationReportDays: 60, usReportDays: 60 })).toThrow('visitDays must be a whole number');
  });
});
