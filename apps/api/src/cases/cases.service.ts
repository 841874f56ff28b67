import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import {
  CaseEventEntity,
  FacilityEntity,
  IdempotencyKeyEntity,
  InspectionCaseEntity,
  ProductCategoryEntity,
  UserEntity,
  verifyChain,
} from '@mou/persistence';
import { caseWorkflowId, CaseStageKey, TEMPORAL_OPTIONS, TemporalClientOptions } from '@mou/temporal';
import { caseOpenedUpdate, InspectionCaseInput } from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { CaseDetailDto, ChainVerificationDto, OpenCaseDto } from './cases.dto';
import { idempotentResourceId, requestHash } from './idempotency';

const OPEN_CASE = 'POST /cases';

@Injectable()
export class CasesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(TEMPORAL_OPTIONS) private readonly temporalOptions: TemporalClientOptions,
  ) {}

  /**
   * Opens a case: starts its workflow and answers once the opening event is committed.
   * With an Idempotency-Key, every retry (even concurrent) lands on the same case and workflow.
   */
  async open(user: AuthUser, dto: OpenCaseDto, idempotencyKey?: string): Promise<CaseDetailDto> {
    const assigneeId = await this.resolveAssignee(user, dto.assigneeId);
    await this.checkReferences(dto);
    const caseId = idempotencyKey ? await this.claimKey(user, idempotencyKey, dto) : randomUUID();

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

  async detail(user: AuthUser, id: string): Promise<CaseDetailDto> {
    const row = await this.visibleCase(user, id);
    const events = await this.dataSource.getRepository(CaseEventEntity).find({ where: { caseId: id }, order: { sequence: 'ASC' } });
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
        caseId: e.caseId,
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
  private async claimKey(user: AuthUser, key: string, dto: OpenCaseDto): Promise<string> {
    const resourceId = idempotentResourceId(user.id, OPEN_CASE, key);
    const hash = requestHash(dto);
    const repo = this.dataSource.getRepository(IdempotencyKeyEntity);
    await repo.createQueryBuilder().insert().values({ userId: user.id, key, operation: OPEN_CASE, requestHash: hash, resourceId }).orIgnore().execute();
    const claimed = await repo.findOneByOrFail({ userId: user.id, key });
    if (claimed.requestHash !== hash || claimed.operation !== OPEN_CASE) {
      throw new ConflictException('This Idempotency-Key was already used with a different request');
    }
    return claimed.resourceId;
  }
}
