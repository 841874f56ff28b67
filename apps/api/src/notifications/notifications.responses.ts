import { ApiProperty } from '@nestjs/swagger';
import { DateTimeProperty, IntProperty, NullableDateTimeProperty, NullableStringProperty, UuidProperty } from '../common/api-properties';

export class NotificationDto {
  @UuidProperty() id: string;
  @ApiProperty({ example: 'REMINDER', description: 'REMINDER, BREACH, ESCALATION, APPROVAL_REQUESTED, ENTRY_DECISION, REVIEW_SUMMARY, …' }) kind: string;
  @ApiProperty() subject: string;
  @ApiProperty() body: string;
  @NullableStringProperty({ example: '/cases/6f1c…', description: 'Where in the app it points' }) link: string | null;
  @DateTimeProperty() createdAt: string;
  @NullableDateTimeProperty() readAt: string | null;
}

export class InboxDto {
  @IntProperty({ description: 'Unread notifications in the whole inbox' }) unread: number;
  @ApiProperty({ type: [NotificationDto], description: 'Newest first, up to 200' }) items: NotificationDto[];
}

export class NotificationReadDto {
  @UuidProperty() id: string;
  @DateTimeProperty({ description: 'When it was first read' }) readAt: string;
}
