import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBodyErrors, ApiErrors, ApiPatternParam, ApiSignedIn } from '../common/api-errors';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { CATEGORY_CODE_PATTERN, CreateProductCategoryDto, ProductCategoryDto, ProductCategoryQueryDto, RetireProductCategoryDto, UpdateProductCategoryDto } from './product-category.dto';
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
  @ApiOkResponse({ type: [ProductCategoryDto], description: 'By code; those in use unless includeRetired' })
  @ApiErrors(400)
  list(@Query() query: ProductCategoryQueryDto): Promise<ProductCategoryDto[]> {
    return this.service.list(query.includeRetired);
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

  @Post(':code/retire')
  @ApiOperation({ summary: 'Retire a product category on a source: no longer offered for new filings; records that name it keep it' })
  @HttpCode(200)
  @RequirePermission(Permission.ReferenceDataManage)
  @ApiPatternParam('code', CATEGORY_CODE_PATTERN, 'The category code', 'GARMENTS')
  @ApiOkResponse({ type: ProductCategoryDto, description: 'The category as retired' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'Already retired'])
  retire(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() dto: RetireProductCategoryDto): Promise<ProductCategoryDto> {
    return this.service.retire(user, code, dto);
  }

}
