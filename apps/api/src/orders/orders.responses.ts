import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENFORCEMENT_KINDS } from '@mou/domain';
import { ENFORCEMENT_ORDER_STATUSES } from '@mou/persistence';
import {
  DateProperty,
  DateTimeProperty,
  IntProperty,
  NullableDateTimeProperty,
  NullableStringProperty,
  NullableUuidProperty,
  ObjectProperty,
  StringArrayProperty,
  UuidProperty,
} from '../common/api-properties';

const ACTIONS = ['ISSUE', 'MODIFY', 'REVOKE'];

/** One order in the register (supervisors). */
export class EnforcementOrderDto {
  @UuidProperty() id: string;
  @ApiProperty({ example: 'WRO-2026-0001' }) reference: string;
  @ApiProperty({ enum: ENFORCEMENT_KINDS }) kind: string;
  @ApiProperty({ enum: ENFORCEMENT_ORDER_STATUSES, description: 'PROPOSED and REJECTED orders were never issued and stop nothing' }) status: string;
  @UuidProperty() facilityId: string;
  @ApiProperty() facilityName: string;
  @StringArrayProperty({ description: 'Empty: every good of the facility' }) productCategories: string[];
  @ApiProperty({ example: '19 CFR 12.42(e)' }) legalBasis: string;
  @ApiProperty() reason: string;
  @NullableUuidProperty() caseId: string | null;
  @NullableStringProperty() caseReference: string | null;
  @DateProperty({ description: 'Goods imported on or after it are covered' }) effectiveFrom: string;
  @NullableDateTimeProperty() issuedAt: string | null;
  @ApiProperty({ description: 'User id, or `system` when a case\'s clock asked' }) requestedBy: string;
  @NullableUuidProperty() approvedBy: string | null;
  @NullableDateTimeProperty() revokedAt: string | null;
  @ApiProperty({ description: 'Whether a request on it waits for a second supervisor' }) pending: boolean;
}

export class OrderTermsDto {
  @StringArrayProperty() productCategories: string[];
  @DateProperty() effectiveFrom: string;
}

/** The request on the order that waits for a decision. */
export class PendingOrderRequestDto {
  @UuidProperty() id: string;
  @ApiProperty({ enum: ACTIONS }) action: string;
  @ApiPropertyOptional({ type: OrderTermsDto, nullable: true, description: 'The terms asked for; null for a revocation' }) terms: OrderTermsDto | null;
  @ApiProperty() reason: string;
  @ApiProperty() requestedBy: string;
  @DateTimeProperty() requestedAt: string;
  @ApiProperty({ description: 'Whether the caller may approve or reject it (four-eyes, docs/domain.md §6)' }) mayDecide: boolean;
  @ApiPropertyOptional({ description: 'Why the caller may not decide it; present only when `mayDecide` is false' }) refusal?: string;
}

export class OrderEventDto {
  @IntProperty() sequence: number;
  @ApiProperty({ example: 'ORDER_ISSUED' }) type: string;
  @ApiProperty() actorId: string;
  @ObjectProperty() payload: Record<string, unknown>;
  @DateTimeProperty() occurredAt: string;
  @DateTimeProperty() recordedAt: string;
}

export class HeldEntryDto {
  @UuidProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty() manufacturerName: string;
  @ApiProperty() productCategory: string;
  @DateTimeProperty() importedAt: string;
  @ApiProperty() status: string;
}

/** An order with its history, the entries it holds, and what may be asked of it now. */
export class EnforcementOrderDetailDto extends EnforcementOrderDto {
  @ApiProperty({ type: PendingOrderRequestDto, nullable: true }) pendingRequest: PendingOrderRequestDto | null;
  @ApiProperty({ type: [OrderEventDto], description: 'Its hash-chained history, oldest first' }) history: OrderEventDto[];
  @ApiProperty({ type: [HeldEntryDto], description: 'Entries detained now with this order among their grounds' }) heldEntries: HeldEntryDto[];
  @ApiProperty({ enum: ['MODIFY', 'REVOKE'], isArray: true, description: 'The changes that may be asked for now' }) legalActions: string[];
}

export class CountDto {
  @ApiProperty() key: string;
  @IntProperty() count: number;
}

export class YearCountDto {
  @IntProperty() year: number;
  @IntProperty() count: number;
}

/** The register in aggregate, for policy staff: counts only, no case or reason. */
export class EnforcementAggregateDto {
  @IntProperty() total: number;
  @ApiProperty({ type: [CountDto] }) byKind: CountDto[];
  @ApiProperty({ type: [CountDto] }) byStatus: CountDto[];
  @ApiProperty({ type: [CountDto], description: 'An order naming no category counts under ALL_GOODS' }) byCategory: CountDto[];
  @ApiProperty({ type: [YearCountDto], description: 'Year of issue (of the proposal, for orders never issued)' }) byYear: YearCountDto[];
}
