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

export interface ChainVerification {
  valid: boolean;
  events: number;
  /** First sequence whose stored hash or link does not match its content. */
  brokenAt?: number;
  reason?: string;
}

export function verifyChain(
  events: (ChainedEventContent & { prevHash: string; hash: string })[],
): ChainVerification {
  let prev = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    if (event.sequence !== index + 1) {
      return { valid: false, events: events.length, brokenAt: event.sequence, reason: `sequence ${index + 1} is missing` };
    }
    if (event.prevHash !== prev) {
      return { valid: false, events: events.length, brokenAt: event.sequence, reason: 'link to the previous event does not match' };
    }
    const { streamId, sequence, type, actorId, occurredAt, payload } = event;
    if (eventHash(prev, { streamId, sequence, type, actorId, occurredAt, payload }) !== event.hash) {
      return { valid: false, events: events.length, brokenAt: event.sequence, reason: 'stored content does not match its hash' };
    }
    prev = event.hash;
  }
  return { valid: true, events: events.length };
}
