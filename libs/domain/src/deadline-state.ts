import { dueAt, dueWithoutTolling, type DeadlineLedger, type DeadlineRule } from './deadline';
import { scheduleSteps } from './escalation-ladder';
import type { HolidayCalendar } from './holiday-calendar';
import { DAY_MS } from './iso-date';
import { tolledIntervals, tollInstant } from './tolling';

/** Where a clock stands, as the board, the lists and the exports show it. */
export type DeadlineState = 'on_track' | 'at_risk' | 'overdue' | 'paused' | 'met' | 'missed' | 'cancelled';

/** A clock's lifecycle as the workflow records it. */
export type ClockStatus = 'open' | 'met' | 'missed' | 'cancelled';
export const CLOCK_STATUSES: readonly ClockStatus[] = ['open', 'met', 'missed', 'cancelled'];

/** What the state is decided from: a clock's read-model facts (instants in epoch milliseconds). */
export interface ClockFacts {
  status: ClockStatus | string;
  paused: boolean;
  /** Null while paused (the due instant moves with the pause) or when the clock has none. */
  dueAt: number | null;
  /** Set only together with `dueAt`. */
  atRiskAt: number | null;
}

/** One test on a clock's facts at an instant `now`. */
export type ClockCondition =
  | { is: 'status'; status: ClockStatus }
  | { is: 'paused' }
  /** The instant lies strictly before now (a clock due at this very instant is not yet late). */
  | { is: 'passed'; instant: 'dueAt' }
  /** The instant is now or earlier. */
  | { is: 'reached'; instant: 'atRiskAt' }
  | { is: 'always' };

/**
 * The rule, in order: a clock is in the state of the first condition that holds (docs/domain.md §4).
 * A closed clock keeps its outcome; an open one is paused while a pause runs, overdue once its
 * due instant has passed, at risk from its at-risk instant, and on track before that. A clock may
 * go straight from on track to overdue (no at-risk instant, or one equal to the due instant).
 * Evaluated here for one clock and rendered to SQL for many (libs/persistence deadline-state-sql).
 */
export const CLOCK_STATE_RULE: readonly { state: DeadlineState; when: ClockCondition }[] = [
  { state: 'met', when: { is: 'status', status: 'met' } },
  { state: 'missed', when: { is: 'status', status: 'missed' } },
  { state: 'cancelled', when: { is: 'status', status: 'cancelled' } },
  { state: 'paused', when: { is: 'paused' } },
  { state: 'overdue', when: { is: 'passed', instant: 'dueAt' } },
  { state: 'at_risk', when: { is: 'reached', instant: 'atRiskAt' } },
  { state: 'on_track', when: { is: 'always' } },
];

/** Whether `condition` holds for `facts` at `nowMs`; a missing instant is never passed nor reached. */
export function clockConditionHolds(condition: ClockCondition, facts: ClockFacts, nowMs: number): boolean {
  switch (condition.is) {
    case 'status':
      return facts.status === condition.status;
    case 'paused':
      return facts.paused;
    case 'passed': {
      const instant = facts[condition.instant];
      return instant !== null && instant < nowMs;
    }
    case 'reached': {
      const instant = facts[condition.instant];
      return instant !== null && instant <= nowMs;
    }
    case 'always':
      return true;
  }
}

/** A clock's state at `nowMs`, from its facts, by CLOCK_STATE_RULE. */
export function clockState(facts: ClockFacts, nowMs: number): DeadlineState {
  return CLOCK_STATE_RULE.find(({ when }) => clockConditionHolds(when, facts, nowMs))!.state;
}

/**
 * Whole days left until the due instant, rounded up: 1 for anything up to a day before it, 0 at
 * the instant and through the first day late, then -1, -2, … for each full day late.
 */
export function daysLeft(dueAtMs: number | null, nowMs: number): number | null {
  if (dueAtMs === null) return null;
  return Math.ceil((dueAtMs - nowMs) / DAY_MS) || 0;
}

/** [Choice] Without a REMINDER step, the last quarter of the running time is at risk (day 45 of 60). */
export const AT_RISK_SHARE = 0.25;

/**
 * The instant a clock turns at risk: its first REMINDER step; without one, the start of the last
 * quarter of the running time, pushed by pauses the same way the ladder's steps are.
 */
export function atRiskFrom(rule: DeadlineRule, ledger: DeadlineLedger, calendar: HolidayCalendar): number {
  const reminder = scheduleSteps(rule, ledger, calendar).find(({ step }) => step.type === 'REMINDER');
  if (reminder?.at != null) return reminder.at;
  const untolledDue = dueWithoutTolling(rule, ledger, calendar);
  const runningTime = untolledDue - ledger.startedAt;
  return tollInstant(untolledDue - AT_RISK_SHARE * runningTime, tolledIntervals(ledger));
}

/**
 * How a clock stands at `nowMs`, from its rule and ledger. Once the obligation was met (`metAt`),
 * the answer is final: met if on or before the due instant, else missed; an obligation met while
 * the clock was paused is judged as though the pause ended when it was met.
 */
export function deadlineState(
  rule: DeadlineRule,
  ledger: DeadlineLedger,
  calendar: HolidayCalendar,
  nowMs: number,
  metAt?: number,
): DeadlineState {
  if (metAt !== undefined) {
    const closedAtMet: DeadlineLedger = {
      ...ledger,
      pauses: ledger.pauses.map((pause) =>
        pause.resumedAt === undefined ? { ...pause, resumedAt: Math.max(metAt, pause.pausedAt) } : pause,
      ),
    };
    const due = dueAt(rule, closedAtMet, calendar) as number;
    return clockState({ status: metAt <= due ? 'met' : 'missed', paused: false, dueAt: due, atRiskAt: null }, nowMs);
  }
  const due = dueAt(rule, ledger, calendar);
  return clockState({ status: 'open', paused: due === null, dueAt: due, atRiskAt: due === null ? null : atRiskFrom(rule, ledger, calendar) }, nowMs);
}
