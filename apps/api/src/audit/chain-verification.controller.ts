import { Controller, Get, Inject, NotFoundException, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { CHAIN_SUBJECTS, ChainRepository, type ChainSubject } from '@mou/persistence';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiErrors, ApiSignedIn } from '../common/api-errors';
import { UuidProperty } from '../common/api-properties';
import { ChainVerificationDto } from './chain-verification.dto';

export class ChainVerificationQueryDto {
  @ApiProperty({ enum: CHAIN_SUBJECTS })
  @IsIn(CHAIN_SUBJECTS)
  subject: ChainSubject;

  @ApiProperty({ description: "The record's id, or its reference (a facility: its exact name)", example: 'MOU-2026-000001' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  ref: string;
}

export class SubjectChainVerificationDto extends ChainVerificationDto {
  @ApiProperty({ enum: CHAIN_SUBJECTS }) subject: ChainSubject;
  @UuidProperty() id: string;
  @ApiProperty({ description: 'Its reference, or a facility its name' }) label: string;
}

/** Checks the hash chain of any case's, facility's or entry's event log (docs/domain.md §2). */
@ApiTags('audit')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('chain-verification')
export class ChainVerificationController {
  private readonly chains: ChainRepository;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.chains = new ChainRepository(dataSource);
  }

  @Get()
  @ApiOperation({ summary: "Verify the hash chain of a case's, facility's or entry's event log" })
  @RequirePermission(Permission.ChainVerify)
  @ApiOkResponse({ type: SubjectChainVerificationDto })
  @ApiErrors(400, 404)
  async verify(@Query() query: ChainVerificationQueryDto): Promise<SubjectChainVerificationDto> {
    const result = await this.chains.verify(query.subject, query.ref.trim());
    if (!result) throw new NotFoundException(`No ${query.subject} ${query.ref} was found`);
    return { subject: query.subject, ...result };
  }
}
