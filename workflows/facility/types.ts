/** Wire types of the facility workflow: one per facility, owner of its status. */

export type FacilityStatus = 'NONE' | 'UNDER_INVESTIGATION' | 'ACCESS_DENIED' | 'BLOCKED' | 'CLEARED';
export type UnblockGround = 'VISIT_WITH_FULL_ACCESS' | 'REMEDIATION_PETITION';

/** The facility as the registry knows it when its workflow first starts. */
export interface FacilityInput {
  facilityId: string;
  status: FacilityStatus;
  /** Events already in its log (its head in PostgreSQL). */
  sequence: number;
}

/** A case asks the facility to change status (opened, access refused, block approved). */
export interface CaseFacilityChange {
  to: FacilityStatus;
  reason: string;
  caseId: string;
  actorId: string;
  /** ISO instant of the case event that caused it. */
  at: string;
  /** `case:<id>:<sequence>`: the same case event never changes the facility twice. */
  sourceEvent: string;
  /** The case withdraws the refusal of access it reported (and the block that rested on it). */
  withdraws?: 'ACCESS_DENIED';
}

export interface UnblockRequest {
  id: string;
  ground: UnblockGround;
  caseId: string | null;
  petition: string | null;
  reason: string;
  requestedBy: string;
  requestedAt: number;
  status: 'pending' | 'approved' | 'rejected';
  decidedBy: string | null;
  decidedAt: number | null;
  decisionReason: string | null;
}

export interface FacilityState {
  facilityId: string;
  status: FacilityStatus;
  sequence: number;
  unblockRequests: UnblockRequest[];
  /** Case events already applied (bounded: the newest 500). */
  appliedSources: string[];
  /** The case whose notice set the current status (absent on runs from before it was kept). */
  statusCaseId?: string | null;
  /** When the current status took effect (absent on runs from before it was kept). */
  statusSince?: number;
  /** The status before the case's refusal of access, restored if the case withdraws it. */
  statusBeforeDenial?: FacilityStatus | null;
}

export interface AppendFacilityEventInput {
  facilityId: string;
  sequence: number;
  type: string;
  actorId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  status: FacilityStatus;
  /** The status change this event made, for the dated history. */
  change?: { from: FacilityStatus; to: FacilityStatus; reason: string; caseId: string | null };
  unblockRequests: (Omit<UnblockRequest, 'requestedAt' | 'decidedAt'> & { requestedAt: string; decidedAt: string | null })[];
}

export interface FacilityActivities {
  appendFacilityEvent(input: AppendFacilityEventInput): Promise<{ sequence: number; hash: string }>;
  /**
   * Tells every open entry from this facility that its status changed; returns how many were told.
   * `ref` names the change (`facility:<id>:<sequence>`); without it, `facility:<id>:<status>`.
   */
  rescreenFacilityEntries(input: { facilityId: string; status: FacilityStatus; reason: string; ref?: string }): Promise<number>;
}
