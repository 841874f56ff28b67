import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiBodyErrors, ApiErrors, ApiSignedIn } from '../common/api-errors';
import { ApplySettingsDto, OpenCasesToApplyDto, SaveSettingsDto, SettingsAppliedDto, SettingsDto } from './settings.dto';
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

  @Get('apply-to-open')
  @ApiOperation({ summary: 'The open cases on an older settings version, which applying the version in force would move' })
  @RequirePermission(Permission.SettingsManage)
  @ApiOkResponse({ type: OpenCasesToApplyDto })
  openCasesToApply(): Promise<OpenCasesToApplyDto> {
    return this.service.openCasesToApply();
  }

  @Post('apply-to-open')
  @HttpCode(200)
  @ApiOperation({ summary: 'Apply the version in force to the open cases: their clocks are re-projected on it, each case records the move' })
  @RequirePermission(Permission.SettingsManage)
  @ApiOkResponse({ type: SettingsAppliedDto, description: 'The cases moved, and those left as they were' })
  @ApiBodyErrors()
  @ApiErrors([409, 'The version confirmed is no longer the version in force'])
  applyToOpenCases(@CurrentUser() user: AuthUser, @Body() dto: ApplySettingsDto): Promise<SettingsAppliedDto> {
    return this.service.applyToOpenCases(user, dto);
  }
}
