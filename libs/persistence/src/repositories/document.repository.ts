import { DataSource, EntityManager, In } from 'typeorm';
import { DocumentEntity } from '../entities/document.entity';

/** What a fact's event says of a document it carries: enough to check the stored bytes against. */
export interface DocumentReference {
  id: string;
  name: string;
  sha256: string;
  size: number;
  type: string;
}

export type DocumentOwner = { caseId: string } | { entryId: string };

export class DocumentRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  async save(owner: DocumentOwner, fields: { name: string; mediaType: string; sha256: string; content: Buffer; uploadedBy: string }): Promise<DocumentEntity> {
    const repo = this.db.getRepository(DocumentEntity);
    const saved = await repo.save(
      repo.create({ caseId: 'caseId' in owner ? owner.caseId : null, entryId: 'entryId' in owner ? owner.entryId : null, size: fields.content.length, ...fields }),
    );
    return (await this.find(saved.id))!;
  }

  /** The documents of a case or an entry, oldest first, without their bytes. */
  list(owner: DocumentOwner): Promise<DocumentEntity[]> {
    return this.db.getRepository(DocumentEntity).find({ where: 'caseId' in owner ? { caseId: owner.caseId } : { entryId: owner.entryId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
  }

  find(id: string): Promise<DocumentEntity | null> {
    return this.db.getRepository(DocumentEntity).findOneBy({ id });
  }

  async content(id: string): Promise<Buffer | null> {
    const [row] = await this.db.query(`SELECT content FROM documents WHERE id = $1`, [id]);
    return row ? (row.content as Buffer) : null;
  }

  /**
   * The references of `ids`, all of them belonging to `owner`; null names an id that is not one of
   * its documents (unknown, or another record's).
   */
  async references(owner: DocumentOwner, ids: string[]): Promise<{ references: DocumentReference[]; unknown: string[] }> {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await this.db.getRepository(DocumentEntity).findBy({ id: In(unique) }) : [];
    const mine = rows.filter((r) => ('caseId' in owner ? r.caseId === owner.caseId : r.entryId === owner.entryId));
    const byId = new Map(mine.map((r) => [r.id, r]));
    return {
      references: unique.filter((id) => byId.has(id)).map((id) => {
        const r = byId.get(id)!;
        return { id: r.id, name: r.name, sha256: r.sha256, size: r.size, type: r.mediaType };
      }),
      unknown: unique.filter((id) => !byId.has(id)),
    };
  }

  /** The events (of the document's case or entry) whose payload names the document, with the SHA-256 they recorded. */
  async recordedIn(document: DocumentEntity): Promise<{ sequence: number; type: string; sha256: string }[]> {
    const rows = document.caseId
      ? await this.db.query(
          `SELECT e.sequence, e.type, d->>'sha256' AS sha256 FROM case_events e, jsonb_array_elements(CASE WHEN jsonb_typeof(e.payload->'documents') = 'array' THEN e.payload->'documents' ELSE '[]'::jsonb END) d
            WHERE e.case_id = $1 AND jsonb_typeof(d) = 'object' AND d->>'id' = $2 ORDER BY e.sequence`,
          [document.caseId, document.id],
        )
      : await this.db.query(
          `SELECT e.sequence, e.type, substring(d #>> '{}' from 'sha256 ([0-9a-f]{64})') AS sha256
             FROM entry_events e, jsonb_array_elements(CASE WHEN jsonb_typeof(e.payload->'documents') = 'array' THEN e.payload->'documents' ELSE '[]'::jsonb END) d
            WHERE e.entry_id = $1 AND jsonb_typeof(d) = 'string' AND position($2 in d #>> '{}') > 0 ORDER BY e.sequence`,
          [document.entryId, `document ${document.id}`],
        );
    return rows as { sequence: number; type: string; sha256: string }[];
  }
}

/** How an entry's proof names an uploaded document among its filed documents: the text carries its hash. */
export function entryDocumentLine(ref: DocumentReference): string {
  return `${ref.name} (sha256 ${ref.sha256}, document ${ref.id})`;
}
