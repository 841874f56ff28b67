import { proxyActivities, uuid4 } from '@temporalio/workflow';
import type { CaseApproval, CaseState } from '../inspection-case/types';
import type { EnforcementOrderActivities } from './types';

const { startEnforcementOrder } = proxyActivities<Pick<EnforcementOrderActivities, 'startEnforcementOrder'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A provisional WRO a second supervisor approved on the case is issued at once (docs/domain.md
 * §5, §6): four-eyes was kept by the approval, whose id becomes the order's. It covers the
 * allegation's product categories (none named: every good) from the day of the decision.
 */
export function issueProvisionalWro(state: CaseState, approval: CaseApproval, decidedBy: string, at: number, decisionReason: string): Promise<void> {
  return startEnforcementOrder({
    orderId: approval.id,
    kind: 'WRO',
    facilityId: state.facilityId,
    caseId: state.caseId,
    terms: { productCategories: [...state.allegation.productCategories], effectiveFrom: dateOf(at) },
    reason: `Provisional WRO on case ${state.reference ?? state.caseId}: ${approval.reason}; approved: ${decisionReason}`,
    requestedBy: approval.requestedBy,
    requestedAt: new Date(approval.requestedAt).toISOString(),
    issued: { approvedBy: decidedBy, approvedAt: new Date(at).toISOString(), approvalId: approval.id },
  });
}

/**
 * A case closed FINDING_RECOMMENDED proposes a finding (19 CFR 12.42(f)); it is entered in the
 * register only when a second supervisor, who does not investigate the facility, approves it.
 */
export function proposeFinding(state: CaseState, actorId: string, note: string | null, at: number): Promise<void> {
  return startEnforcementOrder({
    orderId: uuid4(),
    kind: 'FINDING',
    facilityId: state.facilityId,
    caseId: state.caseId,
    terms: { productCategories: [...state.allegation.productCategories], effectiveFrom: dateOf(at) },
    reason: `Finding recommended on case ${state.reference ?? state.caseId}${note ? `: ${note}` : ''}`,
    requestedBy: actorId,
    requestedAt: new Date(at).toISOString(),
  });
}
