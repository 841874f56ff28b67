import { fourEyesRefusal, type ApprovalAsked } from './four-eyes';

/** An approval as its decider sees it: who asked, and whether it is still waiting. */
export interface ApprovalToDecide extends ApprovalAsked {
  status: string;
}

/**
 * Why `deciderId` may not decide the approval now, or null when they may: a decided approval is
 * decided once, and four-eyes (docs/domain.md §2, §5, §6) keeps out the person who asked and, on a
 * case, its investigator. The workflows refuse the same decisions with the same sentences.
 */
export function approvalDecisionRefusal(approval: ApprovalToDecide, deciderId: string, caseInvestigatorId?: string | null): string | null {
  if (approval.status !== 'pending') return `This approval was already ${approval.status}.`;
  return fourEyesRefusal(approval, deciderId, caseInvestigatorId);
}
