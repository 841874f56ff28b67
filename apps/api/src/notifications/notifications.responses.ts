import { ApiProperty } from '@nestjs/swagger';
import type { FailedEmailRow } from '@mou/persistence';
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

/** An e-mail the dispatcher gave up on after its last attempt. */
export class FailedMessageDto {
  @UuidProperty() id: string;
  @ApiProperty({ example: 'supervisor@example.gov' }) recipientEmail: string;
  @ApiProperty({ example: 'BREACH' }) kind: string;
  @ApiProperty() subject: string;
  @NullableStringProperty({ example: '/cases/6f1c…', description: 'Where in the app it points' }) link: string | null;
  @IntProperty({ description: 'Attempts made before it was marked failed' }) attempts: number;
  @NullableStringProperty({ example: 'Mailbox busy, try again later', description: "The relay's answer to the last attempt" }) lastError: string | null;
  @DateTimeProperty() createdAt: string;
  @NullableDateTimeProperty({ description: 'When the last attempt was made' }) lastAttemptAt: string | null;

  static from(row: FailedEmailRow): FailedMessageDto {
    return {
      id: row.id,
      recipientEmail: row.recipientEmail,
      kind: row.kind,
      subject: row.subject,
      link: row.link,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt.toISOString(),
      lastAttemptAt: row.lastAttemptAt ? row.lastAttemptAt.toISOString() : null,
    };
  }
}

export class FailedMessagesDto {
  @ApiProperty({ type: [FailedMessageDto], description: 'Most recent first, up to 500' }) items: FailedMessageDto[];
}

export class FailedMessageRetryDto {
  @UuidProperty() id: string;
  @ApiProperty({ enum: ['pending'], description: 'Back in the outbox, due now' }) status: 'pending';
}
