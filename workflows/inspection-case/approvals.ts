import { patched, setHandler } from '@temporalio/workflow';
import { approvalsAtConclusion, CaseOutcome, DeadlineRule, decisionDateRefusal, EscalationStep, fourEyesRefusal, stepDayFromStart } from '@mou/domain';
import { issueProvisionalWro } from '../enforcement-order/case-orders';
import { pendingDecision } from '../shared/pending-decision';
import { CaseContext, refuse, validateActor } from './case-context';
import * as msg from './messages';
import type { AccessDenialFact, ApprovalKind, CaseApproval, CaseState } from './types';

/**
 * Steps that take effect only once a second supervisor approves them (docs/domain.md §5): a
 * provisional Withhold Release Order, and blocking the facility after access was denied.
 */
export function requestApproval(state: CaseState, kind: ApprovalKind, requestedBy: string, reason: string, at: number): CaseApproval | undefined {
  if (state.approvals.some((a) => a.kind === kind && a.status === 'pending')) return undefined;
  const approval: CaseApproval = { ...pendingDecision(requestedBy, at), kind, reason };
  state.approvals.push(approval);
  return approval;
}

/** Patch marker: the case tells its facility every fact its status follows (visits, closes, withdrawals, rejected and cancelled blocks). */
export const FACILITY_FACTS = 'facility-follows-facts';

/**
 * Closing (with `outcome`) or withdrawing (`outcome` null) the case (docs/domain.md §5, §6): the
 * approvals still pending are cancelled, each by its own event, except the block of a case closed
 * FACILITY_BLOCKED, which goes through its approval (asked for now when none is pending or granted).
 * State changes at once; returns the block approval waiting after the close and the events to write
 * after the close's own.
 */
export function concludeApprovals(ctx: CaseContext, actorId: string, outcome: CaseOutcome | null, at: number, why: string): { blockApprovalId: string | null; record: () => Promise<unknown>[] } {
  const { cancel, requestBlock } = approvalsAtConclusion(outcome, ctx.state.approvals);
  const cancelled = ctx.state.approvals.filter((a) => cancel.includes(a.id));
  for (const approval of cancelled) {
    approval.status = 'cancelled';
    approval.decidedBy = actorId;
    approval.decidedAt = at;
    approval.decisionReason = why;
  }
  if (requestBlock) requestApproval(ctx.state, 'BLOCK_FACILITY', actorId, 'Case closed with the facility blocked', at);
  const block = ctx.state.approvals.find((a) => a.kind === 'BLOCK_FACILITY' && a.status === 'pending');
  return {
    blockApprovalId: outcome === CaseOutcome.FACILITY_BLOCKED ? (block?.id ?? null) : null,
    record: () =>
      cancelled.map((approval) =>
        ctx.record(
          'APPROVAL_CANCELLED',
          actorId,
          { approvalId: approval.id, kind: approval.kind, reason: why },
          at,
          approval.kind === 'BLOCK_FACILITY' ? { reason: why, fact: { kind: 'BLOCK_CANCELLED', approvalId: approval.id } } : undefined,
        ),
      ),
  };
}

export type AccessDenial = { how: 'explicit'; note?: string } | { how: 'deemed'; rule: DeadlineRule; step: EscalationStep };

/**
 * Access refused, explicitly or deemed at the end of the visit ladder (the move already applied):
 * the facility is marked, and blocking it waits for a supervisor's approval.
 */
export function recordAccessDenied(ctx: CaseContext, actorId: string, at: number, denial: AccessDenial): Promise<void> {
  let reason = 'Access to the facility was refused';
  let facilityReason = 'Access refused';
  if (denial.how === 'deemed') {
    // The day comes from the ladder in force (its deemed-refusal step), never from a constant here.
    const day = stepDayFromStart(denial.rule, denial.step);
    reason = day === null ? denial.step.description : `Visit not granted within ${day} days: refusal deemed`;
    facilityReason = day === null ? denial.step.description : `Refusal deemed after ${day} days`;
  }
  const approval = requestApproval(ctx.state, 'BLOCK_FACILITY', actorId, reason, at);
  const note = denial.how === 'explicit' ? (denial.note ?? null) : null;
  const fact: AccessDenialFact = { at, how: denial.how, sequence: null };
  ctx.state.accessDenial = fact;
  return ctx
    .record('ACCESS_DENIED', actorId, { how: denial.how, approvalId: approval?.id ?? null, note }, at, {
      to: 'ACCESS_DENIED',
      reason: facilityReason,
      fact: { kind: 'ACCESS_REFUSED', approvalId: approval?.id ?? null },
    })
    .then((sequence) => {
      fact.sequence = sequence;
    });
}

/**
 * A supervisor approves or rejects a pending step; four-eyes decides who may. A decision dated
 * `decidedAt` takes effect there (docs/domain.md §4): its event, and the block it may impose on the
 * facility, are dated at that instant, never before the approval was asked for.
 */
export function registerApprovals(ctx: CaseContext): void {
  const { state } = ctx;
  const approvalOf = (id: string) => state.approvals.find((a) => a.id === id);

  setHandler(
    msg.decideApprovalUpdate,
    async (args) => {
      const approval = approvalOf(args.approvalId)!;
      // Runs from before decisions were dated never receive one: the marker is written only for a dated decision.
      const at = args.decidedAt !== undefined && patched('dated-decisions') ? Math.min(Date.parse(args.decidedAt), ctx.now()) : ctx.now();
      approval.status = args.approve ? 'approved' : 'rejected';
      approval.decidedBy = args.actor.id;
      approval.decidedAt = at;
      approval.decisionReason = args.reason;
      const blocks = args.approve && approval.kind === 'BLOCK_FACILITY';
      // A rejected block is a fact the facility's status follows (docs/domain.md §6); runs from before told it nothing.
      const rejectsBlock = !args.approve && approval.kind === 'BLOCK_FACILITY' && patched(FACILITY_FACTS);
      await ctx.record(
        args.approve ? 'APPROVAL_GRANTED' : 'APPROVAL_REJECTED',
        args.actor.id,
        { approvalId: approval.id, kind: approval.kind, reason: args.reason },
        at,
        blocks
          ? { to: 'BLOCKED', reason: (reference) => `Access refused on case ${reference}: ${args.reason}`, fact: { kind: 'BLOCK_APPROVED', approvalId: approval.id } }
          : rejectsBlock
            ? { reason: (reference) => `Block rejected on case ${reference}: ${args.reason}`, fact: { kind: 'BLOCK_REJECTED', approvalId: approval.id } }
            : undefined,
      );
      // An approved provisional WRO enters the register and stops goods (runs from before the register issue none).
      if (args.approve && approval.kind === 'PROVISIONAL_WRO' && patched('provisional-wro-issues-order')) await issueProvisionalWro(state, approval, args.actor.id, at, args.reason);
      return state;
    },
    {
      validator: (args) => {
        validateActor(args.actor);
        const approval = approvalOf(args.approvalId);
        if (!approval) refuse(`The case has no approval ${args.approvalId}.`, 'NotFound');
        if (approval.status !== 'pending') refuse(`This approval was already ${approval.status}.`, 'IllegalTransition');
        const refusal = fourEyesRefusal(approval, args.actor.id, state.assigneeId);
        if (refusal !== null) refuse(refusal, 'FourEyes');
        const dated = decisionDateRefusal(args.decidedAt, approval.requestedAt, ctx.now());
        if (dated?.status === 400) refuse(dated.reason, 'BadRequest', dated.field);
        if (dated) refuse(dated.reason, 'IllegalTransition');
      },
    },
  );
}
