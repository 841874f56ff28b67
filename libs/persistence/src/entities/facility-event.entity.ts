import { Entity, PrimaryColumn } from 'typeorm';
import { StreamEventColumns } from './stream-event.columns';

/** Hash-chained log of one facility's status: blocks, unblock requests and decisions. */
@Entity({ name: 'facility_events' })
export class FacilityEventEntity extends StreamEventColumns {
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId: string;
}
