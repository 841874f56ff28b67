import { CaseFactInstants, DeadlineKind, stageOf, stepsWithdrawnBy } from '@mou/domain';
import { deadlineKey } from './case-clocks';
import { CaseContext, iso, SYSTEM } from './case-context';
import { withdrawNotesOf } from './diplomatic-notes';
import type { CaseDeadline, CaseState } from './types';

const deadlineOfCycle = (state: CaseState, kind: DeadlineKind): CaseDeadline | undefined =>
  state.deadlines.find((d) => d.key === deadlineKey(kind, state.cycle));

/** The instants of the current cycle's facts, read from its clocks (docs/domain.md §4). */
export function factInstants(state: CaseState): CaseFactInstants {
  const investigation = deadlineOfCycle(state, 'PRC_INVESTIGATION_REPORT');
  const visit = deadlineOfCycle(state, 'PRC_VISIT');
  const report = deadlineOfCycle(state, 'US_VISIT_REPORT');
  const denial = state.progress.accessDenied ? state.accessDenial : null;
  return {
    cycleStartedAt: state.cycleStartedAt ?? null,
    investigationRequestedAt: investigation?.ledger.startedAt ?? null,
    prcReportReceivedAt: investigation?.metAt ?? null,
    visitRequestedAt: visit?.ledger.startedAt ?? null,
    visitHeldAt: report?.ledger.startedAt ?? null,
    usReportIssuedAt: report?.metAt ?? null,
    accessDenied: denial ? { at: denial.at, how: denial.how } : null,
    petitionReceivedAt: deadlineOfCycle(state, 'PETITION_FORWARDING')?.ledger.startedAt ?? null,
    prcInvestigationRequestedAt: deadlineOfCycle(state, 'US_INVESTIGATION_REPORT')?.ledger.startedAt ?? null,
  };
}

/**
 * A visit held at `heldAt`, entered after the ladder deemed access refused later than that
 * (docs/domain.md §5): the refusal and every visit-ladder step after the visit are withdrawn by new
 * events naming the event each withdraws, who corrected it and why; the approvals raised by them
 * are cancelled; the facility is told to withdraw the refusal (and the block resting on it), as of
 * the refusal's own instant, so it never stood in effect. Steps
 * on or before the visit stay: a visit on day 75 still breached the 60 days. History is appended
 * to, never rewritten. The visit itself is then applied as usual, closing the visit clock at `heldAt`.
 */
export function withdrawDeemedRefusal(ctx: CaseContext, actorId: string, heldAt: number): Promise<unknown>[] {
  const { state } = ctx;
  const now = ctx.now();
  const denial = state.accessDenial!;
  const why = `The visit held on ${iso(heldAt).slice(0, 10)} was entered after the refusal was deemed on ${iso(denial.at).slice(0, 10)}`;
  const recorded: Promise<unknown>[] = [];

  // The instants of what is withdrawn: an approval the clock raised at one of them rested on it.
  const withdrawnAt = new Set<number>([denial.at]);
  const visit = deadlineOfCycle(state, 'PRC_VISIT');
  if (visit) {
    const withdrawn = withdrawStepsAfter(ctx, actorId, visit, heldAt, why);
    withdrawn.at.forEach((at) => withdrawnAt.add(at));
    recorded.push(...withdrawn.recorded);
    // The clock ran until the visit: reopened here, the visit's move then closes it at `heldAt`.
    visit.status = 'open';
    visit.metAt = null;
  }
  recorded.push(...cancelApprovalsRestingOn(ctx, actorId, withdrawnAt, why));

  state.progress = { ...state.progress, accessDenied: false };
  state.progress = { ...state.progress, stage: stageOf(state.progress) };
  state.accessDenial = null;
  recorded.push(
    ctx.record(
      'ACCESS_DENIAL_WITHDRAWN',
      actorId,
      { how: denial.how, deniedAt: iso(denial.at), withdrawsSequence: denial.sequence, heldAt: iso(heldAt), reason: why },
      now,
      { to: 'UNDER_INVESTIGATION', reason: (reference) => `Refusal of access on case ${reference} withdrawn: ${why}`, withdraws: 'ACCESS_DENIED', at: denial.at },
    ),
  );
  return recorded;
}

/**
 * A PRC investigation report dated before ladder steps that already fired on its clock
 * (docs/domain.md §4): the PRC answered then, so the steps after its date rested on a silence that
 * was not; they are withdrawn by new events, as for a late visit. Steps on or before it stay (a
 * report dated after the deadline still breached it). Empty when no fired step falls after it.
 */
export function prcReportCorrections(ctx: CaseContext, actorId: string, receivedAt: number): Promise<unknown>[] {
  const clock = deadlineOfCycle(ctx.state, 'PRC_INVESTIGATION_REPORT');
  if (!clock || !lateStepsOn(ctx.state, clock, receivedAt).length) return [];
  const why = `The PRC report received on ${iso(receivedAt).slice(0, 10)} was entered after later steps of its clock had fired`;
  const withdrawn = withdrawStepsAfter(ctx, actorId, clock, receivedAt, why);
  return [...withdrawn.recorded, ...cancelApprovalsRestingOn(ctx, actorId, new Set(withdrawn.at), why)];
}

/** Whether a report dated `receivedAt` corrects its clock: a step already fired on it after that date. */
export function prcReportCorrectsClock(state: CaseState, receivedAt: number): boolean {
  const clock = deadlineOfCycle(state, 'PRC_INVESTIGATION_REPORT');
  return clock !== undefined && lateStepsOn(state, clock, receivedAt).length > 0;
}

const lateStepsOn = (state: CaseState, clock: CaseDeadline, factAt: number) =>
  stepsWithdrawnBy(
    state.escalations.filter((e) => e.deadlineKey === clock.key && !e.withdrawnAt),
    factAt,
  );

/**
 * Withdraws the steps that fired on `clock` after `factAt`, each by an event naming the step's
 * own event, who withdrew it and why; returns those events and the instants the steps fell at.
 */
function withdrawStepsAfter(ctx: CaseContext, actorId: string, clock: CaseDeadline, factAt: number, why: string): { recorded: Promise<unknown>[]; at: number[] } {
  const now = ctx.now();
  const recorded: Promise<unknown>[] = [];
  const at: number[] = [];
  for (const escalation of lateStepsOn(ctx.state, clock, factAt)) {
    at.push(escalation.occurredAt);
    escalation.withdrawnAt = now;
    clock.firedLevels = clock.firedLevels.filter((level) => level !== escalation.level);
    recorded.push(
      ctx.record('ESCALATION_WITHDRAWN', actorId, {
        escalationId: escalation.id,
        deadlineKey: escalation.deadlineKey,
        level: escalation.level,
        step: escalation.type,
        firedAt: iso(escalation.occurredAt),
        withdrawsSequence: escalation.sequence ?? null,
        reason: why,
      }),
    );
    if (escalation.type === 'BREACH') recorded.push(...withdrawNotesOf(ctx, actorId, clock.key, why));
  }
  return { recorded, at };
}

/** Approvals the clock raised at one of the withdrawn instants, still waiting for a decision: cancelled. */
function cancelApprovalsRestingOn(ctx: CaseContext, actorId: string, withdrawnAt: ReadonlySet<number>, why: string): Promise<unknown>[] {
  const now = ctx.now();
  const recorded: Promise<unknown>[] = [];
  for (const approval of ctx.state.approvals) {
    if (approval.status !== 'pending' || approval.requestedBy !== SYSTEM || !withdrawnAt.has(approval.requestedAt)) continue;
    approval.status = 'cancelled';
    approval.decidedBy = actorId;
    approval.decidedAt = now;
    approval.decisionReason = `${why}: the step it rested on was withdrawn.`;
    recorded.push(ctx.record('APPROVAL_CANCELLED', actorId, { approvalId: approval.id, kind: approval.kind, reason: approval.decisionReason }));
  }
  return recorded;
}
