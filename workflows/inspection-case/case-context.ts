import { ApplicationFailure, proxyActivities, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { CaseStageKey, EscalationLevelKey, NextDeadlineAtKey } from '@mou/temporal';
import { escalationLevel, nextClockInstant, nextDueDate, projectDeadline } from './case-clocks';
import { serialQueue } from '../shared/serial';
import type { Actor, CaseActivities, CaseProjection, CaseState, FacilityNotice } from './types';

const { appendCaseEvent, notifyFacility } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  // PostgreSQL may be briefly away; the append is idempotent on (case, sequence), so keep trying.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** What a case event tells the facility's workflow; the reason may name the case's reference. */
export interface FacilityChange {
  to?: FacilityNotice['to'];
  /** What happened, for the facility's rule table (docs/domain.md §6). */
  fact?: FacilityNotice['fact'];
  reason: string | ((reference: string | null) => string);
  withdraws?: FacilityNotice['withdraws'];
  /** When the change takes effect for the facility, if not at the event's instant. */
  at?: number;
}

/**
 * What every part of the case workflow shares. Decisions change `state` at once, in the handler
 * that makes them, so the next validator already sees them; `record` then commits the events in
 * the order they were made, each with the read model as it stood after its own change.
 */
export interface CaseContext {
  state: CaseState;
  now(): number;
  /** Commits the event; resolves with its sequence. */
  record(type: string, actorId: string, payload: Record<string, unknown>, occurredAt?: number, facility?: FacilityChange): Promise<number>;
  /** Bumped after every commit, so the clock loop re-arms its timer for the new nearest instant. */
  generation: number;
  /**
   * The instant the clock loop's timer is for, as of the event being written: the timer follows
   * the event log, not decisions still waiting to be written behind it.
   */
  timerAt: number | null;
  /** Unacknowledged escalations remind from inside the workflow (runs started before this keep none). */
  remindsUnacknowledged: boolean;
  /**
   * A fact dated before ladder steps that fired corrects them (runs started before this refuse it
   * as they did).
   */
  correctsLateFacts: boolean;
}

export const SYSTEM = 'system';

export function caseContext(state: CaseState, remindsUnacknowledged: boolean, correctsLateFacts = false): CaseContext {
  const serially = serialQueue();
  const ctx: CaseContext = {
    state,
    now: () => Date.now(),
    generation: 0,
    timerAt: nextClockInstant(state, remindsUnacknowledged),
    remindsUnacknowledged,
    correctsLateFacts,
    record(type, actorId, payload, occurredAt = Date.now(), facility) {
      const projection = projectCase(state);
      const timerAt = nextClockInstant(state, remindsUnacknowledged);
      return serially(async () => {
        ctx.timerAt = timerAt;
        const appended = await appendCaseEvent({ caseId: state.caseId, sequence: state.sequence + 1, type, actorId, occurredAt: iso(occurredAt), payload, projection });
        state.sequence = appended.sequence;
        state.reference = appended.reference;
        ctx.generation++;
        mirrorSearchAttributes(projection);
        if (facility) {
          await notifyFacility({
            facilityId: state.facilityId,
            ...(facility.to ? { to: facility.to } : {}),
            ...(facility.fact ? { fact: facility.fact } : {}),
            reference: state.reference,
            reason: typeof facility.reason === 'function' ? facility.reason(state.reference) : facility.reason,
            caseId: state.caseId,
            actorId,
            at: iso(facility.at ?? occurredAt),
            sourceEvent: `case:${state.caseId}:${state.sequence}`,
            ...(facility.withdraws ? { withdraws: facility.withdraws } : {}),
          });
        }
        return appended.sequence;
      });
    },
  };
  return ctx;
}

/** The read model written with an event, in the same transaction. */
export function projectCase(state: CaseState): CaseProjection {
  return {
    facilityId: state.facilityId,
    allegation: state.allegation,
    openedBy: state.openedBy,
    openedAt: state.openedAt,
    assigneeId: state.assigneeId,
    stage: state.progress.stage,
    outcome: state.progress.outcome ?? null,
    progress: state.progress,
    nextDeadlineAt: isoOrNull(nextDueDate(state)),
    escalationLevel: escalationLevel(state),
    deadlines: state.deadlines.map((d) => projectDeadline(state, d)),
    escalations: state.escalations.map(({ lastRemindedAt, ...e }) => ({
      ...e,
      occurredAt: iso(e.occurredAt),
      acknowledgedAt: isoOrNull(e.acknowledgedAt),
      ...(lastRemindedAt === undefined ? {} : { lastRemindedAt: isoOrNull(lastRemindedAt) }),
    })),
    approvals: state.approvals.map((a) => ({ ...a, requestedAt: iso(a.requestedAt), decidedAt: isoOrNull(a.decidedAt) })),
  };
}

/**
 * Mirrors the essentials into search attributes for operators, when the starter registered them
 * (the API starts every case with CaseStage; a server without them, such as the time-skipping
 * test server, gets none).
 */
function mirrorSearchAttributes(projection: CaseProjection): void {
  if (workflowInfo().typedSearchAttributes.get(CaseStageKey) === undefined) return;
  upsertSearchAttributes([
    { key: CaseStageKey, value: projection.stage },
    { key: NextDeadlineAtKey, value: projection.nextDeadlineAt === null ? null : new Date(projection.nextDeadlineAt) },
    { key: EscalationLevelKey, value: projection.escalationLevel },
  ]);
}

/** A refusal the API turns into 400 (naming `field` when given), 404 or 409 with this sentence. */
export function refuse(reason: string, type: 'BadRequest' | 'NotFound' | 'IllegalTransition' | 'FourEyes', field?: string): never {
  throw ApplicationFailure.nonRetryable(reason, type, ...(field ? [{ field }] : []));
}

export function validateActor(actor: Actor | undefined): void {
  if (!actor?.id) refuse('The action has no actor.', 'BadRequest');
}

export const iso = (ms: number): string => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));
