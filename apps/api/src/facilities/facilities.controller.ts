import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { CreateFacilityDto, FacilityDetailDto, FacilityDto } from './facilities.dto';
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
}
