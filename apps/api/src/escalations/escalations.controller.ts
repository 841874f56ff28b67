import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { PlainActionDto } from '../cases/case-actions.dto';
import { EscalationQueryDto, EscalationsService } from './escalations.service';

@ApiTags('escalations')
@ApiBearerAuth()
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly service: EscalationsService) {}

  @Get()
  @RequirePermission(Permission.EscalationRead)
  list(@Query() query: EscalationQueryDto) {
    return this.service.list(query);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @RequirePermission(Permission.EscalationAcknowledge)
  acknowledge(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: PlainActionDto) {
    return this.service.acknowledge(user, id, dto.note);
  }
}
