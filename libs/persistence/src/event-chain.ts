import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface ChainedEventContent {
  /** The case, entry or facility whose log this is. */
  streamId: string;
  sequence: number;
  type: string;
  actorId: string;
  occurredAt: string;
  payload: unknown;
}

/** hash = SHA-256(previous hash + canonical content): altering any stored event breaks every later link. */
export function eventHash(prevHash: string, content: ChainedEventContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

/** How a chain is broken: an event gone, an event's content changed, events out of their order, or a head that is not the last event. */
export const CHAIN_BREAK_KINDS = ['missing', 'edited', 'reordered', 'head-mismatch'] as const;
export type ChainBreakKind = (typeof CHAIN_BREAK_KINDS)[number];

/** The head a record keeps of its chain: the last sequence written and its hash. */
export interface ChainHead {
  lastSequence: number;
  lastHash: string;
}

export interface ChainVerification {
  valid: boolean;
  events: number;
  /** First sequence whose stored hash or link does not match its content, or the head's position. */
  brokenAt?: number;
  breakKind?: ChainBreakKind;
  reason?: string;
  /** The head stored on the record (null when the record has none). */
  head: { sequence: number; hash: string } | null;
}

export type StoredChainEvent = ChainedEventContent & { prevHash: string; hash: string };

function hashOf(event: StoredChainEvent, sequence = event.sequence): string {
  const { streamId, type, actorId, occurredAt, payload } = event;
  return eventHash(event.prevHash, { streamId, sequence, type, actorId, occurredAt, payload });
}

/**
 * Walks a chain in sequence order and compares its end with the head stored on the record: a
 * deleted, edited or reordered event breaks the walk, and deleting the newest events (or editing
 * the head) leaves a chain that ends somewhere other than the head.
 */
export function verifyChain(events: StoredChainEvent[], storedHead: ChainHead | null): ChainVerification {
  const head = storedHead ? { sequence: storedHead.lastSequence, hash: storedHead.lastHash } : null;
  const broken = (brokenAt: number, breakKind: ChainBreakKind, reason: string): ChainVerification => ({
    valid: false,
    events: events.length,
    brokenAt,
    breakKind,
    reason,
    head,
  });
  let prev = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const position = index + 1;
    const intact = hashOf(event) === event.hash;
    if (!intact) {
      // An event whose hash matches its content at another position was moved there.
      const movedFrom = events.findIndex((_, other) => other !== index && hashOf(event, other + 1) === event.hash);
      if (movedFrom >= 0) return broken(position, 'reordered', `event ${position} was written as event ${movedFrom + 1}`);
      return broken(position, 'edited', 'stored content does not match its hash');
    }
    if (event.sequence !== position) return broken(position, 'missing', `sequence ${position} is missing`);
    if (event.prevHash !== prev) {
      const linksTo = events.findIndex((other) => other.hash === event.prevHash);
      if (linksTo >= 0) return broken(position, 'reordered', `event ${position} follows event ${linksTo + 1}, not the one before it`);
      return broken(position, 'missing', `the event before event ${position} is missing`);
    }
    prev = event.hash;
  }
  if (!head) return broken(events.length, 'head-mismatch', 'the record keeps no head for its chain');
  if (head.sequence > events.length) {
    return broken(events.length + 1, 'missing', `the head is event ${head.sequence} but the chain ends at event ${events.length}`);
  }
  if (head.sequence !== events.length || head.hash !== prev) {
    return broken(head.sequence, 'head-mismatch', `the head (event ${head.sequence}) does not match the last event (${events.length})`);
  }
  return { valid: true, events: events.length, head };
}
