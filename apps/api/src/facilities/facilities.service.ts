import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { facilityWorkflowId } from '@mou/temporal';
import { decideUnblockUpdate, requestUnblockUpdate } from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { httpErrorFromWorkflow } from '../common/workflow-errors';
import { DataSource } from 'typeorm';
import { facilityLegalActions, unblockRequestRefusal } from '@mou/domain';
import { ApprovalRepository, FacilityEntity, FacilityRepository } from '@mou/persistence';
import { CreateFacilityDto, FacilityDetailDto, FacilityDto, UnblockRequestDto } from './facilities.dto';

@Injectable()
export class FacilitiesService {
  private readonly facilities: FacilityRepository;
  private readonly approvals: ApprovalRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
  ) {
    this.facilities = new FacilityRepository(dataSource);
    this.approvals = new ApprovalRepository(dataSource);
  }

  /**
   * Asks to unblock a blocked facility: a visit with full access on one of its cases, or a
   * remediation petition. A second supervisor decides through /approvals (four-eyes).
   */
  async requestUnblock(user: AuthUser, id: string, dto: UnblockRequestDto): Promise<FacilityDetailDto> {
    await this.get(id);
    if (dto.ground === 'VISIT_WITH_FULL_ACCESS') {
      if (!(await this.facilities.hasVisitWithFullAccess(id, dto.caseId))) {
        throw new BadRequestException({ message: 'Invalid input: caseId', fields: { caseId: ['no case of this facility records a visit with full access'] } });
      }
    }
    try {
      await this.temporal.workflow.getHandle(facilityWorkflowId(id)).executeUpdate(requestUnblockUpdate, {
        args: [{ actor: { id: user.id, role: user.role }, ground: dto.ground, caseId: dto.caseId, petition: dto.petition, reason: dto.reason }],
      });
    } catch (error) {
      throw httpErrorFromWorkflow(error);
    }
    return this.get(id);
  }

  async decideUnblock(user: AuthUser, facilityId: string, requestId: string, approve: boolean, reason: string, decidedAt?: string): Promise<FacilityDetailDto> {
    try {
      await this.temporal.workflow.getHandle(facilityWorkflowId(facilityId)).executeUpdate(decideUnblockUpdate, {
        args: [{ actor: { id: user.id, role: user.role }, requestId, approve, reason, ...(decidedAt === undefined ? {} : { decidedAt }) }],
      });
    } catch (error) {
      throw httpErrorFromWorkflow(error);
    }
    return this.get(facilityId);
  }

  async create(dto: CreateFacilityDto): Promise<FacilityDto> {
    const saved = await this.facilities.create({ name: dto.name, province: dto.province ?? null, address: dto.address ?? null });
    return toDto(saved);
  }

  async list(): Promise<FacilityDto[]> {
    const rows = await this.facilities.list();
    return rows.map(toDto);
  }

  async get(id: string): Promise<FacilityDetailDto> {
    const row = await this.facilities.find(id);
    if (!row) throw new NotFoundException(`Facility ${id} was not found`);
    const [history, unblockPending] = await Promise.all([this.facilities.statusHistory(id), this.approvals.unblockPending(id)]);
    return {
      ...toDto(row),
      statusHistory: history.map((h) => ({
        from: h.fromStatus,
        to: h.toStatus,
        reason: h.reason,
        caseId: h.caseId,
        changedBy: h.changedBy,
        changedAt: h.changedAt.toISOString(),
        recordedAt: h.recordedAt.toISOString(),
      })),
      legalActions: facilityLegalActions(row.status, unblockPending),
      unblockRefusal: unblockRequestRefusal(row.status, unblockPending),
    };
  }
}

function toDto(row: FacilityEntity): FacilityDto {
  return { id: row.id, name: row.name, province: row.province, address: row.address, status: row.status, createdAt: row.createdAt.toISOString() };
}
