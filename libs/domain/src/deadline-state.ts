import { dueAt, dueWithoutTolling, type DeadlineLedger, type DeadlineRule } from './deadline';
import { scheduleSteps } from './escalation-ladder';
import type { HolidayCalendar } from './holiday-calendar';
import { tolledIntervals, tollInstant } from './tolling';

export type DeadlineState = 'on_track' | 'at_risk' | 'overdue' | 'paused' | 'met' | 'missed';

/** [P] Without a REMINDER step, the last quarter of the running time is at risk (day 45 of 60). */
const AT_RISK_SHARE = 0.25;

/**
 * How a clock stands at `nowMs`, as the dashboard shows it. Once the obligation was met
 * (`metAt`), the answer is final: met if on or before the due instant, else missed; an obligation
 * met while the clock was paused is judged as though the pause ended when it was met.
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
    return metAt <= due ? 'met' : 'missed';
  }
  const due = dueAt(rule, ledger, calendar);
  if (due === null) return 'paused';
  if (nowMs > due) return 'overdue';
  return nowMs >= atRiskFrom(rule, ledger, calendar) ? 'at_risk' : 'on_track';
}

/**
 * The first REMINDER step's instant; without one, the start of the last quarter of the running
 * time, pushed by pauses the same way the ladder's steps are.
 */
function atRiskFrom(rule: DeadlineRule, ledger: DeadlineLedger, calendar: HolidayCalendar): number {
  const reminder = scheduleSteps(rule, ledger, calendar).find(({ step }) => step.type === 'REMINDER');
  if (reminder?.at != null) return reminder.at;
  const untolledDue = dueWithoutTolling(rule, ledger, calendar);
  const runningTime = untolledDue - ledger.startedAt;
  return tollInstant(untolledDue - AT_RISK_SHARE * runningTime, tolledIntervals(ledger));
}
