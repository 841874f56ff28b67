/** Wire types of the facility workflow: one per facility, owner of its status. */
import type { FacilityFacts } from '@mou/domain';

export type FacilityStatus = 'NONE' | 'UNDER_INVESTIGATION' | 'ACCESS_DENIED' | 'BLOCKED' | 'CLEARED';
export type UnblockGround = 'VISIT_WITH_FULL_ACCESS' | 'REMEDIATION_PETITION';

/** The facility as the registry knows it when its workflow first starts. */
export interface FacilityInput {
  facilityId: string;
  status: FacilityStatus;
  /** Events already in its log (its head in PostgreSQL). */
  sequence: number;
}

/**
 * A fact of a case that bears on its facility (docs/domain.md §6); the facility's rule table
 * decides its status from all of them.
 */
export type CaseFact =
  | { kind: 'CASE_OPENED' }
  | { kind: 'VISIT'; fullAccess: boolean }
  | { kind: 'ACCESS_REFUSED'; approvalId: string | null }
  | { kind: 'REFUSAL_WITHDRAWN' }
  | { kind: 'BLOCK_REQUESTED'; approvalId: string }
  | { kind: 'BLOCK_APPROVED'; approvalId: string }
  | { kind: 'BLOCK_REJECTED'; approvalId: string }
  | { kind: 'BLOCK_CANCELLED'; approvalId: string }
  | { kind: 'CASE_CLOSED'; outcome: string; blockApprovalId?: string | null }
  | { kind: 'CASE_WITHDRAWN' }
  | { kind: 'CASE_REOPENED' };

/** A case tells the facility what happened (opened, access refused, block approved, visit, close...). */
export interface CaseFacilityChange {
  /** The status the case asks for (notices from before facts were sent; absent on fact-only notices). */
  to?: FacilityStatus;
  /** What happened; absent on notices from before facts were sent, read from `to` then. */
  fact?: CaseFact;
  /** The case's reference, for reasons. */
  reference?: string | null;
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
  /** The facts the status is decided from (absent on runs from before the rule table). */
  facts?: FacilityFacts;
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
  /** Tells every open entry from this facility that its status changed; returns how many were told. */
  rescreenFacilityEntries(input: RescreenFacilityInput): Promise<number>;
}

/** A status change to screen the facility's open entries against. */
export interface RescreenFacilityInput {
  facilityId: string;
  status: FacilityStatus;
  reason: string;
  /** `facility:<facilityId>:<sequence of the status-change event>`: each entry acts on it once. */
  ref: string;
}
