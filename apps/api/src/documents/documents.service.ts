import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '@mou/config';
import { CaseRepository, DocumentEntity, DocumentOwner, DocumentReference, DocumentRepository, EntryRepository } from '@mou/persistence';
import type { AuthUser } from '../auth/auth.decorators';
import { Permission, roleHas } from '../auth/permissions';
import { RecordAccessService } from '../common/record-access.service';
import { contentMatchesType } from './document-types';
import { DocumentDto, DocumentVerificationDto } from './documents.dto';

export interface UploadedFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
  size: number;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Documents that prove facts. A document belongs to one case or entry and is seen by exactly those
 * who see that record (others get 404, as for a record that does not exist); its SHA-256 goes into
 * the event of the fact it is sent with, so the trail covers its bytes.
 */
@Injectable()
export class DocumentsService {
  private readonly documents: DocumentRepository;
  private readonly cases: CaseRepository;
  private readonly entries: EntryRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(RecordAccessService) private readonly access: RecordAccessService,
  ) {
    this.documents = new DocumentRepository(dataSource);
    this.cases = new CaseRepository(dataSource);
    this.entries = new EntryRepository(dataSource);
  }

  /** The media types accepted, from DOCUMENT_TYPES. */
  get acceptedTypes(): string[] {
    return this.config.DOCUMENT_TYPES.split(',').map((t) => t.trim());
  }

  async upload(user: AuthUser, owner: DocumentOwner, file: UploadedFile | undefined): Promise<DocumentDto> {
    await this.visibleOwner(user, owner);
    if (!file) throw this.invalid('file', 'send the document as the multipart field "file"');
    const type = file.mimetype.split(';')[0].trim().toLowerCase();
    if (!this.acceptedTypes.includes(type)) throw this.invalid('file', `${type} is not accepted; send one of ${this.acceptedTypes.join(', ')}`);
    if (file.size === 0) throw this.invalid('file', 'the document is empty');
    if (!contentMatchesType(type, file.buffer)) throw this.invalid('file', `the content is not ${type}`);
    const name = file.originalname.replace(/[\u0000-\u001f\u007f/\\]/g, '_').slice(0, 255) || 'document';
    const saved = await this.documents.save(owner, { name, mediaType: type, sha256: sha256(file.buffer), content: file.buffer, uploadedBy: user.id });
    return toDto(saved);
  }

  async list(user: AuthUser, owner: DocumentOwner): Promise<DocumentDto[]> {
    await this.visibleOwner(user, owner);
    return (await this.documents.list(owner)).map(toDto);
  }

  async download(user: AuthUser, id: string): Promise<{ document: DocumentDto; content: Buffer }> {
    const document = await this.visibleDocument(user, id);
    return { document: toDto(document), content: (await this.documents.content(id))! };
  }

  /** Recomputes the SHA-256 of the stored bytes and holds it against the upload and every event that recorded it. */
  async verify(user: AuthUser, id: string): Promise<DocumentVerificationDto> {
    const document = await this.visibleDocument(user, id);
    const stored = sha256((await this.documents.content(id))!);
    const recordedIn = await this.documents.recordedIn(document);
    return {
      documentId: id,
      storedSha256: stored,
      uploadedSha256: document.sha256,
      recordedIn,
      valid: stored === document.sha256 && recordedIn.every((e) => e.sha256 === stored),
    };
  }

  /** The references a fact's event carries; 400 naming documentIds for any id that is not the record's. */
  references(owner: DocumentOwner, ids: string[] | undefined): Promise<DocumentReference[] | undefined> {
    return documentReferences(this.documents, owner, ids);
  }

  /** The record exists and `user` may read it: its role reads such records and its row is in the user's scope. */
  private async visibleOwner(user: AuthUser, owner: DocumentOwner): Promise<void> {
    if ('caseId' in owner) {
      const visible = roleHas(user.role, Permission.CaseRead) && (await this.cases.findVisible(this.access.caseScope(user), owner.caseId));
      if (!visible) throw new NotFoundException(`Case ${owner.caseId} was not found`);
    } else {
      const visible = roleHas(user.role, Permission.EntryRead) && (await this.entries.findVisible(this.access.entryScope(user), owner.entryId));
      if (!visible) throw new NotFoundException(`Entry ${owner.entryId} was not found`);
    }
  }

  /** Row-level access: a document is found only by those who see its case or entry. */
  private async visibleDocument(user: AuthUser, id: string): Promise<DocumentEntity> {
    const document = await this.documents.find(id);
    const owner: DocumentOwner | null = document?.caseId ? { caseId: document.caseId } : document?.entryId ? { entryId: document.entryId } : null;
    if (!document || !owner) throw new NotFoundException(`Document ${id} was not found`);
    await this.visibleOwner(user, owner).catch(() => {
      throw new NotFoundException(`Document ${id} was not found`);
    });
    return document;
  }

  private invalid(field: string, message: string): BadRequestException {
    return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `Invalid input: ${field}`, fields: { [field]: [message] } });
  }
}

/** The references a fact's event carries; 400 naming documentIds for any id that is not the record's. */
export async function documentReferences(documents: DocumentRepository, owner: DocumentOwner, ids: string[] | undefined): Promise<DocumentReference[] | undefined> {
  if (!ids?.length) return undefined;
  const { references, unknown } = await documents.references(owner, ids);
  if (unknown.length) {
    const message = `not documents of this ${'caseId' in owner ? 'case' : 'entry'}: ${unknown.join(', ')}`;
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Invalid input: documentIds', fields: { documentIds: [message] } });
  }
  return references;
}

function toDto(d: DocumentEntity): DocumentDto {
  return { id: d.id, name: d.name, type: d.mediaType, size: d.size, sha256: d.sha256, uploadedBy: d.uploadedBy, uploadedAt: d.uploadedAt.toISOString(), href: `/api/v1/documents/${d.id}` };
}
