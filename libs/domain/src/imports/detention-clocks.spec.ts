import { DEFAULT_DEADLINE_RULES, dueAt } from '../deadline';
import { US_FEDERAL_CALENDAR } from '../holiday-calendar';
import { decideEntryMove, EntryStatus } from './entry-status';
import { clockForStatus, clockStart, ENTRY_STATUS_CLOCKS, expiryMove, startEntryClock } from './detention-clocks';
import { lastDayToAct } from './last-day';

const at = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const facts = {
  presentedAt: at('2026-02-13T15:00:00Z'),
  importedAt: at('2026-01-15'),
  excludedAt: at('2026-03-01'),
  protestedAt: at('2026-03-10'),
};
const lastDayIn = (status: EntryStatus) => {
  const clock = startEntryClock(status, facts)!;
  return lastDayToAct(DEFAULT_DEADLINE_RULES[clock.kind], clock.ledger, US_FEDERAL_CALENDAR);
};

describe(clockForStatus.name, () => {
  it('runs one clock in each open status and none once the entry is closed or released', () => {
    expect(ENTRY_STATUS_CLOCKS).toEqual({
      PENDING_SCREENING: 'ENTRY_DECISION',
      DETAINED: 'ENTRY_PROOF',
      EXCLUDED: 'ENTRY_EXPORT_OR_PROTEST',
      PROTESTED: 'PROTEST_DECISION',
      RELEASED: null,
      EXPORTED: null,
      ABANDONED: null,
      PROTEST_DENIED: null,
      PROTEST_GRANTED: null,
    });
    expect(clockForStatus('DETAINED')).toBe('ENTRY_PROOF');
  });
});

describe(clockStart.name, () => {
  it('starts each clock at the event its rule names', () => {
    expect(clockStart('PENDING_SCREENING', facts)).toBe(facts.presentedAt);
    expect(clockStart('DETAINED', facts)).toBe(facts.importedAt);
    expect(clockStart('EXCLUDED', facts)).toBe(facts.excludedAt);
    expect(clockStart('PROTESTED', facts)).toBe(facts.protestedAt);
  });

  it('refuses a status without a clock, or a missing start event', () => {
    expect(() => clockStart('RELEASED', facts)).toThrow('No clock runs while an entry is RELEASED.');
    expect(() => clockStart('EXCLUDED', { presentedAt: 0, importedAt: 0 })).toThrow(
      'An entry that is EXCLUDED needs the date it was excluded to start its clock.',
    );
  });
});

describe(startEntryClock.name, () => {
  it('decides release or detention within 5 business days, skipping Washington\'s Birthday', () => {
    // Presented Friday 13 Feb 2026; Monday 16 Feb is a federal holiday: due Monday 23 Feb, same hour.
    const clock = startEntryClock('PENDING_SCREENING', facts)!;
    expect(dueAt(DEFAULT_DEADLINE_RULES[clock.kind], clock.ledger, US_FEDERAL_CALENDAR)).toBe(at('2026-02-23T15:00:00Z'));
  });

  it('gives a detained entry imported on 15 January 2026 until 15 April to prove admissibility', () => {
    expect(lastDayIn('DETAINED')).toBe('2026-04-15');
  });

  it('gives goods excluded on 1 March 2026 until 30 April to be exported or protested', () => {
    expect(lastDayIn('EXCLUDED')).toBe('2026-04-30');
  });

  it('gives CBP until 9 April 2026 to decide a protest filed on 10 March', () => {
    expect(lastDayIn('PROTESTED')).toBe('2026-04-09');
  });

  it('starts nothing for a released entry', () => {
    expect(startEntryClock('RELEASED', facts)).toBeNull();
  });
});

describe(expiryMove.name, () => {
  it('excludes, abandons or denies when an importer or CBP clock runs out', () => {
    expect(expiryMove('ENTRY_PROOF')).toBe('EXCLUDE');
    expect(expiryMove('ENTRY_EXPORT_OR_PROTEST')).toBe('ABANDON');
    expect(expiryMove('PROTEST_DECISION')).toBe('DENY_PROTEST');
  });

  it('moves nothing when the entry decision is late: that is a breach for supervisors', () => {
    expect(expiryMove('ENTRY_DECISION')).toBeNull();
    expect(expiryMove('PRC_VISIT')).toBeNull();
  });

  it('makes a legal move from the status whose clock ran out', () => {
    for (const status of Object.values(EntryStatus)) {
      const kind = clockForStatus(status);
      const move = kind && expiryMove(kind);
      if (move) expect(decideEntryMove(status, move).allowed).toBe(true);
    }
  });
});
