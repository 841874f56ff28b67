import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { parseIdempotencyKey } from '../cases/idempotency';
import { ApiBodyErrors, ApiErrors, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import {
  EntryDecisionDto,
  EntryDetailDto,
  EntryNoteDto,
  EntryQueryDto,
  EntrySummaryDto,
  FileEntryDto,
  NameMatchDecisionDto,
  ProofDto,
  ProtestDecisionDto,
  ProtestDto,
  ScreeningDto,
  ScreeningQueryDto,
} from './entries.dto';
import { EntriesService } from './entries.service';

@ApiTags('import entries')
@ApiBearerAuth()
@ApiSignedIn()
@Controller()
export class EntriesController {
  constructor(private readonly service: EntriesService) {}

  @Post('entries')
  @ApiOperation({ summary: 'File an import entry with its certification' })
  @RequirePermission(Permission.EntryFile)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the same entry' })
  @ApiCreatedResponse({ type: EntryDetailDto, description: 'The entry as screened: released, or detained with its reasons and clocks' })
  @ApiBodyErrors()
  @ApiErrors([409, 'The Idempotency-Key was already used with a different request'])
  file(@CurrentUser() user: AuthUser, @Body() dto: FileEntryDto, @Headers('idempotency-key') key?: string): Promise<EntryDetailDto> {
    return this.service.file(user, dto, parseIdempotencyKey(key));
  }

  @Get('entries')
  @ApiOperation({ summary: 'List import entries' })
  @RequirePermission(Permission.EntryRead)
  @ApiOkResponse({ type: [EntrySummaryDto], description: 'Newest first, up to 500; an importer sees only its own' })
  @ApiErrors(400)
  list(@CurrentUser() user: AuthUser, @Query() query: EntryQueryDto): Promise<EntrySummaryDto[]> {
    return this.service.list(user, query);
  }

  @Get('entries/:id')
  @ApiOperation({ summary: 'One import entry with its clocks and timeline' })
  @RequirePermission(Permission.EntryRead)
  @ApiUuidParam('id', 'The entry')
  @ApiOkResponse({ type: EntryDetailDto })
  @ApiErrors(400, 404)
  detail(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<EntryDetailDto> {
    return this.service.detail(user, id);
  }

  @Post('entries/:id/proof')
  @ApiOperation({ summary: 'File proof that detained goods are admissible' })
  @HttpCode(200)
  @RequirePermission(Permission.EntryRespond)
  @ApiUuidParam('id', 'The entry')
  @ApiOkResponse({ type: EntryDetailDto, description: 'The entry after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal for the entry as it stands; `reason` says why'])
  fileProof(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ProofDto): Promise<EntryDetailDto> {
    return this.service.fileProof(user, id, dto);
  }

  @Post('entries/:id/export')
  @ApiOperation({ summary: 'Export excluded goods' })
  @HttpCode(200)
  @RequirePermission(Permission.EntryRespond)
  @ApiUuidParam('id', 'The entry')
  @ApiOkResponse({ type: EntryDetailDto, description: 'The entry after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal for the entry as it stands; `reason` says why'])
  exportGoods(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: EntryNoteDto): Promise<EntryDetailDto> {
    return this.service.exportGoods(user, id, dto);
  }

  @Post('entries/:id/protest')
  @ApiOperation({ summary: 'Protest an exclusion' })
  @HttpCode(200)
  @RequirePermission(Permission.EntryRespond)
  @ApiUuidParam('id', 'The entry')
  @ApiOkResponse({ type: EntryDetailDto, description: 'The entry after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal for the entry as it stands; `reason` says why'])
  fileProtest(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ProtestDto): Promise<EntryDetailDto> {
    return this.service.fileProtest(user, id, dto);
  }

  @Post('entries/:id/release')
  @ApiOperation({ summary: 'Release detained goods' })
  @HttpCode(200)
  @RequirePermission(Permission.EntryDecide)
  @ApiUuidParam('id', 'The entry')
  @ApiOkResponse({ type: EntryDetailDto, description: 'The entry after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal for the entry as it stands; `reason` says why'])
  release(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: EntryDecisionDto): Promise<EntryDetailDto> {
    return this.service.release(user, id, dto);
  }

  @Post('entries/:id/exclude')
  @ApiOperation({ summary: 'Exclude detained goods' })
  @HttpCode(200)
  @RequirePermission(Permission.EntryDecide)
  @ApiUuidParam('id', 'The entry')
  @ApiOkResponse({ type: EntryDetailDto, description: 'The entry after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal for the entry as it stands; `reason` says why'])
  exclude(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: EntryDecisionDto): Promise<EntryDetailDto> {
    return this.service.exclude(user, id, dto);
  }

  @Post('entries/:id/extend')
  @ApiOperation({ summary: 'Extend the time to file proof' })
  @HttpCode(200)
  @RequirePermission(Permission.EntryDecide)
  @ApiUuidParam('id', 'The entry')
  @ApiOkResponse({ type: EntryDetailDto, description: 'The entry after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal for the entry as it stands; `reason` says why'])
  extend(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: EntryDecisionDto): Promise<EntryDetailDto> {
    return this.service.extendProof(user, id, dto);
  }

  @Post('entries/:id/protest-decision')
  @ApiOperation({ summary: 'Grant or deny a protest' })
  @HttpCode(200)
  @RequirePermission(Permission.EntryDecide)
  @ApiUuidParam('id', 'The entry')
  @ApiOkResponse({ type: EntryDetailDto, description: 'The entry after the move' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The move is not legal for the entry as it stands; `reason` says why'])
  decideProtest(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ProtestDecisionDto): Promise<EntryDetailDto> {
    return this.service.decideProtest(user, id, dto);
  }

  @Post('entries/:id/name-match')
  @ApiOperation({ summary: "Confirm or clear a near match of the manufacturer's name" })
  @HttpCode(200)
  @RequirePermission(Permission.EntryDecide)
  @ApiUuidParam('id', 'The entry')
  @ApiOkResponse({ type: EntryDetailDto, description: 'The entry screened again: as the confirmed facility, or without the near match' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'No near match awaits a decision on the entry; `reason` says why'])
  decideNameMatch(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: NameMatchDecisionDto): Promise<EntryDetailDto> {
    return this.service.decideNameMatch(user, id, dto);
  }

  /** Lets an importer check a manufacturer and category before shipping. */
  @Get('screening')
  @ApiOperation({ summary: 'Check a manufacturer and category before shipping' })
  @RequirePermission(Permission.ScreeningCheck)
  @ApiOkResponse({ type: ScreeningDto })
  @ApiErrors(400)
  screening(@Query() query: ScreeningQueryDto): Promise<ScreeningDto> {
    return this.service.screening(query);
  }
}
