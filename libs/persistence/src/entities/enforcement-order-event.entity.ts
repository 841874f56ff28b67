import { Entity, PrimaryColumn } from 'typeorm';
import { StreamEventColumns } from './stream-event.columns';

/** Hash-chained history of one Withhold Release Order or Finding: proposed, issued, modified, revoked (docs/domain.md §6). */
@Entity({ name: 'enforcement_order_events' })
export class EnforcementOrderEventEntity extends StreamEventColumns {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId: string;
}
