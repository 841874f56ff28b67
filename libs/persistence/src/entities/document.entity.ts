import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A document that proves a fact (the PRC's letter, a visit report, a photograph, an importer's
 * proof), kept byte for byte. It belongs to one case or one import entry, whose row-level access
 * it shares; its SHA-256 is written into the event of the fact it came with.
 */
@Entity({ name: 'documents' })
@Index('IDX_documents_case', ['caseId'])
@Index('IDX_documents_entry', ['entryId'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ name: 'entry_id', type: 'uuid', nullable: true })
  entryId: string | null;

  /** The file name as uploaded. */
  @Column({ type: 'text' })
  name: string;

  /** Media type, one of DOCUMENT_TYPES. */
  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ type: 'integer' })
  size: number;

  /** Hex SHA-256 of the bytes as uploaded. */
  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;
}
