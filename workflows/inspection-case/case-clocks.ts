/**
 * The case's clocks as pure functions over its state: which deadlines a move opens or closes,
 * the nearest instant something must fire, and the read-model projection of each clock.
 * Deterministic (no I/O, time passed in), so it runs inside the workflow and in unit tests.
 */
import { DeadlineKind, dueAt, nextPendingStep, scheduleSteps, US_FEDERAL_CALENDAR } from '@mou/domain';
import { projectClock } from '../shared/clock-projection';
import type { CaseDeadline, CaseState, DeadlineProjection } from './types';

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
  return projectClock(state.rules[deadline.kind], deadline, CASE_CALENDAR);
}
