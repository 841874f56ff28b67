import { AuditEventEntity } from './audit-event.entity';
import { CaseEventEntity } from './case-event.entity';
import { FacilityEntity } from './facility.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { InspectionCaseEntity } from './inspection-case.entity';
import { ProductCategoryEntity } from './product-category.entity';
import { UserEntity } from './user.entity';

export * from './audit-event.entity';
export * from './case-event.entity';
export * from './facility.entity';
export * from './idempotency-key.entity';
export * from './inspection-case.entity';
export * from './product-category.entity';
export * from './user.entity';

export const ENTITIES = [
  AuditEventEntity,
  CaseEventEntity,
  FacilityEntity,
  IdempotencyKeyEntity,
  InspectionCaseEntity,
  ProductCategoryEntity,
  UserEntity,
];
