/**
 * Four-eyes (docs/domain.md §2, §5, §6): a step that needs approval is decided by a second
 * person. Never the person who asked for it, and, on a case, never the case's own investigator,
 * who is too close to the allegation to confirm a block or a Withhold Release Order.
 */
export interface ApprovalAsked {
  requestedBy: string;
}

/** Why `deciderId` may not decide the approval, or null when they may. */
export function fourEyesRefusal(approval: ApprovalAsked, deciderId: string, caseInvestigatorId?: string | null): string | null {
  if (approval.requestedBy === deciderId) return 'You requested this step; a second supervisor must decide it.';
  if (caseInvestigatorId && caseInvestigatorId === deciderId) return 'You investigate this case; a supervisor who does not must decide it.';
  return null;
}

/** Whether `deciderId` may decide the approval (whom to ask, what to offer). */
export function mayDecideApproval(approval: ApprovalAsked, deciderId: string, caseInvestigatorId?: string | null): boolean {
  return fourEyesRefusal(approval, deciderId, caseInvestigatorId) === null;
}
