import { Body, Controller, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBodyErrors, ApiErrors, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { FacilityDetailDto } from './facilities.dto';
import { FacilitiesService } from './facilities.service';
import { FacilityNamesDto } from './facility-names.dto';

/** The names screening matches a declared manufacturer against (docs/domain.md §6). */
@ApiTags('facilities')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('facilities')
export class FacilityNamesController {
  constructor(private readonly service: FacilitiesService) {}

  @Put(':id/names')
  @ApiOperation({ summary: "Set a facility's aliases, Chinese name and pinyin" })
  @RequirePermission(Permission.FacilityNames)
  @ApiUuidParam('id', 'The facility')
  @ApiOkResponse({ type: FacilityDetailDto, description: 'The facility with its names' })
  @ApiBodyErrors()
  @ApiErrors(404)
  setNames(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: FacilityNamesDto): Promise<FacilityDetailDto> {
    return this.service.setNames(user, id, dto);
  }
}
