import { Body, Controller, Get, Headers, HttpCode, Injectable, NotFoundException, Param, PipeTransform, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiBodyErrors, ApiErrors, ApiPatternParam, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import {
  AccessDeniedDto,
  CloseCaseDto,
  ExtendDeadlineDto,
  PlainActionDto,
  PrcReportDto,
  DatedReasonDto,
  EditNoteDto,
  ForwardPetitionDto,
  PetitionDto,
  ReassignCaseDto,
  RequestDto,
  ScheduleVisitDto,
  SendNoteDto,
  UsInvestigationReportDto,
  UsReportDto,
  VisitDto,
} from './case-actions.dto';
import { CaseQueryDto } from './case-query.dto';
import { CaseDetailDto, CaseListDto, ChainVerificationDto, OpenCaseDto } from './cases.dto';
import { CasesService } from './cases.service';
import { parseIdempotencyKey } from './idempotency';

const DEADLINE_KEY = /^[A-Z_]+-\d+$/;

/** A deadline key such as PRC_VISIT-1; anything else names no deadline of any case (404). */
@Injectable()
class DeadlineKeyPipe implements PipeTransform<string, string> {
  transform(key: string): string {
    if (!DEADLINE_KEY.test(key)) throw new NotFoundException(`The case has no deadline ${key}`);
    return key;
  }
}

@ApiTags('cases')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('cases')
export class CasesController {
  constructor(private readonly service: CasesService) {}

  @Post()
  @ApiOperation({ summary: 'Open an inspection case' })
  @RequirePermission(Permission.CaseCreate)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the same case' })
  @ApiCreatedResponse({ type: CaseDetailDto, description: 'The case as opened, its first clocks running' })
  @ApiBodyErrors()
  @ApiErrors([409, 'The Idempotency-Key was already used with a different request'])
  open(@CurrentUser() user: AuthUser, @Body() dto: OpenCaseDto, @Headers('idempotency-key') key?: string): Promise<CaseDetailDto> {
    return this.service.open(user, dto, parseIdempotencyKey(key));
  }

  @Get()
  @ApiOperation({ summary: 'List cases, filtered and paged' })
  @RequirePermission(Permission.CaseRead)
  @ApiOkResponse({ type: CaseListDto })
  @ApiErrors(400)
  list(@CurrentUser() user: AuthUser, @Query() query: CaseQueryDto): Promise<CaseListDto> {
    return this.service.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One case with its clocks, escalations, approvals and timeline' })
  @RequirePermission(Permission.CaseRead)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiErrors(400, 404)
  detail(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<CaseDetailDto> {
    return this.service.detail(user, id);
  }

  @Get(':id/verification')
  @ApiOperation({ summary: "Verify the case's event hash chain" })
  @RequirePermission(Permission.CaseVerify)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: ChainVerificationDto, description: "Whether the case's event hash chain is intact" })
  @ApiErrors(400, 404)
  verify(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<ChainVerificationDto> {
    return this.service.verify(user, id);
  }

  @Post(':id/investigation-requests')
  @ApiOperation({ summary: 'Request a PRC investigation (starts the 60-day clock)' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  requestInvestigation(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: RequestDto): Promise<CaseDetailDto> {
    return this.service.requestInvestigation(user, id, dto);
  }

  @Post(':id/visit-requests')
  @ApiOperation({ summary: 'Request a visit to the facility (starts the 60-day clock)' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  requestVisit(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: RequestDto): Promise<CaseDetailDto> {
    return this.service.requestVisit(user, id, dto);
  }

  @Post(':id/prc-report')
  @ApiOperation({ summary: "Record the PRC's investigation report" })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  recordPrcReport(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: PrcReportDto): Promise<CaseDetailDto> {
    return this.service.recordPrcReport(user, id, dto);
  }

  @Post(':id/visit-schedule')
  @ApiOperation({ summary: 'Record the visit date the PRC proposes' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  scheduleVisit(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ScheduleVisitDto): Promise<CaseDetailDto> {
    return this.service.scheduleVisit(user, id, dto);
  }

  @Post(':id/visit')
  @ApiOperation({ summary: 'Record the visit held, with or without full access' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  recordVisit(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: VisitDto): Promise<CaseDetailDto> {
    return this.service.recordVisit(user, id, dto);
  }

  @Post(':id/us-report')
  @ApiOperation({ summary: 'Issue the US visit report' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  issueUsReport(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UsReportDto): Promise<CaseDetailDto> {
    return this.service.issueUsReport(user, id, dto);
  }

  @Post(':id/access-denied')
  @ApiOperation({ summary: 'Record that the PRC refused access' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  recordAccessDenied(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: AccessDeniedDto): Promise<CaseDetailDto> {
    return this.service.recordAccessDenied(user, id, dto);
  }

  @Post(':id/close')
  @ApiOperation({ summary: 'Close the case with an outcome' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  close(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CloseCaseDto): Promise<CaseDetailDto> {
    return this.service.close(user, id, dto);
  }

  @Post(':id/withdraw')
  @ApiOperation({ summary: 'Withdraw the case' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  withdraw(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: PlainActionDto): Promise<CaseDetailDto> {
    return this.service.withdraw(user, id, dto);
  }

  @Post(':id/reopen')
  @ApiOperation({ summary: 'Reopen a closed or withdrawn case' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  reopen(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: PlainActionDto): Promise<CaseDetailDto> {
    return this.service.reopen(user, id, dto);
  }

  /** After the reports or a refusal: weigh the evidence before choosing an outcome. */
  @Post(':id/enforcement-review')
  @ApiOperation({ summary: 'Begin the enforcement review' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  beginEnforcementReview(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: PlainActionDto): Promise<CaseDetailDto> {
    return this.service.beginEnforcementReview(user, id, dto);
  }

  @Post(':id/petition')
  @ApiOperation({ summary: 'Record a petition alleging prison-labor goods (a conforming one starts the 10-day clock of 19 CFR 12.42(c))' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  recordPetition(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: PetitionDto): Promise<CaseDetailDto> {
    return this.service.recordPetition(user, id, dto);
  }

  @Post(':id/petition/forwarded')
  @ApiOperation({ summary: 'Record that the conforming petition was forwarded to the Commissioner of CBP (meets the 12.42(c) clock)' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  forwardPetition(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ForwardPetitionDto): Promise<CaseDetailDto> {
    return this.service.forwardPetition(user, id, dto);
  }

  @Post(':id/prc-investigation-requests')
  @ApiOperation({ summary: 'Record that the PRC asked the US to investigate an allegation (starts the US 60-day clock, SOC 1994)' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  recordPrcInvestigationRequest(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: RequestDto): Promise<CaseDetailDto> {
    return this.service.recordPrcInvestigationRequest(user, id, dto);
  }

  @Post(':id/us-investigation-report')
  @ApiOperation({ summary: 'Issue the US investigation report the PRC asked for' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAdvance)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  issueUsInvestigationReport(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UsInvestigationReportDto): Promise<CaseDetailDto> {
    return this.service.issueUsInvestigationReport(user, id, dto);
  }

  @Post(':id/notes/:noteId/text')
  @ApiOperation({ summary: 'Edit the diplomatic note drafted at a PRC breach (an approval given before is taken away)' })
  @HttpCode(200)
  @RequirePermission(Permission.NoteManage)
  @ApiUuidParam('id', 'The case')
  @ApiUuidParam('noteId', 'The note')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case with the note as edited' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The note was already sent'])
  editNote(@CurrentUser() user: AuthUser, @UuidParam() id: string, @UuidParam('noteId') noteId: string, @Body() dto: EditNoteDto): Promise<CaseDetailDto> {
    return this.service.editNote(user, id, noteId, dto);
  }

  @Post(':id/notes/:noteId/approval')
  @ApiOperation({ summary: 'Approve the diplomatic note (four-eyes: not the supervisor who edited it, nor the investigator of the case)' })
  @HttpCode(200)
  @RequirePermission(Permission.NoteManage)
  @ApiUuidParam('id', 'The case')
  @ApiUuidParam('noteId', 'The note')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case with the note approved' })
  @ApiErrors(400, 404, [409, 'Four-eyes, or the note is not a draft; `reason` says why'])
  approveNote(@CurrentUser() user: AuthUser, @UuidParam() id: string, @UuidParam('noteId') noteId: string): Promise<CaseDetailDto> {
    return this.service.approveNote(user, id, noteId);
  }

  @Post(':id/notes/:noteId/sent')
  @ApiOperation({ summary: 'Mark the approved diplomatic note sent; the date sent is a case event' })
  @HttpCode(200)
  @RequirePermission(Permission.NoteManage)
  @ApiUuidParam('id', 'The case')
  @ApiUuidParam('noteId', 'The note')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case with the note sent' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The note is not approved, or was already sent'])
  markNoteSent(@CurrentUser() user: AuthUser, @UuidParam() id: string, @UuidParam('noteId') noteId: string, @Body() dto: SendNoteDto): Promise<CaseDetailDto> {
    return this.service.markNoteSent(user, id, noteId, dto);
  }

  @Post(':id/reassign')
  @ApiOperation({ summary: 'Reassign the case to another investigator or supervisor' })
  @HttpCode(200)
  @RequirePermission(Permission.CaseAssign)
  @ApiUuidParam('id', 'The case')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal in the case as it stands; `reason` says why'])
  reassign(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ReassignCaseDto): Promise<CaseDetailDto> {
    return this.service.reassign(user, id, dto);
  }

  @Post(':id/deadlines/:deadlineKey/pause')
  @ApiOperation({ summary: 'Pause a clock' })
  @HttpCode(200)
  @RequirePermission(Permission.DeadlineManage)
  @ApiUuidParam('id', 'The case')
  @ApiPatternParam('deadlineKey', DEADLINE_KEY.source, 'The clock, as the case lists it', 'PRC_VISIT-1')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the change to the clock' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The clock cannot change so as things stand; `reason` says why'])
  pause(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Param('deadlineKey', DeadlineKeyPipe) key: string, @Body() dto: DatedReasonDto): Promise<CaseDetailDto> {
    return this.service.pauseDeadline(user, id, key, dto);
  }

  @Post(':id/deadlines/:deadlineKey/resume')
  @ApiOperation({ summary: 'Resume a paused clock' })
  @HttpCode(200)
  @RequirePermission(Permission.DeadlineManage)
  @ApiUuidParam('id', 'The case')
  @ApiPatternParam('deadlineKey', DEADLINE_KEY.source, 'The clock, as the case lists it', 'PRC_VISIT-1')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the change to the clock' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The clock cannot change so as things stand; `reason` says why'])
  resume(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Param('deadlineKey', DeadlineKeyPipe) key: string, @Body() dto: DatedReasonDto): Promise<CaseDetailDto> {
    return this.service.resumeDeadline(user, id, key, dto);
  }

  @Post(':id/deadlines/:deadlineKey/extend')
  @ApiOperation({ summary: 'Extend a clock by a number of days' })
  @HttpCode(200)
  @RequirePermission(Permission.DeadlineManage)
  @ApiUuidParam('id', 'The case')
  @ApiPatternParam('deadlineKey', DEADLINE_KEY.source, 'The clock, as the case lists it', 'PRC_VISIT-1')
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case after the change to the clock' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The clock cannot change so as things stand; `reason` says why'])
  extend(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Param('deadlineKey', DeadlineKeyPipe) key: string, @Body() dto: ExtendDeadlineDto): Promise<CaseDetailDto> {
    return this.service.extendDeadline(user, id, key, dto);
  }
}
