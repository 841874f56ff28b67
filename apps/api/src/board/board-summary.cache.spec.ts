import { Subject } from 'rxjs';
import type { EventsService } from '../events/events.service';
import { BoardSummaryCache, Crossings, SUMMARY_MAX_AGE_MS } from './board-summary.cache';

describe('BoardSummaryCache', () => {
  let changes: Subject<void>;
  let cache: BoardSummaryCache;
  let counted: number;
  let nextBoundary: number | null;
  let crossings: Crossings[];
  const count = async () => {
    counted++;
    return { counts: { on_track: 10, at_risk: 5, overdue: 1, paused: 0, met: 0, missed: 0 }, asOf: `t${counted}`, nextBoundary };
  };
  const advancedFrom: string[] = [];
  const crossedSince = async (asOf: string) => {
    advancedFrom.push(asOf);
    return crossings.shift()!;
  };

  beforeEach(() => {
    jest.useFakeTimers({ now: Date.parse('2026-03-01T12:00:00Z') });
    changes = new Subject<void>();
    cache = new BoardSummaryCache({ changes: changes.asObservable() } as unknown as EventsService);
    counted = 0;
    nextBoundary = null;
    crossings = [];
    advancedFrom.length = 0;
  });
  afterEach(() => {
    cache.onModuleDestroy();
    jest.useRealTimers();
  });

  it('counts once while nothing changes', async () => {
    expect(await cache.get('all', count, crossedSince)).toMatchObject({ on_track: 10, at_risk: 5 });
    await cache.get('all', count, crossedSince);
    expect(counted).toBe(1);
  });

  it('counts again after a committed event, for every filter', async () => {
    await cache.get('all', count, crossedSince);
    await cache.get('mine', count, crossedSince);
    changes.next();
    await cache.get('all', count, crossedSince);
    await cache.get('mine', count, crossedSince);
    expect(counted).toBe(4);
  });

  it('past the next boundary, moves the counts on by the clocks that crossed since they were read', async () => {
    nextBoundary = Date.now() + 5_000;
    await cache.get('all', count, crossedSince);
    jest.advanceTimersByTime(4_999);
    await cache.get('all', count, crossedSince);
    expect(advancedFrom).toEqual([]);
    jest.advanceTimersByTime(1);
    // Three turned at risk, one of the at-risk ones went overdue.
    crossings.push({
      asOf: 't1+5s',
      moves: [
        { from: 'on_track', to: 'at_risk', count: 3 },
        { from: 'at_risk', to: 'overdue', count: 1 },
      ],
      nextBoundary: Date.now() + 60_000,
    });
    expect(await cache.get('all', count, crossedSince)).toMatchObject({ on_track: 7, at_risk: 7, overdue: 2 });
    expect(advancedFrom).toEqual(['t1']);
    expect(counted).toBe(1);
    // Held until the boundary the crossing query named; the next advance starts where that one ended.
    jest.advanceTimersByTime(60_000);
    crossings.push({ asOf: 't1+65s', moves: [{ from: 'at_risk', to: 'overdue', count: 2 }], nextBoundary: null });
    expect(await cache.get('all', count, crossedSince)).toMatchObject({ on_track: 7, at_risk: 5, overdue: 4 });
    expect(advancedFrom).toEqual(['t1', 't1+5s']);
  });

  it('moves clocks that go straight from on track to overdue without passing through at risk', async () => {
    nextBoundary = Date.now() + 1_000;
    await cache.get('all', count, crossedSince);
    jest.advanceTimersByTime(1_000);
    // Two clocks without an at-risk instant ran out; one at risk turned overdue beside them.
    crossings.push({
      asOf: 't1+1s',
      moves: [
        { from: 'on_track', to: 'overdue', count: 2 },
        { from: 'at_risk', to: 'overdue', count: 1 },
      ],
      nextBoundary: null,
    });
    expect(await cache.get('all', count, crossedSince)).toEqual({ on_track: 8, at_risk: 4, overdue: 4, paused: 0, met: 0, missed: 0 });
    expect(counted).toBe(1);
  });

  it('reads everything again once the counts reach their maximum age', async () => {
    await cache.get('all', count, crossedSince);
    jest.advanceTimersByTime(SUMMARY_MAX_AGE_MS);
    await cache.get('all', count, crossedSince);
    expect(counted).toBe(2);
  });

  it('does not keep counts that an event overtook while they were being read', async () => {
    const raced = async () => {
      const result = await count();
      changes.next(); // committed while the count was running: the count may miss it
      return result;
    };
    await cache.get('all', raced, crossedSince);
    await cache.get('all', count, crossedSince);
    expect(counted).toBe(2);
  });
});
