import { CaseFactInstants, DeadlineKind, stageOf, stepsWithdrawnBy } from '@mou/domain';
import { deadlineKey } from './case-clocks';
import { CaseContext, iso, SYSTEM } from './case-context';
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
    const withdrawn = stepsWithdrawnBy(
      state.escalations.filter((e) => e.deadlineKey === visit.key && !e.withdrawnAt),
      heldAt,
    );
    for (const escalation of withdrawn) {
      withdrawnAt.add(escalation.occurredAt);
      escalation.withdrawnAt = now;
      visit.firedLevels = visit.firedLevels.filter((level) => level !== escalation.level);
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
    }
    // The clock ran until the visit: reopened here, the visit's move then closes it at `heldAt`.
    visit.status = 'open';
    visit.metAt = null;
  }

  // Approvals the withdrawn steps and the refusal raised, still waiting for a decision.
  for (const approval of state.approvals) {
    if (approval.status !== 'pending' || approval.requestedBy !== SYSTEM || !withdrawnAt.has(approval.requestedAt)) continue;
    approval.status = 'cancelled';
    approval.decidedBy = actorId;
    approval.decidedAt = now;
    approval.decisionReason = `${why}: the step it rested on was withdrawn.`;
    recorded.push(ctx.record('APPROVAL_CANCELLED', actorId, { approvalId: approval.id, kind: approval.kind, reason: approval.decisionReason }));
  }

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
