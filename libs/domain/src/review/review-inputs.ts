/**
 * The facts the one-year review (docs/domain.md §7) is computed from, as plain rows the worker loads
 * from PostgreSQL. Instants are epoch milliseconds. A fact dated after `asOf` is treated as not
 * having happened yet, so re-running a review for a past date gives the same figures.
 */

/** One investigation or visit request the US made to the PRC, on one facility. */
export interface RequestFact {
  caseId: string;
  facilityId: string;
  kind: 'VISIT' | 'INVESTIGATION';
  requestedAt: number;
  /** The visit was held / the PRC investigation report was received. */
  fulfilledAt: number | null;
  /**
   * An explicit PRC refusal. A refusal the system only deems at the end of the escalation ladder
   * (day 180, docs/domain.md §5) is not one: leave it null, so the request still counts as open, which
   * is what the "still open after 180 days" REVOKE condition measures.
   */
  refusedAt: number | null;
}

/** The report the US owes on a visit it made (SOC 1994: 60 days after the visit). */
export interface UsReportFact {
  caseId: string;
  visitHeldAt: number;
  issuedAt: number | null;
}

/**
 * An entry filed during the window, with where it stands now. The loader maps the finer entry
 * statuses onto these: EXPORTED, PROTESTED and PROTEST_DENIED after an exclusion count as EXCLUDED,
 * PROTEST_GRANTED as RELEASED, PENDING_SCREENING as PENDING.
 */
export interface EntryFact {
  entryId: string;
  status: 'RELEASED' | 'DETAINED' | 'EXCLUDED' | 'ABANDONED' | 'PENDING';
  /** The certification modelled on 19 CFR 12.43 was complete when filed (docs/domain.md §6). */
  certificationComplete: boolean;
}

export interface BlockedFacilityFact {
  facilityId: string;
  name: string;
  blockedAt: number;
}

export interface ReviewInputs {
  /** Requests made from `from` (inclusive) to `to` (exclusive) are reviewed. */
  window: { from: number; to: number };
  /** The review date: what had happened by then counts, nothing later. */
  asOf: number;
  requests: RequestFact[];
  usReports: UsReportFact[];
  facilitiesBlocked: BlockedFacilityFact[];
  /** Entries filed in the window; the loader selects them, entries carry no date here. */
  entries: EntryFact[];
}
