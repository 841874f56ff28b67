import { fourEyesRefusal } from './four-eyes';

/**
 * The register of Withhold Release Orders and Findings (docs/domain.md §6): how each kind is
 * numbered (its legal basis is screening's ORDER_LEGAL_BASIS), which changes an order admits in
 * each status, and who may decide a request on it.
 */
export const ENFORCEMENT_KINDS = ['WRO', 'FINDING'] as const;
export type EnforcementKind = (typeof ENFORCEMENT_KINDS)[number];
export type EnforcementStatus = 'PROPOSED' | 'ACTIVE' | 'REVOKED' | 'REJECTED';
/** A change a supervisor asks for; a second supervisor decides it (four-eyes). */
export type EnforcementAction = 'ISSUE' | 'MODIFY' | 'REVOKE';

/** Prefix of the register's references: WRO-2026-0001, FND-2026-0001. */
export const ENFORCEMENT_REFERENCE_PREFIX: Record<EnforcementKind, string> = { WRO: 'WRO', FINDING: 'FND' };

/** Why `action` cannot be asked for on an order in `status`, or null when it can. */
export function enforcementChangeRefusal(status: EnforcementStatus, action: 'MODIFY' | 'REVOKE', pending: boolean): string | null {
  if (status === 'REVOKED') return 'The order is already revoked.';
  if (status === 'PROPOSED' || status === 'REJECTED') return 'The order was never issued: only an order in force can be modified or revoked.';
  if (pending) return 'A request on this order already waits for a second supervisor.';
  return null;
}

/** The changes a supervisor may ask for on the order now (what the screens offer). */
export function enforcementLegalActions(status: EnforcementStatus, pending: boolean): ('MODIFY' | 'REVOKE')[] {
  return (['MODIFY', 'REVOKE'] as const).filter((action) => enforcementChangeRefusal(status, action, pending) === null);
}

/**
 * Four-eyes on the register: never the person who asked, and never someone who investigates a
 * case on the order's facility, who is too close to the allegation to confirm it.
 */
export function enforcementDecisionRefusal(request: { requestedBy: string }, deciderId: string, facilityInvestigatorIds: readonly string[]): string | null {
  const refusal = fourEyesRefusal(request, deciderId);
  if (refusal !== null) return refusal;
  if (facilityInvestigatorIds.includes(deciderId)) return 'You investigate a case on this facility; a supervisor who does not must decide it.';
  return null;
}
