/**
 * The read-model view of one clock (a case's or an entry's): due date, at-risk instant (the
 * domain's atRiskFrom, so a clock without a REMINDER step turns at risk in its last quarter), next
 * ladder step and the explanation, computed from its rule and ledger. Deterministic.
 */
import { atRiskFrom, DeadlineRule, dueAt, explainDeadline, HolidayCalendar, nextPendingStep } from '@mou/domain';
import type { CaseDeadline, DeadlineProjection } from '../inspection-case/types';

/** A case's deadline, or an entry's clock with its key. */
export type ClockView = CaseDeadline;

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function projectClock(rule: DeadlineRule, clock: ClockView, calendar: HolidayCalendar): DeadlineProjection {
  const due = dueAt(rule, clock.ledger, calendar);
  const next = clock.status === 'open' ? nextPendingStep(rule, clock.ledger, calendar, clock.firedLevels) : null;
  return {
    key: clock.key,
    kind: clock.kind,
    title: rule.title,
    owedBy: rule.owedBy,
    legalBasis: rule.legalBasis,
    startedAt: new Date(clock.ledger.startedAt).toISOString(),
    dueAt: iso(due),
    // Set only with the due instant: a paused clock has neither (docs/domain.md §4).
    atRiskAt: iso(due === null ? null : atRiskFrom(rule, clock.ledger, calendar)),
    status: clock.status,
    paused: clock.ledger.pauses.some((p) => p.resumedAt === undefined),
    metAt: iso(clock.metAt),
    escalationLevel: Math.max(0, ...clock.firedLevels),
    nextStepAt: iso(next?.at ?? null),
    explanation: explainDeadline(rule, clock.ledger, calendar) as unknown as Record<string, unknown>,
  };
}
