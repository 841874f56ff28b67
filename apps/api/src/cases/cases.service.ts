import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import {
  ApprovalEntity,
  CaseEventEntity,
  DeadlineEntity,
  EscalationEntity,
  FacilityEntity,
  InspectionCaseEntity,
  ProductCategoryEntity,
  UserEntity,
  verifyChain,
} from '@mou/persistence';
import { caseWorkflowId, CaseStageKey, TEMPORAL_OPTIONS, TemporalClientOptions } from '@mou/temporal';
import { AppConfig, parseDeadlineRuleOverrides } from '@mou/config';
import { CaseProgress, DEFAULT_DEADLINE_RULES, legalActions, withEscalationReminderHours } from '@mou/domain';
import { caseOpenedUpdate, caseStateQuery, InspectionCaseInput } from '@mou/workflows';
import type { UpdateDefinition } from '@temporalio/common';
import { httpErrorFromWorkflow } from '../common/workflow-errors';
import { CaseQueryDto } from './case-query.dto';
import { BOARD_STATE_SQL, boardState, daysLeft } from './deadline-state';
import { AuthUser } from '../auth/auth.decorators';
import { CaseDetailDto, CaseListDto, ChainVerificationDto, OpenCaseDto } from './cases.dto';
import { claimIdempotencyKey } from './idempotency';

const OPEN_CASE = 'POST /cases';

interface CaseListRow {
  id: string;
  reference: string;
  stage: string;
  outcome: string | null;
  facilityId: string;
  facilityName: string;
  facilityStatus: string;
  assigneeId: string;
  assigneeName: string;
  openedAt: Date;
  nextDeadlineAt: Date | null;
  escalationLevel: number;
  deadlineState: string | null;
  progress: Record<string, unknown> | null;
}

@Injectable()
export class CasesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(TEMPORAL_OPTIONS) private readonly temporalOptions: TemporalClientOptions,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Opens a case: starts its workflow and answers once the opening event is committed.
   * With an Idempotency-Key, every retry (even concurrent) lands on the same case and workflow.
   */
  async open(user: AuthUser, dto: OpenCaseDto, idempotencyKey?: string): Promise<CaseDetailDto> {
    const assigneeId = await this.resolveAssignee(user, dto.assigneeId);
    await this.checkReferences(dto);
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
      rules: withEscalationReminderHours({ ...DEFAULT_DEADLINE_RULES, ...parseDeadlineRuleOverrides(this.config.DEADLINE_RULES) }, this.config.ESCALATION_REMINDER_HOURS),
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
  async act<A>(user: AuthUser, id: string, update: UpdateDefinition<unknown, [A]>, args: Omit<A, 'actor'>): Promise<CaseDetailDto> {
    await this.visibleCase(user, id);
    const handle = this.temporal.workflow.getHandle(caseWorkflowId(id));
    try {
      await handle.executeUpdate(update, { args: [{ ...args, actor: { id: user.id, role: user.role } } as A] });
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
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    // Row-level access: an investigator lists only the cases assigned to them.
    if (user.role === 'investigator') where.push(`c.assignee_id = ${param(user.id)}`);
    if (query.assigneeId) where.push(`c.assignee_id = ${param(query.assigneeId)}`);
    if (query.stage) where.push(`c.stage = ${param(query.stage)}`);
    if (query.facilityId) where.push(`c.facility_id = ${param(query.facilityId)}`);
    if (query.escalationLevel !== undefined) where.push(`c.escalation_level >= ${param(query.escalationLevel)}`);
    if (query.overdue) where.push(`EXISTS (SELECT 1 FROM deadlines d WHERE d.case_id = c.id AND d.status = 'open' AND NOT d.paused AND d.due_at < now())`);
    if (query.atRisk) {
      where.push(`EXISTS (SELECT 1 FROM deadlines d WHERE d.case_id = c.id AND d.status = 'open' AND NOT d.paused AND d.at_risk_at <= now() AND d.due_at >= now())`);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const sort = query.sort ?? 'nextDeadlineAt';
    const column = sort.replace('-', '') === 'openedAt' ? 'c.opened_at' : 'c.next_deadline_at';
    const order = `${column} ${sort.startsWith('-') ? 'DESC' : 'ASC'} NULLS LAST, c.reference`;
    const pageSize = query.pageSize ?? 25;
    const page = query.page ?? 1;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM cases c ${filter}`, params);
    const rows: CaseListRow[] = await this.dataSource.query(
      `SELECT c.id, c.reference, c.stage, c.outcome, c.facility_id AS "facilityId", f.name AS "facilityName", f.status AS "facilityStatus",
              c.assignee_id AS "assigneeId", u.display_name AS "assigneeName", c.opened_at AS "openedAt",
              c.next_deadline_at AS "nextDeadlineAt", c.escalation_level AS "escalationLevel", c.progress,
              (SELECT ${BOARD_STATE_SQL('d')} FROM deadlines d WHERE d.case_id = c.id AND d.status = 'open'
                ORDER BY d.due_at NULLS LAST LIMIT 1) AS "deadlineState"
         FROM cases c JOIN facilities f ON f.id = c.facility_id JOIN users u ON u.id = c.assignee_id
         ${filter} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    return {
      total,
      page,
      pageSize,
      items: rows.map(({ progress, ...r }) => ({
        ...r,
        legalActions: progress ? legalActions(progress as unknown as CaseProgress) : [],
        openedAt: new Date(r.openedAt).toISOString(),
        nextDeadlineAt: r.nextDeadlineAt ? new Date(r.nextDeadlineAt).toISOString() : null,
        daysLeft: daysLeft(r.nextDeadlineAt ? new Date(r.nextDeadlineAt) : null, Date.now()),
      })),
    };
  }

  async detail(user: AuthUser, id: string): Promise<CaseDetailDto> {
    const row = await this.visibleCase(user, id);
    const events = await this.dataSource.getRepository(CaseEventEntity).find({ where: { caseId: id }, order: { sequence: 'ASC' } });
    const deadlines = await this.dataSource.getRepository(DeadlineEntity).find({ where: { caseId: id }, order: { startedAt: 'ASC', key: 'ASC' } });
    const escalations = await this.dataSource.getRepository(EscalationEntity).find({ where: { caseId: id }, order: { occurredAt: 'ASC', level: 'ASC' } });
    const approvals = await this.dataSource.getRepository(ApprovalEntity).find({ where: { caseId: id }, order: { requestedAt: 'ASC' } });
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
      legalActions: row.progress ? legalActions(row.progress as unknown as CaseProgress) : [],
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
        state: boardState(d, now),
        daysLeft: d.status === 'open' ? daysLeft(d.dueAt, now) : null,
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
      timeline: events.map((e) => ({
        sequence: e.sequence,
        type: e.type,
        actorId: e.actorId,
        occurredAt: e.occurredAt.toISOString(),
        payload: e.payload,
        hash: e.hash,
      })),
    };
  }

  async verify(user: AuthUser, id: string): Promise<ChainVerificationDto> {
    await this.visibleCase(user, id);
    const events = await this.dataSource.getRepository(CaseEventEntity).find({ where: { caseId: id }, order: { sequence: 'ASC' } });
    return verifyChain(
      events.map((e) => ({
        streamId: e.caseId,
        sequence: e.sequence,
        type: e.type,
        actorId: e.actorId,
        occurredAt: e.occurredAt.toISOString(),
        payload: e.payload,
        prevHash: e.prevHash,
        hash: e.hash,
      })),
    );
  }

  /** Row-level access: investigators see only the cases assigned to them; others get 404. */
  private async visibleCase(user: AuthUser, id: string): Promise<InspectionCaseEntity> {
    const where: Record<string, string> = { id };
    if (user.role === 'investigator') where.assigneeId = user.id;
    const row = await this.dataSource.getRepository(InspectionCaseEntity).findOne({ where, relations: { facility: true } });
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
    const assignee = await this.dataSource.getRepository(UserEntity).findOneBy({ id: requested, active: true });
    if (!assignee || !['investigator', 'supervisor'].includes(assignee.role)) {
      throw new BadRequestException({ message: 'Invalid input: assigneeId', fields: { assigneeId: ['must be an active investigator or supervisor'] } });
    }
    return assignee.id;
  }

  private async checkReferences(dto: OpenCaseDto): Promise<void> {
    const fields: Record<string, string[]> = {};
    if (!(await this.dataSource.getRepository(FacilityEntity).existsBy({ id: dto.facilityId }))) {
      fields.facilityId = ['no facility has this id'];
    }
    const codes = dto.allegation.productCategories;
    if (codes.length > 0) {
      const known = await this.dataSource.getRepository(ProductCategoryEntity).findBy({ code: In(codes) });
      const unknown = codes.filter((c) => !known.some((k) => k.code === c));
      if (unknown.length) fields['allegation.productCategories'] = [`unknown product categories: ${unknown.join(', ')}`];
    }
    if (Object.keys(fields).length) {
      throw new BadRequestException({ message: `Invalid input: ${Object.keys(fields).join(', ')}`, fields });
    }
  }

  /** Binds the key to this request; a reuse with a different body is a conflict, not a new case. */
}
