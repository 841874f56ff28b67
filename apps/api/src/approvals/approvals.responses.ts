import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateTimeProperty, NullableDateTimeProperty, NullableStringProperty, NullableUuidProperty, UuidProperty } from '../common/api-properties';
import { APPROVAL_KINDS, APPROVAL_STATUSES } from '../cases/cases.dto';

/** One four-eyes request in the approvals queue, with the case or facility it is about. */
export class ApprovalListItemDto {
  @UuidProperty() id: string;
  @NullableUuidProperty({ description: "Null for a facility's unblock request" }) caseId: string | null;
  @NullableStringProperty() caseReference: string | null;
  @UuidProperty() facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty({ enum: APPROVAL_KINDS }) kind: string;
  @ApiProperty({ enum: APPROVAL_STATUSES }) status: string;
  @ApiProperty() reason: string;
  @ApiProperty({ description: 'User id, or `system` when a clock asked' }) requestedBy: string;
  @DateTimeProperty() requestedAt: string;
  @NullableUuidProperty() decidedBy: string | null;
  @NullableDateTimeProperty() decidedAt: string | null;
  @NullableStringProperty() decisionReason: string | null;
  @NullableUuidProperty({ description: "The case's investigator, who may not decide (four-eyes)" }) caseAssigneeId: string | null;
  @NullableUuidProperty({ description: 'The Withhold Release Order or Finding a request to issue, modify or revoke is about' }) orderId: string | null;
  @ApiProperty({ description: 'Whether the caller may approve or reject it now (four-eyes, docs/domain.md §2; still pending)' }) mayDecide: boolean;
  @ApiPropertyOptional({ description: 'Why the caller may not decide it; present only when `mayDecide` is false' }) refusal?: string;
}
