import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import {
  decideProtestUpdate,
  excludeEntryUpdate,
  exportGoodsUpdate,
  extendProofUpdate,
  fileProofUpdate,
  fileProtestUpdate,
  releaseEntryUpdate,
} from '@mou/workflows';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { parseIdempotencyKey } from '../cases/idempotency';
import { EntryDecisionDto, EntryNoteDto, EntryQueryDto, FileEntryDto, ProofDto, ProtestDecisionDto, ProtestDto, ScreeningQueryDto } from './entries.dto';
import { EntriesService } from './entries.service';

@ApiTags('import entries')
@ApiBearerAuth()
@Controller()
export class EntriesController {
  constructor(private readonly service: EntriesService) {}

  @Post('entries')
  @RequirePermission(Permission.EntryFile)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  file(@CurrentUser() user: AuthUser, @Body() dto: FileEntryDto, @Headers('idempotency-key') key?: string) {
    return this.service.file(user, dto, parseIdempotencyKey(key));
  }

  @Get('entries')
  @RequirePermission(Permission.EntryRead)
  list(@CurrentUser() user: AuthUser, @Query() query: EntryQueryDto) {
    return this.service.list(user, query);
  }

  @Get('entries/:id')
  @RequirePermission(Permission.EntryRead)
  detail(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.detail(user, id);
  }

  @Post('entries/:id/proof')
  @HttpCode(200)
  @RequirePermission(Permission.EntryRespond)
  proof(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ProofDto) {
    return this.service.act(user, id, fileProofUpdate, { statement: dto.statement, documents: dto.documents });
  }

  @Post('entries/:id/export')
  @HttpCode(200)
  @RequirePermission(Permission.EntryRespond)
  exportGoods(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: EntryNoteDto) {
    return this.service.act(user, id, exportGoodsUpdate, { note: dto.note });
  }

  @Post('entries/:id/protest')
  @HttpCode(200)
  @RequirePermission(Permission.EntryRespond)
  protest(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ProtestDto) {
    return this.service.act(user, id, fileProtestUpdate, { grounds: dto.grounds });
  }

  @Post('entries/:id/release')
  @HttpCode(200)
  @RequirePermission(Permission.EntryDecide)
  release(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: EntryDecisionDto) {
    return this.service.act(user, id, releaseEntryUpdate, { reason: dto.reason });
  }

  @Post('entries/:id/exclude')
  @HttpCode(200)
  @RequirePermission(Permission.EntryDecide)
  exclude(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: EntryDecisionDto) {
    return this.service.act(user, id, excludeEntryUpdate, { reason: dto.reason });
  }

  @Post('entries/:id/extend')
  @HttpCode(200)
  @RequirePermission(Permission.EntryDecide)
  extend(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: EntryDecisionDto) {
    return this.service.act(user, id, extendProofUpdate, { reason: dto.reason });
  }

  @Post('entries/:id/protest-decision')
  @HttpCode(200)
  @RequirePermission(Permission.EntryDecide)
  decideProtest(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ProtestDecisionDto) {
    return this.service.act(user, id, decideProtestUpdate, { grant: dto.grant, reason: dto.reason });
  }

  /** Lets an importer check a manufacturer and category before shipping. */
  @Get('screening')
  @RequirePermission(Permission.ScreeningCheck)
  screening(@Query() query: ScreeningQueryDto) {
    return this.service.screening(query);
  }
}
