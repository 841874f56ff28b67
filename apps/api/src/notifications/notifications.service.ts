import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { NotificationRepository } from '@mou/persistence';
import { AuthUser } from '../auth/auth.decorators';
import { InboxDto, NotificationReadDto } from './notifications.responses';

export class InboxQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

/** The in-app inbox: every user reads and marks only their own notifications. */
@Injectable()
export class NotificationsService {
  private readonly notifications: NotificationRepository;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.notifications = new NotificationRepository(dataSource);
  }

  async inbox(user: AuthUser, query: InboxQueryDto): Promise<InboxDto> {
    const [rows, unread] = await Promise.all([this.notifications.inbox(user.id, query.unread === true), this.notifications.unreadCount(user.id)]);
    return {
      unread,
      items: rows.map((n) => ({ ...n, createdAt: n.createdAt.toISOString(), readAt: n.readAt ? n.readAt.toISOString() : null })),
    };
  }

  /** 404 for a notification that is not the caller's, as for one that does not exist. */
  async markRead(user: AuthUser, id: string): Promise<NotificationReadDto> {
    const read = await this.notifications.markRead(id, user.id);
    if (!read) throw new NotFoundException(`Notification ${id} was not found`);
    return { id: read.id, readAt: read.readAt.toISOString() };
  }
}
