import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProductCategoryRepository } from '@mou/persistence';
import { AuthUser } from '../auth/auth.decorators';
import { AuditService } from '../common/audit.service';
import { CreateProductCategoryDto, ProductCategoryDto, RetireProductCategoryDto, UpdateProductCategoryDto } from './product-category.dto';

/** Product categories reported as made with prison labor: seeded with sourced examples, kept by admins (each change audited). */
@Injectable()
export class ReferenceDataService {
  private readonly categories: ProductCategoryRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {
    this.categories = new ProductCategoryRepository(dataSource);
  }

  async list(includeRetired = false): Promise<ProductCategoryDto[]> {
    return (await this.categories.list(includeRetired)).map(ProductCategoryDto.from);
  }

  async create(user: AuthUser, dto: CreateProductCategoryDto): Promise<ProductCategoryDto> {
    const saved = await this.categories.create({ code: dto.code, name: dto.name, hts: dto.hts, source: dto.source, highRisk: dto.highRisk ?? true, retiredAt: null, retiredSource: null }, user.id);
    if (!saved) throw new ConflictException({ message: `Category ${dto.code} already exists`, reason: 'CategoryExists' });
    await this.audit.record({ actorId: user.id, action: 'category.create', outcome: 'success', target: dto.code, details: { ...dto } });
    return ProductCategoryDto.from(saved);
  }

  async update(user: AuthUser, code: string, dto: UpdateProductCategoryDto): Promise<ProductCategoryDto> {
    const existing = await this.categories.find(code);
    if (!existing) throw new NotFoundException(`Category ${code} was not found`);
    // Only the fields sent: a DTO instance carries the others as undefined.
    const changes = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    const saved = await this.categories.update({ ...existing, ...changes }, user.id);
    await this.audit.record({ actorId: user.id, action: 'category.update', outcome: 'success', target: code, details: { before: { ...existing }, after: changes } });
    return ProductCategoryDto.from(saved);
  }

  /** No longer offered for new filings; records that name it keep it. */
  async retire(user: AuthUser, code: string, dto: RetireProductCategoryDto): Promise<ProductCategoryDto> {
    const source = dto.source.trim();
    const saved = await this.categories.retire(code, source, user.id);
    if (!saved) {
      if (!(await this.categories.find(code))) throw new NotFoundException(`Category ${code} was not found`);
      throw new ConflictException({ message: `Category ${code} was retired already`, reason: 'CategoryRetired' });
    }
    await this.audit.record({ actorId: user.id, action: 'category.retire', outcome: 'success', target: code, details: { source } });
    return ProductCategoryDto.from(saved);
  }
}
