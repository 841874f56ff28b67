import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ENTRY_USER_MOVES, EntryStatus } from '@mou/domain';
import { FACILITY_STATUSES } from '@mou/persistence';
import { CaseEventDto, CLOCK_STATES, DEADLINE_KINDS, OWED_BY } from '../cases/cases.dto';
import {
  DateProperty,
  IntProperty,
  DateTimeProperty,
  NullableDateTimeProperty,
  NullableIntProperty,
  NullableObjectProperty,
  NullableStringProperty,
  NullableUuidProperty,
  ObjectProperty,
  UuidProperty,
} from '../common/api-properties';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ManufacturerDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The facility in the registry, when known' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiProperty({ example: 'Jinan Hydraulic Press Works' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;
}

export class CertificateOfOriginDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(300) issuer: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) number: string;
  @ApiProperty({ example: '2026-10-01', format: 'date' }) @Matches(DATE, { message: 'issuedOn must be a date YYYY-MM-DD' }) issuedOn: string;
}

export class DueDiligenceDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(300) manufacturerName: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) manufacturerAddress?: string;
  @ApiProperty({ description: 'The importer states the goods were not made with prison labor and how it checked' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  statement: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(300) signedBy: string;
  @ApiProperty({ example: '2026-10-02', format: 'date' }) @Matches(DATE, { message: 'signedOn must be a date YYYY-MM-DD' }) signedOn: string;
}

/** The certification modelled on 19 CFR 12.43: a supplier certificate of origin and the importer's statement. */
export class CertificationDto {
  @ApiPropertyOptional({ type: CertificateOfOriginDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CertificateOfOriginDto)
  supplierCertificateOfOrigin?: CertificateOfOriginDto | null;

  @ApiPropertyOptional({ type: DueDiligenceDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DueDiligenceDto)
  dueDiligenceStatement?: DueDiligenceDto | null;
}

export class FileEntryDto {
  @ApiProperty({ type: ManufacturerDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ManufacturerDto)
  manufacturer: ManufacturerDto;

  @ApiProperty({ example: 'MACHINE_PRESSES', description: 'A product category code (GET /product-categories)' })
  @Matches(/^[A-Z0-9_]{1,64}$/, { message: 'productCategory must be a category code such as GARMENTS' })
  productCategory: string;

  @ApiProperty({ example: '8462.29' })
  @Matches(/^\d{4}(\.\d{2}){0,3}$/, { message: 'htsCode must look like 8462 or 8462.29.00' })
  htsCode: string;

  @ApiProperty({ example: 12 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @IsPositive()
  quantity: number;

  @ApiProperty({ example: 48000, description: 'Declared value in US dollars' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @IsPositive()
  valueUsd: number;

  @ApiProperty({ example: '2026-11-20', format: 'date', description: 'Date of importation (not in the future)' })
  @Matches(DATE, { message: 'importedOn must be a date YYYY-MM-DD' })
  importedOn: string;

  @ApiProperty({ type: CertificationDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CertificationDto)
  certification: CertificationDto;
}

export class ProofDto {
  @ApiProperty({ description: 'Why the goods are admissible' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  statement: string;

  @ApiProperty({ type: [String], description: 'Names or references of the documents filed' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  documents: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "Documents of this entry (uploaded to POST /entries/{id}/documents) that prove admissibility; the proof's event records each with its SHA-256" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}

export class ProtestDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(20000) grounds: string;
}

export class EntryNoteDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

export class EntryDecisionDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class ProtestDecisionDto extends EntryDecisionDto {
  @ApiProperty() @IsBoolean() grant: boolean;
}

export class EntryQueryDto {
  @ApiPropertyOptional({ enum: ['PENDING_SCREENING', 'RELEASED', 'DETAINED', 'EXCLUDED', 'EXPORTED', 'PROTESTED', 'ABANDONED', 'PROTEST_DENIED', 'PROTEST_GRANTED'] })
  @IsOptional()
  @IsIn(['PENDING_SCREENING', 'RELEASED', 'DETAINED', 'EXCLUDED', 'EXPORTED', 'PROTESTED', 'ABANDONED', 'PROTEST_DENIED', 'PROTEST_GRANTED'])
  status?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;
}

export class ScreeningQueryDto {
  @ApiProperty({ description: 'Manufacturer: a facility id or its name as in the registry' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  manufacturer: string;

  @ApiProperty({ example: 'GARMENTS' })
  @Matches(/^[A-Z0-9_]{1,64}$/, { message: 'category must be a category code such as GARMENTS' })
  category: string;

}

export const ENTRY_STATUSES = Object.values(EntryStatus);
export const MANUFACTURER_STATUSES = [...FACILITY_STATUSES, 'UNKNOWN'];

/** Why goods are held, as screening found: a code and a sentence. */
export class HoldReasonDto {
  @ApiProperty({ example: 'BLOCKED_MANUFACTURER' }) code: string;
  @ApiProperty() text: string;
  @ApiPropertyOptional({ example: 'WRO-2026-0001', description: 'The order or finding that raised the ground (code ENFORCEMENT_ORDER)' }) ref?: string;
}

/** A supervisor's decision on a near match of the manufacturer's name. */
export class NameMatchResolutionDto {
  @ApiProperty({ enum: ['CONFIRMED', 'CLEARED'] }) decision: string;
  @ApiProperty({ description: 'The supervisor (user id)' }) by: string;
  @DateTimeProperty() at: string;
  @ApiProperty() reason: string;
}

/** Which registered facility name the declared manufacturer matched, which field, and how (docs/domain.md §6). */
export class NameMatchDto {
  @UuidProperty() facilityId: string;
  @ApiProperty({ description: "The facility's registered name" }) facilityName: string;
  @ApiProperty({ description: 'The name that matched, as registered' }) matchedName: string;
  @ApiProperty({ enum: ['NAME', 'ALIAS', 'CHINESE_NAME', 'PINYIN'] }) field: string;
  @ApiProperty({ enum: ['EXACT', 'NORMALISED', 'NEAR'], description: 'NEAR: close without matching; held for a supervisor' }) how: string;
  @IntProperty({ description: 'Single-character edits between the normalised names (0 unless NEAR)' }) edits: number;
  @ApiProperty({ description: 'A near match waits for a supervisor to confirm or clear it' }) awaitingReview: boolean;
  @ApiProperty({ type: NameMatchResolutionDto, nullable: true }) resolution: NameMatchResolutionDto | null;
}

export class NameMatchDecisionDto extends EntryDecisionDto {
  @ApiProperty({ description: 'true: the manufacturer is the facility it came close to; false: it is not' }) @IsBoolean() confirm: boolean;
}

export class EntryManufacturerDto {
  @NullableUuidProperty({ description: 'The facility in the registry; null when it is not there' }) facilityId: string | null;
  @ApiProperty() name: string;
}

/** One of an entry's clocks (decision, proof, export or protest, protest decision). */
export class EntryClockDto {
  @ApiProperty({ example: 'ENTRY_PROOF-1' }) key: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: OWED_BY }) owedBy: string;
  @ApiProperty() legalBasis: string;
  @DateTimeProperty() startedAt: string;
  @NullableDateTimeProperty() dueAt: string | null;
  @NullableDateTimeProperty() metAt: string | null;
  @ApiProperty({ enum: CLOCK_STATES }) state: string;
  @NullableIntProperty({ description: 'Whole days to the due instant, negative when late; null when not running' }) daysLeft: number | null;
  @ObjectProperty({ description: 'Legal basis, start, budget and a sentence' }) explanation: Record<string, unknown>;
}

export class EntryEventDto extends CaseEventDto {}

/** The certificate of origin as filed with the entry. */
export class FiledCertificateOfOriginDto {
  @ApiProperty() issuer: string;
  @ApiProperty() number: string;
  @DateProperty() issuedOn: string;
}

/** The importer's due-diligence statement as filed with the entry. */
export class FiledDueDiligenceDto {
  @ApiProperty() manufacturerName: string;
  @ApiPropertyOptional() manufacturerAddress?: string;
  @ApiProperty() statement: string;
  @ApiProperty() signedBy: string;
  @DateProperty() signedOn: string;
}

/** The certification as filed (19 CFR 12.43); a part not filed is null. */
export class FiledCertificationDto {
  @ApiProperty({ type: FiledCertificateOfOriginDto, nullable: true }) supplierCertificateOfOrigin: FiledCertificateOfOriginDto | null;
  @ApiProperty({ type: FiledDueDiligenceDto, nullable: true }) dueDiligenceStatement: FiledDueDiligenceDto | null;
}

/** A move a person may take on the entry now, or why not. */
export class EntryMoveChoiceDto {
  @ApiProperty({ enum: ENTRY_USER_MOVES }) move: string;
  @ApiProperty() allowed: boolean;
  @ApiPropertyOptional({ description: 'Why the move is not open now (only when it is not allowed)' }) reason?: string;
}

export class EntryDetailDto {
  @UuidProperty() id: string;
  @ApiProperty({ example: 'ENT-2026-000007' }) reference: string;
  @ApiProperty({ enum: ENTRY_STATUSES }) status: string;
  @UuidProperty() importerId: string;
  @ApiProperty({ type: EntryManufacturerDto }) manufacturer: EntryManufacturerDto;
  @ApiProperty() productCategory: string;
  @ApiProperty() htsCode: string;
  @ApiProperty() quantity: number;
  @ApiProperty({ description: 'Declared value in US dollars' }) valueUsd: number;
  @DateTimeProperty({ description: 'Date of importation, at 00:00 UTC' }) importedAt: string;
  @ApiProperty({ type: FiledCertificationDto }) certification: FiledCertificationDto;
  @ApiProperty({ type: [HoldReasonDto] }) holdReasons: HoldReasonDto[];
  @NullableObjectProperty({ description: 'The proof of admissibility filed, if any: statement and documents' }) proof: Record<string, unknown> | null;
  @ApiProperty({ type: [EntryClockDto] }) clocks: EntryClockDto[];
  @ApiProperty({ type: [EntryEventDto] }) timeline: EntryEventDto[];
  @ApiProperty({ type: [EntryMoveChoiceDto], description: 'Every move on the entry, allowed now or refused with its reason' }) legalMoves: EntryMoveChoiceDto[];
  @ApiProperty({ type: NameMatchDto, nullable: true, description: 'How the declared name matched a registered facility; null when filed with a facility id or matching none' })
  nameMatch: NameMatchDto | null;
}

/** One entry in a list, with its soonest open clock. */
export class EntrySummaryDto {
  @UuidProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: ENTRY_STATUSES }) status: string;
  @ApiProperty() manufacturerName: string;
  @ApiProperty() productCategory: string;
  @ApiProperty() valueUsd: number;
  @DateTimeProperty() importedAt: string;
  @ApiProperty({ type: [HoldReasonDto] }) holdReasons: HoldReasonDto[];
  @DateTimeProperty() filedAt: string;
  @NullableStringProperty({ enum: DEADLINE_KINDS }) clockKind: string | null;
  @NullableStringProperty() clockTitle: string | null;
  @NullableDateTimeProperty() clockDueAt: string | null;
  @NullableStringProperty() clockLegalBasis: string | null;
  @NullableStringProperty({ enum: CLOCK_STATES }) clockState: string | null;
  @ApiProperty({ type: [EntryMoveChoiceDto], description: 'Every move on the entry, allowed now or refused with its reason' }) legalMoves: EntryMoveChoiceDto[];
}

export class ScreenedManufacturerDto extends EntryManufacturerDto {
  @ApiProperty({ enum: MANUFACTURER_STATUSES, description: 'UNKNOWN when the registry does not hold it' }) status: string;
}

export class ScreenedCategoryDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Reported as made with prison labor' }) highRisk: boolean;
}

/** What screening would say of goods from this manufacturer in this category. */
export class ScreeningDto {
  @ApiProperty({ type: ScreenedManufacturerDto }) manufacturer: ScreenedManufacturerDto;
  @ApiProperty({ type: ScreenedCategoryDto }) category: ScreenedCategoryDto;
  @ApiProperty({ enum: ['RELEASE', 'DETAIN'] }) decision: 'RELEASE' | 'DETAIN';
  @ApiProperty({ type: [HoldReasonDto], description: 'Every ground for detention; empty when released' }) reasons: HoldReasonDto[];
  @ApiProperty({ example: 'entry-screening-v3' }) screeningVersion: string;
  @ApiProperty() note: string;
}
