import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ReasonDto } from '../cases/case-actions.dto';
import { ApprovalQueryDto, ApprovalsService } from './approvals.service';

@ApiTags('approvals')
@ApiBearerAuth()
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly service: ApprovalsService) {}

  @Get()
  @RequirePermission(Permission.ApprovalRead)
  list(@Query() query: ApprovalQueryDto) {
    return this.service.list(query);
  }

  /** Four-eyes: refused (409) for the person who asked and for the case's own investigator. */
  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission(Permission.ApprovalDecide)
  approve(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto) {
    return this.service.decide(user, id, true, dto.reason);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission(Permission.ApprovalDecide)
  reject(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto) {
    return this.service.decide(user, id, false, dto.reason);
  }
}
