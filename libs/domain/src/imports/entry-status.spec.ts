import { decideEntryMove, ENTRY_MOVES, EntryStatus, isEntryClosed, legalEntryMoves, type EntryMove } from './entry-status';

const STATUSES = Object.values(EntryStatus);

/** Every legal move and where it leads; anything not listed must be refused. */
const LEGAL: [EntryStatus, EntryMove, EntryStatus][] = [
  ['PENDING_SCREENING', 'SCREEN_RELEASE', 'RELEASED'],
  ['PENDING_SCREENING', 'SCREEN_DETAIN', 'DETAINED'],
  ['PENDING_SCREENING', 'RESCREEN_DETAIN', 'DETAINED'],
  ['DETAINED', 'FILE_PROOF', 'DETAINED'],
  ['DETAINED', 'EXTEND_PROOF', 'DETAINED'],
  ['DETAINED', 'RELEASE', 'RELEASED'],
  ['DETAINED', 'EXCLUDE', 'EXCLUDED'],
  ['DETAINED', 'EXPORT', 'EXPORTED'],
  ['DETAINED', 'RESCREEN_DETAIN', 'DETAINED'],
  ['DETAINED', 'RESCREEN_RELEASE', 'RELEASED'],
  ['EXCLUDED', 'EXPORT', 'EXPORTED'],
  ['EXCLUDED', 'PROTEST', 'PROTESTED'],
  ['EXCLUDED', 'ABANDON', 'ABANDONED'],
  ['PROTESTED', 'DENY_PROTEST', 'PROTEST_DENIED'],
  ['PROTESTED', 'GRANT_PROTEST', 'PROTEST_GRANTED'],
];

const refusal = (status: EntryStatus, move: EntryMove) => {
  const decision = decideEntryMove(status, move);
  return decision.allowed ? `allowed → ${decision.next}` : decision.reason;
};

describe(decideEntryMove.name, () => {
  it.each(LEGAL)('allows %s + %s → %s', (status, move, next) => {
    expect(decideEntryMove(status, move)).toEqual({ allowed: true, next });
  });

  it('refuses every other move with a sentence', () => {
    for (const status of STATUSES) {
      for (const move of ENTRY_MOVES) {
        if (LEGAL.some(([s, m]) => s === status && m === move)) continue;
        const decision = decideEntryMove(status, move);
        expect(decision.allowed).toBe(false);
        if (!decision.allowed) expect(decision.reason).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it('tells the importer proof goes with a detained entry', () => {
    expect(refusal('PENDING_SCREENING', 'FILE_PROOF')).toBe('Proof can only be filed for a detained entry.');
    expect(refusal('EXCLUDED', 'FILE_PROOF')).toBe('Proof can only be filed for a detained entry.');
    expect(refusal('EXPORTED', 'FILE_PROOF')).toBe('Proof can only be filed for a detained entry. The entry is closed: the goods were exported.');
  });

  it('screens only an entry awaiting screening', () => {
    expect(refusal('DETAINED', 'SCREEN_RELEASE')).toBe('Only an entry awaiting screening can be released on screening.');
    expect(refusal('RELEASED', 'SCREEN_DETAIN')).toBe(
      'Only an entry awaiting screening can be detained on screening. The entry is closed: the goods were released.',
    );
  });

  it('does not detain released goods again when their facility is blocked later', () => {
    expect(refusal('RELEASED', 'RESCREEN_DETAIN')).toBe(
      'A released entry cannot be detained again: its goods have left CBP custody, and recalling them (19 CFR 141.113) is outside this system.',
    );
    expect(refusal('EXCLUDED', 'RESCREEN_DETAIN')).toBe('Only an entry awaiting screening or already detained can be detained on re-screening.');
  });

  it('does not release an excluded entry on re-screening: only a granted protest undoes an exclusion', () => {
    expect(refusal('EXCLUDED', 'RESCREEN_RELEASE')).toBe(
      'An excluded entry is not released by re-screening: the exclusion stands unless the importer protests it and the protest is granted.',
    );
    expect(refusal('PROTESTED', 'RESCREEN_RELEASE')).toBe(
      'An excluded entry is not released by re-screening: the pending protest decides whether the exclusion stands.',
    );
  });

  it('protests only an exclusion, once', () => {
    expect(refusal('DETAINED', 'PROTEST')).toBe('Only an exclusion can be protested.');
    expect(refusal('PROTESTED', 'PROTEST')).toBe('A protest of this exclusion was already filed.');
    expect(refusal('ABANDONED', 'PROTEST')).toBe(
      'Only an exclusion can be protested. The entry is closed: the goods were deemed abandoned (19 CFR 12.44(a)).',
    );
  });

  it('excludes, extends and releases only a detained entry', () => {
    expect(refusal('PENDING_SCREENING', 'EXCLUDE')).toBe('Only a detained entry can be excluded.');
    expect(refusal('EXCLUDED', 'EXTEND_PROOF')).toBe('The deadline for proof cannot be extended: the entry was already excluded.');
    expect(refusal('PENDING_SCREENING', 'RELEASE')).toBe(
      'Only a detained entry can be released; an entry awaiting screening is released by screening.',
    );
  });

  it('deems abandoned only excluded goods, and decides only a pending protest', () => {
    expect(refusal('DETAINED', 'ABANDON')).toBe('Only excluded goods can be deemed abandoned (19 CFR 12.44(a)).');
    expect(refusal('EXCLUDED', 'DENY_PROTEST')).toBe('Only a pending protest can be denied.');
    expect(refusal('PROTEST_DENIED', 'GRANT_PROTEST')).toBe(
      'Only a pending protest can be granted. The entry is closed: the protest was denied, and what remains is a suit in the Court of International Trade (28 U.S.C. 1581(a)), outside this system.',
    );
    expect(refusal('RELEASED', 'EXPORT')).toBe(
      'Goods can be exported under this procedure only while detained or after exclusion. The entry is closed: the goods were released.',
    );
  });

  it('refuses a move it does not know', () => {
    expect(decideEntryMove('DETAINED', 'SEIZE' as EntryMove)).toEqual({ allowed: false, reason: 'Unknown move: SEIZE.' });
  });
});

describe(legalEntryMoves.name, () => {
  it('offers a detained entry its proof, decision, export and re-screening moves', () => {
    expect(legalEntryMoves('DETAINED')).toEqual(['FILE_PROOF', 'RELEASE', 'EXCLUDE', 'EXTEND_PROOF', 'EXPORT', 'RESCREEN_DETAIN', 'RESCREEN_RELEASE']);
  });

  it('offers nothing on a closed entry', () => {
    for (const status of STATUSES.filter(isEntryClosed)) expect(legalEntryMoves(status)).toEqual([]);
  });
});

describe(isEntryClosed.name, () => {
  it('closes released, exported, abandoned and decided-protest entries', () => {
    expect(STATUSES.filter(isEntryClosed)).toEqual(['RELEASED', 'EXPORTED', 'ABANDONED', 'PROTEST_DENIED', 'PROTEST_GRANTED']);
  });
});
