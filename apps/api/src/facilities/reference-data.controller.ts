import { Body, ConflictException, Controller, Get, HttpCode, Inject, NotFoundException, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBodyErrors, ApiErrors, ApiPatternParam, ApiSignedIn } from '../common/api-errors';
import { DataSource, IsNull } from 'typeorm';
import { ProductCategoryEntity } from '@mou/persistence';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { AuditService } from '../common/audit.service';
import { CATEGORY_CODE_PATTERN, CreateProductCategoryDto, ProductCategoryDto, ProductCategoryQueryDto, RetireProductCategoryDto, UpdateProductCategoryDto } from './product-category.dto';

/** Product categories reported as made with prison labor: seeded with sourced examples, kept by admins. */
@ApiTags('reference data')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('product-categories')
export class ReferenceDataController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List product categories' })
  @RequirePermission(Permission.ReferenceDataRead)
  @ApiOkResponse({ type: [ProductCategoryDto], description: 'By code; those in use unless includeRetired' })
  @ApiErrors(400)
  async list(@Query() query: ProductCategoryQueryDto): Promise<ProductCategoryDto[]> {
    const rows = await this.dataSource
      .getRepository(ProductCategoryEntity)
      .find({ where: query.includeRetired ? {} : { retiredAt: IsNull() }, order: { code: 'ASC' } });
    return rows.map(ProductCategoryDto.from);
  }

  @Post()
  @ApiOperation({ summary: 'Add a product category' })
  @RequirePermission(Permission.ReferenceDataManage)
  @ApiCreatedResponse({ type: ProductCategoryDto })
  @ApiBodyErrors()
  @ApiErrors([409, 'A category with this code already exists'])
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateProductCategoryDto): Promise<ProductCategoryDto> {
    const repo = this.dataSource.getRepository(ProductCategoryEntity);
    if (await repo.existsBy({ code: dto.code })) throw new ConflictException({ message: `Category ${dto.code} already exists`, reason: 'CategoryExists' });
    const saved = await repo.save(repo.create({ ...dto, highRisk: dto.highRisk ?? true }));
    await this.audit.record({ actorId: user.id, action: 'category.create', outcome: 'success', target: dto.code, details: { ...dto } });
    return ProductCategoryDto.from(saved);
  }

  @Patch(':code')
  @ApiOperation({ summary: 'Change a product category' })
  @RequirePermission(Permission.ReferenceDataManage)
  @ApiPatternParam('code', CATEGORY_CODE_PATTERN, 'The category code', 'GARMENTS')
  @ApiOkResponse({ type: ProductCategoryDto, description: 'The category as changed' })
  @ApiBodyErrors()
  @ApiErrors(404)
  async update(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() dto: UpdateProductCategoryDto): Promise<ProductCategoryDto> {
    const repo = this.dataSource.getRepository(ProductCategoryEntity);
    const existing = await repo.findOneBy({ code });
    if (!existing) throw new NotFoundException(`Category ${code} was not found`);
    // Only the fields sent: a DTO instance carries the others as undefined.
    const changes = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    const saved = await repo.save({ ...existing, ...changes });
    await this.audit.record({ actorId: user.id, action: 'category.update', outcome: 'success', target: code, details: { before: { ...existing }, after: changes } });
    return ProductCategoryDto.from(saved);
  }

  @Post(':code/retire')
  @ApiOperation({ summary: 'Retire a product category on a source: no longer offered for new filings; records that name it keep it' })
  @HttpCode(200)
  @RequirePermission(Permission.ReferenceDataManage)
  @ApiPatternParam('code', CATEGORY_CODE_PATTERN, 'The category code', 'GARMENTS')
  @ApiOkResponse({ type: ProductCategoryDto, description: 'The category as retired' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'Already retired'])
  async retire(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() dto: RetireProductCategoryDto): Promise<ProductCategoryDto> {
    const repo = this.dataSource.getRepository(ProductCategoryEntity);
    const existing = await repo.findOneBy({ code });
    if (!existing) throw new NotFoundException(`Category ${code} was not found`);
    if (existing.retiredAt) throw new ConflictException({ message: `Category ${code} was retired already`, reason: 'CategoryRetired' });
    const saved = await repo.save({ ...existing, retiredAt: new Date(), retiredSource: dto.source.trim() });
    await this.audit.record({ actorId: user.id, action: 'category.retire', outcome: 'success', target: code, details: { source: saved.retiredSource } });
    return ProductCategoryDto.from(saved);
  }
}
