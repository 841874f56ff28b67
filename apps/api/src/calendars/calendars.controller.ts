import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiBodyErrors, ApiErrors, ApiPatternParam, ApiSignedIn } from '../common/api-errors';
import { CALENDAR_ID_PATTERN, CalendarChangedDto, CalendarDto, ChangeClosureDayDto } from './calendars.dto';
import { CalendarsService } from './calendars.service';

const CalendarId = () => ApiPatternParam('id', CALENDAR_ID_PATTERN, 'The calendar', 'us-federal');
const UNCHANGED = [409, 'The day already is (or is not) a closure day, is a weekend, or another version was just made (`reason` says which)'] as [409, string];

/** Holiday calendars: versioned closure days that business-day deadlines count on (docs/domain.md §4). */
@ApiTags('reference data')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('calendars')
export class CalendarsController {
  constructor(private readonly service: CalendarsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'A holiday calendar: its version in force, its closure days and every version' })
  @RequirePermission(Permission.ReferenceDataManage)
  @CalendarId()
  @ApiOkResponse({ type: CalendarDto })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<CalendarDto> {
    return this.service.get(id);
  }

  @Post(':id/closures')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a day (a new version); open entries re-project their business-day clocks' })
  @RequirePermission(Permission.ReferenceDataManage)
  @CalendarId()
  @ApiOkResponse({ type: CalendarChangedDto, description: 'The calendar at its new version' })
  @ApiBodyErrors()
  @ApiErrors(404, UNCHANGED)
  close(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: ChangeClosureDayDto): Promise<CalendarChangedDto> {
    return this.service.change(user, id, dto, 'close');
  }

  @Post(':id/reopenings')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a closure day (a new version); open entries re-project their business-day clocks' })
  @RequirePermission(Permission.ReferenceDataManage)
  @CalendarId()
  @ApiOkResponse({ type: CalendarChangedDto, description: 'The calendar at its new version' })
  @ApiBodyErrors()
  @ApiErrors(404, UNCHANGED)
  reopen(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: ChangeClosureDayDto): Promise<CalendarChangedDto> {
    return this.service.change(user, id, dto, 'reopen');
  }
}
