import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  clockState,
  daysLeft,
  type DeadlineKind,
  type DeadlineLedger,
  EntryCertification,
  entryMoveChoices,
  type EntryMoveChoice,
  type EntryStatus,
  type ManufacturerMatch,
  matchManufacturer,
  screenEntry,
  US_FEDERAL_CALENDAR,
} from '@mou/domain';
import { DocumentRepository, EntryRepository, entryDocumentLine } from '@mou/persistence';
import { documentReferences } from '../documents/documents.service';
import { entryWorkflowId, TEMPORAL_OPTIONS, TemporalClientOptions } from '@mou/temporal';
import {
  decideNameMatchUpdate,
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
import { RecordAccessService } from '../common/record-access.service';
import { httpErrorFromWorkflow } from '../common/workflow-errors';
import {
  EntryDecisionDto,
  EntryDetailDto,
  EntryNoteDto,
  EntryQueryDto,
  EntrySummaryDto,
  FileEntryDto,
  FiledCertificationDto,
  NameMatchDecisionDto,
  NameMatchDto,
  ProofDto,
  ProtestDecisionDto,
  ProtestDto,
  ScreeningQueryDto,
} from './entries.dto';

const FILE_ENTRY = 'POST /entries';

const ms = (value: Date | null) => (value === null ? null : new Date(value).getTime());

const invalid = (fields: Record<string, string[]>) => new BadRequestException({ message: `Invalid input: ${Object.keys(fields).join(', ')}`, fields });

@Injectable()
export class EntriesService {
  private readonly entries: EntryRepository;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(TEMPORAL_OPTIONS) private readonly temporalOptions: TemporalClientOptions,
    @Inject(RecordAccessService) private readonly access: RecordAccessService,
  ) {
    this.entries = new EntryRepository(dataSource);
  }

  /** Files an entry and answers once it is screened (released, pending the window, or detained with reasons). */
  async file(user: AuthUser, dto: FileEntryDto, idempotencyKey?: string) {
    const { facilityId, match } = await this.checkFiling(dto);
    const entryId = idempotencyKey ? await claimIdempotencyKey(this.dataSource, user.id, FILE_ENTRY, idempotencyKey, dto) : randomUUID();
    const now = new Date().toISOString();
    const input: ImportEntryInput = {
      entryId,
      importerId: user.id,
      manufacturer: { facilityId, name: dto.manufacturer.name, ...(match ? { match } : {}) },
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

  async list(user: AuthUser, query: EntryQueryDto): Promise<EntrySummaryDto[]> {
    const rows = await this.entries.list(this.access.entryScope(user), { status: query.status, facilityId: query.facilityId });
    const facts = new Map((await this.entries.moveFacts(rows.map((r) => r.id as string))).map((f) => [f.id, f]));
    const now = Date.now();
    return rows.map((row) => {
      const f = facts.get(row.id as string);
      const clock = f?.clockKind ? { kind: f.clockKind, explanation: f.clockExplanation as never } : null;
      return { ...row, legalMoves: legalMoves(row.status as string, f?.proofFiled ?? false, clock, f?.excludedAt ?? null, now) } as unknown as EntrySummaryDto;
    });
  }

  async detail(user: AuthUser, id: string): Promise<EntryDetailDto> {
    const entry = await this.visibleEntry(user, id);
    const clocks = await this.entries.clocks(id);
    const events = await this.entries.events(id);
    const now = Date.now();
    const open = clocks.find((d: { status: string }) => d.status === 'open');
    const excluded = events.filter((e: { type: string }) => e.type === 'ENTRY_EXCLUDED').pop();
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
      // Stored as filed: the certification's JSON column holds the FiledCertificationDto shape.
      certification: entry.certification as unknown as FiledCertificationDto,
      holdReasons: entry.hold_reasons,
      proof: entry.proof,
      clocks: clocks.map((d) => ({
        key: d.key,
        kind: d.kind,
        title: d.title,
        owedBy: d.owed_by,
        legalBasis: d.legal_basis,
        startedAt: new Date(d.started_at).toISOString(),
        dueAt: d.due_at ? new Date(d.due_at).toISOString() : null,
        metAt: d.met_at ? new Date(d.met_at).toISOString() : null,
        state: clockState({ status: d.status, paused: d.paused, dueAt: ms(d.due_at), atRiskAt: ms(d.at_risk_at) }, now),
        daysLeft: d.status === 'open' ? daysLeft(ms(d.due_at), now) : null,
        explanation: d.explanation,
      })),
      timeline: events.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt).toISOString() })),
      legalMoves: legalMoves(entry.status, entry.proof !== null, open ? { kind: open.kind, explanation: open.explanation as never } : null, excluded?.occurredAt ?? null, now),
      nameMatch: nameMatchOf(entry.status, events),
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
    // By id, or by any of a facility's names as filing matches them (docs/domain.md §6).
    const byId = await this.entries.manufacturer(query.manufacturer);
    const match = byId ? null : matchManufacturer(query.manufacturer, await this.entries.facilityNames());
    const matched = match && match.how !== 'NEAR' ? { id: match.facilityId, name: match.facilityName, status: (await this.entries.facilityStatus(match.facilityId)) ?? 'UNKNOWN' } : null;
    const facility = byId ?? matched;
    const category = await this.entries.category(query.category);
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
      orders: facility ? await this.entries.activeOrders(facility.id) : [],
      nameMatch: match,
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

  /** Row-level access: an entry outside the caller's scope answers 404, as one that does not exist. */
  private async visibleEntry(user: AuthUser, id: string) {
    const entry = await this.entries.findVisible(this.access.entryScope(user), id);
    if (!entry) throw new NotFoundException(`Entry ${id} was not found`);
    return entry;
  }

  /**
   * Checks what the DTO cannot: the facility and category exist, importation is not in the future.
   * Without a facility id, the declared name is matched against every name of every registered
   * facility (docs/domain.md §6): a match names the facility; a near miss names none, and
   * screening holds the entry for a supervisor.
   */
  private async checkFiling(dto: FileEntryDto): Promise<{ facilityId: string | null; match: ManufacturerMatch | null }> {
    const fields: Record<string, string[]> = {};
    const imported = Date.parse(`${dto.importedOn}T00:00:00Z`);
    if (Number.isNaN(imported)) fields.importedOn = ['importedOn is not a real date'];
    else if (imported > Date.now()) fields.importedOn = ['the date of importation cannot be in the future'];
    if (!(await this.entries.category(dto.productCategory))) fields.productCategory = [`unknown product category ${dto.productCategory}`];
    let facilityId: string | null = dto.manufacturer.facilityId ?? null;
    let match: ManufacturerMatch | null = null;
    if (facilityId) {
      if (!(await this.entries.facilityExists(facilityId))) fields['manufacturer.facilityId'] = ['no facility has this id'];
    } else {
      match = matchManufacturer(dto.manufacturer.name, await this.entries.facilityNames());
      if (match && match.how !== 'NEAR') facilityId = match.facilityId;
    }
    if (Object.keys(fields).length) throw invalid(fields);
    return { facilityId, match };
  }

  // The moves of an entry, one command each: callers never handle the workflow's Update definitions.

  /** Uploaded documents named in documentIds join the filed documents, each with its SHA-256, in the proof's event. */
  async fileProof(user: AuthUser, id: string, dto: ProofDto) {
    await this.visibleEntry(user, id);
    const uploaded = (await documentReferences(new DocumentRepository(this.dataSource), { entryId: id }, dto.documentIds)) ?? [];
    return this.act(user, id, fileProofUpdate, { statement: dto.statement, documents: [...dto.documents, ...uploaded.map(entryDocumentLine)] });
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

  decideNameMatch(user: AuthUser, id: string, dto: NameMatchDecisionDto) {
    return this.act(user, id, decideNameMatchUpdate, { confirm: dto.confirm, reason: dto.reason });
  }
}

/** Statuses in which a near match can still be decided (the workflow's own check). */
const NAME_REVIEW_STATUSES = ['PENDING_SCREENING', 'DETAINED'];

/** How the declared name matched, from the filing event, with a supervisor's decision on a near miss. */
function nameMatchOf(status: string, events: { type: string; actorId: string; payload: Record<string, unknown>; occurredAt: Date }[]): NameMatchDto | null {
  const filed = events.find((e) => e.type === 'ENTRY_FILED');
  const match = filed?.payload.manufacturerMatch as ManufacturerMatch | undefined;
  if (!match) return null;
  const decided = events.filter((e) => e.type === 'NAME_MATCH_CONFIRMED' || e.type === 'NAME_MATCH_CLEARED').pop();
  const resolution = decided
    ? { decision: decided.type === 'NAME_MATCH_CONFIRMED' ? 'CONFIRMED' : 'CLEARED', by: decided.actorId, at: new Date(decided.occurredAt).toISOString(), reason: String(decided.payload.reason ?? '') }
    : null;
  return {
    facilityId: match.facilityId,
    facilityName: match.facilityName,
    matchedName: match.matchedName,
    field: match.field,
    how: match.how,
    edits: match.edits,
    awaitingReview: match.how === 'NEAR' && resolution === null && NAME_REVIEW_STATUSES.includes(status),
    resolution,
  };
}

/**
 * The moves a person may take on the entry now, each allowed or refused with its reason, as the
 * domain decides them (the workflow's own checks; the entry clocks run on the federal calendar).
 * The running clock's ledger is read back from its stored explanation.
 */
function legalMoves(
  status: string,
  proofFiled: boolean,
  openClock: { kind: string; explanation: { startedAt: number; pauses?: DeadlineLedger['pauses']; extensions?: DeadlineLedger['extensions'] } | null } | null,
  excludedAt: Date | string | null,
  now: number,
): EntryMoveChoice[] {
  const explanation = openClock?.explanation;
  const ledger: DeadlineLedger | null = explanation
    ? {
        startedAt: Number(explanation.startedAt),
        pauses: (explanation.pauses ?? []).map((p) => ({ pausedAt: p.pausedAt, resumedAt: p.resumedAt ?? undefined, reason: p.reason, by: p.by })),
        extensions: explanation.extensions ?? [],
      }
    : null;
  return entryMoveChoices(
    {
      status: status as EntryStatus,
      proofFiled,
      openClock: openClock && ledger ? { kind: openClock.kind as DeadlineKind, ledger } : null,
      excludedAt: excludedAt === null ? null : new Date(excludedAt).getTime(),
    },
    now,
    US_FEDERAL_CALENDAR,
  );
}
