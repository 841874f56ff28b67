import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsIn, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CaseOutcome } from '@mou/domain';

/** The facts an imported case may carry, each one move of the case workflow. */
export const IMPORT_FACT_TYPES = [
  'REQUEST_INVESTIGATION',
  'REQUEST_VISIT',
  'RECORD_PRC_REPORT',
  'SCHEDULE_VISIT',
  'RECORD_VISIT',
  'ISSUE_US_REPORT',
  'RECORD_ACCESS_DENIED',
  'BEGIN_ENFORCEMENT_REVIEW',
  'CLOSE',
  'WITHDRAW',
] as const;
export type ImportFactType = (typeof IMPORT_FACT_TYPES)[number];

export class ImportFactDto {
  @ApiProperty({ enum: IMPORT_FACT_TYPES })
  @IsIn(IMPORT_FACT_TYPES)
  type: ImportFactType;

  @ApiProperty({ format: 'date-time', description: 'When it happened (ISO 8601); for SCHEDULE_VISIT, when the visit was agreed' })
  @IsISO8601({ strict: true })
  at: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'SCHEDULE_VISIT only: the date the PRC proposed for the visit' })
  @IsOptional()
  @IsISO8601({ strict: true })
  scheduledFor?: string;

  @ApiPropertyOptional({ description: 'RECORD_VISIT only: whether inspectors had full access' })
  @IsOptional()
  @IsBoolean()
  fullAccess?: boolean;

  @ApiPropertyOptional({ enum: Object.values(CaseOutcome), description: 'CLOSE only' })
  @IsOptional()
  @IsIn(Object.values(CaseOutcome))
  outcome?: CaseOutcome;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

export class ImportFacilityDto {
  @ApiProperty({ description: 'Found by name, or created' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  province?: string;
}

export class ImportAllegationDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  source: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @IsString({ each: true })
  productCategories: string[];
}

export class ImportCaseDto {
  @ApiProperty({ description: 'The case reference in the record it comes from; a case is imported once per reference', example: 'USCC-1994-01' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/, { message: 'externalReference must be 1-100 letters, digits or . _ : / -' })
  externalReference: string;

  @ApiProperty({ format: 'email', description: 'The active investigator or supervisor who holds the case and is recorded as the actor of its facts' })
  @IsEmail()
  investigator: string;

  @ApiProperty({ format: 'date-time', description: 'When the case was opened; no fact may be earlier' })
  @IsISO8601({ strict: true })
  openedAt: string;

  @ApiProperty({ type: ImportFacilityDto })
  @ValidateNested()
  @Type(() => ImportFacilityDto)
  facility: ImportFacilityDto;

  @ApiProperty({ type: ImportAllegationDto })
  @ValidateNested()
  @Type(() => ImportAllegationDto)
  allegation: ImportAllegationDto;

  @ApiProperty({ type: [ImportFactDto], description: 'Its dated facts; applied in the order they happened' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ImportFactDto)
  facts: ImportFactDto[];
}

/**
 * `POST /imports`: historical cases, each checked on its own; a refused case leaves nothing
 * behind and does not stop the others.
 */
export class ImportRequestDto {
  @ApiPropertyOptional({ description: 'What the file holds, for its reader' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  about?: string;

  @ApiPropertyOptional({ type: [String], description: 'The published sources the cases were built from' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  sources?: string[];

  @ApiProperty({ type: [ImportCaseDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsObject({ each: true })
  cases: Record<string, unknown>[];
}

export class ImportedCaseDto {
  @ApiProperty() externalReference: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ description: 'Case reference shown to users' }) reference: string;
  @ApiProperty() stage: string;
  @ApiProperty({ description: 'Facts recorded on the case' }) facts: number;
}

export class ExistingCaseDto {
  @ApiProperty() externalReference: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
}

export class RefusedCaseDto {
  @ApiProperty({ description: 'Position of the case in the file, from 0' }) index: number;
  @ApiProperty({ type: String, nullable: true }) externalReference: string | null;
  @ApiProperty({ type: [String], description: 'Why, one sentence each; nothing of this case was written' }) reasons: string[];
}

export class FailedCaseDto {
  @ApiProperty() externalReference: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ description: 'Facts recorded before the failure' }) factsRecorded: number;
  @ApiProperty() reason: string;
}

export class ImportReportDto {
  @ApiProperty({ type: [ImportedCaseDto], description: 'Cases opened by this import' }) created: ImportedCaseDto[];
  @ApiProperty({ type: [ExistingCaseDto], description: 'Cases whose external reference was already imported: left as they are' }) existing: ExistingCaseDto[];
  @ApiProperty({ type: [RefusedCaseDto], description: 'Cases refused before anything was written' }) refused: RefusedCaseDto[];
  @ApiProperty({ type: [FailedCaseDto], description: 'Cases the workflow stopped part-way (not expected once a case passed its checks)' }) failed: FailedCaseDto[];
}
