/**
 * A facility's status from its facts (docs/domain.md §6): one table, read top to bottom, the first
 * row that holds gives the status, its reason, the case it rests on and the instant it took effect.
 * Every case on the facility contributes its facts (opened, visits, refusals of access, block
 * approvals, its close or withdrawal); the facility adds its unblock decisions.
 *
 * | row | when                                                                  | status              |
 * |-----|-----------------------------------------------------------------------|---------------------|
 * | 1   | a block approved after the last approved unblock                      | BLOCKED             |
 * | 2   | a refusal of access standing undecided on an open case, or on a case  | ACCESS_DENIED       |
 * |     | closed FACILITY_BLOCKED whose block still waits for its approval      |                     |
 * |     | (refused after the last approved unblock)                             |                     |
 * | 3   | a case open, opened or reopened after the last approved unblock       | UNDER_INVESTIGATION |
 * | 4   | the latest conclusion is an approved unblock                          | CLEARED             |
 * | 5   | the latest conclusion is a NO_ACTION close after a full-access visit  | CLEARED             |
 * | 6   | the latest conclusion is a NO_ACTION close without one                | NONE                |
 * | 7   | the latest conclusion is any other close (WRO, finding, block refused)| UNDER_INVESTIGATION |
 * | 8   | nothing known of its cases: the status it had before its facts were kept, or NONE |         |
 *
 * A refusal is decided once a block on it is approved, rejected or cancelled, or once a visit with
 * full access follows it; a rejected block therefore returns the facility to the status its cases
 * give (row 3 while the case is open). An approved unblock concludes, for the facility, the cases
 * open when it was decided (the second approver weighed them); a withdrawn case concludes nothing.
 */
export type FacilityStatus = 'NONE' | 'UNDER_INVESTIGATION' | 'ACCESS_DENIED' | 'BLOCKED' | 'CLEARED';

export type BlockApprovalStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';

/** What one case has told its facility, instants in epoch milliseconds. */
export interface FacilityCaseFacts {
  caseId: string;
  /** Label for reasons (the case's reference, or its id). */
  label: string;
  openedAt: number;
  /** When the current cycle began (a reopening); facts before it belong to an earlier cycle. */
  cycleStartedAt: number;
  closed: { at: number; outcome: string } | null;
  withdrawnAt: number | null;
  visits: { at: number; fullAccess: boolean }[];
  refusals: { at: number; withdrawnAt: number | null }[];
  blockApprovals: { id: string; status: BlockApprovalStatus; requestedAt: number; decidedAt: number | null; reason: string }[];
}

export interface FacilityFacts {
  cases: FacilityCaseFacts[];
  /** Approved unblock decisions. */
  unblocks: { at: number; reason: string }[];
  /** The status the facility had before its facts were kept (runs from before the table). */
  baseline?: { status: FacilityStatus; at: number } | null;
}

export interface FacilityStatusDecision {
  status: FacilityStatus;
  reason: string;
  caseId: string | null;
  /** When the fact that decides it took effect. */
  at: number;
}

const isOpen = (c: FacilityCaseFacts) => c.closed === null && c.withdrawnAt === null;
const latest = <T>(items: T[], at: (t: T) => number): T | undefined => items.reduce<T | undefined>((best, t) => (best === undefined || at(t) >= at(best) ? t : best), undefined);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The refusal of this cycle still standing undecided, if any. */
export function standingRefusal(c: FacilityCaseFacts): { at: number } | null {
  const refusal = latest(
    c.refusals.filter((r) => r.withdrawnAt === null && r.at >= c.cycleStartedAt),
    (r) => r.at,
  );
  if (!refusal) return null;
  const decided = c.blockApprovals.some((a) => a.status !== 'pending' && a.decidedAt !== null && a.decidedAt >= refusal.at);
  const visited = c.visits.some((v) => v.fullAccess && v.at >= refusal.at);
  return decided || visited ? null : refusal;
}

/** The status a facility's facts give, with its reason (docs/domain.md §6). */
export function facilityStatus(facts: FacilityFacts): FacilityStatusDecision {
  const lastUnblock = latest(facts.unblocks, (u) => u.at);
  const unblockedAt = lastUnblock?.at ?? -Infinity;

  // Row 1: a block stands until an unblock approved after it.
  const blocks = facts.cases.flatMap((c) => c.blockApprovals.filter((a) => a.status === 'approved' && a.decidedAt !== null).map((a) => ({ c, a, at: a.decidedAt! })));
  const block = latest(blocks.filter((b) => b.at > unblockedAt), (b) => b.at);
  if (block) return { status: 'BLOCKED', reason: `Block approved on case ${block.c.label}: ${block.a.reason}`, caseId: block.c.caseId, at: block.at };
  if (facts.baseline?.status === 'BLOCKED' && facts.baseline.at > unblockedAt) return { status: 'BLOCKED', reason: 'Blocked before its facts were kept', caseId: null, at: facts.baseline.at };

  // Row 2: a refusal of access waiting for the decision on a block.
  const refused = facts.cases.flatMap((c) => {
    const refusal = isOpen(c) ? standingRefusal(c) : null;
    if (refusal && refusal.at > unblockedAt) return [{ c, at: refusal.at }];
    // A case closed FACILITY_BLOCKED goes through its block approval (four-eyes).
    const pending = c.closed?.outcome === 'FACILITY_BLOCKED' && c.withdrawnAt === null ? c.blockApprovals.find((a) => a.status === 'pending') : undefined;
    return pending ? [{ c, at: pending.requestedAt }] : [];
  });
  const denial = latest(refused, (r) => r.at);
  if (denial) return { status: 'ACCESS_DENIED', reason: `Access refused on case ${denial.c.label}`, caseId: denial.c.caseId, at: denial.at };

  // Row 3: a case still open.
  const startOf = (c: FacilityCaseFacts) => Math.max(c.openedAt, c.cycleStartedAt);
  const open = latest(
    facts.cases.filter((c) => isOpen(c) && startOf(c) > unblockedAt),
    startOf,
  );
  if (open) return { status: 'UNDER_INVESTIGATION', reason: `Case ${open.label} open`, caseId: open.caseId, at: startOf(open) };

  // Rows 4-7: the latest conclusion, a close or an unblock.
  type Conclusion = { at: number; unblock: { reason: string } } | { at: number; close: FacilityCaseFacts & { closed: { at: number; outcome: string } } };
  const conclusions: Conclusion[] = [
    ...facts.unblocks.map((u) => ({ at: u.at, unblock: u })),
    ...facts.cases.filter((c): c is FacilityCaseFacts & { closed: { at: number; outcome: string } } => c.closed !== null && c.withdrawnAt === null).map((c) => ({ at: c.closed.at, close: c })),
  ];
  const last = latest(conclusions, (c) => c.at);
  if (last && 'unblock' in last) return { status: 'CLEARED', reason: `Unblocked: ${last.unblock.reason}`, caseId: null, at: last.at };
  if (last && 'close' in last) {
    const c = last.close;
    if (c.closed.outcome === 'NO_ACTION') {
      const visit = latest(
        c.visits.filter((v) => v.fullAccess && v.at >= c.cycleStartedAt && v.at <= c.closed.at),
        (v) => v.at,
      );
      return visit
        ? { status: 'CLEARED', reason: `Case ${c.label} closed with no action after a visit with full access on ${day(visit.at)}`, caseId: c.caseId, at: c.closed.at }
        : { status: 'NONE', reason: `Case ${c.label} closed with no action`, caseId: c.caseId, at: c.closed.at };
    }
    return { status: 'UNDER_INVESTIGATION', reason: `Case ${c.label} closed with outcome ${c.closed.outcome}`, caseId: c.caseId, at: c.closed.at };
  }

  // Row 8.
  if (facts.baseline) return { status: facts.baseline.status, reason: 'Status before its facts were kept', caseId: null, at: facts.baseline.at };
  return { status: 'NONE', reason: 'No case on the facility', caseId: null, at: 0 };
}

export interface FacilityStatusPeriod {
  status: FacilityStatus;
  from: number;
  /** Null for the status the facility has now. */
  to: number | null;
}

/**
 * The stretches of time a facility spent in each status, from its registration (NONE) through its
 * dated changes in the order they took effect; a change that took effect at the same instant as
 * the one before replaces it (a refusal and its withdrawal), so no period is empty.
 */
export function facilityStatusPeriods(registeredAt: number, changes: readonly { to: FacilityStatus; at: number }[]): FacilityStatusPeriod[] {
  const periods: FacilityStatusPeriod[] = [{ status: 'NONE', from: registeredAt, to: null }];
  for (const change of changes) {
    const current = periods[periods.length - 1];
    if (change.to === current.status) continue;
    const from = Math.max(change.at, current.from);
    if (from === current.from && periods.length > 1) {
      periods.pop();
      const previous = periods[periods.length - 1];
      if (previous.status === change.to) {
        previous.to = null;
        continue;
      }
      previous.to = from;
    } else {
      current.to = from;
    }
    periods.push({ status: change.to, from, to: null });
  }
  return periods;
}
