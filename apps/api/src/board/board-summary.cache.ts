import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Subscription } from 'rxjs';
import type { CountsAt, Crossings, StateCounts } from '@mou/persistence';
import { EventsService } from '../events/events.service';

export type { CountsAt, Crossings, StateCounts };

interface Entry extends CountsAt {
  /** When the counts were last read in full (ms, this process's clock). */
  countedAt: number;
}

/** Longest a count is kept with no event at all, against a write nobody announced. */
export const SUMMARY_MAX_AGE_MS = 5 * 60_000;

/**
 * The board's counts per state, per filter, kept between changes. A committed case or entry
 * event (announced by PostgreSQL NOTIFY in the same transaction as its deadline rows) clears them
 * all. Time alone moves running clocks between on track, at risk and overdue, by whichever path
 * each takes (through at risk, or straight to overdue): past the next such instant the counts are
 * moved on by the clocks that changed state since, counted per (from, to) state (two small index
 * range scans), instead of being read again. Counting every clock is the board's one expensive read.
 */
@Injectable()
export class BoardSummaryCache implements OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  /** Bumped on every change; counts computed across a change are not kept. */
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

  async get(key: string, count: () => Promise<CountsAt>, crossedSince: (asOf: string) => Promise<Crossings>): Promise<StateCounts> {
    const now = Date.now();
    const generation = this.generation;
    const hit = this.entries.get(key);
    let entry: Entry;
    if (hit && now - hit.countedAt < SUMMARY_MAX_AGE_MS) {
      if (hit.nextBoundary === null || now < hit.nextBoundary) return hit.counts;
      const crossed = await crossedSince(hit.asOf);
      const c: StateCounts = { ...hit.counts };
      for (const { from, to, count } of crossed.moves) {
        if (from in c) c[from as keyof StateCounts] -= count;
        if (to in c) c[to as keyof StateCounts] += count;
      }
      entry = { counts: c, asOf: crossed.asOf, nextBoundary: crossed.nextBoundary, countedAt: hit.countedAt };
    } else {
      entry = { ...(await count()), countedAt: now };
    }
    if (generation === this.generation) {
      if (this.entries.size >= 1000) this.entries.clear();
      this.entries.set(key, entry);
    }
    return entry.counts;
  }
}
