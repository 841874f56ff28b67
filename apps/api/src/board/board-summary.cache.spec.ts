import { Subject } from 'rxjs';
import type { EventsService } from '../events/events.service';
import { BoardSummaryCache, SUMMARY_MAX_AGE_MS } from './board-summary.cache';

describe('BoardSummaryCache', () => {
  let changes: Subject<void>;
  let cache: BoardSummaryCache;
  let counted: number;
  let nextBoundary: number | null;
  const count = async () => {
    counted++;
    return { counts: { at_risk: counted }, nextBoundary };
  };

  beforeEach(() => {
    jest.useFakeTimers({ now: Date.parse('2026-03-01T12:00:00Z') });
    changes = new Subject<void>();
    cache = new BoardSummaryCache({ changes: changes.asObservable() } as unknown as EventsService);
    counted = 0;
    nextBoundary = null;
  });
  afterEach(() => {
    cache.onModuleDestroy();
    jest.useRealTimers();
  });

  it('counts once while nothing changes', async () => {
    expect(await cache.get('all', count)).toEqual({ at_risk: 1 });
    expect(await cache.get('all', count)).toEqual({ at_risk: 1 });
    expect(counted).toBe(1);
  });

  it('counts again after a committed event, for every filter', async () => {
    await cache.get('all', count);
    await cache.get('mine', count);
    changes.next();
    expect(await cache.get('all', count)).toEqual({ at_risk: 3 });
    expect(await cache.get('mine', count)).toEqual({ at_risk: 4 });
  });

  it('counts again once the next clock crosses into at risk or overdue', async () => {
    nextBoundary = Date.now() + 5_000;
    await cache.get('all', count);
    jest.advanceTimersByTime(4_999);
    await cache.get('all', count);
    expect(counted).toBe(1);
    jest.advanceTimersByTime(1);
    await cache.get('all', count);
    expect(counted).toBe(2);
  });

  it('never keeps a count longer than its maximum age', async () => {
    await cache.get('all', count);
    jest.advanceTimersByTime(SUMMARY_MAX_AGE_MS);
    await cache.get('all', count);
    expect(counted).toBe(2);
  });

  it('does not keep a count that an event overtook while it was being computed', async () => {
    const raced = async () => {
      const result = await count();
      changes.next(); // committed while the count was running: the count may miss it
      return result;
    };
    await cache.get('all', raced);
    await cache.get('all', count);
    expect(counted).toBe(2);
  });
});
