import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiErrors, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import { InboxDto, NotificationReadDto } from './notifications.responses';
import { InboxQueryDto, NotificationsService } from './notifications.service';

/** The in-app inbox: every user sees only their own notifications. */
@ApiTags('notifications')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly service: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: "The caller's in-app inbox" })
  @RequirePermission(Permission.InboxRead)
  @ApiOkResponse({ type: InboxDto })
  @ApiErrors(400)
  list(@CurrentUser() user: AuthUser, @Query() query: InboxQueryDto): Promise<InboxDto> {
    return this.service.inbox(user, query);
  }

  @Post(':id/read')
  @ApiOperation({ summary: 'Mark a notification read' })
  @HttpCode(200)
  @RequirePermission(Permission.InboxRead)
  @ApiUuidParam('id', 'The notification')
  @ApiOkResponse({ type: NotificationReadDto })
  @ApiErrors(400, 404)
  markRead(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<NotificationReadDto> {
    return this.service.markRead(user, id);
  }
}
