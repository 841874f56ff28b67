import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { DecisionDto } from '../cases/case-actions.dto';
import { CaseDetailDto } from '../cases/cases.dto';
import { ApiBodyErrors, ApiErrors, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import { FacilityDetailDto } from '../facilities/facilities.dto';
import { EnforcementOrderDetailDto } from '../orders/orders.responses';
import { ApprovalListItemDto } from './approvals.responses';
import { ApprovalQueryDto, ApprovalsService } from './approvals.service';

const DECISION = {
  description: 'The case the approval belongs to, the facility for an unblock request, or the order for a request on an order, after the decision',
  schema: { oneOf: [{ $ref: getSchemaPath(CaseDetailDto) }, { $ref: getSchemaPath(FacilityDetailDto) }, { $ref: getSchemaPath(EnforcementOrderDetailDto) }] },
};
const FOUR_EYES = [409, 'Four-eyes: the person who asked, or the case\'s own investigator, may not decide; or it is decided already; or decidedAt precedes the request'] as [409, string];

@ApiTags('approvals')
@ApiBearerAuth()
@ApiSignedIn()
@ApiExtraModels(CaseDetailDto, FacilityDetailDto, EnforcementOrderDetailDto)
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly service: ApprovalsService) {}

  @Get()
  @ApiOperation({ summary: 'List four-eyes approvals by status, each saying whether the caller may decide it' })
  @RequirePermission(Permission.ApprovalRead)
  @ApiOkResponse({ type: [ApprovalListItemDto] })
  @ApiErrors(400)
  list(@CurrentUser() user: AuthUser, @Query() query: ApprovalQueryDto): Promise<ApprovalListItemDto[]> {
    return this.service.list(user, query);
  }

  /** Four-eyes: refused (409) for the person who asked and for the case's own investigator. */
  @Post(':id/approve')
  @ApiOperation({ summary: 'Approve a four-eyes request' })
  @HttpCode(200)
  @RequirePermission(Permission.ApprovalDecide)
  @ApiUuidParam('id', 'The approval')
  @ApiOkResponse(DECISION)
  @ApiBodyErrors()
  @ApiErrors(404, FOUR_EYES)
  approve(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: DecisionDto): Promise<CaseDetailDto | FacilityDetailDto | EnforcementOrderDetailDto> {
    return this.service.decide(user, id, true, dto.reason, dto.decidedAt);
  }

  @Post(':id/reject')
  @ApiOperation({ summary: 'Reject a four-eyes request' })
  @HttpCode(200)
  @RequirePermission(Permission.ApprovalDecide)
  @ApiUuidParam('id', 'The approval')
  @ApiOkResponse(DECISION)
  @ApiBodyErrors()
  @ApiErrors(404, FOUR_EYES)
  reject(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: DecisionDto): Promise<CaseDetailDto | FacilityDetailDto | EnforcementOrderDetailDto> {
    return this.service.decide(user, id, false, dto.reason, dto.decidedAt);
  }
}
