/**
 * The case's clocks as pure functions over its state: a move applied to them (by the domain's
 * rule of which move opens or closes which clock), the ladder steps and reminders due, the
 * nearest instant something must fire, and the read-model projection of each clock.
 * Deterministic (no I/O, time passed in), so it runs inside the workflow and in unit tests.
 */
import {
  CaseAction,
  CaseOutcome,
  clocksOfMove,
  DeadlineKind,
  dueAt,
  dueReminderAt,
  EscalationStep,
  isCaseOpen,
  nextPendingStep,
  nextReminderAt,
  progressAfterMove,
  reminderIntervalMs,
  scheduleSteps,
  US_FEDERAL_CALENDAR,
} from '@mou/domain';
import { projectClock } from '../shared/clock-projection';
import type { CaseDeadline, CaseEscalation, CaseState, DeadlineProjection } from './types';

export const CASE_CALENDAR = US_FEDERAL_CALENDAR;

export function deadlineKey(kind: DeadlineKind, cycle: number): string {
  return `${kind}-${cycle}`;
}

export function openDeadline(state: CaseState, kind: DeadlineKind, startedAt: number): CaseDeadline {
  const deadline: CaseDeadline = {
    key: deadlineKey(kind, state.cycle),
    kind,
    ledger: { startedAt, pauses: [], extensions: [] },
    status: 'open',
    metAt: null,
    firedLevels: [],
  };
  state.deadlines.push(deadline);
  return deadline;
}

export function findOpenDeadline(state: CaseState, kind: DeadlineKind): CaseDeadline | undefined {
  return state.deadlines.find((d) => d.kind === kind && d.status === 'open');
}

/** Closes a clock: met on or before its due date, missed after it (or when refused). */
export function closeDeadline(state: CaseState, deadline: CaseDeadline, at: number, outcome: 'fulfilled' | 'refused' | 'cancelled'): void {
  const due = dueAt(state.rules[deadline.kind], deadline.ledger, CASE_CALENDAR);
  const late = due !== null && at > due;
  deadline.metAt = outcome === 'fulfilled' ? at : null;
  deadline.status = outcome === 'refused' || late ? 'missed' : outcome === 'fulfilled' ? 'met' : 'cancelled';
}

/**
 * Applies an accepted move: the case's new standing, then the clocks the move stops and starts
 * (docs/domain.md §4), all at `at`. The move was checked when it was accepted; this does not check.
 */
export function applyMove(state: CaseState, action: CaseAction, at: number, outcome?: CaseOutcome): { closed: CaseDeadline[]; opened: CaseDeadline[] } {
  state.progress = progressAfterMove(state.progress, action, outcome ? { outcome } : undefined);
  const { closes, opens } = clocksOfMove(action);
  const closed: CaseDeadline[] = [];
  for (const { kind, as } of closes) {
    const targets = kind === 'EVERY_OPEN_CLOCK' ? state.deadlines.filter((d) => d.status === 'open') : [findOpenDeadline(state, kind)];
    for (const deadline of targets) {
      if (!deadline) continue;
      closeDeadline(state, deadline, at, as);
      closed.push(deadline);
    }
  }
  return { closed, opened: opens.map((kind) => openDeadline(state, kind, at)) };
}

/** Every ladder step now due, across all open clocks, in the order they fall. */
export function dueSteps(state: CaseState, now: number) {
  const due = [];
  for (const deadline of state.deadlines) {
    if (deadline.status !== 'open') continue;
    for (const scheduled of scheduleSteps(state.rules[deadline.kind], deadline.ledger, CASE_CALENDAR)) {
      if (scheduled.at !== null && scheduled.at <= now && !deadline.firedLevels.includes(scheduled.step.level)) {
        due.push({ deadline, step: scheduled.step, at: scheduled.at });
      }
    }
  }
  return due.sort((a, b) => a.at - b.at || a.step.level - b.step.level);
}

/** The nearest instant at which a step of an open, running clock falls; null when none. */
export function nextInstant(state: CaseState): number | null {
  let nearest: number | null = null;
  for (const deadline of state.deadlines) {
    if (deadline.status !== 'open') continue;
    const next = nextPendingStep(state.rules[deadline.kind], deadline.ledger, CASE_CALENDAR, deadline.firedLevels);
    if (next && next.at !== null && (nearest === null || next.at < nearest)) nearest = next.at;
  }
  return nearest;
}

export function nextDueDate(state: CaseState): number | null {
  let nearest: number | null = null;
  for (const deadline of state.deadlines) {
    if (deadline.status !== 'open') continue;
    const due = dueAt(state.rules[deadline.kind], deadline.ledger, CASE_CALENDAR);
    if (due !== null && (nearest === null || due < nearest)) nearest = due;
  }
  return nearest;
}

export function escalationLevel(state: CaseState): number {
  return state.deadlines.filter((d) => d.status === 'open').reduce((max, d) => Math.max(max, ...d.firedLevels, 0), 0);
}

export function projectDeadline(state: CaseState, deadline: CaseDeadline): DeadlineProjection {
  return projectClock(deadline.rule ?? state.rules[deadline.kind], deadline, CASE_CALENDAR);
}

/** The ladder step an escalation came from, in the rule the case runs on. */
export function stepOf(state: CaseState, escalation: CaseEscalation): EscalationStep | undefined {
  const deadline = state.deadlines.find((d) => d.key === escalation.deadlineKey);
  return deadline && state.rules[deadline.kind].ladder.find((s) => s.level === escalation.level);
}

/**
 * Escalations that remind while unacknowledged, as long as the case is open: on each clock, the
 * highest step nobody acknowledged speaks for the ones below it, so a neglected clock reminds once
 * an interval, not once per step.
 */
function remindable(state: CaseState) {
  if (!isCaseOpen(state.progress)) return [];
  const highest = new Map<string, { escalation: CaseEscalation; step: EscalationStep }>();
  for (const escalation of state.escalations) {
    const step = escalation.acknowledgedAt === null && !escalation.withdrawnAt ? stepOf(state, escalation) : undefined;
    if (!step || reminderIntervalMs(step) === null) continue;
    const current = highest.get(escalation.deadlineKey);
    if (!current || escalation.level > current.escalation.level) highest.set(escalation.deadlineKey, { escalation, step });
  }
  return [...highest.values()];
}

/** Reminders of unacknowledged escalations now due, in the order they fall (docs/domain.md §5). */
export function dueReminders(state: CaseState, now: number) {
  return remindable(state)
    .map(({ escalation, step }) => ({ escalation, step, at: dueReminderAt(step, escalation.occurredAt, escalation.lastRemindedAt ?? null, now) }))
    .filter((due): due is { escalation: CaseEscalation; step: EscalationStep; at: number } => due.at !== null)
    .sort((a, b) => a.at - b.at);
}

/** The nearest reminder of an unacknowledged escalation; null when none is waiting. */
export function nextReminderInstant(state: CaseState): number | null {
  let nearest: number | null = null;
  for (const { escalation, step } of remindable(state)) {
    const at = nextReminderAt(step, escalation.occurredAt, escalation.lastRemindedAt ?? null);
    if (at !== null && (nearest === null || at < nearest)) nearest = at;
  }
  return nearest;
}

/**
 * The instant the clock loop waits for: the nearest ladder step of an open clock and, when the
 * case reminds of unacknowledged escalations, the nearest reminder. Null when nothing is waiting.
 */
export function nextClockInstant(state: CaseState, withReminders: boolean): number | null {
  const step = nextInstant(state);
  const reminder = withReminders ? nextReminderInstant(state) : null;
  return step === null ? reminder : reminder === null ? step : Math.min(step, reminder);
}
