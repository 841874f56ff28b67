import { ConflictException, Controller, Get, Inject, NotFoundException, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { basename, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '@mou/config';
import { ChainRepository, checkAnchor, latestAnchorFile, loadAnchorKey, readAnchor } from '@mou/persistence';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiErrors, ApiSignedIn } from '../common/api-errors';
import {
  AnchorCheckDto,
  ChainCheckRunDto,
  ChainVerificationQueryDto,
  ChainWatchStatusDto,
  SubjectChainVerificationDto,
} from './chain-verification.dto';

export { ChainVerificationQueryDto, SubjectChainVerificationDto };

interface CheckRow {
  checkedAt: Date;
  chains: number;
  broken: number;
  details: { file?: string; digest?: string };
}

const run = (row: CheckRow | undefined): ChainCheckRunDto | null =>
  row
    ? { checkedAt: new Date(row.checkedAt).toISOString(), chains: row.chains, broken: row.broken, file: row.details.file ? basename(row.details.file) : null, digest: row.details.digest ?? null }
    : null;

/** Checks the hash chain of any record's history, what the scheduled re-verification found, and the last anchor (docs/domain.md §2). */
@ApiTags('audit')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('chain-verification')
export class ChainVerificationController {
  private readonly chains: ChainRepository;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    this.chains = new ChainRepository(dataSource);
  }

  @Get()
  @ApiOperation({ summary: "Verify the hash chain of any record's history against the head it keeps" })
  @RequirePermission(Permission.ChainVerify)
  @ApiOkResponse({ type: SubjectChainVerificationDto })
  @ApiErrors(400, 404)
  async verify(@Query() query: ChainVerificationQueryDto): Promise<SubjectChainVerificationDto> {
    const ref = (query.ref ?? '').trim();
    const result = await this.chains.verify(query.subject, ref);
    if (!result) throw new NotFoundException(`No ${query.subject} ${ref} was found`);
    return { subject: query.subject, ...result };
  }

  @Get('status')
  @ApiOperation({ summary: 'What the scheduled re-verification of every chain last found, its open breaks, and the last anchor' })
  @RequirePermission(Permission.ChainVerify)
  @ApiOkResponse({ type: ChainWatchStatusDto })
  async status(): Promise<ChainWatchStatusDto> {
    const latest = async (kind: string) =>
      ((await this.dataSource.query(
        `SELECT checked_at AS "checkedAt", chains, broken, details FROM chain_checks WHERE kind = $1 ORDER BY checked_at DESC, id DESC LIMIT 1`,
        [kind],
      )) as CheckRow[])[0];
    const breaks = (await this.dataSource.query(
      `SELECT id::text AS id, subject, record_id AS "recordKey", label, break_kind AS "breakKind", broken_at AS "brokenAt", reason, detected_at AS "detectedAt"
         FROM chain_breaks WHERE resolved_at IS NULL ORDER BY detected_at DESC, id DESC LIMIT 500`,
    )) as (Omit<ChainWatchStatusDto['openBreaks'][number], 'detectedAt'> & { detectedAt: Date })[];
    return {
      lastVerification: run(await latest('verify')),
      lastAnchor: run(await latest('anchor')),
      openBreaks: breaks.map((b) => ({ ...b, detectedAt: new Date(b.detectedAt).toISOString() })),
    };
  }

  @Get('anchor')
  @ApiOperation({ summary: 'Check the chains as stored now against the last anchor of their heads kept outside the database' })
  @RequirePermission(Permission.ChainVerify)
  @ApiOkResponse({ type: AnchorCheckDto })
  @ApiErrors([409, 'No anchor has been taken yet (`NoAnchor`)'])
  async anchor(): Promise<AnchorCheckDto> {
    const file = latestAnchorFile(resolve(this.config.CHAIN_ANCHOR_DIR));
    if (!file) throw new ConflictException({ message: 'No anchor of the chain heads has been taken yet', reason: 'NoAnchor' });
    const key = loadAnchorKey({ keyFile: this.config.CHAIN_ANCHOR_KEY_FILE, production: this.config.NODE_ENV === 'production' });
    // The file by its name: where the server keeps its anchors is not the caller's business.
    return checkAnchor(this.dataSource, readAnchor(file), key, basename(file));
  }
}
