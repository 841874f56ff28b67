/**
 * The read-model view of one clock (a case's or an entry's): due date, at-risk instant, next
 * ladder step and the explanation, computed from its rule and ledger. Deterministic.
 */
import { DeadlineRule, dueAt, explainDeadline, HolidayCalendar, nextPendingStep, scheduleSteps } from '@mou/domain';
import type { CaseDeadline, DeadlineProjection } from '../inspection-case/types';

/** A case's deadline, or an entry's clock with its key. */
export type ClockView = CaseDeadline;

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function projectClock(rule: DeadlineRule, clock: ClockView, calendar: HolidayCalendar): DeadlineProjection {
  const steps = scheduleSteps(rule, clock.ledger, calendar);
  const reminder = steps.find((s) => s.step.type === 'REMINDER');
  const next = clock.status === 'open' ? nextPendingStep(rule, clock.ledger, calendar, clock.firedLevels) : null;
  return {
    key: clock.key,
    kind: clock.kind,
    title: rule.title,
    owedBy: rule.owedBy,
    legalBasis: rule.legalBasis,
    startedAt: new Date(clock.ledger.startedAt).toISOString(),
    dueAt: iso(dueAt(rule, clock.ledger, calendar)),
    atRiskAt: iso(reminder?.at ?? null),
    status: clock.status,
    paused: clock.ledger.pauses.some((p) => p.resumedAt === undefined),
    metAt: iso(clock.metAt),
    escalationLevel: Math.max(0, ...clock.firedLevels),
    nextStepAt: iso(next?.at ?? null),
    explanation: explainDeadline(rule, clock.ledger, calendar) as unknown as Record<string, unknown>,
  };
}
