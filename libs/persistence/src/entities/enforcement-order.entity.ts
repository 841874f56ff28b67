import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const ENFORCEMENT_ORDER_KINDS = ['WRO', 'FINDING'] as const;
export type EnforcementOrderKind = (typeof ENFORCEMENT_ORDER_KINDS)[number];
/**
 * PROPOSED: asked for, waiting for a second supervisor (never screens goods); REJECTED: the
 * proposal was refused and nothing was issued; ACTIVE: in force; REVOKED: lifted.
 */
export const ENFORCEMENT_ORDER_STATUSES = ['PROPOSED', 'ACTIVE', 'REVOKED', 'REJECTED'] as const;
export type EnforcementOrderStatus = (typeof ENFORCEMENT_ORDER_STATUSES)[number];

/**
 * The register of Withhold Release Orders (19 CFR 12.42(e)) and Findings (12.42(f)): which
 * facility's goods, in which product categories, from when, on what basis, approved by whom
 * (docs/domain.md §6). Screening detains the goods an ACTIVE order covers and names the order.
 */
@Entity({ name: 'enforcement_orders' })
@Index('IDX_enforcement_orders_facility', ['facilityId', 'status'])
export class EnforcementOrderEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Human reference shown on entries and in the register, e.g. WRO-2026-0001. */
  @Column({ type: 'text', unique: true })
  reference: string;

  @Column({ type: 'text' })
  kind: EnforcementOrderKind;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: EnforcementOrderStatus;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId: string;

  /** Product category codes the order covers; empty means every good from the facility. */
  @Column({ name: 'product_categories', type: 'text', array: true, default: () => "'{}'" })
  productCategories: string[];

  /** The legal basis printed on the order: 19 CFR 12.42(e) for a WRO, 12.42(f) for a finding. */
  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis: string;

  @Column({ type: 'text' })
  reason: string;

  /** The case whose outcome or approval issued it, if any. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  /** First day goods are covered (imported on or after it). */
  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  /** When a second supervisor approved it; null while PROPOSED or once REJECTED. */
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy: string;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  /** The request to change or revoke it that waits for a second supervisor, if any. */
  @Column({ name: 'pending_request', type: 'jsonb', nullable: true })
  pendingRequest: Record<string, unknown> | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Head of its hash-chained history (enforcement_order_events). */
  @Column({ name: 'last_sequence', type: 'int', default: 0 })
  lastSequence: number;

  @Column({ name: 'last_hash', type: 'text', default: '0000000000000000000000000000000000000000000000000000000000000000' })
  lastHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
