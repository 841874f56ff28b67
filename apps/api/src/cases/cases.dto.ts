import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDefined, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

export class AllegationDto {
  @ApiProperty({ example: 'Hydraulic presses exported under a front company' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary: string;

  @ApiProperty({ example: 'NGO report, 2026-10' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  source: string;

  @ApiProperty({ example: ['MACHINE_PRESSES'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[A-Z0-9_]{1,64}$/, { each: true, message: 'each product category must be a category code such as GARMENTS' })
  productCategories: string[];
}

export class OpenCaseDto {
  @ApiProperty()
  @IsUUID()
  facilityId: string;

  @ApiProperty({ type: AllegationDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => AllegationDto)
  allegation: AllegationDto;

  @ApiPropertyOptional({ description: 'Supervisors may assign the case; investigators are assigned their own cases.' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;
}

export class CaseEventDto {
  @ApiProperty() sequence: number;
  @ApiProperty() type: string;
  @ApiProperty() actorId: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty() payload: Record<string, unknown>;
  @ApiProperty() hash: string;
}

export class CaseDetailDto {
  @ApiProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty() facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty({ type: AllegationDto }) allegation: AllegationDto;
  @ApiProperty() stage: string;
  @ApiProperty({ nullable: true, type: String }) outcome: string | null;
  @ApiProperty() assigneeId: string;
  @ApiProperty() openedBy: string;
  @ApiProperty() openedAt: string;
  @ApiProperty({ nullable: true, type: String }) nextDeadlineAt: string | null;
  @ApiProperty() escalationLevel: number;
  @ApiProperty({ type: [CaseEventDto] }) timeline: CaseEventDto[];
}

export class ChainVerificationDto {
  @ApiProperty() valid: boolean;
  @ApiProperty() events: number;
  @ApiPropertyOptional() brokenAt?: number;
  @ApiPropertyOptional() reason?: string;
}
