import { dayDistribution } from './day-distribution';
import { requestOutcome, type RequestOutcome } from './request-outcome';
import { DEFAULT_REVIEW_BUDGETS, reviewBudgetProblems, type ReviewBudgets } from './review-budgets';
import { calendarDaysBetween } from './review-days';
import type { BlockedFacilityFact, EntryFact, ReviewInputs } from './review-inputs';
import { reviewRate } from './review-rate';
import { DEFAULT_REVIEW_THRESHOLDS } from './review-thresholds';

/** How many requests reached a whole number of days, and how many of them are still open. */
export interface DayTally {
  days: number;
  requests: number;
  open: number;
}

/**
 * The requests of the window tallied by day count, ascending: enough for the rule to apply any
 * threshold ("waited more than N days", "made more than N days ago"), and as small for a hundred
 * thousand requests as for ten (one row per distinct day count).
 */
export interface RequestDays {
  /** By days from the request to the review date. */
  byAge: DayTally[];
  /** By days the US waited for an answer (to the first answer, or to the review date while open). */
  byWait: DayTally[];
}

/** Requests past `days` in a tally (strictly more), and how many of them are still open. */
export function tallyOver(tallies: readonly DayTally[], days: number): { requests: number; open: number } {
  let requests = 0;
  let open = 0;
  for (const t of tallies) {
    if (t.days > days) {
      requests += t.requests;
      open += t.open;
    }
  }
  return { requests, open };
}

function tallyBy(outcomes: readonly RequestOutcome[], days: (o: RequestOutcome) => number): DayTally[] {
  const byDays = new Map<number, DayTally>();
  for (const o of outcomes) {
    const d = days(o);
    const tally = byDays.get(d) ?? { days: d, requests: 0, open: 0 };
    tally.requests++;
    if (o.open) tally.open++;
    byDays.set(d, tally);
  }
  return [...byDays.values()].sort((a, b) => a.days - b.days);
}

/** Largest value, null for none (no spread: a year can hold more requests than the call stack allows arguments). */
function maxOf(values: Iterable<number>): number | null {
  let max: number | null = null;
  for (const v of values) if (max === null || v > max) max = v;
  return max;
}

/**
 * The figures of docs/domain.md §7 over the requests made inside the window, as of the review date.
 * Days are whole calendar days. Every rate is null when its denominator is 0 (see review-rate.ts);
 * decision-rule.ts says how the rule reads a null rate.
 *
 * The rates' denominators are the requests that are *due*: answered, or past their 60-day budget
 * on the review date. With the review date at least 60 days after the window closes they equal
 * the requests made, as docs/domain.md §7 defines them; earlier (the quarterly interim summary) a
 * request made last week is not yet counted as a failure.
 */
export interface ReviewMetrics {
  window: { from: number; to: number };
  asOf: number;
  budgets: ReviewBudgets;

  /** Visit + investigation requests made in the window. */
  totalRequests: number;
  /** Of those, the ones due (answered, or past their budget): what rule 1 counts. */
  requestsDue: number;

  visitsRequested: number;
  visitsDue: number;
  visitsHeld: number;
  /** Held within `budgets.visitDays` of the request. */
  visitsHeldOnTime: number;
  visitsRefused: number;
  /** visitsHeld ÷ visitsDue. */
  visitGrantRate: number | null;
  /** visitsHeldOnTime ÷ visitsDue. */
  visitOnTimeRate: number | null;
  /** Days from request to visit over the visits held; null when none was held. */
  daysToVisit: { median: number; p90: number } | null;

  investigationsRequested: number;
  investigationsDue: number;
  reportsReceived: number;
  /** PRC reports received within `budgets.investigationReportDays` of the request. */
  reportsOnTime: number;
  /** reportsOnTime ÷ investigationsDue. */
  reportOnTimeRate: number | null;

  /** Requests still open on the review date and past their budget (60 days by default). */
  backlogOlderThan60Days: number;
  /** Age of the oldest request still open; null when none is open. */
  oldestOpenRequestDays: number | null;
  /** Requests still open for more than 120 days (the default maintainMaxOpenDays). */
  openOver120Days: number;
  /** Requests still open for more than 180 days (the default revokeOpenAfterDays). */
  openAfter180Days: number;
  /** Longest wait for an answer, answered or not; null when no request was made. */
  longestWaitDays: number | null;
  /** The requests of the window by day count, so the rule can apply thresholds other than the defaults. */
  requestDays: RequestDays;

  /** US reports on visits held in the window, issued or past their budget. */
  usReportsDue: number;
  usReportsOnTime: number;
  /** usReportsOnTime ÷ usReportsDue. */
  usReportOnTimeRate: number | null;

  /** Facilities blocked in the window, by the review date. */
  facilitiesBlocked: number;
  blockedFacilities: BlockedFacilityFact[];

  /** Entries past screening (every status but PENDING). */
  entriesScreened: number;
  entriesReleased: number;
  /** Held rather than released: still detained, excluded or abandoned; screened = released + detained. */
  entriesDetained: number;
  /** Excluded, including those abandoned after the exclusion (19 CFR 12.44(a)). */
  entriesExcluded: number;
  /** Every entry files the 12.43-style certification (docs/domain.md §6). */
  certificationsFiled: number;
  /** Certifications missing or incomplete. */
  certificationsFailing: number;
}

const within = (instant: number, window: ReviewInputs['window'], asOf: number) =>
  instant >= window.from && instant < window.to && instant <= asOf;

const count = <T>(items: readonly T[], keep: (item: T) => boolean) => items.filter(keep).length;

function requestFigures(outcomes: RequestOutcome[]) {
  const visits = outcomes.filter((o) => o.kind === 'VISIT');
  const investigations = outcomes.filter((o) => o.kind === 'INVESTIGATION');
  const visitsDue = count(visits, (o) => o.due);
  const visitsHeld = count(visits, (o) => o.fulfilled);
  const visitsHeldOnTime = count(visits, (o) => o.fulfilledOnTime);
  const investigationsDue = count(investigations, (o) => o.due);
  const reportsOnTime = count(investigations, (o) => o.fulfilledOnTime);
  return {
    totalRequests: outcomes.length,
    requestsDue: visitsDue + investigationsDue,
    visitsRequested: visits.length,
    visitsDue,
    visitsHeld,
    visitsHeldOnTime,
    visitsRefused: count(visits, (o) => o.refused),
    visitGrantRate: reviewRate(visitsHeld, visitsDue),
    visitOnTimeRate: reviewRate(visitsHeldOnTime, visitsDue),
    daysToVisit: dayDistribution(visits.flatMap((o) => (o.daysToFulfil === null ? [] : [o.daysToFulfil]))),
    investigationsRequested: investigations.length,
    investigationsDue,
    reportsReceived: count(investigations, (o) => o.fulfilled),
    reportsOnTime,
    reportOnTimeRate: reviewRate(reportsOnTime, investigationsDue),
  };
}

function backlogFigures(outcomes: RequestOutcome[], budgets: ReviewBudgets) {
  const open = outcomes.filter((o) => o.open);
  const budgetOf = (o: RequestOutcome) => (o.kind === 'VISIT' ? budgets.visitDays : budgets.investigationReportDays);
  return {
    backlogOlderThan60Days: count(open, (o) => o.ageDays > budgetOf(o)),
    oldestOpenRequestDays: maxOf(open.map((o) => o.ageDays)),
    openOver120Days: count(open, (o) => o.ageDays > DEFAULT_REVIEW_THRESHOLDS.maintainMaxOpenDays),
    openAfter180Days: count(open, (o) => o.ageDays > DEFAULT_REVIEW_THRESHOLDS.revokeOpenAfterDays),
    longestWaitDays: maxOf(outcomes.map((o) => o.waitDays)),
    requestDays: { byAge: tallyBy(outcomes, (o) => o.ageDays), byWait: tallyBy(outcomes, (o) => o.waitDays) },
  };
}

function usReportFigures(inputs: ReviewInputs, budgetDays: number) {
  const { window, asOf } = inputs;
  const reports = inputs.usReports
    .filter((report) => within(report.visitHeldAt, window, asOf))
    .map((report) => {
      const issuedAt = report.issuedAt !== null && report.issuedAt <= asOf ? report.issuedAt : null;
      const onTime = issuedAt !== null && calendarDaysBetween(report.visitHeldAt, issuedAt) <= budgetDays;
      return { onTime, due: issuedAt !== null || calendarDaysBetween(report.visitHeldAt, asOf) > budgetDays };
    });
  const usReportsDue = count(reports, (r) => r.due);
  const usReportsOnTime = count(reports, (r) => r.onTime);
  return { usReportsDue, usReportsOnTime, usReportOnTimeRate: reviewRate(usReportsOnTime, usReportsDue) };
}

function entryFigures(entries: EntryFact[]) {
  const released = count(entries, (e) => e.status === 'RELEASED');
  const screened = count(entries, (e) => e.status !== 'PENDING');
  return {
    entriesScreened: screened,
    entriesReleased: released,
    entriesDetained: screened - released,
    entriesExcluded: count(entries, (e) => e.status === 'EXCLUDED' || e.status === 'ABANDONED'),
    certificationsFiled: entries.length,
    certificationsFailing: count(entries, (e) => !e.certificationComplete),
  };
}

/**
 * The review's figures (docs/domain.md §7). `budgets` are the SOC 1994 clocks, 60 days each by
 * default; "on time" means fulfilled no later than the budget's last calendar day.
 */
export function computeMetrics(inputs: ReviewInputs, budgets: ReviewBudgets = DEFAULT_REVIEW_BUDGETS): ReviewMetrics {
  const { window, asOf } = inputs;
  if (!(window.from < window.to)) throw new RangeError('A review window must end after it begins.');
  const problems = reviewBudgetProblems(budgets);
  if (problems.length > 0) throw new RangeError(problems.join(' '));

  const outcomes = inputs.requests
    .filter((fact) => within(fact.requestedAt, window, asOf))
    .map((fact) => requestOutcome(fact, asOf, fact.kind === 'VISIT' ? budgets.visitDays : budgets.investigationReportDays));
  const blockedFacilities = inputs.facilitiesBlocked
    .filter((facility) => within(facility.blockedAt, window, asOf))
    .map((facility) => ({ ...facility }))
    // Plain code-unit order, not localeCompare: the same order in every runtime, workflows included.
    .sort((a, b) => a.blockedAt - b.blockedAt || (a.facilityId < b.facilityId ? -1 : a.facilityId > b.facilityId ? 1 : 0));

  return {
    window: { ...window },
    asOf,
    budgets: { ...budgets },
    ...requestFigures(outcomes),
    ...backlogFigures(outcomes, budgets),
    ...usReportFigures(inputs, budgets.usReportDays),
    facilitiesBlocked: blockedFacilities.length,
    blockedFacilities,
    ...entryFigures(inputs.entries),
  };
}
