import { Controller, Get, Inject, NotFoundException, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ChainRepository, EntryRepository } from '@mou/persistence';
import { CurrentUser, RequirePermission, type AuthUser } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiErrors, ApiPatternParam, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import { RecordAccessService } from '../common/record-access.service';
import { REVIEW_ID_PATTERN } from '../reviews/reviews.dto';
import { ChainVerificationDto } from './chain-verification.dto';

/**
 * The chain of one facility, entry or review, for whoever may read that record (row-level access
 * kept: an importer verifies only its own entries); the administrator verifies any record at
 * /chain-verification (docs/domain.md §2).
 */
@ApiTags('audit')
@ApiBearerAuth()
@ApiSignedIn()
@Controller()
export class RecordVerificationController {
  private readonly chains: ChainRepository;
  private readonly entries: EntryRepository;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RecordAccessService) private readonly access: RecordAccessService,
  ) {
    this.chains = new ChainRepository(dataSource);
    this.entries = new EntryRepository(dataSource);
  }

  @Get('facilities/:id/verification')
  @ApiOperation({ summary: "Verify the facility's event hash chain, from its creation, against its head" })
  @RequirePermission(Permission.FacilityRead)
  @ApiUuidParam('id', 'The facility')
  @ApiOkResponse({ type: ChainVerificationDto })
  @ApiErrors(400, 404)
  async facility(@UuidParam() id: string): Promise<ChainVerificationDto> {
    const [found] = await this.dataSource.query('SELECT 1 FROM facilities WHERE id = $1', [id]);
    if (!found) throw new NotFoundException(`Facility ${id} was not found`);
    return this.chains.verifyStream('facility', id);
  }

  @Get('entries/:id/verification')
  @ApiOperation({ summary: "Verify the entry's event hash chain against its head" })
  @RequirePermission(Permission.EntryRead)
  @ApiUuidParam('id', 'The entry')
  @ApiOkResponse({ type: ChainVerificationDto })
  @ApiErrors(400, 404)
  async entry(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<ChainVerificationDto> {
    if (!(await this.entries.findVisible(this.access.entryScope(user), id))) throw new NotFoundException(`Entry ${id} was not found`);
    return this.chains.verifyStream('entry', id);
  }

  @Get('reviews/:id/verification')
  @ApiOperation({ summary: "Verify the review's hash chain (opening, summaries, report, sign-off) and its stored row" })
  @RequirePermission(Permission.ReviewRead)
  @ApiPatternParam('id', REVIEW_ID_PATTERN, 'The review: `mou-review-` and the first day of its programme year', 'mou-review-2026-01-01')
  @ApiOkResponse({ type: ChainVerificationDto })
  @ApiErrors(404)
  async review(@Param('id') id: string): Promise<ChainVerificationDto> {
    const [found] = await this.dataSource.query('SELECT 1 FROM reviews WHERE id = $1', [id]);
    if (!found) throw new NotFoundException(`Review ${id} was not found`);
    return this.chains.verifyOne('review', id);
  }
}
