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
