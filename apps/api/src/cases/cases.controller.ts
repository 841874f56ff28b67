import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import {
  beginEnforcementReviewUpdate,
  closeCaseUpdate,
  extendDeadlineUpdate,
  issueUsReportUpdate,
  pauseDeadlineUpdate,
  reassignCaseUpdate,
  recordAccessDeniedUpdate,
  recordPrcReportUpdate,
  recordVisitUpdate,
  reopenCaseUpdate,
  requestInvestigationUpdate,
  requestVisitUpdate,
  resumeDeadlineUpdate,
  scheduleVisitUpdate,
  withdrawCaseUpdate,
} from '@mou/workflows';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import {
  AccessDeniedDto,
  CloseCaseDto,
  ExtendDeadlineDto,
  PlainActionDto,
  PrcReportDto,
  ReasonDto,
  ReassignCaseDto,
  RequestDto,
  ScheduleVisitDto,
  UsReportDto,
  VisitDto,
} from './case-actions.dto';
import { CaseQueryDto } from './case-query.dto';
import { CaseDetailDto, CaseListDto, ChainVerificationDto, OpenCaseDto } from './cases.dto';
import { CasesService } from './cases.service';
import { parseIdempotencyKey } from './idempotency';

const DEADLINE_KEY = /^[A-Z_]+-\d+$/;

@ApiTags('cases')
@ApiBearerAuth()
@ApiConflictResponse({ description: 'The move is not legal in the case as it stands; the body says why' })
@Controller('cases')
export class CasesController {
  constructor(private readonly service: CasesService) {}

  @Post()
  @RequirePermission(Permission.CaseCreate)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the same case' })
  open(@CurrentUser() user: AuthUser, @Body() dto: OpenCaseDto, @Headers('idempotency-key') key?: string): Promise<CaseDetailDto> {
    return this.service.open(user, dto, parseIdempotencyKey(key));
  }

  @Get()
  @RequirePermission(Permission.CaseRead)
  list(@CurrentUser() user: AuthUser, @Query() query: CaseQueryDto): Promise<CaseListDto> {
    return this.service.list(user, query);
  }

  @Get(':id')
  @RequirePermission(Permission.CaseRead)
  detail(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CaseDetailDto> {
    return this.service.detail(user, id);
  }

  @Get(':id/verification')
  @RequirePermission(Permission.CaseVerify)
  verify(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ChainVerificationDto> {
    return this.service.verify(user, id);
  }

  @Post(':id/investigation-requests')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  requestInvestigation(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RequestDto) {
    return this.service.act(user, id, requestInvestigationUpdate, { at: dto.requestedAt, note: dto.note });
  }

  @Post(':id/visit-requests')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  requestVisit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RequestDto) {
    return this.service.act(user, id, requestVisitUpdate, { at: dto.requestedAt, note: dto.note });
  }

  @Post(':id/prc-report')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  recordPrcReport(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PrcReportDto) {
    return this.service.act(user, id, recordPrcReportUpdate, { at: dto.receivedAt, note: dto.note });
  }

  @Post(':id/visit-schedule')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  scheduleVisit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ScheduleVisitDto) {
    return this.service.act(user, id, scheduleVisitUpdate, { scheduledFor: dto.scheduledFor, note: dto.note });
  }

  @Post(':id/visit')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  recordVisit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VisitDto) {
    return this.service.act(user, id, recordVisitUpdate, { at: dto.heldAt, fullAccess: dto.fullAccess, note: dto.note });
  }

  @Post(':id/us-report')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  issueUsReport(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UsReportDto) {
    return this.service.act(user, id, issueUsReportUpdate, { at: dto.issuedAt, note: dto.note });
  }

  @Post(':id/access-denied')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  recordAccessDenied(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AccessDeniedDto) {
    return this.service.act(user, id, recordAccessDeniedUpdate, { at: dto.deniedAt, note: dto.note });
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  close(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CloseCaseDto) {
    return this.service.act(user, id, closeCaseUpdate, { outcome: dto.outcome, note: dto.note });
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PlainActionDto) {
    return this.service.act(user, id, withdrawCaseUpdate, { note: dto.note });
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  reopen(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PlainActionDto) {
    return this.service.act(user, id, reopenCaseUpdate, { note: dto.note });
  }

  /** After the reports or a refusal: weigh the evidence before choosing an outcome. */
  @Post(':id/enforcement-review')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  beginEnforcementReview(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PlainActionDto) {
    return this.service.act(user, id, beginEnforcementReviewUpdate, { note: dto.note });
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @RequirePermission(Permission.CaseAssign)
  async reassign(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReassignCaseDto) {
    await this.service.checkAssignee(dto.assigneeId);
    return this.service.act(user, id, reassignCaseUpdate, { assigneeId: dto.assigneeId, reason: dto.reason });
  }

  @Post(':id/deadlines/:deadlineKey/pause')
  @HttpCode(200)
  @RequirePermission(Permission.DeadlineManage)
  pause(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('deadlineKey') key: string, @Body() dto: ReasonDto) {
    return this.service.act(user, id, pauseDeadlineUpdate, { deadlineKey: checkKey(key), reason: dto.reason });
  }

  @Post(':id/deadlines/:deadlineKey/resume')
  @HttpCode(200)
  @RequirePermission(Permission.DeadlineManage)
  resume(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('deadlineKey') key: string, @Body() dto: ReasonDto) {
    return this.service.act(user, id, resumeDeadlineUpdate, { deadlineKey: checkKey(key), reason: dto.reason });
  }

  @Post(':id/deadlines/:deadlineKey/extend')
  @HttpCode(200)
  @RequirePermission(Permission.DeadlineManage)
  extend(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('deadlineKey') key: string, @Body() dto: ExtendDeadlineDto) {
    return this.service.act(user, id, extendDeadlineUpdate, { deadlineKey: checkKey(key), reason: dto.reason, days: dto.days });
  }
}

function checkKey(key: string): string {
  if (!DEADLINE_KEY.test(key)) throw new NotFoundException(`The case has no deadline ${key}`);
  return key;
}
