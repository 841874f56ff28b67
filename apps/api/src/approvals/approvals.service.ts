import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
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
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CasesService) private readonly cases: CasesService,
    @Inject(FacilitiesService) private readonly facilities: FacilitiesService,
  ) {}

  list(query: ApprovalQueryDto) {
    return this.dataSource.query(
      `SELECT a.id, a.case_id AS "caseId", c.reference AS "caseReference", f.id AS "facilityId", f.name AS "facilityName", a.kind, a.status,
              a.reason, a.requested_by AS "requestedBy", a.requested_at AS "requestedAt", a.decided_by AS "decidedBy", a.decided_at AS "decidedAt",
              a.decision_reason AS "decisionReason", c.assignee_id AS "caseAssigneeId"
         FROM approvals a LEFT JOIN cases c ON c.id = a.case_id JOIN facilities f ON f.id = COALESCE(a.facility_id, c.facility_id)
        WHERE a.status = $1 ORDER BY a.requested_at`,
      [query.status ?? 'pending'],
    );
  }

  /** Routes the decision to the workflow that asked for it: the case's, or the facility's for an unblock. */
  async decide(user: AuthUser, approvalId: string, approve: boolean, reason: string) {
    const [row] = (await this.dataSource.query('SELECT case_id AS "caseId", facility_id AS "facilityId", kind FROM approvals WHERE id = $1', [approvalId])) as {
      caseId: string | null;
      facilityId: string | null;
      kind: string;
    }[];
    if (!row) throw new NotFoundException(`Approval ${approvalId} was not found`);
    if (row.kind === 'UNBLOCK_FACILITY' && row.facilityId) return this.facilities.decideUnblock(user, row.facilityId, approvalId, approve, reason);
    return this.cases.act(user, row.caseId!, decideApprovalUpdate, { approvalId, approve, reason });
  }
}
