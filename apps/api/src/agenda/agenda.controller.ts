import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiBodyErrors, ApiErrors, ApiSignedIn } from '../common/api-errors';
import { AgendaDto, SetMeetingDto } from './agenda.dto';
import { AgendaService } from './agenda.service';

@ApiTags('agenda')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('agenda')
export class AgendaController {
  constructor(private readonly service: AgendaService) {}

  @Get()
  @ApiOperation({ summary: 'The agenda of the next bilateral meeting: cases whose PRC clock reached senior escalation' })
  @RequirePermission(Permission.AgendaRead)
  @ApiOkResponse({ type: AgendaDto })
  get(@CurrentUser() user: AuthUser): Promise<AgendaDto> {
    return this.service.get(user);
  }

  @Post('meetings')
  @ApiOperation({ summary: 'Set the date of a bilateral meeting' })
  @RequirePermission(Permission.AgendaManage)
  @ApiCreatedResponse({ type: AgendaDto, description: 'The agenda with the meeting set' })
  @ApiBodyErrors()
  @ApiErrors([409, 'A meeting on that date is already set'])
  setMeeting(@CurrentUser() user: AuthUser, @Body() dto: SetMeetingDto): Promise<AgendaDto> {
    return this.service.setMeeting(user, dto);
  }
}
