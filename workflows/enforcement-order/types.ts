/** Wire types of the enforcementOrder workflow: one per Withhold Release Order or Finding (docs/domain.md §6). */
import type { EnforcementAction, EnforcementKind, EnforcementStatus } from '@mou/domain';

/** What an order covers: product category codes (empty: every good of the facility) from a first day. */
export interface OrderTerms {
  productCategories: string[];
  /** YYYY-MM-DD: goods imported on or after it are covered. */
  effectiveFrom: string;
}

export interface EnforcementOrderInput {
  orderId: string;
  kind: EnforcementKind;
  facilityId: string;
  /** The case whose approval or outcome gave rise to it, if any. */
  caseId: string | null;
  terms: OrderTerms;
  reason: string;
  /** User id, or `system` when a case's clock asked for it. */
  requestedBy: string;
  /** ISO instant of the request. */
  requestedAt: string;
  /**
   * Present when the order is issued at once because four-eyes was already kept elsewhere: a
   * provisional WRO a second supervisor approved on its case.
   */
  issued?: { approvedBy: string; approvedAt: string; approvalId: string };
}

export interface OrderRequest {
  id: string;
  action: EnforcementAction;
  /** The terms asked for (ISSUE, MODIFY); null for REVOKE. */
  terms: OrderTerms | null;
  reason: string;
  requestedBy: string;
  requestedAt: number;
  status: 'pending' | 'approved' | 'rejected';
  decidedBy: string | null;
  decidedAt: number | null;
  decisionReason: string | null;
}

export interface EnforcementOrderState {
  orderId: string;
  kind: EnforcementKind;
  facilityId: string;
  caseId: string | null;
  /** Given by the register with the first event. */
  reference: string | null;
  status: EnforcementStatus;
  terms: OrderTerms;
  reason: string;
  requestedBy: string;
  approvedBy: string | null;
  issuedAt: number | null;
  revokedAt: number | null;
  requests: OrderRequest[];
  /** Sequence of the last event committed to the order's log. */
  sequence: number;
}

/** The order's row, written with each event in the same transaction. */
export interface OrderProjection {
  kind: EnforcementKind;
  facilityId: string;
  caseId: string | null;
  status: EnforcementStatus;
  productCategories: string[];
  effectiveFrom: string;
  legalBasis: string;
  reason: string;
  requestedBy: string;
  approvedBy: string | null;
  issuedAt: string | null;
  revokedAt: string | null;
  /** Every request with its decision, ISO-dated (the pending one shows in the approvals queue). */
  requests: (Omit<OrderRequest, 'requestedAt' | 'decidedAt'> & { requestedAt: string; decidedAt: string | null })[];
}

export interface AppendOrderEventInput {
  orderId: string;
  sequence: number;
  type: string;
  actorId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  order: OrderProjection;
}

export interface OrderRescreen {
  facilityId: string;
  /** `<reference>:<sequence>` of the event that changed the order. */
  ref: string;
  text: string;
}

export interface EnforcementOrderActivities {
  /** Appends to the order's log and projects its row; the first event gives it its reference. */
  appendOrderEvent(input: AppendOrderEventInput): Promise<{ sequence: number; hash: string; reference: string }>;
  /** Tells every open entry of the facility to screen itself again; returns how many were told. */
  rescreenOrderEntries(input: OrderRescreen): Promise<number>;
  /** Starts an order's workflow (a case's approved WRO or proposed finding); idempotent on the order id. */
  startEnforcementOrder(input: EnforcementOrderInput): Promise<void>;
}
