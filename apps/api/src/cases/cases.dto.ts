import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_ACTIONS, CaseOutcome, CaseStage } from '@mou/domain';
import { FACILITY_STATUSES } from '@mou/persistence';
import { Type } from 'class-transformer';
import {
  DateTimeProperty,
  IntProperty,
  NullableDateTimeProperty,
  NullableIntProperty,
  NullableStringProperty,
  NullableUuidProperty,
  ObjectProperty,
  UuidProperty,
} from '../common/api-properties';
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
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  facilityId: string;

  @ApiProperty({ type: AllegationDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => AllegationDto)
  allegation: AllegationDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'Supervisors may assign the case; investigators are assigned their own cases.' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;
}

/** The states a clock shows on the board and in a case (`cancelled`: its step no longer applies). */
export const CLOCK_STATES = ['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed', 'cancelled'];
export const DEADLINE_KINDS = [
  'PRC_INVESTIGATION_REPORT',
  'PRC_VISIT',
  'US_VISIT_REPORT',
  'PETITION_FORWARDING',
  'US_INVESTIGATION_REPORT',
  'ENTRY_DECISION',
  'ENTRY_PROOF',
  'ENTRY_EXPORT_OR_PROTEST',
  'PROTEST_DECISION',
  'PROGRAMME_REVIEW',
];
export const OWED_BY = ['PRC', 'US', 'IMPORTER', 'CBP'];
export const ESCALATION_TYPES = ['REMINDER', 'BREACH', 'SENIOR_ESCALATION', 'PROVISIONAL_WRO', 'DEEMED_REFUSAL'];
/** Escalation ids: the case id, the deadline key and the level, e.g. `<case id>:PRC_VISIT-1:L2`. */
export const ESCALATION_ID_PATTERN = '^[0-9a-fA-F-]{36}:[A-Z_]+-\\d+:L\\d+$';
export const APPROVAL_KINDS = ['PROVISIONAL_WRO', 'BLOCK_FACILITY', 'UNBLOCK_FACILITY', 'ISSUE_ORDER', 'MODIFY_ORDER', 'REVOKE_ORDER'];
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'];

export class CaseEventDto {
  @IntProperty({ description: 'Position in the case\'s hash chain, from 1' }) sequence: number;
  @ApiProperty({ example: 'VISIT_REQUESTED' }) type: string;
  @ApiProperty({ description: 'User id, or `system` when a clock acted' }) actorId: string;
  @DateTimeProperty({ description: 'When it took effect' }) occurredAt: string;
  @ObjectProperty({ description: 'What the event carries; its keys depend on the type' }) payload: Record<string, unknown>;
  @ApiProperty({ description: 'SHA-256 over the previous hash and this event' }) hash: string;
}

/** A case event on the timeline: in the order things took effect, with when each was recorded. */
export class CaseTimelineEventDto extends CaseEventDto {
  @DateTimeProperty({ description: 'When the system was told of it (later than occurredAt for a fact entered late)' }) recordedAt: string;
}

export class DeadlineDto {
  @ApiProperty({ example: 'PRC_VISIT-1' }) key: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: OWED_BY }) owedBy: string;
  @ApiProperty() legalBasis: string;
  @DateTimeProperty() startedAt: string;
  @NullableDateTimeProperty({ description: 'Null while paused' }) dueAt: string | null;
  @NullableDateTimeProperty() atRiskAt: string | null;
  @NullableDateTimeProperty() metAt: string | null;
  @ApiProperty({ enum: CLOCK_STATES }) state: string;
  @NullableIntProperty({ description: 'Whole days to the due instant, negative when late; null when not running' }) daysLeft: number | null;
  @IntProperty() escalationLevel: number;
  @NullableDateTimeProperty() nextStepAt: string | null;
  @ObjectProperty({ description: 'Legal basis, start, budget, calendar version, pauses and extensions, and a sentence' })
  explanation: Record<string, unknown>;
}

export class EscalationDto {
  @ApiProperty({ pattern: ESCALATION_ID_PATTERN, description: 'The case id, the deadline key and the level' }) id: string;
  @ApiProperty({ example: 'PRC_VISIT-1' }) deadlineKey: string;
  @IntProperty() level: number;
  @ApiProperty({ enum: ESCALATION_TYPES }) type: string;
  @ApiProperty() description: string;
  @DateTimeProperty() occurredAt: string;
  @NullableUuidProperty() acknowledgedBy: string | null;
  @NullableDateTimeProperty() acknowledgedAt: string | null;
}

export class ApprovalDto {
  @UuidProperty() id: string;
  @ApiProperty({ enum: APPROVAL_KINDS }) kind: string;
  @ApiProperty({ enum: APPROVAL_STATUSES }) status: string;
  @ApiProperty() reason: string;
  @ApiProperty({ description: 'User id, or `system` when a clock asked' }) requestedBy: string;
  @DateTimeProperty() requestedAt: string;
  @NullableUuidProperty() decidedBy: string | null;
  @NullableDateTimeProperty() decidedAt: string | null;
  @NullableStringProperty() decisionReason: string | null;
}

export class DiplomaticNoteFactsDto {
  @ApiProperty({ example: 'PRC_VISIT-1' }) deadlineKey: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: string;
  @DateTimeProperty({ description: 'When the US made the request the PRC has not answered' }) requestedAt: string;
  @DateTimeProperty({ description: 'The breach, when the note was drafted' }) breachAt: string;
  @IntProperty({ description: 'Calendar days from the request to the breach' }) daysElapsed: number;
  @IntProperty({ description: 'The days the obligation allows' }) budgetDays: number;
  @ApiProperty() legalBasis: string;
  @ApiProperty() facilityName: string;
  @NullableStringProperty() caseReference: string | null;
}

/** The diplomatic note drafted at a PRC breach (docs/domain.md §5). */
export class DiplomaticNoteDto {
  @UuidProperty() id: string;
  @ApiProperty({ example: 'PRC_VISIT-1' }) deadlineKey: string;
  @ApiProperty({ enum: ['DRAFT', 'APPROVED', 'SENT', 'WITHDRAWN'], description: 'WITHDRAWN: a fact dated before the breach withdrew the breach it was drafted at' }) status: string;
  @ApiProperty({ description: 'The text as drafted, or as a supervisor last edited it' }) text: string;
  @ApiProperty({ type: DiplomaticNoteFactsDto }) facts: DiplomaticNoteFactsDto;
  @DateTimeProperty() draftedAt: string;
  @NullableUuidProperty() editedBy: string | null;
  @NullableDateTimeProperty() editedAt: string | null;
  @NullableUuidProperty() approvedBy: string | null;
  @NullableDateTimeProperty() approvedAt: string | null;
  @NullableUuidProperty() sentBy: string | null;
  @NullableDateTimeProperty() sentAt: string | null;
}

export class CloseOutcomeChoiceDto {
  @ApiProperty({ enum: Object.values(CaseOutcome) }) outcome: string;
  @ApiProperty() allowed: boolean;
  @ApiPropertyOptional({ description: 'Why the case cannot be closed with this outcome now' }) reason?: string;
}

export class CaseDetailDto {
  @UuidProperty() id: string;
  @ApiProperty({ example: 'MOU-2026-000042' }) reference: string;
  @UuidProperty() facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty({ type: AllegationDto }) allegation: AllegationDto;
  @ApiProperty({ enum: Object.values(CaseStage) }) stage: string;
  @NullableStringProperty({ enum: Object.values(CaseOutcome) }) outcome: string | null;
  @UuidProperty() assigneeId: string;
  @UuidProperty() openedBy: string;
  @DateTimeProperty() openedAt: string;
  @NullableDateTimeProperty() nextDeadlineAt: string | null;
  @IntProperty() escalationLevel: number;
  @NullableIntProperty({ description: 'The settings version whose clock rules the case runs on; null for a case opened before settings had versions' })
  rulesVersion: number | null;
  @ApiProperty({ enum: CASE_ACTIONS, isArray: true, description: 'The moves the case allows now' }) legalActions: string[];
  @ApiProperty({ enum: Object.values(CaseOutcome), isArray: true, description: 'The outcomes the case may be closed with now' }) legalOutcomes: string[];
  @ApiProperty({ type: [CloseOutcomeChoiceDto], description: 'Every outcome, and why the case cannot be closed with it now when it cannot' })
  closeOutcomes: CloseOutcomeChoiceDto[];
  @ApiProperty({ description: 'Whether the case can still move without being reopened (neither closed nor withdrawn): it can be reassigned' }) isOpen: boolean;
  @ApiProperty({ type: [DeadlineDto] }) deadlines: DeadlineDto[];
  @ApiProperty({ type: [EscalationDto] }) escalations: EscalationDto[];
  @ApiProperty({ type: [ApprovalDto] }) approvals: ApprovalDto[];
  @ApiProperty({ type: [DiplomaticNoteDto], description: 'Diplomatic notes drafted at the breach of a PRC clock, as the case events leave them' }) notes: DiplomaticNoteDto[];
  @ApiProperty({ type: [CaseTimelineEventDto], description: 'Ordered by when each event took effect (occurredAt), then by sequence' }) timeline: CaseTimelineEventDto[];
}

export class CaseSummaryDto {
  @UuidProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: Object.values(CaseStage) }) stage: string;
  @NullableStringProperty({ enum: Object.values(CaseOutcome) }) outcome: string | null;
  @UuidProperty() facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty({ enum: FACILITY_STATUSES }) facilityStatus: string;
  @UuidProperty() assigneeId: string;
  @ApiProperty() assigneeName: string;
  @DateTimeProperty() openedAt: string;
  @NullableDateTimeProperty() nextDeadlineAt: string | null;
  @NullableIntProperty() daysLeft: number | null;
  @IntProperty() escalationLevel: number;
  @NullableStringProperty({ enum: CLOCK_STATES, description: 'State of the soonest open clock' }) deadlineState: string | null;
  @ApiProperty({ enum: CASE_ACTIONS, isArray: true, description: 'The moves the case allows now, first the likeliest next one' }) legalActions: string[];
  @ApiProperty({ enum: Object.values(CaseOutcome), isArray: true, description: 'The outcomes the case may be closed with now' }) legalOutcomes: string[];
}

export class CaseListDto {
  @IntProperty() total: number;
  @IntProperty() page: number;
  @IntProperty() pageSize: number;
  @ApiProperty({ type: [CaseSummaryDto] }) items: CaseSummaryDto[];
}

export { ChainVerificationDto } from '../audit/chain-verification.dto';
