import { Controller, Get, HttpCode, Inject, NotFoundException, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiErrors, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import { InboxDto, NotificationReadDto } from './notifications.responses';

export class InboxQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

/** The in-app inbox: every user sees only their own notifications. */
@ApiTags('notifications')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('notifications')
export class NotificationsController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: "The caller's in-app inbox" })
  @RequirePermission(Permission.InboxRead)
  @ApiOkResponse({ type: InboxDto })
  @ApiErrors(400)
  async list(@CurrentUser() user: AuthUser, @Query() query: InboxQueryDto): Promise<InboxDto> {
    const items = await this.dataSource.query(
      `SELECT id, kind, subject, body, link, created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE recipient_id = $1 AND channel = 'inbox' ${query.unread ? 'AND read_at IS NULL' : ''}
        ORDER BY created_at DESC LIMIT 200`,
      [user.id],
    );
    const [{ unread }] = await this.dataSource.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE recipient_id = $1 AND channel = 'inbox' AND read_at IS NULL`,
      [user.id],
    );
    return { unread, items };
  }

  @Post(':id/read')
  @ApiOperation({ summary: 'Mark a notification read' })
  @HttpCode(200)
  @RequirePermission(Permission.InboxRead)
  @ApiUuidParam('id', 'The notification')
  @ApiOkResponse({ type: NotificationReadDto })
  @ApiErrors(400, 404)
  async markRead(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<NotificationReadDto> {
    const [rows] = (await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient_id = $2 AND channel = 'inbox' RETURNING id, read_at AS "readAt"`,
      [id, user.id],
    )) as [{ id: string; readAt: Date }[], number];
    if (!rows.length) throw new NotFoundException(`Notification ${id} was not found`);
    return { id: rows[0].id, readAt: rows[0].readAt.toISOString() };
  }
}
