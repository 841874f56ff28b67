import { ApprovalEntity } from './approval.entity';
import { BilateralMeetingEntity } from './bilateral-meeting.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CaseExternalReferenceEntity } from './case-external-reference.entity';
import { DeadlineEntity } from './deadline.entity';
import { DeadlineTallyEntity } from './deadline-tally.entity';
import { DocumentEntity } from './document.entity';
import { EnforcementOrderEntity } from './enforcement-order.entity';
import { EnforcementOrderEventEntity } from './enforcement-order-event.entity';
import { EntryEventEntity } from './entry-event.entity';
import { EscalationEntity } from './escalation.entity';
import { FacilityStatusChangeEntity } from './facility-status-change.entity';
import { CaseEventEntity } from './case-event.entity';
import { FacilityEntity } from './facility.entity';
import { FacilityEventEntity } from './facility-event.entity';
import { ImportEntryEntity } from './import-entry.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { InspectionCaseEntity } from './inspection-case.entity';
import { NotificationEntity } from './notification.entity';
import { OrganisationEntity } from './organisation.entity';
import { PasswordLinkEntity } from './password-link.entity';
import { ProductCategoryEntity } from './product-category.entity';
import { ReviewEntity } from './review.entity';
import { HolidayCalendarVersionEntity } from './holiday-calendar-version.entity';
import { SettingsVersionEntity } from './settings-version.entity';
import { UserEntity } from './user.entity';
import { RecordEventEntity, RecordHeadEntity } from './record-event.entity';
import { ChainBreakEntity, ChainCheckEntity } from './chain-break.entity';

export * from './approval.entity';
export * from './bilateral-meeting.entity';
export * from './audit-event.entity';
export * from './case-external-reference.entity';
export * from './deadline.entity';
export * from './deadline-tally.entity';
export * from './document.entity';
export * from './enforcement-order.entity';
export * from './enforcement-order-event.entity';
export * from './entry-event.entity';
export * from './escalation.entity';
export * from './facility-status-change.entity';
export * from './case-event.entity';
export * from './facility.entity';
export * from './facility-event.entity';
export * from './import-entry.entity';
export * from './idempotency-key.entity';
export * from './inspection-case.entity';
export * from './notification.entity';
export * from './organisation.entity';
export * from './password-link.entity';
export * from './product-category.entity';
export * from './review.entity';
export * from './settings-version.entity';
export * from './user.entity';

export const ENTITIES = [
  ApprovalEntity,
  BilateralMeetingEntity,
  DeadlineEntity,
  DeadlineTallyEntity,
  DocumentEntity,
  EnforcementOrderEntity,
  EnforcementOrderEventEntity,
  EscalationEntity,
  FacilityStatusChangeEntity,
  AuditEventEntity,
  CaseEventEntity,
  CaseExternalReferenceEntity,
  EntryEventEntity,
  FacilityEntity,
  FacilityEventEntity,
  ImportEntryEntity,
  IdempotencyKeyEntity,
  InspectionCaseEntity,
  NotificationEntity,
  OrganisationEntity,
  PasswordLinkEntity,
  ProductCategoryEntity,
  ReviewEntity,
  HolidayCalendarVersionEntity,
  SettingsVersionEntity,
  UserEntity,
  RecordEventEntity,
  RecordHeadEntity,
  ChainBreakEntity,
  ChainCheckEntity,
];
export * from './holiday-calendar-version.entity';
export * from './record-event.entity';
export * from './chain-break.entity';
