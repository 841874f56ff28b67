import { ApprovalListItemDto } from './approvals.responses';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { approvalDecisionRefusal, enforcementDecisionRefusal } from '@mou/domain';
import { ApprovalRepository, EnforcementOrderRepository } from '@mou/persistence';
import { decideApprovalUpdate } from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { CasesService } from '../cases/cases.service';
import { FacilitiesService } from '../facilities/facilities.service';
import { OrdersService } from '../orders/orders.service';

export class ApprovalQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected'], default: 'pending' })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected'])
  status?: string;
}

@Injectable()
export class ApprovalsService {
  private readonly approvals: ApprovalRepository;
  private readonly orders: EnforcementOrderRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(CasesService) private readonly cases: CasesService,
    @Inject(FacilitiesService) private readonly facilities: FacilitiesService,
    @Inject(OrdersService) private readonly orderService: OrdersService,
  ) {
    this.approvals = new ApprovalRepository(dataSource);
    this.orders = new EnforcementOrderRepository(dataSource);
  }

  /**
   * The rows carry the list item's fields under its names (the repository's SQL aliases); each says
   * whether `user` may decide it, by the rule the workflows apply when the decision arrives.
   */
  async list(user: AuthUser, query: ApprovalQueryDto): Promise<ApprovalListItemDto[]> {
    const rows = (await this.approvals.list(query.status ?? 'pending')) as unknown as Omit<ApprovalListItemDto, 'mayDecide' | 'refusal'>[];
    return Promise.all(
      rows.map(async (row) => {
        // A request on an order: nobody investigating a case on its facility decides it (docs/domain.md §6).
        const refusal =
          row.orderId && row.status === 'pending'
            ? enforcementDecisionRefusal(row, user.id, await this.orders.facilityInvestigatorIds(row.facilityId, row.caseId))
            : approvalDecisionRefusal(row, user.id, row.caseAssigneeId);
        return refusal === null ? { ...row, mayDecide: true } : { ...row, mayDecide: false, refusal };
      }),
    );
  }

  /** Routes the decision (dated `decidedAt` when taken earlier) to the workflow that asked for it: the case's, the facility's for an unblock, or the order's. */
  async decide(user: AuthUser, approvalId: string, approve: boolean, reason: string, decidedAt?: string) {
    const row = await this.approvals.find(approvalId);
    if (!row) throw new NotFoundException(`Approval ${approvalId} was not found`);
    if (row.orderId) {
      // A decision on an order takes effect when it is entered: entries screened before it stay as they were screened.
      if (decidedAt !== undefined) throw new BadRequestException({ message: 'Invalid input: decidedAt', fields: { decidedAt: ['a decision on an order takes effect when it is entered; leave decidedAt out'] } });
      return this.orderService.decide(user, row.orderId, approve, reason);
    }
    if (row.kind === 'UNBLOCK_FACILITY' && row.facilityId) return this.facilities.decideUnblock(user, row.facilityId, approvalId, approve, reason, decidedAt);
    return this.cases.act(user, row.caseId!, decideApprovalUpdate, { approvalId, approve, reason, ...(decidedAt === undefined ? {} : { decidedAt }) });
  }
}
