import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBodyErrors, ApiErrors, ApiPatternParam, ApiSignedIn } from '../common/api-errors';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { CATEGORY_CODE_PATTERN, CreateProductCategoryDto, ProductCategoryDto, UpdateProductCategoryDto } from './product-category.dto';
import { ReferenceDataService } from './reference-data.service';

/** Product categories reported as made with prison labor: seeded with sourced examples, kept by admins. */
@ApiTags('reference data')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('product-categories')
export class ReferenceDataController {
  constructor(private readonly service: ReferenceDataService) {}

  @Get()
  @ApiOperation({ summary: 'List product categories' })
  @RequirePermission(Permission.ReferenceDataRead)
  @ApiOkResponse({ type: [ProductCategoryDto], description: 'By code' })
  list(): Promise<ProductCategoryDto[]> {
    return this.service.list();
  }

  @Post()
  @ApiOperation({ summary: 'Add a product category' })
  @RequirePermission(Permission.ReferenceDataManage)
  @ApiCreatedResponse({ type: ProductCategoryDto })
  @ApiBodyErrors()
  @ApiErrors([409, 'A category with this code already exists'])
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProductCategoryDto): Promise<ProductCategoryDto> {
    return this.service.create(user, dto);
  }

  @Patch(':code')
  @ApiOperation({ summary: 'Change a product category' })
  @RequirePermission(Permission.ReferenceDataManage)
  @ApiPatternParam('code', CATEGORY_CODE_PATTERN, 'The category code', 'GARMENTS')
  @ApiOkResponse({ type: ProductCategoryDto, description: 'The category as changed' })
  @ApiBodyErrors()
  @ApiErrors(404)
  update(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() dto: UpdateProductCategoryDto): Promise<ProductCategoryDto> {
    return this.service.update(user, code, dto);
  }
}
