import { DEFAULT_DEADLINE_RULES, type DeadlineLedger } from '../deadline';
import { US_FEDERAL_CALENDAR } from '../holiday-calendar';
import { decideEntryMove } from './entry-status';
import { expiryMove } from './detention-clocks';
import { actedInTime, entryClockExpiresAt, lastDayToAct } from './last-day';

const at = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const ledger = (startedAt: string, changes: Partial<DeadlineLedger> = {}): DeadlineLedger => ({ startedAt: at(startedAt), pauses: [], extensions: [], ...changes });
const { ENTRY_PROOF, ENTRY_EXPORT_OR_PROTEST, PROTEST_DECISION } = DEFAULT_DEADLINE_RULES;
const cal = US_FEDERAL_CALENDAR;

describe(actedInTime.name, () => {
  it('takes proof filed late on the last day as in time, and the next morning as late', () => {
    const detained = ledger('2026-01-15T14:00:00Z');
    expect(actedInTime(ENTRY_PROOF, detained, cal, at('2026-04-15T22:30:00Z'))).toBe(true);
    expect(actedInTime(ENTRY_PROOF, detained, cal, at('2026-04-16T00:30:00Z'))).toBe(false);
  });

  it('takes proof filed while the clock is paused as in time, even past the unpaused deadline', () => {
    const paused = ledger('2026-01-15', { pauses: [{ pausedAt: at('2026-04-01'), reason: 'importer awaiting factory records', by: 'sup-1' }] });
    expect(actedInTime(ENTRY_PROOF, paused, cal, at('2026-05-05'))).toBe(true);
  });

  it('counts a closed pause: 10 days paused move the last day from 15 to 25 April', () => {
    const pauses = [{ pausedAt: at('2026-04-01'), resumedAt: at('2026-04-11'), reason: 'importer awaiting factory records', by: 'sup-1' }];
    expect(actedInTime(ENTRY_PROOF, ledger('2026-01-15', { pauses }), cal, at('2026-04-25T18:00:00Z'))).toBe(true);
    expect(actedInTime(ENTRY_PROOF, ledger('2026-01-15', { pauses }), cal, at('2026-04-26T09:00:00Z'))).toBe(false);
  });
});

describe(entryClockExpiresAt.name, () => {
  it('deems goods excluded on 1 March 2026 abandoned once 30 April is over', () => {
    const excluded = ledger('2026-03-01');
    expect(lastDayToAct(ENTRY_EXPORT_OR_PROTEST, excluded, cal)).toBe('2026-04-30');
    expect(entryClockExpiresAt(ENTRY_EXPORT_OR_PROTEST, excluded, cal)).toBe(at('2026-05-01T00:00:00Z'));
    expect(decideEntryMove('EXCLUDED', expiryMove('ENTRY_EXPORT_OR_PROTEST')!)).toEqual({ allowed: true, next: 'ABANDONED' });
  });

  it('deems a protest filed on 10 March 2026 denied once 9 April is over', () => {
    const protested = ledger('2026-03-10T16:45:00Z');
    expect(lastDayToAct(PROTEST_DECISION, protested, cal)).toBe('2026-04-09');
    expect(entryClockExpiresAt(PROTEST_DECISION, protested, cal)).toBe(at('2026-04-10T00:00:00Z'));
    expect(decideEntryMove('PROTESTED', expiryMove('PROTEST_DECISION')!)).toEqual({ allowed: true, next: 'PROTEST_DENIED' });
  });

  it('has no expiry while the clock is paused', () => {
    const paused = ledger('2026-03-01', { pauses: [{ pausedAt: at('2026-03-20'), reason: 'export vessel delayed', by: 'sup-1' }] });
    expect(entryClockExpiresAt(ENTRY_EXPORT_OR_PROTEST, paused, cal)).toBeNull();
    expect(lastDayToAct(ENTRY_EXPORT_OR_PROTEST, paused, cal)).toBeNull();
  });
});
