import type { ScreeningReason } from './screening';

/** What tells two grounds apart: the rule that raised it and, for an order, which order. */
export function groundKey(reason: ScreeningReason): string {
  return reason.ref ? `${reason.code}:${reason.ref}` : reason.code;
}

export interface GroundsChange {
  /** Grounds the fresh screening finds that the entry is not yet held on. */
  added: ScreeningReason[];
  /** Grounds the entry is held on that the fresh screening no longer finds. */
  removed: ScreeningReason[];
  /** The grounds the entry holds afterwards: the fresh screening's, in its order. */
  grounds: ScreeningReason[];
}

/**
 * Compares the grounds an entry is held on with a fresh screening of the same entry
 * (docs/domain.md §6): a new ground detains it, and an entry left with no ground is released.
 * A ground is the same when its code and its reference (the order) agree; its wording may change
 * with the facts (a new status reason) without counting as a change.
 */
export function compareGrounds(held: readonly ScreeningReason[], fresh: readonly ScreeningReason[]): GroundsChange {
  const heldKeys = new Set(held.map(groundKey));
  const freshKeys = new Set(fresh.map(groundKey));
  return {
    added: fresh.filter((r) => !heldKeys.has(groundKey(r))),
    removed: held.filter((r) => !freshKeys.has(groundKey(r))),
    grounds: [...fresh],
  };
}
