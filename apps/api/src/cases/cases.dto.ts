import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDefined, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CaseOutcome } from '@mou/domain';

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

export class DeadlineDto {
  @ApiProperty({ example: 'PRC_VISIT-1' }) key: string;
  @ApiProperty() kind: string;
  @ApiProperty() title: string;
  @ApiProperty() owedBy: string;
  @ApiProperty() legalBasis: string;
  @ApiProperty() startedAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null while paused' }) dueAt: string | null;
  @ApiProperty({ nullable: true, type: String }) atRiskAt: string | null;
  @ApiProperty({ nullable: true, type: String }) metAt: string | null;
  @ApiProperty({ enum: ['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed', 'cancelled'] }) state: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Negative when late' }) daysLeft: number | null;
  @ApiProperty() escalationLevel: number;
  @ApiProperty({ nullable: true, type: String }) nextStepAt: string | null;
  @ApiProperty({ description: 'Legal basis, start, budget, calendar version, pauses and extensions, and a sentence' })
  explanation: Record<string, unknown>;
}

export class EscalationDto {
  @ApiProperty() id: string;
  @ApiProperty() deadlineKey: string;
  @ApiProperty() level: number;
  @ApiProperty() type: string;
  @ApiProperty() description: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty({ nullable: true, type: String }) acknowledgedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) acknowledgedAt: string | null;
}

export class ApprovalDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['PROVISIONAL_WRO', 'BLOCK_FACILITY'] }) kind: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status: string;
  @ApiProperty() reason: string;
  @ApiProperty() requestedBy: string;
  @ApiProperty() requestedAt: string;
  @ApiProperty({ nullable: true, type: String }) decidedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionReason: string | null;
}

export class CloseOutcomeChoiceDto {
  @ApiProperty({ enum: Object.values(CaseOutcome) }) outcome: string;
  @ApiProperty() allowed: boolean;
  @ApiPropertyOptional({ description: 'Why the case cannot be closed with this outcome now' }) reason?: string;
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
  @ApiProperty({ description: 'The moves the case allows now' }) legalActions: string[];
  @ApiProperty({ enum: Object.values(CaseOutcome), isArray: true, description: 'The outcomes the case may be closed with now' }) legalOutcomes: string[];
  @ApiProperty({ type: [CloseOutcomeChoiceDto], description: 'Every outcome, and why the case cannot be closed with it now when it cannot' })
  closeOutcomes: CloseOutcomeChoiceDto[];
  @ApiProperty({ description: 'Whether the case can still move without being reopened (neither closed nor withdrawn): it can be reassigned' }) isOpen: boolean;
  @ApiProperty({ type: [DeadlineDto] }) deadlines: DeadlineDto[];
  @ApiProperty({ type: [EscalationDto] }) escalations: EscalationDto[];
  @ApiProperty({ type: [ApprovalDto] }) approvals: ApprovalDto[];
  @ApiProperty({ type: [CaseEventDto] }) timeline: CaseEventDto[];
}

export class CaseSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty() stage: string;
  @ApiProperty({ nullable: true, type: String }) outcome: string | null;
  @ApiProperty() facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty() facilityStatus: string;
  @ApiProperty() assigneeId: string;
  @ApiProperty() assigneeName: string;
  @ApiProperty() openedAt: string;
  @ApiProperty({ nullable: true, type: String }) nextDeadlineAt: string | null;
  @ApiProperty({ nullable: true, type: Number }) daysLeft: number | null;
  @ApiProperty() escalationLevel: number;
  @ApiProperty({ nullable: true, type: String }) deadlineState: string | null;
  @ApiProperty({ description: 'The moves the case allows now, first the likeliest next one' }) legalActions: string[];
  @ApiProperty({ enum: Object.values(CaseOutcome), isArray: true, description: 'The outcomes the case may be closed with now' }) legalOutcomes: string[];
}

export class CaseListDto {
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [CaseSummaryDto] }) items: CaseSummaryDto[];
}

export class ChainVerificationDto {
  @ApiProperty() valid: boolean;
  @ApiProperty() events: number;
  @ApiPropertyOptional() brokenAt?: number;
  @ApiPropertyOptional() reason?: string;
}
