import { decideMove } from './case-move';
import { CaseOutcome, type CaseProgress } from './case-stage';

/** One way of closing a case, and whether the case may be closed that way now. */
export type CloseOutcomeChoice = { outcome: CaseOutcome; allowed: true } | { outcome: CaseOutcome; allowed: false; reason: string };

const ALL_OUTCOMES = Object.values(CaseOutcome) as readonly CaseOutcome[];

/**
 * Each outcome a case could be closed with, as the CLOSE move decides it on the case's progress
 * (docs/domain.md §3): the same decision the workflow's close validator takes, so a form built from
 * it offers what the workflow accepts and says why the rest is refused (e.g. FACILITY_BLOCKED
 * before access was denied on the case).
 */
export function closeOutcomeChoices(progress: CaseProgress): CloseOutcomeChoice[] {
  return ALL_OUTCOMES.map((outcome) => {
    const decision = decideMove(progress, 'CLOSE', { outcome });
    return decision.allowed ? { outcome, allowed: true } : { outcome, allowed: false, reason: decision.reason };
  });
}

/** The outcomes the case may be closed with now, in the order of CaseOutcome. */
export function allowedCloseOutcomes(progress: CaseProgress): CaseOutcome[] {
  return closeOutcomeChoices(progress)
    .filter((choice) => choice.allowed)
    .map((choice) => choice.outcome);
}

export interface ApprovalAtConclusion {
  id: string;
  kind: string;
  status: string;
}

/**
 * What closing (with `outcome`) or withdrawing (`outcome` null) does to the case's approvals
 * (docs/domain.md §5, §6): the steps still waiting for a decision lose their ground and are
 * cancelled, except the block of a case closed FACILITY_BLOCKED, which goes through its approval
 * (four-eyes): kept when pending, asked for when none is pending or approved.
 */
export function approvalsAtConclusion(outcome: CaseOutcome | null, approvals: readonly ApprovalAtConclusion[]): { cancel: string[]; requestBlock: boolean } {
  const blocking = outcome === CaseOutcome.FACILITY_BLOCKED;
  const keep = (a: ApprovalAtConclusion) => blocking && a.kind === 'BLOCK_FACILITY';
  const cancel = approvals.filter((a) => a.status === 'pending' && !keep(a)).map((a) => a.id);
  const requestBlock = blocking && !approvals.some((a) => a.kind === 'BLOCK_FACILITY' && (a.status === 'pending' || a.status === 'approved'));
  return { cancel, requestBlock };
}
