import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Subscription } from 'rxjs';
import { EventsService } from '../events/events.service';

export type StateCounts = Record<string, number>;

interface Entry {
  counts: StateCounts;
  /** The counts hold until this instant (ms): the next moment an open clock turns at risk or overdue. */
  validUntil: number;
}

/** Longest a count is kept even with no event and no boundary, against a write nobody announced. */
export const SUMMARY_MAX_AGE_MS = 60_000;

/**
 * The board's counts per state, per filter, kept until they can change: a committed case or entry
 * event (announced by PostgreSQL NOTIFY in the same transaction as its deadline rows) clears them
 * all, and each entry expires when the next open clock crosses into at risk or overdue. Counting
 * every clock is the board's one expensive read; between changes, it is answered from here.
 */
@Injectable()
export class BoardSummaryCache implements OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  /** Bumped on every change; a count computed across a change is not kept. */
  private generation = 0;
  private readonly subscription: Subscription;

  constructor(@Inject(EventsService) events: EventsService) {
    this.subscription = events.changes.subscribe(() => this.clear());
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  async get(key: string, compute: () => Promise<{ counts: StateCounts; nextBoundary: number | null }>): Promise<StateCounts> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now < hit.validUntil) return hit.counts;
    const generation = this.generation;
    const { counts, nextBoundary } = await compute();
    if (generation === this.generation) {
      const validUntil = Math.min(now + SUMMARY_MAX_AGE_MS, nextBoundary ?? Number.POSITIVE_INFINITY);
      if (this.entries.size >= 1000) this.entries.clear();
      this.entries.set(key, { counts, validUntil });
    }
    return counts;
  }
}
