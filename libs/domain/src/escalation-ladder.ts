import { addCalendarDays } from './calendar-arithmetic';
import { dueWithoutTolling, type DeadlineLedger, type DeadlineRule } from './deadline';
import type { HolidayCalendar } from './holiday-calendar';
import { openPause, tolledIntervals, tollInstant } from './tolling';

/** What happens on a step of an escalation ladder (DOMAIN.md §5). */
export type EscalationStepType = 'REMINDER' | 'BREACH' | 'SENIOR_ESCALATION' | 'PROVISIONAL_WRO' | 'DEEMED_REFUSAL';

export interface EscalationStep {
  /** 1 for the first step; unique within a ladder; what the workflow records as fired. */
  level: number;
  type: EscalationStepType;
  /**
   * Calendar days from the due instant (negative = before it). Relative to the due instant, not
   * the start, so an extension moves the whole ladder with the deadline.
   */
  offsetDaysFromDue: number;
  /** The step is proposed to a supervisor and takes effect only once approved (four-eyes). */
  requiresApproval: boolean;
  notify: ('assignee' | 'supervisors' | 'importer')[];
  description: string;
}

export type EscalationLadder = readonly EscalationStep[];

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
