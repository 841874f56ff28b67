import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const ENFORCEMENT_ORDER_KINDS = ['WRO', 'FINDING'] as const;
export type EnforcementOrderKind = (typeof ENFORCEMENT_ORDER_KINDS)[number];
export const ENFORCEMENT_ORDER_STATUSES = ['ACTIVE', 'REVOKED'] as const;
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

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy: string;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
