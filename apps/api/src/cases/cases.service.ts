import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CaseRepository, ChainRepository, DocumentRepository } from '@mou/persistence';
import { caseWorkflowId, CaseStageKey, TEMPORAL_OPTIONS, TemporalClientOptions } from '@mou/temporal';
import { AppConfig } from '@mou/config';
import { allowedCloseOutcomes, CaseProgress, clockState, closeOutcomeChoices, daysLeft, diplomaticNotesFromEvents, isCaseOpen, legalActions } from '@mou/domain';
import { mayHoldCases } from '@mou/domain';
import {
  approveDiplomaticNoteUpdate,
  beginEnforcementReviewUpdate,
  editDiplomaticNoteUpdate,
  forwardPetitionUpdate,
  issueUsInvestigationReportUpdate,
  markDiplomaticNoteSentUpdate,
  recordPetitionUpdate,
  recordPrcInvestigationRequestUpdate,
  caseOpenedUpdate,
  caseStateQuery,
  closeCaseUpdate,
  extendDeadlineUpdate,
  InspectionCaseInput,
  issueUsReportUpdate,
  pauseDeadlineUpdate,
  reassignCaseUpdate,
  recordAccessDeniedUpdate,
  recordPrcReportUpdate,
  recordVisitUpdate,
  reopenCaseUpdate,
  requestInvestigationUpdate,
  requestVisitUpdate,
  resumeDeadlineUpdate,
  scheduleVisitUpdate,
  withdrawCaseUpdate,
} from '@mou/workflows';
import type { UpdateDefinition } from '@temporalio/common';
import { httpErrorFromWorkflow } from '../common/workflow-errors';
import { CaseQueryDto } from './case-query.dto';
import { AuthUser } from '../auth/auth.decorators';
import { RecordAccessService } from '../common/record-access.service';
import { SettingsService } from '../settings/settings.service';
import {
  AccessDeniedDto,
  CloseCaseDto,
  ExtendDeadlineDto,
  PlainActionDto,
  PrcReportDto,
  DatedReasonDto,
  EditNoteDto,
  ForwardPetitionDto,
  PetitionDto,
  ReassignCaseDto,
  RequestDto,
  ScheduleVisitDto,
  SendNoteDto,
  UsInvestigationReportDto,
  UsReportDto,
  VisitDto,
} from './case-actions.dto';
import { CaseDetailDto, CaseListDto, ChainVerificationDto, OpenCaseDto } from './cases.dto';
import { claimIdempotencyKey } from './idempotency';
import { documentReferences } from '../documents/documents.service';

const OPEN_CASE = 'POST /cases';

/** The settings version the case runs on: the last one applied to it, else the one it opened on. */
function settingsVersionOf(events: { type: string; sequence: number; payload: unknown }[]): number | null {
  const last = [...events].sort((a, b) => b.sequence - a.sequence).find((e) => e.type === 'SETTINGS_APPLIED' || e.type === 'CASE_OPENED');
  const payload = last?.payload as { settings?: { to?: number }; rulesVersion?: number } | undefined;
  return payload?.settings?.to ?? payload?.rulesVersion ?? null;
}

@Injectable()
export class CasesService {
  private readonly cases: CaseRepository;
  private readonly documents: DocumentRepository;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(TEMPORAL_OPTIONS) private readonly temporalOptions: TemporalClientOptions,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(RecordAccessService) private readonly access: RecordAccessService,
    @Inject(SettingsService) private readonly settings: SettingsService,
  ) {
    this.cases = new CaseRepository(dataSource);
    this.documents = new DocumentRepository(dataSource);
  }

  /**
   * Opens a case: starts its workflow and answers once the opening event is committed.
   * With an Idempotency-Key, every retry (even concurrent) lands on the same case and workflow.
   */
  async open(user: AuthUser, dto: OpenCaseDto, idempotencyKey?: string): Promise<CaseDetailDto> {
    const assigneeId = await this.resolveAssignee(user, dto.assigneeId);
    const facilityName = await this.checkReferences(dto);
    const settings = await this.settings.current();
    const caseId = idempotencyKey ? await claimIdempotencyKey(this.dataSource, user.id, OPEN_CASE, idempotencyKey, dto) : randomUUID();

    const input: InspectionCaseInput = {
      caseId,
      facilityId: dto.facilityId,
      allegation: {
        summary: dto.allegation.summary,
        source: dto.allegation.source,
        productCategories: dto.allegation.productCategories,
      },
      openedBy: user.id,
      assigneeId,
      openedAt: new Date().toISOString(),
      rules: settings.rules,
      rulesVersion: settings.version,
      facilityName,
    };
    try {
      await this.temporal.workflow.executeUpdateWithStart(caseOpenedUpdate, {
        startWorkflowOperation: new WithStartWorkflowOperation('inspectionCase', {
          workflowId: caseWorkflowId(caseId),
          taskQueue: this.temporalOptions.taskQueue,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          typedSearchAttributes: [{ key: CaseStageKey, value: 'OPEN' }],
        }),
      });
    } catch (error) {
      // The key's case exists and its workflow has already ended: answer with that case.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError) || !idempotencyKey) throw error;
    }
    return this.detail(user, caseId);
  }

  /**
   * Sends one action to the case's workflow as an Update. The workflow's validator refuses an
   * illegal move before anything is written (409 with its reason); on success the event and the
   * read model are committed before this returns, so the detail reflects the action.
   */
  async act<A>(user: AuthUser, id: string, update: UpdateDefinition<unknown, [A]>, args: Omit<A, 'actor'>, documentIds?: string[]): Promise<CaseDetailDto> {
    await this.visibleCase(user, id);
    // The documents the fact comes with, as its event will record them (400 for any not of this case).
    const documents = await documentReferences(this.documents, { caseId: id }, documentIds);
    const handle = this.temporal.workflow.getHandle(caseWorkflowId(id));
    try {
      await handle.executeUpdate(update, { args: [{ ...args, ...(documents && { documents }), actor: { id: user.id, role: user.role } } as A] });
    } catch (error) {
      throw httpErrorFromWorkflow(error);
    }
    return this.detail(user, id);
  }

  /** The workflow's live state (what the read model is projected from). */
  async liveState(user: AuthUser, id: string) {
    await this.visibleCase(user, id);
    return this.temporal.workflow.getHandle(caseWorkflowId(id)).query(caseStateQuery);
  }

  async list(user: AuthUser, query: CaseQueryDto): Promise<CaseListDto> {
    const pageSize = query.pageSize ?? 25;
    const page = query.page ?? 1;
    const { total, rows } = await this.cases.list(this.access.caseScope(user), { ...query, page, pageSize });
    return {
      total,
      page,
      pageSize,
      items: rows.map(({ progress, ...r }) => ({
        ...r,
        legalActions: progress ? legalActions(progress as unknown as CaseProgress) : [],
        legalOutcomes: progress ? allowedCloseOutcomes(progress as unknown as CaseProgress) : [],
        openedAt: new Date(r.openedAt).toISOString(),
        nextDeadlineAt: r.nextDeadlineAt ? new Date(r.nextDeadlineAt).toISOString() : null,
        daysLeft: daysLeft(r.nextDeadlineAt ? new Date(r.nextDeadlineAt).getTime() : null, Date.now()),
      })),
    };
  }

  async detail(user: AuthUser, id: string): Promise<CaseDetailDto> {
    const row = await this.visibleCase(user, id);
    const events = await this.cases.timeline(id);
    const { deadlines, escalations, approvals } = await this.cases.related(id);
    const now = Date.now();
    return {
      id: row.id,
      reference: row.reference,
      facilityId: row.facilityId,
      facilityName: row.facility?.name ?? '',
      allegation: { summary: row.allegationSummary, source: row.allegationSource, productCategories: row.productCategories },
      stage: row.stage,
      outcome: row.outcome,
      assigneeId: row.assigneeId,
      openedBy: row.openedBy,
      openedAt: row.openedAt.toISOString(),
      nextDeadlineAt: row.nextDeadlineAt?.toISOString() ?? null,
      escalationLevel: row.escalationLevel,
      rulesVersion: settingsVersionOf(events),
      legalActions: row.progress ? legalActions(row.progress as unknown as CaseProgress) : [],
      legalOutcomes: row.progress ? allowedCloseOutcomes(row.progress as unknown as CaseProgress) : [],
      closeOutcomes: row.progress ? closeOutcomeChoices(row.progress as unknown as CaseProgress) : [],
      isOpen: row.progress ? isCaseOpen(row.progress as unknown as CaseProgress) : false,
      deadlines: deadlines.map((d) => ({
        key: d.key,
        kind: d.kind,
        title: d.title,
        owedBy: d.owedBy,
        legalBasis: d.legalBasis,
        startedAt: d.startedAt.toISOString(),
        dueAt: d.dueAt?.toISOString() ?? null,
        atRiskAt: d.atRiskAt?.toISOString() ?? null,
        metAt: d.metAt?.toISOString() ?? null,
        state: clockState({ status: d.status, paused: d.paused, dueAt: d.dueAt?.getTime() ?? null, atRiskAt: d.atRiskAt?.getTime() ?? null }, now),
        daysLeft: d.status === 'open' ? daysLeft(d.dueAt?.getTime() ?? null, now) : null,
        escalationLevel: d.escalationLevel,
        nextStepAt: d.nextStepAt?.toISOString() ?? null,
        explanation: d.explanation,
      })),
      escalations: escalations.map((e) => ({
        id: e.id,
        deadlineKey: e.deadlineId.slice(id.length + 1),
        level: e.level,
        type: e.type,
        description: e.description,
        occurredAt: e.occurredAt.toISOString(),
        acknowledgedBy: e.acknowledgedBy,
        acknowledgedAt: e.acknowledgedAt?.toISOString() ?? null,
      })),
      approvals: approvals.map((a) => ({
        id: a.id,
        kind: a.kind,
        status: a.status,
        reason: a.reason,
        requestedBy: a.requestedBy,
        requestedAt: a.requestedAt.toISOString(),
        decidedBy: a.decidedBy,
        decidedAt: a.decidedAt?.toISOString() ?? null,
        decisionReason: a.decisionReason,
      })),
      notes: diplomaticNotesFromEvents(events.map((e) => ({ sequence: e.sequence, type: e.type, actorId: e.actorId, occurredAt: e.occurredAt.toISOString(), payload: e.payload }))),
      timeline: events.map((e) => ({
        sequence: e.sequence,
        type: e.type,
        actorId: e.actorId,
        occurredAt: e.occurredAt.toISOString(),
        recordedAt: e.recordedAt.toISOString(),
        payload: e.payload,
        hash: e.hash,
      })),
    };
  }

  async verify(user: AuthUser, id: string): Promise<ChainVerificationDto> {
    await this.visibleCase(user, id);
    return new ChainRepository(this.dataSource).verifyStream('case', id);
  }

  /** Row-level access: a case outside the caller's scope answers 404, as one that does not exist. */
  private async visibleCase(user: AuthUser, id: string) {
    const row = await this.cases.findVisible(this.access.caseScope(user), id);
    if (!row) throw new NotFoundException(`Case ${id} was not found`);
    return row;
  }

  private async resolveAssignee(user: AuthUser, requested: string | undefined): Promise<string> {
    if (!requested || requested === user.id) return user.id;
    if (user.role !== 'supervisor') {
      throw new BadRequestException({ message: 'Invalid input: assigneeId', fields: { assigneeId: ['only a supervisor may assign a case to someone else'] } });
    }
    return this.checkAssignee(requested);
  }

  /** A case can be assigned to an active investigator or supervisor; 400 otherwise. */
  async checkAssignee(requested: string): Promise<string> {
    const assignee = await this.cases.activeUser(requested);
    if (!assignee || !mayHoldCases(assignee.role)) {
      throw new BadRequestException({ message: 'Invalid input: assigneeId', fields: { assigneeId: ['must be an active investigator or supervisor'] } });
    }
    return assignee.id;
  }

  /** The facility's name when every reference is known; 400 naming each one that is not. */
  private async checkReferences(dto: OpenCaseDto): Promise<string | undefined> {
    const fields: Record<string, string[]> = {};
    const facilityName = await this.cases.facilityName(dto.facilityId);
    if (facilityName === null) {
      fields.facilityId = ['no facility has this id'];
    }
    const unknown = await this.cases.unknownCategories(dto.allegation.productCategories);
    if (unknown.length) fields['allegation.productCategories'] = [`unknown product categories: ${unknown.join(', ')}`];
    if (Object.keys(fields).length) {
      throw new BadRequestException({ message: `Invalid input: ${Object.keys(fields).join(', ')}`, fields });
    }
    return facilityName ?? undefined;
  }

  // The moves of a case, one command each: callers never handle the workflow's Update definitions.

  requestInvestigation(user: AuthUser, id: string, dto: RequestDto): Promise<CaseDetailDto> {
    return this.act(user, id, requestInvestigationUpdate, { at: dto.requestedAt, note: dto.note }, dto.documentIds);
  }

  requestVisit(user: AuthUser, id: string, dto: RequestDto): Promise<CaseDetailDto> {
    return this.act(user, id, requestVisitUpdate, { at: dto.requestedAt, note: dto.note }, dto.documentIds);
  }

  recordPrcReport(user: AuthUser, id: string, dto: PrcReportDto): Promise<CaseDetailDto> {
    return this.act(user, id, recordPrcReportUpdate, { at: dto.receivedAt, note: dto.note }, dto.documentIds);
  }

  scheduleVisit(user: AuthUser, id: string, dto: ScheduleVisitDto): Promise<CaseDetailDto> {
    return this.act(user, id, scheduleVisitUpdate, { scheduledFor: dto.scheduledFor, note: dto.note }, dto.documentIds);
  }

  recordVisit(user: AuthUser, id: string, dto: VisitDto): Promise<CaseDetailDto> {
    return this.act(user, id, recordVisitUpdate, { at: dto.heldAt, fullAccess: dto.fullAccess, note: dto.note }, dto.documentIds);
  }

  issueUsReport(user: AuthUser, id: string, dto: UsReportDto): Promise<CaseDetailDto> {
    return this.act(user, id, issueUsReportUpdate, { at: dto.issuedAt, note: dto.note }, dto.documentIds);
  }

  recordAccessDenied(user: AuthUser, id: string, dto: AccessDeniedDto): Promise<CaseDetailDto> {
    return this.act(user, id, recordAccessDeniedUpdate, { at: dto.deniedAt, note: dto.note }, dto.documentIds);
  }

  beginEnforcementReview(user: AuthUser, id: string, dto: PlainActionDto): Promise<CaseDetailDto> {
    return this.act(user, id, beginEnforcementReviewUpdate, { note: dto.note }, dto.documentIds);
  }

  close(user: AuthUser, id: string, dto: CloseCaseDto): Promise<CaseDetailDto> {
    return this.act(user, id, closeCaseUpdate, { outcome: dto.outcome, note: dto.note }, dto.documentIds);
  }

  withdraw(user: AuthUser, id: string, dto: PlainActionDto): Promise<CaseDetailDto> {
    return this.act(user, id, withdrawCaseUpdate, { note: dto.note }, dto.documentIds);
  }

  reopen(user: AuthUser, id: string, dto: PlainActionDto): Promise<CaseDetailDto> {
    return this.act(user, id, reopenCaseUpdate, { note: dto.note }, dto.documentIds);
  }

  recordPetition(user: AuthUser, id: string, dto: PetitionDto): Promise<CaseDetailDto> {
    return this.act(user, id, recordPetitionUpdate, { at: dto.receivedAt, petitioner: dto.petitioner, goods: dto.goods, conforming: dto.conforming, note: dto.note }, dto.documentIds);
  }

  forwardPetition(user: AuthUser, id: string, dto: ForwardPetitionDto): Promise<CaseDetailDto> {
    return this.act(user, id, forwardPetitionUpdate, { at: dto.forwardedAt, note: dto.note }, dto.documentIds);
  }

  recordPrcInvestigationRequest(user: AuthUser, id: string, dto: RequestDto): Promise<CaseDetailDto> {
    return this.act(user, id, recordPrcInvestigationRequestUpdate, { at: dto.requestedAt, note: dto.note }, dto.documentIds);
  }

  issueUsInvestigationReport(user: AuthUser, id: string, dto: UsInvestigationReportDto): Promise<CaseDetailDto> {
    return this.act(user, id, issueUsInvestigationReportUpdate, { at: dto.issuedAt, note: dto.note }, dto.documentIds);
  }

  editNote(user: AuthUser, id: string, noteId: string, dto: EditNoteDto): Promise<CaseDetailDto> {
    return this.act(user, id, editDiplomaticNoteUpdate, { noteId, text: dto.text });
  }

  approveNote(user: AuthUser, id: string, noteId: string): Promise<CaseDetailDto> {
    return this.act(user, id, approveDiplomaticNoteUpdate, { noteId });
  }

  markNoteSent(user: AuthUser, id: string, noteId: string, dto: SendNoteDto): Promise<CaseDetailDto> {
    return this.act(user, id, markDiplomaticNoteSentUpdate, { noteId, sentAt: dto.sentAt });
  }

  /** To an active investigator or supervisor (400 otherwise). */
  async reassign(user: AuthUser, id: string, dto: ReassignCaseDto): Promise<CaseDetailDto> {
    await this.checkAssignee(dto.assigneeId);
    return this.act(user, id, reassignCaseUpdate, { assigneeId: dto.assigneeId, reason: dto.reason });
  }

  pauseDeadline(user: AuthUser, id: string, deadlineKey: string, dto: DatedReasonDto): Promise<CaseDetailDto> {
    return this.act(user, id, pauseDeadlineUpdate, { deadlineKey, reason: dto.reason, at: dto.at });
  }

  resumeDeadline(user: AuthUser, id: string, deadlineKey: string, dto: DatedReasonDto): Promise<CaseDetailDto> {
    return this.act(user, id, resumeDeadlineUpdate, { deadlineKey, reason: dto.reason, at: dto.at });
  }

  extendDeadline(user: AuthUser, id: string, deadlineKey: string, dto: ExtendDeadlineDto): Promise<CaseDetailDto> {
    return this.act(user, id, extendDeadlineUpdate, { deadlineKey, reason: dto.reason, days: dto.days });
  }
}
