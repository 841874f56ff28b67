import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBodyErrors, ApiErrors, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { CreateFacilityDto, FacilityAggregateDto, FacilityDetailDto, FacilityDto, UnblockRequestDto } from './facilities.dto';
import { FacilitiesService } from './facilities.service';

@ApiTags('facilities')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('facilities')
export class FacilitiesController {
  constructor(private readonly service: FacilitiesService) {}

  @Post()
  @ApiOperation({ summary: 'Register a facility' })
  @RequirePermission(Permission.FacilityCreate)
  @ApiCreatedResponse({ type: FacilityDto })
  @ApiBodyErrors()
  create(@Body() dto: CreateFacilityDto): Promise<FacilityDto> {
    return this.service.create(dto);
  }

  @Get()
  @ApiOperation({ summary: 'List facilities' })
  @RequirePermission(Permission.FacilityRead)
  @ApiOkResponse({ type: [FacilityDto], description: 'By name' })
  list(): Promise<FacilityDto[]> {
    return this.service.list();
  }

  @Get('aggregate')
  @ApiOperation({ summary: 'Facilities in aggregate: counts by status and each facility\'s status dates, without cases or reasons' })
  @RequirePermission(Permission.FacilityAggregate)
  @ApiOkResponse({ type: FacilityAggregateDto })
  aggregate(): Promise<FacilityAggregateDto> {
    return this.service.aggregate();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One facility with its status history' })
  @RequirePermission(Permission.FacilityRead)
  @ApiUuidParam('id', 'The facility')
  @ApiOkResponse({ type: FacilityDetailDto })
  @ApiErrors(400, 404)
  get(@UuidParam() id: string): Promise<FacilityDetailDto> {
    return this.service.get(id);
  }

  @Post(':id/unblock-requests')
  @ApiOperation({ summary: 'Ask to unblock a blocked facility' })
  @HttpCode(200)
  @RequirePermission(Permission.FacilityUnblock)
  @ApiUuidParam('id', 'The facility')
  @ApiOkResponse({ type: FacilityDetailDto, description: 'The facility; a second supervisor decides through /approvals' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The facility is not blocked, an unblock request is already pending, or the visit cited was held before the block; `message` says why'])
  requestUnblock(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UnblockRequestDto): Promise<FacilityDetailDto> {
    return this.service.requestUnblock(user, id, dto);
  }
}
