import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CHAIN_BREAK_KINDS, SINGLE_LOGS, CHAIN_SUBJECTS, type ChainBreakKind, type ChainSubject } from '@mou/persistence';
import { DateTimeProperty, IntProperty, NullableDateTimeProperty, NullableStringProperty } from '../common/api-properties';

const BREAK_KIND_HELP =
  'missing: an event (or the record) is gone; edited: stored content does not match its hash, or the record changed without an event; reordered: events out of their order; head-mismatch: the head is not the last event';

export class ChainHeadDto {
  @IntProperty({ description: 'The last sequence the record says was written' }) sequence: number;
  @ApiProperty({ description: 'The hash of that event' }) hash: string;
}

/** One record's chain checked event by event and against the head it keeps (docs/domain.md §2). */
export class ChainVerificationDto {
  @ApiProperty({ description: 'Every event links to the one before, matches its hash, and the last one is the head' }) valid: boolean;
  @IntProperty({ description: 'Events checked' }) events: number;
  @IntProperty({ required: false, description: 'Where the chain breaks: the first sequence that does not match, or the head' }) brokenAt?: number;
  @ApiPropertyOptional({ enum: CHAIN_BREAK_KINDS, description: BREAK_KIND_HELP }) breakKind?: ChainBreakKind;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty({ type: ChainHeadDto, nullable: true, description: 'The head stored with the record' }) head: ChainHeadDto | null;
}

export class ChainVerificationQueryDto {
  @ApiProperty({ enum: CHAIN_SUBJECTS })
  @IsIn(CHAIN_SUBJECTS)
  subject: ChainSubject;

  @ApiPropertyOptional({
    description: "The record's id, or the name it is known by: a case's or entry's reference, a facility's exact name, a user's e-mail, a category's code, a calendar's id, a review's id. Not needed for the audit log and the settings, which are one log each.",
    example: 'MOU-2026-000001',
  })
  @ValidateIf((q: ChainVerificationQueryDto) => !SINGLE_LOGS.includes(q.subject))
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  ref?: string;
}

export class SubjectChainVerificationDto extends ChainVerificationDto {
  @ApiProperty({ enum: CHAIN_SUBJECTS }) subject: ChainSubject;
  @ApiProperty({ description: "The record's id in its chain (a uuid, a code, a version)" }) id: string;
  @ApiProperty({ description: 'What a person knows it by' }) label: string;
}

export class ChainBreakDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The kind of record, or `anchor` for an anchor file that fails its signature' }) subject: string;
  @ApiProperty({ description: "The record's id in its chain (a uuid, a code, a calendar), or the anchor file's name" }) recordKey: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: CHAIN_BREAK_KINDS, description: BREAK_KIND_HELP }) breakKind: string;
  @IntProperty() brokenAt: number;
  @ApiProperty() reason: string;
  @DateTimeProperty() detectedAt: string;
}

export class ChainCheckRunDto {
  @DateTimeProperty() checkedAt: string;
  @IntProperty({ description: 'Chains checked (or anchored)' }) chains: number;
  @IntProperty({ description: 'Breaks found' }) broken: number;
  @NullableStringProperty({ description: 'For an anchor: the file written' }) file: string | null;
  @NullableStringProperty({ description: 'For an anchor: the digest signed' }) digest: string | null;
}

/** What the scheduled re-verification last found, and the last anchor. */
export class ChainWatchStatusDto {
  @ApiProperty({ type: ChainCheckRunDto, nullable: true, description: 'The last scheduled re-verification' }) lastVerification: ChainCheckRunDto | null;
  @ApiProperty({ type: ChainCheckRunDto, nullable: true, description: 'The last anchor of chain heads' }) lastAnchor: ChainCheckRunDto | null;
  @ApiProperty({ type: [ChainBreakDto], description: 'Breaks found and not resolved, newest first' }) openBreaks: ChainBreakDto[];
}

export class AnchorMismatchDto {
  @ApiProperty() subject: string;
  @ApiProperty() id: string;
  @IntProperty() anchoredSequence: number;
  @ApiProperty() anchoredHash: string;
  @ApiProperty({ enum: CHAIN_BREAK_KINDS }) breakKind: string;
  @ApiProperty() reason: string;
}

/** Today's chains checked against the last anchor written outside the database. */
export class AnchorCheckDto {
  @NullableStringProperty({ description: 'The anchor file checked' }) file: string | null;
  @NullableDateTimeProperty({ description: 'When the anchor was taken' }) anchoredAt: string | null;
  @ApiProperty({ description: "The anchor's digest and signature match under the key" }) signatureValid: boolean;
  @IntProperty({ description: 'Chains the anchor holds' }) chains: number;
  @ApiProperty({ description: 'Signature valid and every anchored head still in its chain' }) valid: boolean;
  @ApiProperty({ type: [AnchorMismatchDto] }) mismatches: AnchorMismatchDto[];
}

