import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FacilityEntity } from '@mou/persistence';
import { CreateFacilityDto, FacilityDto } from './facilities.dto';

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

  async get(id: string): Promise<FacilityDto> {
    const row = await this.dataSource.getRepository(FacilityEntity).findOneBy({ id });
    if (!row) throw new NotFoundException(`Facility ${id} was not found`);
    return toDto(row);
  }
}

function toDto(row: FacilityEntity): FacilityDto {
  return { id: row.id, name: row.name, province: row.province, address: row.address, status: row.status, createdAt: row.createdAt.toISOString() };
}
