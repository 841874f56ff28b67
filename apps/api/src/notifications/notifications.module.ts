import { Module } from '@nestjs/common';
import { FailedMessagesController } from './failed-messages.controller';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({ controllers: [NotificationsController, FailedMessagesController], providers: [NotificationsService] })
export class NotificationsModule {}
