/**
 * Every hash-chained event log kept by a workflow, by kind: its events table, the column naming the
 * record whose log it is, the table whose row keeps the head (last_sequence, last_hash), and the
 * column a person knows the record by. A new log is one line here; verification, the scheduled
 * re-verification and the anchors of heads pick it up from this list.
 */
export interface ChainStream {
  events: string;
  streamColumn: string;
  head: string;
  label: string;
}

export const CHAIN_STREAMS = {
  case: { events: 'case_events', streamColumn: 'case_id', head: 'cases', label: 'reference' },
  facility: { events: 'facility_events', streamColumn: 'facility_id', head: 'facilities', label: 'name' },
  entry: { events: 'entry_events', streamColumn: 'entry_id', head: 'entries', label: 'reference' },
  order: { events: 'enforcement_order_events', streamColumn: 'order_id', head: 'enforcement_orders', label: 'reference' },
} as const satisfies Record<string, ChainStream>;

export type ChainStreamKind = keyof typeof CHAIN_STREAMS;
