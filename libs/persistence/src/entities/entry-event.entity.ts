import { Entity, PrimaryColumn } from 'typeorm';
import { StreamEventColumns } from './stream-event.columns';

/** Hash-chained log of one import entry; (entry_id, sequence) makes a retried append a no-op. */
@Entity({ name: 'entry_events' })
export class EntryEventEntity extends StreamEventColumns {
  @PrimaryColumn({ name: 'entry_id', type: 'uuid' })
  entryId: string;
}
