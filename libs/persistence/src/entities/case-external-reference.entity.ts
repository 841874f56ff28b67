import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The reference a case carries in the record it was imported from (e.g. `USCC-1994-07`). Unique:
 * importing the same record again finds the case instead of opening a second one.
 */
@Entity({ name: 'case_external_references' })
export class CaseExternalReferenceEntity {
  @PrimaryColumn({ name: 'external_reference', type: 'text' })
  externalReference: string;

  @Column({ name: 'case_id', type: 'uuid', unique: true })
  caseId: string;

  @Column({ name: 'imported_by', type: 'uuid' })
  importedBy: string;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;
}
