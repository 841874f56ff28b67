import { createHash } from 'node:crypto';
import { GENESIS_HASH, verifyChain, type StoredChainEvent } from './event-chain';

/** A chain of three events built by hand: hash = SHA-256(previous hash, newline, canonical content). */
function chainOfThree(): StoredChainEvent[] {
  const events: StoredChainEvent[] = [];
  let prev = GENESIS_HASH;
  for (const sequence of [1, 2, 3]) {
    const content = `{"actorId":"u1","occurredAt":"2026-01-0${sequence}T00:00:00.000Z","payload":{"n":${sequence}},"sequence":${sequence},"streamId":"s1","type":"T${sequence}"}`;
    const hash = createHash('sha256').update(prev).update('\n').update(content).digest('hex');
    events.push({ streamId: 's1', sequence, type: `T${sequence}`, actorId: 'u1', occurredAt: `2026-01-0${sequence}T00:00:00.000Z`, payload: { n: sequence }, prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

describe('verifyChain against the stored head', () => {
  it('accepts a whole chain that ends at its head', () => {
    const events = chainOfThree();
    expect(verifyChain(events, { lastSequence: 3, lastHash: events[2].hash })).toEqual({ valid: true, events: 3, head: { sequence: 3, hash: events[2].hash } });
  });

  it('reports the newest event deleted as missing at its position', () => {
    const events = chainOfThree();
    expect(verifyChain(events.slice(0, 2), { lastSequence: 3, lastHash: events[2].hash })).toMatchObject({ valid: false, breakKind: 'missing', brokenAt: 3 });
  });

  it('reports an event deleted in the middle as missing', () => {
    const [first, , third] = chainOfThree();
    expect(verifyChain([first, third], { lastSequence: 3, lastHash: third.hash })).toMatchObject({ valid: false, breakKind: 'missing', brokenAt: 2 });
  });

  it('reports an edited payload as edited at that event', () => {
    const events = chainOfThree();
    events[1] = { ...events[1], payload: { n: 20 } };
    expect(verifyChain(events, { lastSequence: 3, lastHash: events[2].hash })).toMatchObject({ valid: false, breakKind: 'edited', brokenAt: 2 });
  });

  it('reports two events swapped as reordered', () => {
    const events = chainOfThree();
    const swapped = [{ ...events[1], sequence: 1 }, { ...events[0], sequence: 2 }, events[2]];
    expect(verifyChain(swapped, { lastSequence: 3, lastHash: events[2].hash })).toMatchObject({ valid: false, breakKind: 'reordered', brokenAt: 1 });
  });

  it('reports a head that is not the last event as a head mismatch', () => {
    const events = chainOfThree();
    expect(verifyChain(events, { lastSequence: 3, lastHash: 'f'.repeat(64) })).toMatchObject({ valid: false, breakKind: 'head-mismatch', brokenAt: 3 });
    expect(verifyChain(events, { lastSequence: 2, lastHash: events[1].hash })).toMatchObject({ valid: false, breakKind: 'head-mismatch', brokenAt: 2 });
    expect(verifyChain(events, null)).toMatchObject({ valid: false, breakKind: 'head-mismatch' });
  });
});
