import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { UserEntity } from './user.entity';

/**
 * Read model of one import entry filed by an importer with its certification (19 CFR 12.43).
 * The entry's workflow owns the truth; this row is projected with each of its events.
 */
@Entity({ name: 'entries' })
@Index('IDX_entries_importer', ['importerId', 'createdAt'])
@Index('IDX_entries_importer_org', ['importerOrgId', 'createdAt'])
@Index('IDX_entries_facility_status', ['manufacturerFacilityId', 'status'])
export class ImportEntryEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index('UQ_entries_reference', { unique: true })
  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'importer_id', type: 'uuid' })
  importerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'importer_id', foreignKeyConstraintName: 'FK_entries_importer' })
  importer?: UserEntity;

  /** The importer (organisation) the filing user acted for: every user of it sees the entry. */
  @Column({ name: 'importer_org_id', type: 'uuid', nullable: true })
  importerOrgId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'importer_org_id', foreignKeyConstraintName: 'FK_entries_importer_org' })
  importerOrg?: OrganisationEntity;

  /** The registered facility the importer names as manufacturer, when it is in the registry. */
  @Column({ name: 'manufacturer_facility_id', type: 'uuid', nullable: true })
  manufacturerFacilityId: string | null;

  @Column({ name: 'manufacturer_name', type: 'text' })
  manufacturerName: string;

  @Column({ name: 'product_category', type: 'text' })
  productCategory: string;

  @Column({ name: 'hts_code', type: 'text' })
  htsCode: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  quantity: string;

  @Column({ name: 'value_usd', type: 'numeric', precision: 14, scale: 2 })
  valueUsd: string;

  @Column({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;

  @Column({ type: 'jsonb' })
  certification: Record<string, unknown>;

  @Column({ type: 'text' })
  status: string;

  /** Why the entry is held, as screening and re-screening found: [{ code, text }]. */
  @Column({ name: 'hold_reasons', type: 'jsonb', default: () => "'[]'" })
  holdReasons: { code: string; text: string }[];

  @Column({ type: 'jsonb', nullable: true })
  proof: Record<string, unknown> | null;

  @Column({ name: 'last_sequence', type: 'int' })
  lastSequence: number;

  @Column({ name: 'last_hash', type: 'text' })
  lastHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
