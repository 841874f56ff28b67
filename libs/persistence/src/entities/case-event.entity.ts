import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StreamEventColumns } from './stream-event.columns';
import { InspectionCaseEntity } from './inspection-case.entity';

/**
 * Append-only, hash-chained log of everything that happened to a case. (case_id, sequence) is
 * the key, so an activity retried after a crash cannot write an event twice.
 */
@Entity({ name: 'case_events' })
export class CaseEventEntity extends StreamEventColumns {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => InspectionCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_case_events_case' })
  inspectionCase?: InspectionCaseEntity;
}
