import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Transform } from 'class-transformer';
import type { ProductCategoryEntity } from '@mou/persistence';
import { NullableDateTimeProperty, NullableStringProperty } from '../common/api-properties';

export const CATEGORY_CODE_PATTERN = '^[A-Z0-9_]{1,64}$';

/** Optional, but when present never null: every column it patches is NOT NULL. */
const IfSent = () => ValidateIf((_o: object, value: unknown) => value !== undefined);

export class CreateProductCategoryDto {
  @ApiProperty({ example: 'BRAKE_PADS', pattern: CATEGORY_CODE_PATTERN })
  @Matches(/^[A-Z0-9_]{1,64}$/, { message: 'code must be upper-case letters, digits and underscores' })
  code: string;

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) name: string;

  @ApiProperty({ description: 'HTS heading or chapter, e.g. 8708 or 61-62' })
  @Matches(/^[0-9.\-]{2,20}$/, { message: 'hts must be an HTS heading or chapter such as 8708 or 61-62' })
  hts: string;

  @ApiProperty({ description: 'Where the report that the product is made with prison labor comes from' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  source: string;

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() highRisk?: boolean;
}

export class UpdateProductCategoryDto {
  @ApiPropertyOptional() @IfSent() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional()
  @IfSent()
  @Matches(/^[0-9.\-]{2,20}$/, { message: 'hts must be an HTS heading or chapter such as 8708 or 61-62' })
  hts?: string;
  @ApiPropertyOptional() @IfSent() @IsString() @IsNotEmpty() @MaxLength(1000) source?: string;
  @ApiPropertyOptional() @IfSent() @IsBoolean() highRisk?: boolean;
}

/** A product category reported as made with prison labor. */
export class ProductCategoryDto {
  @ApiProperty({ example: 'BRAKE_PADS', pattern: CATEGORY_CODE_PATTERN }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'HTS heading or chapter, e.g. 8708 or 61-62' }) hts: string;
  @ApiProperty({ description: 'Where the report that the product is made with prison labor comes from' }) source: string;
  @ApiProperty({ description: 'An entry of it from a facility under investigation is detained' }) highRisk: boolean;
  @NullableDateTimeProperty({ description: 'When it stopped being offered for new filings; null while in use' }) retiredAt: string | null;
  @NullableStringProperty({ description: 'The source on which it was retired' }) retiredSource: string | null;

  static from(row: ProductCategoryEntity): ProductCategoryDto {
    return {
      code: row.code,
      name: row.name,
      hts: row.hts,
      source: row.source,
      highRisk: row.highRisk,
      retiredAt: row.retiredAt ? new Date(row.retiredAt).toISOString() : null,
      retiredSource: row.retiredSource ?? null,
    };
  }
}

export class ProductCategoryQueryDto {
  @ApiPropertyOptional({ default: false, description: 'Include retired categories (the administrator\'s list); forms offer only those in use' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeRetired?: boolean;
}

export class RetireProductCategoryDto {
  @ApiProperty({ description: 'Why it is retired: the report, ruling or decision it rests on' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  source: string;
}
