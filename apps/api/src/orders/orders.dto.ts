import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ENFORCEMENT_KINDS } from '@mou/domain';
import { ENFORCEMENT_ORDER_STATUSES } from '@mou/persistence';

const CATEGORY_CODES = {
  description: 'Product category codes the order covers; empty: every good of the facility',
  example: ['GARMENTS'],
};

class ReasonField {
  @ApiProperty({ description: 'Why: kept in the order\'s history' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason: string;
}

/** A supervisor proposes an order; a second supervisor approves it before it stops goods. */
export class ProposeOrderDto extends ReasonField {
  @ApiProperty({ enum: ENFORCEMENT_KINDS, description: 'WRO: 19 CFR 12.42(e); FINDING: 12.42(f)' })
  @IsIn(ENFORCEMENT_KINDS)
  kind: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  facilityId: string;

  @ApiProperty(CATEGORY_CODES)
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[A-Z0-9_]{1,64}$/, { each: true, message: 'each product category must be a category code such as GARMENTS' })
  productCategories: string[];

  @ApiProperty({ format: 'date', description: 'First day of importation covered (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a date, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'effectiveFrom must be a date that exists' })
  effectiveFrom: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The case of this facility the order rests on, if any' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}

/** New terms for an order in force: the categories, the first day covered, or both. */
export class ModifyOrderDto extends ReasonField {
  @ApiPropertyOptional(CATEGORY_CODES)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[A-Z0-9_]{1,64}$/, { each: true, message: 'each product category must be a category code such as GARMENTS' })
  productCategories?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'First day of importation covered (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a date, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'effectiveFrom must be a date that exists' })
  effectiveFrom?: string;
}

export class RevokeOrderDto extends ReasonField {}

export class OrderDecisionDto extends ReasonField {}

export class OrderQueryDto {
  @ApiPropertyOptional({ enum: ENFORCEMENT_KINDS })
  @IsOptional()
  @IsIn(ENFORCEMENT_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: ENFORCEMENT_ORDER_STATUSES })
  @IsOptional()
  @IsIn(ENFORCEMENT_ORDER_STATUSES)
  status?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiPropertyOptional({ description: 'Orders covering this product category (an order naming none covers all)' })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{1,64}$/, { message: 'category must be a category code such as GARMENTS' })
  category?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'Year of issue (of the proposal, for orders never issued)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1990)
  @Max(2100)
  year?: number;
}
