/**
 * Where an import entry stands (docs/domain.md §6). Screening decides release or detention
 * (19 CFR 151.16(b)); a detained entry is proven admissible or excluded (19 CFR 12.43, 12.44);
 * excluded goods are exported, protested (19 U.S.C. 1514) or deemed abandoned (19 CFR 12.44(a));
 * a protest is granted or denied, denied also when undecided for 30 days (19 CFR 174.21(b)).
 */
export const EntryStatus = {
  PENDING_SCREENING: 'PENDING_SCREENING',
  RELEASED: 'RELEASED',
  DETAINED: 'DETAINED',
  EXCLUDED: 'EXCLUDED',
  EXPORTED: 'EXPORTED',
  PROTESTED: 'PROTESTED',
  ABANDONED: 'ABANDONED',
  PROTEST_DENIED: 'PROTEST_DENIED',
  /** The exclusion was set aside: the goods are released. */
  PROTEST_GRANTED: 'PROTEST_GRANTED',
} as const;
export type EntryStatus = (typeof EntryStatus)[keyof typeof EntryStatus];

export type EntryMove =
  | 'SCREEN_RELEASE'
  | 'SCREEN_DETAIN'
  | 'FILE_PROOF'
  | 'RELEASE'
  | 'EXCLUDE'
  | 'EXTEND_PROOF'
  | 'EXPORT'
  | 'PROTEST'
  /** Deemed: the export-or-protest clock ran out (19 CFR 12.44(a)). */
  | 'ABANDON'
  /** A decision, or deemed when the protest-decision clock runs out (19 CFR 174.21(b)). */
  | 'DENY_PROTEST'
  | 'GRANT_PROTEST'
  /** A facility was blocked (or access to it denied) after the entry was filed. */
  | 'RESCREEN_DETAIN'
  /** The ground the entry was held on is gone, e.g. its facility was unblocked. */
  | 'RESCREEN_RELEASE';

export const ENTRY_MOVES: readonly EntryMove[] = Object.freeze([
  'SCREEN_RELEASE',
  'SCREEN_DETAIN',
  'FILE_PROOF',
  'RELEASE',
  'EXCLUDE',
  'EXTEND_PROOF',
  'EXPORT',
  'PROTEST',
  'ABANDON',
  'DENY_PROTEST',
  'GRANT_PROTEST',
  'RESCREEN_DETAIN',
  'RESCREEN_RELEASE',
]);

export type EntryMoveDecision = { allowed: true; next: EntryStatus } | { allowed: false; reason: string };

const { PENDING_SCREENING, RELEASED, DETAINED, EXCLUDED, EXPORTED, PROTESTED, ABANDONED, PROTEST_DENIED, PROTEST_GRANTED } = EntryStatus;

/**
 * The legal moves as data: for each move, the statuses it may start from and where each leads.
 * Decisions taken on a detained entry (FILE_PROOF, EXTEND_PROOF, RESCREEN_DETAIN) keep it
 * detained. The once-only rule of the proof extension lives with its ledger (detention-clocks.ts).
 *
 * - EXPORT from DETAINED: CBP lets a detained shipment be exported instead of proving it
 *   admissible; after exclusion, export is one of the importer's three outcomes (19 CFR 12.44(a)).
 * - RESCREEN_DETAIN reaches entries awaiting screening and detained ones (a new ground is
 *   recorded), never released ones: released goods have left CBP custody, and recalling them
 *   (19 CFR 141.113) is outside this system.
 * - RESCREEN_RELEASE only frees a detained entry: an exclusion is a decision, undone only by a
 *   granted protest (19 U.S.C. 1514).
 */
const TRANSITIONS: Readonly<Record<EntryMove, Partial<Record<EntryStatus, EntryStatus>>>> = Object.freeze({
  SCREEN_RELEASE: { [PENDING_SCREENING]: RELEASED },
  SCREEN_DETAIN: { [PENDING_SCREENING]: DETAINED },
  FILE_PROOF: { [DETAINED]: DETAINED },
  RELEASE: { [DETAINED]: RELEASED },
  EXCLUDE: { [DETAINED]: EXCLUDED },
  EXTEND_PROOF: { [DETAINED]: DETAINED },
  EXPORT: { [DETAINED]: EXPORTED, [EXCLUDED]: EXPORTED },
  PROTEST: { [EXCLUDED]: PROTESTED },
  ABANDON: { [EXCLUDED]: ABANDONED },
  DENY_PROTEST: { [PROTESTED]: PROTEST_DENIED },
  GRANT_PROTEST: { [PROTESTED]: PROTEST_GRANTED },
  RESCREEN_DETAIN: { [PENDING_SCREENING]: DETAINED, [DETAINED]: DETAINED },
  RESCREEN_RELEASE: { [DETAINED]: RELEASED },
});

const REFUSALS: Readonly<Record<EntryMove, string>> = Object.freeze({
  SCREEN_RELEASE: 'Only an entry awaiting screening can be released on screening.',
  SCREEN_DETAIN: 'Only an entry awaiting screening can be detained on screening.',
  FILE_PROOF: 'Proof can only be filed for a detained entry.',
  RELEASE: 'Only a detained entry can be released; an entry awaiting screening is released by screening.',
  EXCLUDE: 'Only a detained entry can be excluded.',
  EXTEND_PROOF: 'The deadline for proof can only be extended while the entry is detained.',
  EXPORT: 'Goods can be exported under this procedure only while detained or after exclusion.',
  PROTEST: 'Only an exclusion can be protested.',
  ABANDON: 'Only excluded goods can be deemed abandoned (19 CFR 12.44(a)).',
  DENY_PROTEST: 'Only a pending protest can be denied.',
  GRANT_PROTEST: 'Only a pending protest can be granted.',
  RESCREEN_DETAIN: 'Only an entry awaiting screening or already detained can be detained on re-screening.',
  RESCREEN_RELEASE: 'Only a detained entry can be released on re-screening.',
});

/** Refusals that say more than the move's general sentence for one status. */
const SPECIFIC_REFUSALS: Partial<Record<EntryMove, Partial<Record<EntryStatus, string>>>> = {
  RESCREEN_DETAIN: {
    [RELEASED]:
      'A released entry cannot be detained again: its goods have left CBP custody, and recalling them (19 CFR 141.113) is outside this system.',
  },
  RESCREEN_RELEASE: {
    [EXCLUDED]: 'An excluded entry is not released by re-screening: the exclusion stands unless the importer protests it and the protest is granted.',
    [PROTESTED]: 'An excluded entry is not released by re-screening: the pending protest decides whether the exclusion stands.',
  },
  PROTEST: { [PROTESTED]: 'A protest of this exclusion was already filed.' },
  EXTEND_PROOF: { [EXCLUDED]: 'The deadline for proof cannot be extended: the entry was already excluded.' },
};

/** Statuses in which nothing more can happen to an entry, and why, as the user reads it. */
const CLOSED: Partial<Record<EntryStatus, string>> = {
  [RELEASED]: 'The entry is closed: the goods were released.',
  [EXPORTED]: 'The entry is closed: the goods were exported.',
  [ABANDONED]: 'The entry is closed: the goods were deemed abandoned (19 CFR 12.44(a)).',
  [PROTEST_DENIED]:
    'The entry is closed: the protest was denied, and what remains is a suit in the Court of International Trade (28 U.S.C. 1581(a)), outside this system.',
  [PROTEST_GRANTED]: 'The entry is closed: the protest was granted, the exclusion set aside and the goods released.',
};

/**
 * Whether `move` may happen to an entry in `status`, and its status afterwards. Pure: a refused
 * move changes nothing and says why in a sentence the user reads.
 */
export function decideEntryMove(status: EntryStatus, move: EntryMove): EntryMoveDecision {
  const transitions = TRANSITIONS[move];
  if (!transitions) return { allowed: false, reason: `Unknown move: ${String(move)}.` };
  const next = transitions[status];
  if (next) return { allowed: true, next };
  const specific = SPECIFIC_REFUSALS[move]?.[status];
  if (specific) return { allowed: false, reason: specific };
  const closed = CLOSED[status];
  return { allowed: false, reason: closed ? `${REFUSALS[move]} ${closed}` : REFUSALS[move] };
}

/** The moves the UI and the workflow may offer on an entry now. */
export function legalEntryMoves(status: EntryStatus): EntryMove[] {
  return ENTRY_MOVES.filter((move) => decideEntryMove(status, move).allowed);
}

/** Whether nothing more can happen to the entry. */
export function isEntryClosed(status: EntryStatus): boolean {
  return CLOSED[status] !== undefined;
}
