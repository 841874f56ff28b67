import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Subscription } from 'rxjs';
import { EventsService } from '../events/events.service';

export type StateCounts = Record<string, number>;

/** Counts as of a database instant, and the next instant an open clock turns at risk or overdue. */
export interface CountsAt {
  counts: StateCounts;
  /** The database's now() the counts hold at, as PostgreSQL wrote it (microseconds kept). */
  asOf: string;
  nextBoundary: number | null;
}

/** Clocks that crossed a boundary between two instants: on track → at risk, at risk → overdue. */
export interface Crossings {
  asOf: string;
  toAtRisk: number;
  toOverdue: number;
  nextBoundary: number | null;
}

interface Entry extends CountsAt {
  /** When the counts were last read in full (ms, this process's clock). */
  countedAt: number;
}

/** Longest a count is kept with no event at all, against a write nobody announced. */
export const SUMMARY_MAX_AGE_MS = 5 * 60_000;

/**
 * The board's counts per state, per filter, kept between changes. A committed case or entry
 * event (announced by PostgreSQL NOTIFY in the same transaction as its deadline rows) clears them
 * all. Time alone moves clocks from on track to at risk to overdue: past the next such instant the
 * counts are moved on by the clocks that crossed since (two small index range counts) instead of
 * being read again. Counting every clock is the board's one expensive read.
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
      const c = { ...hit.counts };
      c.on_track -= crossed.toAtRisk;
      c.at_risk += crossed.toAtRisk - crossed.toOverdue;
      c.overdue += crossed.toOverdue;
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
