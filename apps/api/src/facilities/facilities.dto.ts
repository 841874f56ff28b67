import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { FACILITY_STATUSES } from '@mou/persistence';
import { DateTimeProperty, IntProperty, NullableDateTimeProperty, NullableStringProperty, NullableUuidProperty, StringArrayProperty, UuidProperty } from '../common/api-properties';

export class CreateFacilityDto {
  @ApiProperty({ example: 'Beishu Labor Reform Camp' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ example: 'Shandong' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  address?: string;
}

export class FacilityDto {
  @UuidProperty() id: string;
  @ApiProperty() name: string;
  @NullableStringProperty() province: string | null;
  @NullableStringProperty() address: string | null;
  @ApiProperty({ enum: FACILITY_STATUSES, description: 'Shared by all of its cases (docs/domain.md §6)' }) status: string;
  @DateTimeProperty() createdAt: string;
  @StringArrayProperty({ description: 'Other names it goes by; screening matches every one' }) aliases: string[];
  @NullableStringProperty({ description: 'Its name in Chinese characters' }) chineseName: string | null;
  @NullableStringProperty({ description: 'The pinyin of the Chinese name' }) pinyin: string | null;
}

export class FacilityStatusChangeDto {
  @ApiProperty({ enum: FACILITY_STATUSES }) from: string;
  @ApiProperty({ enum: FACILITY_STATUSES }) to: string;
  @ApiProperty() reason: string;
  @NullableUuidProperty() caseId: string | null;
  @ApiProperty({ description: 'User id, or `system`' }) changedBy: string;
  @DateTimeProperty({ description: 'When the change took effect; the history is in this order' }) changedAt: string;
  @DateTimeProperty({ description: 'When the system was told of it (later than changedAt for a fact entered late)' }) recordedAt: string;
}

export class FacilityDetailDto extends FacilityDto {
  @ApiProperty({ type: [FacilityStatusChangeDto], description: 'Who changed the status, when, why, on which case' })
  statusHistory: FacilityStatusChangeDto[];
  @ApiProperty({ enum: ['REQUEST_UNBLOCK'], isArray: true, description: 'The moves the facility allows now (docs/domain.md §6)' }) legalActions: string[];
  @NullableStringProperty({ description: 'Why an unblock request is not legal now; null when it is' }) unblockRefusal: string | null;
}

export class UnblockRequestDto {
  @ApiProperty({ enum: ['VISIT_WITH_FULL_ACCESS', 'REMEDIATION_PETITION'], description: 'What shows the facility may be unblocked (docs/domain.md §6)' })
  @IsIn(['VISIT_WITH_FULL_ACCESS', 'REMEDIATION_PETITION'])
  ground: 'VISIT_WITH_FULL_ACCESS' | 'REMEDIATION_PETITION';

  @ApiPropertyOptional({ format: 'uuid', description: 'The case whose visit had full access (required for VISIT_WITH_FULL_ACCESS)' })
  @ValidateIf((o: UnblockRequestDto) => o.ground === 'VISIT_WITH_FULL_ACCESS' || o.caseId !== undefined)
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ description: 'The remediation petition (required for REMEDIATION_PETITION)' })
  @ValidateIf((o: UnblockRequestDto) => o.ground === 'REMEDIATION_PETITION' || o.petition !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  petition?: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

/** One stretch of time a facility spent in one status. */
export class FacilityStatusPeriodDto {
  @ApiProperty({ enum: FACILITY_STATUSES }) status: string;
  @DateTimeProperty({ description: 'When the facility took this status' }) from: string;
  @NullableDateTimeProperty({ description: 'When it left it; null for the status it has now' }) to: string | null;
}

/** A facility as policy staff see it: its status and since when, never its cases or the reasons. */
export class FacilityAggregateRowDto {
  @UuidProperty() id: string;
  @ApiProperty() name: string;
  @NullableStringProperty() province: string | null;
  @ApiProperty({ enum: FACILITY_STATUSES }) status: string;
  @DateTimeProperty({ description: 'Since when it has its current status (its registration for one never changed)' }) since: string;
  @ApiProperty({ type: [FacilityStatusPeriodDto], description: 'Each status it has had, in order, with its dates' }) periods: FacilityStatusPeriodDto[];
}

export class FacilityStatusCountDto {
  @ApiProperty({ enum: FACILITY_STATUSES }) status: string;
  @IntProperty({ description: 'Facilities in this status now' }) facilities: number;
  @NullableDateTimeProperty({ description: 'The earliest date one of them took this status; null when none has it' }) earliestSince: string | null;
}

/** Facilities in aggregate (docs/domain.md §6): counts by status and each facility's dates. */
export class FacilityAggregateDto {
  @DateTimeProperty({ description: 'When these figures were read' }) asOf: string;
  @ApiProperty({ type: [FacilityStatusCountDto], description: 'One row per status, in the order of the statuses' }) counts: FacilityStatusCountDto[];
  @ApiProperty({ type: [FacilityAggregateRowDto], description: 'By name' }) facilities: FacilityAggregateRowDto[];
}
