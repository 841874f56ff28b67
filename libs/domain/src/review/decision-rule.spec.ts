import { DAY_MS } from '../iso-date';
import { decideRecommendation, REVIEW_RULE_VERSION } from './decision-rule';
import type { RequestFact, UsReportFact } from './review-inputs';
import { computeMetrics } from './review-metrics';
import { DEFAULT_REVIEW_THRESHOLDS } from './review-thresholds';

// The programme's first year; the review date is the day it ends (docs/domain.md §7, CAP proposal).
const start = Date.parse('2025-01-01T00:00:00Z');
const day = (n: number) => start + n * DAY_MS;
const END = 365;

type Answer = { held?: number; refused?: number };
let serial = 0;
/** A request made on day `made`, answered `held` or `refused` days after it, or never. */
const request = (kind: RequestFact['kind'], answer: Answer = {}, made = 0): RequestFact => ({
  caseId: `case-${(serial += 1)}`,
  facilityId: `facility-${serial}`,
  kind,
  requestedAt: day(made),
  fulfilledAt: answer.held === undefined ? null : day(made + answer.held),
  refusedAt: answer.refused === undefined ? null : day(made + answer.refused),
});
const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
const visits = (n: number, answer?: Answer, made?: number) => times(n, () => request('VISIT', answer, made));
const investigations = (n: number, answer?: Answer, made?: number) => times(n, () => request('INVESTIGATION', answer, made));
/** US post-visit reports: `onTime` issued on day 30 after the visit, the rest on day 90. */
const usReports = (onTime: number, late: number): UsReportFact[] =>
  [...times(onTime, () => 30), ...times(late, () => 90)].map((after, i) => ({ caseId: `us-${i}`, visitHeldAt: day(10), issuedAt: day(10 + after) }));

const review = (requests: RequestFact[], reports: UsReportFact[] = [], thresholds = DEFAULT_REVIEW_THRESHOLDS) =>
  decideRecommendation(
    computeMetrics({ window: { from: day(0), to: day(END) }, asOf: day(END), requests, usReports: reports, facilitiesBlocked: [], entries: [] }),
    thresholds,
  );
const rulesOf = (decision: ReturnType<typeof review>) => decision.reasons.map((reason) => reason.rule);

/** A cooperative year: every visit and report within 30 days. */
const cooperative = () => [...visits(10, { held: 30 }), ...investigations(5, { held: 30 })];

describe(decideRecommendation.name, () => {
  describe('the historical record (USCC 2008 Annual Report p. 326)', () => {
    // After the 1994 Statement of Cooperation: 18 visits requested, 3 granted, none within 60 days,
    // the rest never answered; reviewed a year after the first requests.
    const history = [visits(1, { held: 75 }, 0), visits(1, { held: 120 }, 20), visits(1, { held: 200 }, 40), ...[0, 10, 20, 30, 40].map((made) => visits(3, {}, made))].flat();

    it('comes out as REVOKE, naming the grant rate 3/18 and the on-time rate 0', () => {
      const decision = review(history);
      expect(decision.recommendation).toBe('REVOKE');
      expect(decision.reasons).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ rule: 'revokeGrantRateBelow', metric: 'visitGrantRate', figure: 3 / 18, threshold: 0.33 }),
          expect.objectContaining({ rule: 'revokeOnTimeRateBelow', metric: 'visitOnTimeRate', figure: 0, threshold: 0.2 }),
          expect.objectContaining({ rule: 'revokeOpenShare', figure: 15 / 18, threshold: 0.5 }),
        ]),
      );
      expect(decision.reasons[0].text).toBe('The PRC held 3 of 18 requested visits: a visit grant rate of 0.167, below the 0.33 under which the MOU is revoked.');
      expect(decision).toMatchObject({ flags: [], amendments: [], requiresPolicySignOff: false, reReviewInMonths: null, ruleVersion: REVIEW_RULE_VERSION });
      expect(decision.thresholds).toEqual(DEFAULT_REVIEW_THRESHOLDS);
    });

    it('needs a policy sign-off when the US was itself late with its post-visit reports', () => {
      const decision = review(history, usReports(1, 2));
      expect(decision).toMatchObject({ recommendation: 'REVOKE', flags: ['US_NONCOMPLIANCE'], requiresPolicySignOff: true });
      expect(decision.reasons.at(-1)?.text).toMatch(/^The US issued 1 of 3 post-visit reports within 60 days: .* Revoking therefore needs a policy sign-off\.$/);
    });
  });

  it('maintains the MOU when 9 of 10 visits were held on time, reports arrived on time and nothing waited past 120 days', () => {
    const decision = review([...visits(9, { held: 45 }), ...visits(1, { refused: 20 }), ...investigations(5, { held: 50 })]);
    expect(decision.recommendation).toBe('MAINTAIN');
    expect(decision.flags).toEqual([]);
    expect(rulesOf(decision)).toEqual(['maintainGrantRateAtLeast', 'maintainOnTimeRateAtLeast', 'maintainReportOnTimeRateAtLeast', 'maintainMaxOpenDays']);
    expect(decision.reasons[0]).toMatchObject({ figure: 0.9, text: 'The PRC held 9 of 10 requested visits: a visit grant rate of 0.9, at least the 0.8 needed to maintain the MOU.' });
  });

  it('proposes amendments for a middle case, each tied to the figure that points to it', () => {
    const requests = [
      ...visits(5, { held: 30 }),
      ...visits(2, { held: 100 }),
      ...visits(2, { refused: 10 }),
      ...visits(1, {}, END - 150), // still open after 150 days
      ...investigations(3, { held: 40 }),
      ...investigations(2, { held: 90 }),
    ];
    const decision = review(requests);
    expect(decision.recommendation).toBe('MODIFY');
    expect(rulesOf(decision)).toEqual(['maintainGrantRateAtLeast', 'maintainOnTimeRateAtLeast', 'maintainReportOnTimeRateAtLeast', 'maintainMaxOpenDays']);
    expect(decision.amendments).toEqual([
      'Unannounced visits: US officials may visit a suspect facility without arranging it first, because requested visits showed a visit grant rate of 0.7 (at least 0.8 needed) and a visit on-time rate of 0.5 (at least 0.7 needed).',
      "Access to records: US officials may consult a facility's production and prison records directly, because PRC investigation reports showed an on-time rate of 0.6 (at least 0.7 needed).",
      "Automatic blocking on breach: a facility's goods are blocked as soon as a request on it passes its deadline unanswered, because requests waited up to 150 days for an answer (at most 120 allowed).",
    ]);
    expect(decision.reasons[3].text).toBe('1 request waited more than 120 days for an answer (the longest 150 days; 1 still open), where maintaining the MOU needs none.');
  });

  it('maintains the MOU with INSUFFICIENT_DATA and a re-review in 6 months on 4 requests; 5 are enough', () => {
    const four = review(visits(4, { held: 30 }));
    expect(four).toMatchObject({ recommendation: 'MAINTAIN', flags: ['INSUFFICIENT_DATA'], reReviewInMonths: 6 });
    expect(four.reasons).toEqual([expect.objectContaining({ rule: 'minimumRequests', figure: 4, threshold: 5 })]);
    expect(review(visits(5, { held: 30 }))).toMatchObject({ recommendation: 'MAINTAIN', flags: [], reReviewInMonths: null });
  });

  it('judges INSUFFICIENT_DATA before REVOKE: four refused visits are not enough to revoke', () => {
    expect(review(visits(4, { refused: 5 }))).toMatchObject({ recommendation: 'MAINTAIN', flags: ['INSUFFICIENT_DATA'] });
  });

  it('does not count towards the minimum a request still inside its 60 days', () => {
    const decision = review([...visits(4, { held: 30 }), ...visits(1, {}, END - 10)]);
    expect(decision.flags).toEqual(['INSUFFICIENT_DATA']);
    expect(decision.reasons[0].text).toBe(
      "Only 4 of the window's requests were due by the review date (5 made), fewer than the 5 needed to judge the PRC's cooperation: the MOU is maintained for now and reviewed again in 6 months.",
    );
  });

  describe('boundaries of REVOKE', () => {
    it('does not revoke on a grant rate of exactly 0.33, and does just below', () => {
      // Refusals answer the request, so nothing is left open; the on-time rate equals the grant rate.
      expect(review([...visits(33, { held: 30 }), ...visits(67, { refused: 10 })]).recommendation).toBe('MODIFY');
      const below = review([...visits(32, { held: 30 }), ...visits(68, { refused: 10 })]);
      expect(below.recommendation).toBe('REVOKE');
      expect(rulesOf(below)).toEqual(['revokeGrantRateBelow']);
    });

    it('does not revoke on an on-time rate of exactly 0.20, and does just below', () => {
      expect(review([...visits(20, { held: 60 }), ...visits(80, { held: 61 })]).recommendation).toBe('MODIFY');
      const below = review([...visits(19, { held: 60 }), ...visits(81, { held: 61 })]);
      expect(below.recommendation).toBe('REVOKE');
      expect(rulesOf(below)).toEqual(['revokeOnTimeRateBelow']);
    });

    it('revokes when exactly half the requests made more than 180 days ago are still open', () => {
      const decision = review([...visits(5, { held: 30 }, END - 181), ...visits(5, {}, END - 181)]);
      expect(decision.recommendation).toBe('REVOKE');
      expect(decision.reasons).toEqual([
        expect.objectContaining({
          rule: 'revokeOpenShare',
          figure: 0.5,
          text: '5 of the 10 requests made more than 180 days before the review date are still unanswered: a share of 0.5, at least the 0.5 at which the MOU is revoked.',
        }),
      ]);
      expect(review([...visits(6, { held: 30 }, END - 181), ...visits(4, {}, END - 181)]).recommendation).toBe('MODIFY');
    });

    it('counts a request open 181 days as open after 180 days, not one open 180 days', () => {
      expect(review([...visits(5, { held: 30 }, END - 180), ...visits(5, {}, END - 180)]).recommendation).toBe('MODIFY');
      expect(review([...visits(5, { held: 30 }, END - 181), ...visits(5, {}, END - 181)]).recommendation).toBe('REVOKE');
    });
  });

  describe('boundaries of MAINTAIN', () => {
    const reports = investigations(5, { held: 30 });

    it('maintains on a grant rate of exactly 0.80, modifies just below', () => {
      expect(review([...visits(8, { held: 30 }), ...visits(2, { refused: 10 }), ...reports]).recommendation).toBe('MAINTAIN');
      const below = review([...visits(79, { held: 30 }), ...visits(21, { refused: 10 }), ...reports]);
      expect(below.recommendation).toBe('MODIFY');
      expect(rulesOf(below)).toEqual(['maintainGrantRateAtLeast']);
      expect(below.amendments).toEqual([expect.stringMatching(/^Unannounced visits: .*a visit grant rate of 0\.79 \(at least 0\.8 needed\)\.$/)]);
    });

    it('maintains on a visit on-time rate of exactly 0.70, modifies just below', () => {
      expect(review([...visits(7, { held: 60 }), ...visits(3, { held: 90 }), ...reports]).recommendation).toBe('MAINTAIN');
      const below = review([...visits(69, { held: 60 }), ...visits(31, { held: 90 }), ...reports]);
      expect(rulesOf(below)).toEqual(['maintainOnTimeRateAtLeast']);
      expect(below.amendments).toEqual([expect.stringMatching(/^Unannounced visits: .*a visit on-time rate of 0\.69 \(at least 0\.7 needed\)\.$/)]);
    });

    it('maintains on a report on-time rate of exactly 0.70, modifies just below', () => {
      const goodVisits = visits(10, { held: 30 });
      expect(review([...goodVisits, ...investigations(7, { held: 60 }), ...investigations(3, { held: 90 })]).recommendation).toBe('MAINTAIN');
      const below = review([...goodVisits, ...investigations(69, { held: 60 }), ...investigations(31, { held: 90 })]);
      expect(rulesOf(below)).toEqual(['maintainReportOnTimeRateAtLeast']);
      expect(below.amendments).toEqual([expect.stringMatching(/^Access to records: /)]);
    });

    it('maintains when a request waited exactly 120 days, modifies at 121 — answered or still open', () => {
      expect(review([...cooperative(), ...visits(1, { held: 120 })]).recommendation).toBe('MAINTAIN');
      expect(review([...cooperative(), ...visits(1, { held: 121 })]).recommendation).toBe('MODIFY');
      expect(review([...cooperative(), ...visits(1, {}, END - 120)]).recommendation).toBe('MAINTAIN');
      const open121 = review([...cooperative(), ...visits(1, {}, END - 121)]);
      expect(open121.recommendation).toBe('MODIFY');
      expect(open121.amendments).toEqual([expect.stringMatching(/^Automatic blocking on breach: .*up to 121 days/)]);
    });
  });

  describe('US_NONCOMPLIANCE', () => {
    it('is not raised at a US on-time rate of exactly 0.80, and is at 0.79, whatever the recommendation', () => {
      expect(review(cooperative(), usReports(80, 20)).flags).toEqual([]);
      const late = review(cooperative(), usReports(79, 21));
      expect(late).toMatchObject({ recommendation: 'MAINTAIN', flags: ['US_NONCOMPLIANCE'], requiresPolicySignOff: false });
      expect(late.reasons.at(-1)).toMatchObject({ rule: 'usComplianceRateAtLeast', metric: 'usReportOnTimeRate', figure: 0.79, threshold: 0.8 });
    });

    it('is not raised when no US report was due', () => {
      expect(review(cooperative()).flags).toEqual([]);
    });

    it('is raised alongside INSUFFICIENT_DATA', () => {
      expect(review(visits(2, { held: 30 }), usReports(0, 1)).flags).toEqual(['INSUFFICIENT_DATA', 'US_NONCOMPLIANCE']);
    });
  });

  describe('rates with nothing to measure', () => {
    it('maintains on investigations alone: visits nobody asked for cannot be held against the PRC', () => {
      const decision = review(investigations(6, { held: 30 }));
      expect(decision.recommendation).toBe('MAINTAIN');
      expect(decision.reasons[0]).toEqual({
        rule: 'maintainGrantRateAtLeast',
        metric: 'visitGrantRate',
        figure: null,
        threshold: 0.8,
        text: 'No visit request was due by the review date, so this condition was not tested and is treated as met.',
      });
    });

    it('maintains on visits alone, the report condition treated as met', () => {
      const decision = review(visits(6, { held: 30 }));
      expect(decision.recommendation).toBe('MAINTAIN');
      expect(decision.reasons[2]).toMatchObject({ rule: 'maintainReportOnTimeRateAtLeast', figure: null });
    });

    it('still revokes on investigations left open, with no visit requested', () => {
      expect(review(investigations(6)).recommendation).toBe('REVOKE');
    });
  });

  it('applies overridden thresholds and prints them', () => {
    const thresholds = { ...DEFAULT_REVIEW_THRESHOLDS, maintainGrantRateAtLeast: 0.95 };
    const decision = review([...visits(9, { held: 30 }), ...visits(1, { refused: 5 })], [], thresholds);
    expect(decision).toMatchObject({ recommendation: 'MODIFY', thresholds });
  });

  it('refuses thresholds with problems rather than decide on them', () => {
    expect(() => review(cooperative(), [], { ...DEFAULT_REVIEW_THRESHOLDS, revokeGrantRateBelow: 1.5 })).toThrow(/^Unusable review thresholds: revokeGrantRateBelow/);
  });
});
