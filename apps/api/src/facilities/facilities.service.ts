import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FacilityEntity, FacilityStatusChangeEntity } from '@mou/persistence';
import { CreateFacilityDto, FacilityDetailDto, FacilityDto } from './facilities.dto';

@Injectable()
export class FacilitiesService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

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
