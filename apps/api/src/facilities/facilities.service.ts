import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { facilityWorkflowId } from '@mou/temporal';
import { decideUnblockUpdate, requestUnblockUpdate } from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { httpErrorFromWorkflow } from '../common/workflow-errors';
import { DataSource } from 'typeorm';
import { FacilityEntity, FacilityStatusChangeEntity } from '@mou/persistence';
import { CreateFacilityDto, FacilityDetailDto, FacilityDto, UnblockRequestDto } from './facilities.dto';

@Injectable()
export class FacilitiesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
  ) {}

  /**
   * Asks to unblock a blocked facility: a visit with full access on one of its cases, or a
   * remediation petition. A second supervisor decides through /approvals (four-eyes).
   */
  async requestUnblock(user: AuthUser, id: string, dto: UnblockRequestDto): Promise<FacilityDetailDto> {
    await this.get(id);
    if (dto.ground === 'VISIT_WITH_FULL_ACCESS') {
      const [visit] = await this.dataSource.query(
        `SELECT 1 FROM case_events e JOIN cases c ON c.id = e.case_id
          WHERE c.id = $1 AND c.facility_id = $2 AND e.type = 'VISIT_CONDUCTED' AND (e.payload->>'fullAccess')::boolean`,
        [dto.caseId, id],
      );
      if (!visit) {
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

  async decideUnblock(user: AuthUser, facilityId: string, requestId: string, approve: boolean, reason: string): Promise<FacilityDetailDto> {
    try {
      await this.temporal.workflow.getHandle(facilityWorkflowId(facilityId)).executeUpdate(decideUnblockUpdate, {
        args: [{ actor: { id: user.id, role: user.role }, requestId, approve, reason }],
      });
    } catch (error) {
      throw httpErrorFromWorkflow(error);
    }
    return this.get(facilityId);
  }

  async create(dto: CreateFacilityDto): Promise<FacilityDto> {
    const repo = this.dataSource.getRepository(FacilityEntity);
    const saved = await repo.save(repo.create({ name: dto.name, province: dto.province ?? null, address: dto.address ?? null }));
    return toDto(saved);
  }

  async list(): Promise<FacilityDto[]> {
    const rows = await this.dataSource.getRepository(FacilityEntity).find({ order: { name: 'ASC' } });
    return rows.map(toDto);
  }

  async get(id: string): Promise<FacilityDetailDto> {
    const row = await this.dataSource.getRepository(FacilityEntity).findOneBy({ id });
    if (!row) throw new NotFoundException(`Facility ${id} was not found`);
    const history = await this.dataSource.getRepository(FacilityStatusChangeEntity).find({ where: { facilityId: id }, order: { changedAt: 'ASC', id: 'ASC' } });
    return {
      ...toDto(row),
      statusHistory: history.map((h) => ({
        from: h.fromStatus,
        to: h.toStatus,
        reason: h.reason,
        caseId: h.caseId,
        changedBy: h.changedBy,
        changedAt: h.changedAt.toISOString(),
      })),
    };
  }
}

function toDto(row: FacilityEntity): FacilityDto {
  return { id: row.id, name: row.name, province: row.province, address: row.address, status: row.status, createdAt: row.createdAt.toISOString() };
}
