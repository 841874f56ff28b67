import { ApiProperty } from '@nestjs/swagger';
import { ESCALATION_ID_PATTERN, ESCALATION_TYPES } from '../cases/cases.dto';
import { DateTimeProperty, IntProperty, NullableDateTimeProperty, NullableUuidProperty, UuidProperty } from '../common/api-properties';

/** One escalation in the supervisors' queue, with its case and clock. */
export class EscalationListItemDto {
  @ApiProperty({ pattern: ESCALATION_ID_PATTERN }) id: string;
  @UuidProperty() caseId: string;
  @ApiProperty() caseReference: string;
  @ApiProperty() facilityName: string;
  @IntProperty() level: number;
  @ApiProperty({ enum: ESCALATION_TYPES }) type: string;
  @ApiProperty() description: string;
  @DateTimeProperty() occurredAt: string;
  @NullableUuidProperty() acknowledgedBy: string | null;
  @NullableDateTimeProperty() acknowledgedAt: string | null;
  @ApiProperty({ example: 'PRC_VISIT-1' }) deadlineKey: string;
  @ApiProperty() legalBasis: string;
  @UuidProperty({ description: "The case's investigator" }) assigneeId: string;
}
