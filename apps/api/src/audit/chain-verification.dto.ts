import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHAIN_BREAK_KINDS, type ChainBreakKind } from '@mou/persistence';
import { IntProperty } from '../common/api-properties';

export class ChainHeadDto {
  @IntProperty({ description: 'The last sequence the record says was written' }) sequence: number;
  @ApiProperty({ description: 'The hash of that event' }) hash: string;
}

/** One record's chain checked event by event and against the head it keeps (docs/domain.md §2). */
export class ChainVerificationDto {
  @ApiProperty({ description: 'Every event links to the one before, matches its hash, and the last one is the head' }) valid: boolean;
  @IntProperty({ description: 'Events checked' }) events: number;
  @IntProperty({ required: false, description: 'Where the chain breaks: the first sequence that does not match, or the head' }) brokenAt?: number;
  @ApiPropertyOptional({
    enum: CHAIN_BREAK_KINDS,
    description: 'missing: an event is gone; edited: stored content does not match its hash; reordered: events out of their order; head-mismatch: the head is not the last event',
  })
  breakKind?: ChainBreakKind;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty({ type: ChainHeadDto, nullable: true, description: 'The head stored with the record' }) head: ChainHeadDto | null;
}
