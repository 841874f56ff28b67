import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ProductCategoryEntity } from '@mou/persistence';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';

@ApiTags('reference data')
@ApiBearerAuth()
@Controller('product-categories')
export class ReferenceDataController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Product categories reported as made with prison labor, with their sources. */
  @Get()
  @RequirePermission(Permission.ReferenceDataRead)
  list(): Promise<ProductCategoryEntity[]> {
    return this.dataSource.getRepository(ProductCategoryEntity).find({ order: { code: 'ASC' } });
  }
}
