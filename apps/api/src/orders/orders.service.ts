import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EnforcementKind, enforcementChangeRefusal, enforcementDecisionRefusal, enforcementLegalActions } from '@mou/domain';
import { CaseRepository, EnforcementOrderRepository, EnforcementOrderRow } from '@mou/persistence';
import { TEMPORAL_OPTIONS, TemporalClientOptions } from '@mou/temporal';
import {
  decideOrderRequestUpdate,
  EnforcementOrderInput,
  enforcementOrderWorkflowId,
  orderOpenedUpdate,
  OrderRequest,
  OrderTerms,
  requestOrderChangeUpdate,
} from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { AuditService } from '../common/audit.service';
import { httpErrorFromWorkflow } from '../common/workflow-errors';
import { ModifyOrderDto, OrderQueryDto, ProposeOrderDto } from './orders.dto';
import { EnforcementAggregateDto, EnforcementOrderDetailDto, EnforcementOrderDto, PendingOrderRequestDto } from './orders.responses';

type PendingRequest = Omit<OrderRequest, 'requestedAt'> & { requestedAt: string };

/**
 * The register of Withhold Release Orders and Findings (docs/domain.md §6). Every change goes to
 * the order's workflow, which keeps four-eyes and re-screens the facility's open entries; the
 * checks here only answer early, with the same rules from the domain.
 */
@Injectable()
export class OrdersService {
  private readonly orders: EnforcementOrderRepository;
  private readonly cases: CaseRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(TEMPORAL_OPTIONS) private readonly temporalOptions: TemporalClientOptions,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {
    this.orders = new EnforcementOrderRepository(dataSource);
    this.cases = new CaseRepository(dataSource);
  }

  async list(query: OrderQueryDto): Promise<EnforcementOrderDto[]> {
    const rows = await this.orders.list(query);
    return rows.map(toDto);
  }

  aggregate(): Promise<EnforcementAggregateDto> {
    return this.orders.aggregate();
  }

  async detail(user: AuthUser, id: string): Promise<EnforcementOrderDetailDto> {
    const row = await this.find(id);
    const [history, held, investigators] = await Promise.all([
      this.orders.history(id),
      this.orders.heldEntries(row.facilityId, row.reference),
      this.orders.facilityInvestigatorIds(row.facilityId, row.caseId),
    ]);
    const pending = row.pendingRequest as PendingRequest | null;
    let pendingRequest: PendingOrderRequestDto | null = null;
    if (pending) {
      const refusal = enforcementDecisionRefusal(pending, user.id, investigators);
      pendingRequest = {
        id: pending.id,
        action: pending.action,
        terms: pending.terms,
        reason: pending.reason,
        requestedBy: pending.requestedBy,
        requestedAt: pending.requestedAt,
        ...(refusal === null ? { mayDecide: true } : { mayDecide: false, refusal }),
      };
    }
    return {
      ...toDto(row),
      pendingRequest,
      history: history.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString(), recordedAt: e.recordedAt.toISOString() })),
      heldEntries: held.map((e) => ({ ...e, importedAt: e.importedAt.toISOString() })),
      legalActions: enforcementLegalActions(row.status, pending !== null),
    };
  }

  /** Proposes an order; it stops goods once a second supervisor approves it. */
  async propose(user: AuthUser, dto: ProposeOrderDto): Promise<EnforcementOrderDetailDto> {
    const fields: Record<string, string[]> = {};
    if (!(await this.cases.facilityExists(dto.facilityId))) fields.facilityId = ['no facility has this id'];
    const unknown = await this.cases.unknownCategories(dto.productCategories);
    if (unknown.length) fields.productCategories = [`unknown product categories: ${unknown.join(', ')}`];
    if (dto.caseId) {
      if ((await this.orders.caseFacilityId(dto.caseId)) !== dto.facilityId) fields.caseId = ['no case of this facility has this id'];
    }
    badRequestIf(fields);
    const orderId = randomUUID();
    const input: EnforcementOrderInput = {
      orderId,
      kind: dto.kind as EnforcementKind,
      facilityId: dto.facilityId,
      caseId: dto.caseId ?? null,
      terms: { productCategories: dto.productCategories, effectiveFrom: dto.effectiveFrom },
      reason: dto.reason,
      requestedBy: user.id,
      requestedAt: new Date().toISOString(),
    };
    await this.temporal.workflow.executeUpdateWithStart(orderOpenedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation('enforcementOrder', {
        workflowId: enforcementOrderWorkflowId(orderId),
        taskQueue: this.temporalOptions.taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    });
    await this.audit.record({ actorId: user.id, action: 'order.propose', outcome: 'success', target: orderId, details: { kind: dto.kind, facilityId: dto.facilityId } });
    return this.detail(user, orderId);
  }

  /** Asks to modify (new categories, first day, or both) or revoke an order in force. */
  async requestChange(user: AuthUser, id: string, action: 'MODIFY' | 'REVOKE', dto: ModifyOrderDto): Promise<EnforcementOrderDetailDto> {
    const row = await this.find(id);
    let terms: OrderTerms | undefined;
    if (action === 'MODIFY') {
      const fields: Record<string, string[]> = {};
      if (dto.productCategories === undefined && dto.effectiveFrom === undefined) {
        const problem = ['name the new product categories, the new first day, or both'];
        fields.productCategories = problem;
        fields.effectiveFrom = problem;
      }
      const unknown = await this.cases.unknownCategories(dto.productCategories ?? []);
      if (unknown.length) fields.productCategories = [`unknown product categories: ${unknown.join(', ')}`];
      badRequestIf(fields);
      terms = { productCategories: dto.productCategories ?? row.productCategories, effectiveFrom: dto.effectiveFrom ?? row.effectiveFrom };
    }
    const refusal = enforcementChangeRefusal(row.status, action, row.pendingRequest !== null);
    if (refusal !== null) {
      await this.audit.record({ actorId: user.id, action: `order.request-${action.toLowerCase()}`, outcome: 'denied', target: id, details: { reason: refusal } });
      throw new ConflictException({ message: refusal, reason: 'IllegalTransition' });
    }
    try {
      await this.temporal.workflow.getHandle(enforcementOrderWorkflowId(id)).executeUpdate(requestOrderChangeUpdate, {
        args: [{ actor: { id: user.id, role: user.role }, action, ...(terms ? { terms } : {}), reason: dto.reason }],
      });
    } catch (error) {
      throw httpErrorFromWorkflow(error);
    }
    await this.audit.record({ actorId: user.id, action: `order.request-${action.toLowerCase()}`, outcome: 'success', target: id, details: { reference: row.reference, ...(terms ? { terms } : {}) } });
    return this.detail(user, id);
  }

  /** A second supervisor, who does not investigate the facility, approves or rejects the pending request. */
  async decide(user: AuthUser, id: string, approve: boolean, reason: string): Promise<EnforcementOrderDetailDto> {
    const row = await this.find(id);
    const pending = row.pendingRequest as PendingRequest | null;
    const action = `order.${approve ? 'approve' : 'reject'}`;
    if (!pending) throw new ConflictException({ message: `No request on ${row.reference} waits for a decision.`, reason: 'IllegalTransition' });
    const facilityInvestigatorIds = await this.orders.facilityInvestigatorIds(row.facilityId, row.caseId);
    const refusal = enforcementDecisionRefusal(pending, user.id, facilityInvestigatorIds);
    if (refusal !== null) {
      await this.audit.record({ actorId: user.id, action, outcome: 'denied', target: id, details: { requestId: pending.id, reason: refusal } });
      throw new ConflictException({ message: refusal, reason: 'FourEyes' });
    }
    try {
      await this.temporal.workflow.getHandle(enforcementOrderWorkflowId(id)).executeUpdate(decideOrderRequestUpdate, {
        args: [{ actor: { id: user.id, role: user.role }, approve, reason, facilityInvestigatorIds }],
      });
    } catch (error) {
      throw httpErrorFromWorkflow(error);
    }
    await this.audit.record({ actorId: user.id, action, outcome: 'success', target: id, details: { reference: row.reference, requestId: pending.id, request: pending.action } });
    return this.detail(user, id);
  }

  private async find(id: string): Promise<EnforcementOrderRow> {
    const row = await this.orders.find(id);
    if (!row) throw new NotFoundException(`Order ${id} was not found`);
    return row;
  }
}

function badRequestIf(fields: Record<string, string[]>): void {
  if (Object.keys(fields).length) throw new BadRequestException({ message: `Invalid input: ${Object.keys(fields).join(', ')}`, fields });
}

function toDto(row: EnforcementOrderRow): EnforcementOrderDto {
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    facilityId: row.facilityId,
    facilityName: row.facilityName,
    productCategories: row.productCategories,
    legalBasis: row.legalBasis,
    reason: row.reason,
    caseId: row.caseId,
    caseReference: row.caseReference,
    effectiveFrom: row.effectiveFrom,
    issuedAt: row.issuedAt?.toISOString() ?? null,
    requestedBy: row.requestedBy,
    approvedBy: row.approvedBy,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    pending: row.pendingRequest !== null,
  };
}
