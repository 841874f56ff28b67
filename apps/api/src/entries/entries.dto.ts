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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ManufacturerDto {
  @ApiPropertyOptional({ description: 'The facility in the registry, when known' })
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
  @ApiProperty({ example: '2026-10-01' }) @Matches(DATE, { message: 'issuedOn must be a date YYYY-MM-DD' }) issuedOn: string;
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
  @ApiProperty({ example: '2026-10-02' }) @Matches(DATE, { message: 'signedOn must be a date YYYY-MM-DD' }) signedOn: string;
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

  @ApiProperty({ example: '2026-11-20', description: 'Date of importation (not in the future)' })
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

  @ApiPropertyOptional()
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
