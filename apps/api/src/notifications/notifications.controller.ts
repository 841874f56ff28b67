import { Controller, Get, HttpCode, Inject, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';

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
@Controller('notifications')
export class NotificationsController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @RequirePermission(Permission.InboxRead)
  async list(@CurrentUser() user: AuthUser, @Query() query: InboxQueryDto) {
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
  @HttpCode(200)
  @RequirePermission(Permission.InboxRead)
  async markRead(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    const [rows] = (await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient_id = $2 AND channel = 'inbox' RETURNING id, read_at AS "readAt"`,
      [id, user.id],
    )) as [{ id: string; readAt: Date }[], number];
    if (!rows.length) throw new NotFoundException(`Notification ${id} was not found`);
    return rows[0];
  }
}
