import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiBodyErrors, ApiErrors, ApiSignedIn } from '../common/api-errors';
import { SaveSettingsDto, SettingsDto } from './settings.dto';
import { SettingsService } from './settings.service';

/** The rules as settings: versioned clock rules and review thresholds (docs/domain.md §4). */
@ApiTags('reference data')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('settings')
export class SettingsController {
  constructor(private readonly service: SettingsService) {}

  @Get()
  @ApiOperation({ summary: 'The settings version new cases take, and every version' })
  @RequirePermission(Permission.ReferenceDataRead)
  @ApiOkResponse({ type: SettingsDto })
  get(): Promise<SettingsDto> {
    return this.service.get();
  }

  @Post()
  @ApiOperation({ summary: 'Save a new settings version over the current one; new cases take it, open cases keep theirs' })
  @RequirePermission(Permission.SettingsManage)
  @ApiCreatedResponse({ type: SettingsDto, description: 'The settings at the new version' })
  @ApiBodyErrors()
  @ApiErrors([409, 'Another administrator made that version first'])
  save(@CurrentUser() user: AuthUser, @Body() dto: SaveSettingsDto): Promise<SettingsDto> {
    return this.service.save(user, dto);
  }
}
