import { Body, ConflictException, Controller, Get, Inject, NotFoundException, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ProductCategoryEntity } from '@mou/persistence';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { AuditService } from '../common/audit.service';
import { CreateProductCategoryDto, UpdateProductCategoryDto } from './product-category.dto';

/** Product categories reported as made with prison labor: seeded with sourced examples, kept by admins. */
@ApiTags('reference data')
@ApiBearerAuth()
@Controller('product-categories')
export class ReferenceDataController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Get()
  @RequirePermission(Permission.ReferenceDataRead)
  list(): Promise<ProductCategoryEntity[]> {
    return this.dataSource.getRepository(ProductCategoryEntity).find({ order: { code: 'ASC' } });
  }

  @Post()
  @RequirePermission(Permission.ReferenceDataManage)
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateProductCategoryDto): Promise<ProductCategoryEntity> {
    const repo = this.dataSource.getRepository(ProductCategoryEntity);
    if (await repo.existsBy({ code: dto.code })) throw new ConflictException(`Category ${dto.code} already exists`);
    const saved = await repo.save(repo.create({ ...dto, highRisk: dto.highRisk ?? true }));
    await this.audit.record({ actorId: user.id, action: 'category.create', outcome: 'success', target: dto.code, details: { ...dto } });
    return saved;
  }

  @Patch(':code')
  @RequirePermission(Permission.ReferenceDataManage)
  async update(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() dto: UpdateProductCategoryDto): Promise<ProductCategoryEntity> {
    const repo = this.dataSource.getRepository(ProductCategoryEntity);
    const existing = await repo.findOneBy({ code });
    if (!existing) throw new NotFoundException(`Category ${code} was not found`);
    // Only the fields sent: a DTO instance carries the others as undefined.
    const changes = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    const saved = await repo.save({ ...existing, ...changes });
    await this.audit.record({ actorId: user.id, action: 'category.update', outcome: 'success', target: code, details: { before: { ...existing }, after: changes } });
    return saved;
  }
}
