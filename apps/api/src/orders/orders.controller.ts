import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiBodyErrors, ApiErrors, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import { ModifyOrderDto, OrderDecisionDto, OrderQueryDto, ProposeOrderDto, RevokeOrderDto } from './orders.dto';
import { EnforcementAggregateDto, EnforcementOrderDetailDto, EnforcementOrderDto } from './orders.responses';
import { OrdersService } from './orders.service';

const ILLEGAL = [409, 'The order is not in force (never issued, or already revoked), or a request on it already waits; `reason` says why'] as [409, string];
const FOUR_EYES = [409, 'Four-eyes: the person who asked, or someone investigating a case on the facility, may not decide; or nothing waits for a decision'] as [409, string];

/** The register of Withhold Release Orders and Findings (docs/domain.md §6). */
@ApiTags('orders')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('orders')
export class OrdersController {
  constructor(private readonly service: OrdersService) {}

  @Get()
  @ApiOperation({ summary: 'The register of Withhold Release Orders and Findings, filtered' })
  @RequirePermission(Permission.OrderRead)
  @ApiOkResponse({ type: [EnforcementOrderDto], description: 'Newest first' })
  @ApiErrors(400)
  list(@Query() query: OrderQueryDto): Promise<EnforcementOrderDto[]> {
    return this.service.list(query);
  }

  @Get('aggregate')
  @ApiOperation({ summary: 'The register in aggregate: counts by kind, status, product category and year' })
  @RequirePermission(Permission.OrderAggregate)
  @ApiOkResponse({ type: EnforcementAggregateDto })
  aggregate(): Promise<EnforcementAggregateDto> {
    return this.service.aggregate();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One order with its history, the entries it holds and its pending request' })
  @RequirePermission(Permission.OrderRead)
  @ApiUuidParam('id', 'The order')
  @ApiOkResponse({ type: EnforcementOrderDetailDto })
  @ApiErrors(400, 404)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<EnforcementOrderDetailDto> {
    return this.service.detail(user, id);
  }

  @Post()
  @ApiOperation({ summary: 'Propose a Withhold Release Order or a Finding; a second supervisor approves it' })
  @RequirePermission(Permission.OrderRequest)
  @ApiCreatedResponse({ type: EnforcementOrderDetailDto, description: 'The order, PROPOSED' })
  @ApiBodyErrors()
  propose(@CurrentUser() user: AuthUser, @Body() dto: ProposeOrderDto): Promise<EnforcementOrderDetailDto> {
    return this.service.propose(user, dto);
  }

  @Post(':id/modification-requests')
  @ApiOperation({ summary: 'Ask to change the product categories or first day of an order in force' })
  @HttpCode(200)
  @RequirePermission(Permission.OrderRequest)
  @ApiUuidParam('id', 'The order')
  @ApiOkResponse({ type: EnforcementOrderDetailDto, description: 'The order, with the request waiting' })
  @ApiBodyErrors()
  @ApiErrors(404, ILLEGAL)
  requestModification(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ModifyOrderDto): Promise<EnforcementOrderDetailDto> {
    return this.service.requestChange(user, id, 'MODIFY', dto);
  }

  @Post(':id/revocation-requests')
  @ApiOperation({ summary: 'Ask to revoke an order in force' })
  @HttpCode(200)
  @RequirePermission(Permission.OrderRequest)
  @ApiUuidParam('id', 'The order')
  @ApiOkResponse({ type: EnforcementOrderDetailDto, description: 'The order, with the request waiting' })
  @ApiBodyErrors()
  @ApiErrors(404, ILLEGAL)
  requestRevocation(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: RevokeOrderDto): Promise<EnforcementOrderDetailDto> {
    return this.service.requestChange(user, id, 'REVOKE', dto);
  }

  @Post(':id/approve')
  @ApiOperation({ summary: "Approve the order's pending request (issue, modify or revoke)" })
  @HttpCode(200)
  @RequirePermission(Permission.OrderDecide)
  @ApiUuidParam('id', 'The order')
  @ApiOkResponse({ type: EnforcementOrderDetailDto, description: 'The order after the decision; its facility\'s open entries are screened again' })
  @ApiBodyErrors()
  @ApiErrors(404, FOUR_EYES)
  approve(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: OrderDecisionDto): Promise<EnforcementOrderDetailDto> {
    return this.service.decide(user, id, true, dto.reason);
  }

  @Post(':id/reject')
  @ApiOperation({ summary: "Reject the order's pending request" })
  @HttpCode(200)
  @RequirePermission(Permission.OrderDecide)
  @ApiUuidParam('id', 'The order')
  @ApiOkResponse({ type: EnforcementOrderDetailDto, description: 'The order after the decision' })
  @ApiBodyErrors()
  @ApiErrors(404, FOUR_EYES)
  reject(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: OrderDecisionDto): Promise<EnforcementOrderDetailDto> {
    return this.service.decide(user, id, false, dto.reason);
  }
}
