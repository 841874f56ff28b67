/**
 * Unblocking a facility (docs/domain.md §6): only a blocked facility is unblocked, and one request
 * at a time waits for a second supervisor's decision. The facility workflow refuses the same
 * requests with the same sentences.
 */
export type FacilityAction = 'REQUEST_UNBLOCK';

/** Why an unblock request is not legal now, or null when it is. */
export function unblockRequestRefusal(status: string, unblockPending: boolean): string | null {
  if (status !== 'BLOCKED') return `The facility is ${status}, not blocked.`;
  if (unblockPending) return 'An unblock request is already waiting for a decision.';
  return null;
}

/** The moves the facility allows now. */
export function facilityLegalActions(status: string, unblockPending: boolean): FacilityAction[] {
  return unblockRequestRefusal(status, unblockPending) === null ? ['REQUEST_UNBLOCK'] : [];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Whether a visit with full access can justify lifting a block (docs/domain.md §6): only a visit
 * held after the facility was blocked shows that access is now given. Null when it can.
 */
export function unblockEvidenceRefusal(blockedAt: number | null, visitHeldAt: number | null): string | null {
  if (visitHeldAt === null) return 'No visit with full access is recorded on this case.';
  if (blockedAt !== null && visitHeldAt <= blockedAt) {
    return `The visit with full access was held on ${day(visitHeldAt)}, before the facility was blocked on ${day(blockedAt)}: only a visit after the block can justify lifting it.`;
  }
  return null;
}
