import type { CaseAction } from './case-stage';

/**
 * When the facts of the case's current cycle took effect (epoch ms), as far as they are known.
 * A fact entered late carries its own instant (docs/domain.md §4): the clocks start and stop there.
 */
export interface CaseFactInstants {
  /** When the current cycle began: the reopening, or null for the first cycle. */
  cycleStartedAt: number | null;
  investigationRequestedAt: number | null;
  prcReportReceivedAt: number | null;
  visitRequestedAt: number | null;
  visitHeldAt: number | null;
  usReportIssuedAt: number | null;
  /** Access refused: `explicit` when someone recorded it, `deemed` when the visit ladder inferred it. */
  accessDenied: { at: number; how: 'explicit' | 'deemed' } | null;
  /** A petition received (19 CFR 12.42(b)); absent where not known. */
  petitionReceivedAt?: number | null;
  /** The PRC's request that the US investigate (SOC 1994, reciprocal); absent where not known. */
  prcInvestigationRequestedAt?: number | null;
}

/** Why a dated fact is refused: 400 for a date that cannot be (naming the field), 409 for one the record contradicts. */
export type FactDateRefusal = { status: 400; field: string; reason: string } | { status: 409; reason: string };

/** The request field each dated move carries its instant in. */
export const FACT_DATE_FIELD: Readonly<Partial<Record<CaseAction, string>>> = Object.freeze({
  REQUEST_INVESTIGATION: 'requestedAt',
  REQUEST_VISIT: 'requestedAt',
  RECORD_PRC_REPORT: 'receivedAt',
  RECORD_VISIT: 'heldAt',
  ISSUE_US_REPORT: 'issuedAt',
  RECORD_ACCESS_DENIED: 'deniedAt',
  RECORD_PETITION: 'receivedAt',
  FORWARD_PETITION: 'forwardedAt',
  RECORD_PRC_INVESTIGATION_REQUEST: 'requestedAt',
  ISSUE_US_INVESTIGATION_REPORT: 'issuedAt',
});

/** Leeway for clocks that run slightly apart (the API's and the workflow's). */
export const FUTURE_LEEWAY_MS = 60_000;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Whether a fact dated `at` may be entered now, given the facts already known: never in the future,
 * never before the fact it answers (a visit before its request, a US report before the visit, a PRC
 * report before the investigation request), never before the cycle it belongs to. A fact may be
 * dated before the case was opened in the system: the programme's earlier record is entered late.
 * Null when the date is acceptable. `at` undefined means "now" and is always acceptable.
 */
export function factDateRefusal(action: CaseAction, at: string | undefined, facts: CaseFactInstants, now: number): FactDateRefusal | null {
  if (at === undefined) return null;
  const field = FACT_DATE_FIELD[action] ?? 'at';
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return { status: 400, field, reason: `${field}: ${at} is not a date.` };
  if (ms > now + FUTURE_LEEWAY_MS) return { status: 400, field, reason: `${field}: ${at} is in the future; a fact is entered once it happened.` };

  const before = (what: string, earlier: number | null, what2: string): FactDateRefusal | null =>
    earlier !== null && ms < earlier
      ? { status: 409, reason: `${what} dated ${day(ms)} cannot precede ${what2} on ${day(earlier)}.` }
      : null;

  const cycle = before(describe(action), facts.cycleStartedAt, 'the reopening of the case');
  if (cycle) return cycle;
  switch (action) {
    case 'RECORD_PRC_REPORT':
      return before('The PRC report', facts.investigationRequestedAt, 'the investigation request it answers');
    case 'RECORD_VISIT':
      return before('The visit', facts.visitRequestedAt, 'its request');
    case 'RECORD_ACCESS_DENIED':
      return before('The refusal of access', facts.visitRequestedAt, 'the visit request it answers');
    case 'ISSUE_US_REPORT':
      return before('The US report', facts.visitHeldAt, 'the visit it reports on');
    case 'FORWARD_PETITION':
      return before('The forwarding of the petition', facts.petitionReceivedAt ?? null, 'its receipt');
    case 'ISSUE_US_INVESTIGATION_REPORT':
      return before('The US investigation report', facts.prcInvestigationRequestedAt ?? null, 'the PRC request it answers');
    default:
      return null;
  }
}

function describe(action: CaseAction): string {
  switch (action) {
    case 'REQUEST_INVESTIGATION':
      return 'The investigation request';
    case 'REQUEST_VISIT':
      return 'The visit request';
    case 'RECORD_PRC_REPORT':
      return 'The PRC report';
    case 'RECORD_VISIT':
      return 'The visit';
    case 'ISSUE_US_REPORT':
      return 'The US report';
    case 'RECORD_ACCESS_DENIED':
      return 'The refusal of access';
    case 'RECORD_PETITION':
      return 'The petition';
    case 'FORWARD_PETITION':
      return 'The forwarding of the petition';
    case 'RECORD_PRC_INVESTIGATION_REQUEST':
      return 'The PRC request for an investigation';
    case 'ISSUE_US_INVESTIGATION_REPORT':
      return 'The US investigation report';
    default:
      return 'The fact';
  }
}

/**
 * A visit held before the refusal the ladder deemed corrects it (docs/domain.md §5): the deemed
 * refusal was an inference from silence, and the visit shows the PRC answered. An explicit refusal
 * is a fact; a visit dated before it contradicts the record and is refused.
 */
export function visitCorrectsDeemedRefusal(facts: CaseFactInstants, heldAt: number): boolean {
  return facts.accessDenied !== null && facts.accessDenied.how === 'deemed' && heldAt < facts.accessDenied.at;
}

/**
 * Ladder steps that rest on silence the late fact breaks: every step that fell after the fact's
 * instant. Steps on or before it stay (a visit on day 75 was still late: the day-60 breach is kept).
 */
export function stepsWithdrawnBy<T extends { occurredAt: number }>(steps: readonly T[], factAt: number): T[] {
  return steps.filter((s) => s.occurredAt > factAt);
}

/** What a dated pause or resume of a clock is checked against. */
export interface ClockInstants {
  startedAt: number;
  /** The open pause's start, when the clock is paused. */
  pausedAt: number | null;
  /** The latest resume of an earlier pause, if any. */
  lastResumedAt: number | null;
  /** The latest ladder step that already fired on it, if any. */
  lastStepAt: number | null;
}

/**
 * Whether a supervisor's pause or resume of a clock may be dated `at` (docs/domain.md §4): never in
 * the future, never before the clock started or before the pause it ends; pauses never overlap;
 * and a pause is never dated before a step that already fired, since the step fell while the clock
 * ran as far as anyone knew. Null when acceptable; `at` undefined means now.
 */
export function clockHoldDateRefusal(hold: 'pause' | 'resume', at: string | undefined, clock: ClockInstants, now: number): FactDateRefusal | null {
  if (at === undefined) return null;
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return { status: 400, field: 'at', reason: `at: ${at} is not a date.` };
  if (ms > now + FUTURE_LEEWAY_MS) return { status: 400, field: 'at', reason: `at: ${at} is in the future; a pause or resume is entered once it happened.` };
  const what = hold === 'pause' ? 'The pause' : 'The resume';
  const before = (earlier: number | null, of: string): FactDateRefusal | null =>
    earlier !== null && ms < earlier ? { status: 409, reason: `${what} dated ${day(ms)} cannot precede ${of} on ${day(earlier)}.` } : null;
  if (hold === 'resume') return before(clock.pausedAt, 'the pause it ends');
  return before(clock.startedAt, 'the start of the clock') ?? before(clock.lastResumedAt, 'the end of the previous pause') ?? before(clock.lastStepAt, 'the ladder step that already fired');
}

/**
 * Whether a supervisor's decision on an approval may be dated `at` (docs/domain.md §4, §5): never
 * in the future, never before the approval was asked for, since nothing could be decided before it
 * was put to a supervisor. Null when acceptable; `at` undefined means now.
 */
export function decisionDateRefusal(at: string | undefined, requestedAt: number, now: number): FactDateRefusal | null {
  if (at === undefined) return null;
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return { status: 400, field: 'decidedAt', reason: `decidedAt: ${at} is not a date.` };
  if (ms > now + FUTURE_LEEWAY_MS) return { status: 400, field: 'decidedAt', reason: `decidedAt: ${at} is in the future; a decision is entered once it was taken.` };
  if (ms < requestedAt) return { status: 409, reason: `The decision dated ${day(ms)} cannot precede the request it decides on ${day(requestedAt)}.` };
  return null;
}
