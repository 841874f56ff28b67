import { ConflictException, Controller, Get, HttpCode, Inject, NotFoundException, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { NotificationRepository } from '@mou/persistence';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiErrors, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import { AuditService } from '../common/audit.service';
import { FailedMessageDto, FailedMessagesDto, FailedMessageRetryDto } from './notifications.responses';

/**
 * E-mails the dispatcher gave up on after its last attempt: listed for administrators, who may put
 * one back in the outbox for a fresh round of attempts (audited).
 */
@ApiTags('notifications')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('failed-messages')
export class FailedMessagesController {
  private readonly notifications: NotificationRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {
    this.notifications = new NotificationRepository(dataSource);
  }

  @Get()
  @ApiOperation({ summary: 'E-mails not delivered after their last attempt, most recent first' })
  @RequirePermission(Permission.FailedMailManage)
  @ApiOkResponse({ type: FailedMessagesDto })
  async list(): Promise<FailedMessagesDto> {
    const rows = await this.notifications.failedEmails();
    return { items: rows.map(FailedMessageDto.from) };
  }

  @Post(':id/retry')
  @ApiOperation({ summary: 'Send a failed e-mail again: back in the outbox, due now, with a fresh count of attempts' })
  @HttpCode(200)
  @RequirePermission(Permission.FailedMailManage)
  @ApiUuidParam('id', 'The failed e-mail')
  @ApiOkResponse({ type: FailedMessageRetryDto })
  @ApiErrors(400, 404, [409, 'The e-mail is not failed (already sent, or waiting for its next attempt)'])
  async retry(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<FailedMessageRetryDto> {
    const result = await this.notifications.retryFailedEmail(id);
    if (result.outcome === 'missing') throw new NotFoundException(`E-mail ${id} was not found`);
    if (result.outcome === 'not-failed') throw new ConflictException({ message: `This e-mail is ${result.status}, not failed`, reason: 'NotFailed' });
    await this.audit.record({ actorId: user.id, action: 'mail.retry', outcome: 'success', target: id, details: { notificationId: id } });
    return { id, status: 'pending' };
  }
}
