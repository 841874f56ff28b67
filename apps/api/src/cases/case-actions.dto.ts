import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CaseOutcome } from '@mou/domain';

class NoteDto {
  @ApiPropertyOptional({ description: 'Free text kept in the case timeline' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "Documents of this case (uploaded to POST /cases/{id}/documents) that prove the fact; the fact's event records their SHA-256" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}

export class RequestDto extends NoteDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the request was sent, if earlier than now (ISO 8601); starts the 60-day clock' })
  @IsOptional()
  @IsISO8601({ strict: true })
  requestedAt?: string;
}

export class PrcReportDto extends NoteDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the PRC report was received, if earlier than now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;
}

export class ScheduleVisitDto extends NoteDto {
  @ApiProperty({ description: 'Date the PRC proposes for the visit' })
  @IsISO8601({ strict: true })
  scheduledFor: string;
}

export class VisitDto extends NoteDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the visit was held, if earlier than now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  heldAt?: string;

  @ApiProperty({ description: 'Whether inspectors had full access to the facility' })
  @IsBoolean()
  fullAccess: boolean;
}

export class UsReportDto extends NoteDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the US report was issued, if earlier than now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  issuedAt?: string;
}

export class AccessDeniedDto extends NoteDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When access was refused, if earlier than now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  deniedAt?: string;
}

/** A petition under 19 CFR 12.42(b); a conforming one starts the 10 days to forward it (12.42(c)). */
export class PetitionDto extends NoteDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the petition was received, if earlier than now (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;

  @ApiProperty({ description: 'Who sent the petition', example: 'Laogai Research Foundation' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  petitioner: string;

  @ApiProperty({ description: 'The goods the petition names (the facility is the case\'s)', example: 'Hydraulic presses' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  goods: string;

  @ApiProperty({ description: 'Whether it carries what 19 CFR 12.42(b) requires (reasons, a description of the goods, the facts of their production)' })
  @IsBoolean()
  conforming: boolean;
}

export class ForwardPetitionDto extends NoteDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the petition was forwarded to the Commissioner of CBP, if earlier than now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  forwardedAt?: string;
}

export class UsInvestigationReportDto extends NoteDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the US investigation report was issued, if earlier than now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  issuedAt?: string;
}

export class EditNoteDto {
  @ApiProperty({ description: 'The text of the note as the supervisor leaves it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  text: string;
}

export class SendNoteDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the note was sent, if earlier than now (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  sentAt?: string;
}

export class CloseCaseDto extends NoteDto {
  @ApiProperty({ enum: Object.values(CaseOutcome) })
  @IsIn(Object.values(CaseOutcome))
  outcome: CaseOutcome;
}

export class PlainActionDto extends NoteDto {}

export class ReasonDto {
  @ApiProperty({ description: 'Why; kept in the deadline ledger and the timeline' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class DatedReasonDto extends ReasonDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the pause or resume took effect, if earlier than now (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}

export class DecisionDto extends ReasonDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'When the decision was taken, if earlier than now (ISO 8601): the decision, and the block it may impose on the facility, take effect at that instant. ' +
      'A date in the future is refused (400); one before the approval was requested is refused (409).',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  decidedAt?: string;
}

export class ExtendDeadlineDto extends ReasonDto {
  @ApiProperty({ minimum: 1, maximum: 365 })
  @IsInt()
  @Min(1)
  @Max(365)
  days: number;
}

export class ReassignCaseDto extends ReasonDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  assigneeId: string;
}
