import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { CreateFacilityDto, FacilityDetailDto, FacilityDto, UnblockRequestDto } from './facilities.dto';
import { FacilitiesService } from './facilities.service';

@ApiTags('facilities')
@ApiBearerAuth()
@Controller('facilities')
export class FacilitiesController {
  constructor(private readonly service: FacilitiesService) {}

  @Post()
  @RequirePermission(Permission.FacilityCreate)
  create(@Body() dto: CreateFacilityDto): Promise<FacilityDto> {
    return this.service.create(dto);
  }

  @Get()
  @RequirePermission(Permission.FacilityRead)
  list(): Promise<FacilityDto[]> {
    return this.service.list();
  }

  @Get(':id')
  @RequirePermission(Permission.FacilityRead)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<FacilityDetailDto> {
    return this.service.get(id);
  }

  @Post(':id/unblock-requests')
  @HttpCode(200)
  @RequirePermission(Permission.FacilityUnblock)
  requestUnblock(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UnblockRequestDto): Promise<FacilityDetailDto> {
    return this.service.requestUnblock(user, id, dto);
  }
}
