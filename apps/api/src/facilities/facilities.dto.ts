import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

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
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) province: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty() status: string;
  @ApiProperty() createdAt: string;
}

export class FacilityStatusChangeDto {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() reason: string;
  @ApiProperty({ nullable: true, type: String }) caseId: string | null;
  @ApiProperty() changedBy: string;
  @ApiProperty() changedAt: string;
}

export class FacilityDetailDto extends FacilityDto {
  @ApiProperty({ type: [FacilityStatusChangeDto], description: 'Who changed the status, when, why, on which case' })
  statusHistory: FacilityStatusChangeDto[];
}
