import { addCalendarDays } from './calendar-arithmetic';
import { dueWithoutTolling } from './deadline';
import type { DeadlineKind, DeadlineLedger, DeadlineRule, EscalationStep } from './deadline-rule';
import type { HolidayCalendar } from './holiday-calendar';
import { openPause, tolledIntervals, tollInstant } from './tolling';

export type { EscalationLadder, EscalationStep, EscalationStepType } from './deadline-rule';

/** A step and the instant it falls due; `at` is null while an open pause holds it back. */
export interface ScheduledStep {
  step: EscalationStep;
  at: number | null;
}

/**
 * The instant of every step of the rule's ladder, in firing order. Each step is the due instant
 * before tolling + its offset, then pushed by every closed pause that began before it, so a
 * 10-day pause moves every later step (the due date included) by 10 days and leaves earlier steps
 * where they were.
 *
 * While a pause is open, nothing may fire: steps whose instant was already reached when the pause
 * began keep their instant (they are history), every other step is returned with `at: null`
 * rather than omitted, so the UI still shows the whole ladder.
 */
export function scheduleSteps(rule: DeadlineRule, ledger: DeadlineLedger, calendar: HolidayCalendar): ScheduledStep[] {
  const untolledDue = dueWithoutTolling(rule, ledger, calendar);
  const intervals = tolledIntervals(ledger);
  const pause = openPause(ledger);
  return [...rule.ladder]
    .sort((a, b) => a.offsetDaysFromDue - b.offsetDaysFromDue || a.level - b.level)
    .map((step) => {
      const at = tollInstant(addCalendarDays(untolledDue, step.offsetDaysFromDue), intervals);
      return { step, at: pause && at > pause.pausedAt ? null : at };
    });
}

/**
 * The earliest step not yet fired that has an instant: what the workflow sets its next timer for.
 * Null when every step has fired, or when the remaining steps are held by an open pause (the
 * workflow then waits for the resume rather than a timer).
 */
export function nextPendingStep(
  rule: DeadlineRule,
  ledger: DeadlineLedger,
  calendar: HolidayCalendar,
  firedLevels: readonly number[],
): { step: EscalationStep; at: number } | null {
  for (const { step, at } of scheduleSteps(rule, ledger, calendar)) {
    if (firedLevels.includes(step.level)) continue;
    return at === null ? null : { step, at };
  }
  return null;
}

const HOUR_MS = 3_600_000;

/** The step's reminder interval in milliseconds; null when it does not remind (or the interval is not positive). */
export function reminderIntervalMs(step: EscalationStep): number | null {
  const hours = step.remindEveryHours;
  return hours === undefined || !Number.isFinite(hours) || hours <= 0 ? null : hours * HOUR_MS;
}

/**
 * When an unacknowledged step next reminds the supervisors: one interval after it fired, then one
 * interval after the last reminder. Null when the step does not remind.
 */
export function nextReminderAt(step: EscalationStep, occurredAt: number, lastRemindedAt: number | null): number | null {
  const interval = reminderIntervalMs(step);
  return interval === null ? null : (lastRemindedAt ?? occurredAt) + interval;
}

/**
 * The reminder due at `now`, or null when none is: the latest reminder instant not after `now`,
 * so a worker that was away for several intervals sends one reminder, not one per missed interval.
 */
export function dueReminderAt(step: EscalationStep, occurredAt: number, lastRemindedAt: number | null, now: number): number | null {
  const next = nextReminderAt(step, occurredAt, lastRemindedAt);
  if (next === null || next > now) return null;
  const interval = reminderIntervalMs(step)!;
  return next + Math.floor((now - next) / interval) * interval;
}

/**
 * The rules with every step that reminds set to remind every `hours`: the configured interval
 * (ESCALATION_REMINDER_HOURS) applies to all of them; a ladder decides which of its steps remind.
 */
export function withEscalationReminderHours<K extends DeadlineKind>(rules: Readonly<Record<K, DeadlineRule>>, hours: number): Record<K, DeadlineRule> {
  const out = {} as Record<K, DeadlineRule>;
  for (const kind of Object.keys(rules) as K[]) {
    const rule = rules[kind];
    out[kind] = { ...rule, ladder: rule.ladder.map((step) => (step.remindEveryHours === undefined ? step : { ...step, remindEveryHours: hours })) };
  }
  return out;
}

/**
 * The day, counted from the start of the clock, on which a step falls when nothing is paused or
 * extended; null when the budget is not in calendar days (the day then depends on the calendar).
 */
export function stepDayFromStart(rule: DeadlineRule, step: EscalationStep): number | null {
  return rule.budget.unit === 'calendar_days' ? rule.budget.amount + step.offsetDaysFromDue : null;
}
