import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EntryCertification, ManufacturerStatus, screenEntry } from '@mou/domain';
import { entryWorkflowId, TEMPORAL_OPTIONS, TemporalClientOptions } from '@mou/temporal';
import {
  decideProtestUpdate,
  entryScreenedUpdate,
  excludeEntryUpdate,
  exportGoodsUpdate,
  extendProofUpdate,
  fileProofUpdate,
  fileProtestUpdate,
  ImportEntryInput,
  releaseEntryUpdate,
} from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { claimIdempotencyKey } from '../cases/idempotency';
import { BOARD_STATE_SQL, boardState, daysLeft } from '../cases/deadline-state';
import { httpErrorFromWorkflow } from '../common/workflow-errors';
import { EntryDecisionDto, EntryNoteDto, EntryQueryDto, FileEntryDto, ProofDto, ProtestDecisionDto, ProtestDto, ScreeningQueryDto } from './entries.dto';

const FILE_ENTRY = 'POST /entries';

const invalid = (fields: Record<string, string[]>) => new BadRequestException({ message: `Invalid input: ${Object.keys(fields).join(', ')}`, fields });

@Injectable()
export class EntriesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(TEMPORAL_OPTIONS) private readonly temporalOptions: TemporalClientOptions,
  ) {}

  /** Files an entry and answers once it is screened (released, pending the window, or detained with reasons). */
  async file(user: AuthUser, dto: FileEntryDto, idempotencyKey?: string) {
    const facilityId = await this.checkFiling(dto);
    const entryId = idempotencyKey ? await claimIdempotencyKey(this.dataSource, user.id, FILE_ENTRY, idempotencyKey, dto) : randomUUID();
    const now = new Date().toISOString();
    const input: ImportEntryInput = {
      entryId,
      importerId: user.id,
      manufacturer: { facilityId, name: dto.manufacturer.name },
      productCategory: dto.productCategory,
      htsCode: dto.htsCode,
      quantity: dto.quantity,
      valueUsd: dto.valueUsd,
      importedAt: `${dto.importedOn}T00:00:00.000Z`,
      presentedAt: now,
      certification: {
        supplierCertificateOfOrigin: dto.certification.supplierCertificateOfOrigin ?? null,
        dueDiligenceStatement: dto.certification.dueDiligenceStatement ?? null,
      },
    };
    try {
      await this.temporal.workflow.executeUpdateWithStart(entryScreenedUpdate, {
        startWorkflowOperation: new WithStartWorkflowOperation('importEntry', {
          workflowId: entryWorkflowId(entryId),
          taskQueue: this.temporalOptions.taskQueue,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        }),
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError) || !idempotencyKey) throw error;
    }
    return this.detail(user, entryId);
  }

  async list(user: AuthUser, query: EntryQueryDto) {
    const where: string[] = [];
    const params: unknown[] = [];
    // Row-level access: an importer sees only its own entries.
    if (user.role === 'importer') where.push(`e.importer_id = $${params.push(user.id)}`);
    if (query.status) where.push(`e.status = $${params.push(query.status)}`);
    if (query.facilityId) where.push(`e.manufacturer_facility_id = $${params.push(query.facilityId)}`);
    const rows = await this.dataSource.query(
      `SELECT e.id, e.reference, e.status, e.manufacturer_name AS "manufacturerName", e.product_category AS "productCategory",
              e.value_usd::float AS "valueUsd", e.imported_at AS "importedAt", e.hold_reasons AS "holdReasons", e.created_at AS "filedAt",
              d.kind AS "clockKind", d.title AS "clockTitle", d.due_at AS "clockDueAt", d.legal_basis AS "clockLegalBasis",
              ${BOARD_STATE_SQL('d')} AS "clockState"
         FROM entries e
         LEFT JOIN LATERAL (SELECT * FROM deadlines WHERE entry_id = e.id AND status = 'open' ORDER BY due_at LIMIT 1) d ON true
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY e.created_at DESC LIMIT 500`,
      params,
    );
    return rows;
  }

  async detail(user: AuthUser, id: string) {
    const entry = await this.visibleEntry(user, id);
    const clocks = await this.dataSource.query(`SELECT * FROM deadlines WHERE entry_id = $1 ORDER BY started_at, key`, [id]);
    const events = await this.dataSource.query(
      `SELECT sequence, type, actor_id AS "actorId", payload, occurred_at AS "occurredAt", hash FROM entry_events WHERE entry_id = $1 ORDER BY sequence`,
      [id],
    );
    const now = Date.now();
    return {
      id: entry.id,
      reference: entry.reference,
      status: entry.status,
      importerId: entry.importer_id,
      manufacturer: { facilityId: entry.manufacturer_facility_id, name: entry.manufacturer_name },
      productCategory: entry.product_category,
      htsCode: entry.hts_code,
      quantity: Number(entry.quantity),
      valueUsd: Number(entry.value_usd),
      importedAt: new Date(entry.imported_at).toISOString(),
      certification: entry.certification,
      holdReasons: entry.hold_reasons,
      proof: entry.proof,
      clocks: clocks.map((d: Record<string, never>) => ({
        key: d.key,
        kind: d.kind,
        title: d.title,
        owedBy: d.owed_by,
        legalBasis: d.legal_basis,
        startedAt: new Date(d.started_at).toISOString(),
        dueAt: d.due_at ? new Date(d.due_at).toISOString() : null,
        metAt: d.met_at ? new Date(d.met_at).toISOString() : null,
        state: boardState({ status: d.status, paused: d.paused, dueAt: d.due_at ? new Date(d.due_at) : null, atRiskAt: d.at_risk_at ? new Date(d.at_risk_at) : null }, now),
        daysLeft: d.status === 'open' ? daysLeft(d.due_at ? new Date(d.due_at) : null, now) : null,
        explanation: d.explanation,
      })),
      timeline: events.map((e: { occurredAt: Date }) => ({ ...e, occurredAt: new Date(e.occurredAt).toISOString() })),
    };
  }

  async act<A>(user: AuthUser, id: string, update: UpdateDefinition<unknown, [A]>, args: Omit<A, 'actor'>) {
    await this.visibleEntry(user, id);
    try {
      await this.temporal.workflow.getHandle(entryWorkflowId(id)).executeUpdate(update, { args: [{ ...args, actor: { id: user.id, role: user.role } } as A] });
    } catch (error) {
      throw httpErrorFromWorkflow(error);
    }
    return this.detail(user, id);
  }

  /** What screening would say of goods from this manufacturer in this category, before shipping. */
  async screening(query: ScreeningQueryDto) {
    const [facility] = (await this.dataSource.query(
      `SELECT id, name, status FROM facilities WHERE id::text = $1 OR lower(name) = lower($1) ORDER BY created_at LIMIT 1`,
      [query.manufacturer],
    )) as { id: string; name: string; status: ManufacturerStatus }[];
    const [category] = (await this.dataSource.query('SELECT code, name, high_risk AS "highRisk" FROM product_categories WHERE code = $1', [query.category])) as {
      code: string;
      name: string;
      highRisk: boolean;
    }[];
    if (!category) throw invalid({ category: [`unknown product category ${query.category}`] });
    // A complete certification is assumed: the answer is about the manufacturer and the goods.
    const today = new Date().toISOString().slice(0, 10);
    const assumed: EntryCertification = {
      supplierCertificateOfOrigin: { issuer: 'supplier', number: 'n/a', issuedOn: today },
      dueDiligenceStatement: { manufacturerName: facility?.name ?? query.manufacturer, statement: 'assumed', signedBy: 'importer', signedOn: today },
    };
    const result = screenEntry({
      manufacturer: { facilityId: facility?.id ?? null, name: facility?.name ?? query.manufacturer, status: facility?.status ?? 'UNKNOWN' },
      productCategory: { code: category.code, highRisk: category.highRisk },
      certification: assumed,
      importedAt: Date.now(),
    });
    return {
      manufacturer: facility ? { facilityId: facility.id, name: facility.name, status: facility.status } : { facilityId: null, name: query.manufacturer, status: 'UNKNOWN' },
      category,
      decision: result.decision,
      reasons: result.reasons,
      screeningVersion: result.screeningVersion,
      note: 'Assumes a complete certification is filed with the entry; a missing or incomplete one detains the goods.',
    };
  }

  /** Row-level access: an importer reaches only its own entries; another's answers 404. */
  private async visibleEntry(user: AuthUser, id: string) {
    const [entry] = await this.dataSource.query(
      `SELECT * FROM entries WHERE id = $1 ${user.role === 'importer' ? 'AND importer_id = $2' : ''}`,
      user.role === 'importer' ? [id, user.id] : [id],
    );
    if (!entry) throw new NotFoundException(`Entry ${id} was not found`);
    return entry;
  }

  /** Checks what the DTO cannot: the facility and category exist, importation is not in the future. */
  private async checkFiling(dto: FileEntryDto): Promise<string | null> {
    const fields: Record<string, string[]> = {};
    const imported = Date.parse(`${dto.importedOn}T00:00:00Z`);
    if (Number.isNaN(imported)) fields.importedOn = ['importedOn is not a real date'];
    else if (imported > Date.now()) fields.importedOn = ['the date of importation cannot be in the future'];
    const [category] = await this.dataSource.query('SELECT 1 FROM product_categories WHERE code = $1', [dto.productCategory]);
    if (!category) fields.productCategory = [`unknown product category ${dto.productCategory}`];
    let facilityId: string | null = dto.manufacturer.facilityId ?? null;
    if (facilityId) {
      const [facility] = await this.dataSource.query('SELECT 1 FROM facilities WHERE id = $1', [facilityId]);
      if (!facility) fields['manufacturer.facilityId'] = ['no facility has this id'];
    } else {
      const [match] = (await this.dataSource.query('SELECT id FROM facilities WHERE lower(name) = lower($1) LIMIT 1', [dto.manufacturer.name])) as { id: string }[];
      facilityId = match?.id ?? null;
    }
    if (Object.keys(fields).length) throw invalid(fields);
    return facilityId;
  }

  // The moves of an entry, one command each: callers never handle the workflow's Update definitions.

  fileProof(user: AuthUser, id: string, dto: ProofDto) {
    return this.act(user, id, fileProofUpdate, { statement: dto.statement, documents: dto.documents });
  }

  exportGoods(user: AuthUser, id: string, dto: EntryNoteDto) {
    return this.act(user, id, exportGoodsUpdate, { note: dto.note });
  }

  fileProtest(user: AuthUser, id: string, dto: ProtestDto) {
    return this.act(user, id, fileProtestUpdate, { grounds: dto.grounds });
  }

  release(user: AuthUser, id: string, dto: EntryDecisionDto) {
    return this.act(user, id, releaseEntryUpdate, { reason: dto.reason });
  }

  exclude(user: AuthUser, id: string, dto: EntryDecisionDto) {
    return this.act(user, id, excludeEntryUpdate, { reason: dto.reason });
  }

  extendProof(user: AuthUser, id: string, dto: EntryDecisionDto) {
    return this.act(user, id, extendProofUpdate, { reason: dto.reason });
  }

  decideProtest(user: AuthUser, id: string, dto: ProtestDecisionDto) {
    return this.act(user, id, decideProtestUpdate, { grant: dto.grant, reason: dto.reason });
  }
}
