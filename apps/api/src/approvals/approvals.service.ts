import { ApprovalListItemDto } from './approvals.responses';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { approvalDecisionRefusal } from '@mou/domain';
import { ApprovalRepository } from '@mou/persistence';
import { decideApprovalUpdate } from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { CasesService } from '../cases/cases.service';
import { FacilitiesService } from '../facilities/facilities.service';

export class ApprovalQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected'], default: 'pending' })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected'])
  status?: string;
}

@Injectable()
export class ApprovalsService {
  private readonly approvals: ApprovalRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(CasesService) private readonly cases: CasesService,
    @Inject(FacilitiesService) private readonly facilities: FacilitiesService,
  ) {
    this.approvals = new ApprovalRepository(dataSource);
  }

  /**
   * The rows carry the list item's fields under its names (the repository's SQL aliases); each says
   * whether `user` may decide it, by the rule the workflows apply when the decision arrives.
   */
  async list(user: AuthUser, query: ApprovalQueryDto): Promise<ApprovalListItemDto[]> {
    const rows = (await this.approvals.list(query.status ?? 'pending')) as unknown as Omit<ApprovalListItemDto, 'mayDecide' | 'refusal'>[];
    return rows.map((row) => {
      const refusal = approvalDecisionRefusal(row, user.id, row.caseAssigneeId);
      return refusal === null ? { ...row, mayDecide: true } : { ...row, mayDecide: false, refusal };
    });
  }

  /** Routes the decision (dated `decidedAt` when taken earlier) to the workflow that asked for it: the case's, or the facility's for an unblock. */
  async decide(user: AuthUser, approvalId: string, approve: boolean, reason: string, decidedAt?: string) {
    const row = await this.approvals.find(approvalId);
    if (!row) throw new NotFoundException(`Approval ${approvalId} was not found`);
    if (row.kind === 'UNBLOCK_FACILITY' && row.facilityId) return this.facilities.decideUnblock(user, row.facilityId, approvalId, approve, reason, decidedAt);
    return this.cases.act(user, row.caseId!, decideApprovalUpdate, { approvalId, approve, reason, ...(decidedAt === undefined ? {} : { decidedAt }) });
  }
}
