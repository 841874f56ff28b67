import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { PlainActionDto } from '../cases/case-actions.dto';
import { CaseDetailDto, ESCALATION_ID_PATTERN } from '../cases/cases.dto';
import { ApiBodyErrors, ApiErrors, ApiPatternParam, ApiSignedIn } from '../common/api-errors';
import { EscalationListItemDto } from './escalations.responses';
import { EscalationQueryDto, EscalationsService } from './escalations.service';

@ApiTags('escalations')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly service: EscalationsService) {}

  @Get()
  @ApiOperation({ summary: 'List escalations, highest level first' })
  @RequirePermission(Permission.EscalationRead)
  @ApiOkResponse({ type: [EscalationListItemDto], description: 'Highest level first' })
  @ApiErrors(400)
  list(@Query() query: EscalationQueryDto): Promise<EscalationListItemDto[]> {
    return this.service.list(query);
  }

  @Post(':id/acknowledge')
  @ApiOperation({ summary: 'Acknowledge an escalation' })
  @HttpCode(200)
  @RequirePermission(Permission.EscalationAcknowledge)
  @ApiPatternParam('id', ESCALATION_ID_PATTERN, 'The escalation: case id, deadline key and level')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the acknowledgement' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'Already acknowledged; `reason` says so'])
  acknowledge(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: PlainActionDto): Promise<CaseDetailDto> {
    return this.service.acknowledge(user, id, dto.note);
  }
}
