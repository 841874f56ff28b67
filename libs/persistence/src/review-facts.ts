import { EntityManager } from 'typeorm';
import { EntryCertification, EntryFact, isCertificationComplete, ReviewInputs } from '@mou/domain';

/** The window and review date of a review, epoch milliseconds (see ReviewInputs). */
export interface ReviewFactsQuery {
  from: number;
  to: number;
  asOf: number;
}

/**
 * How the read model is read as the review's facts (docs/domain.md §7). Printed in every report, so a
 * reader knows what each figure counted.
 */
export const REVIEW_FACT_MAPPING: readonly string[] = Object.freeze([
  'A request is a PRC visit or PRC investigation-report clock (deadlines PRC_VISIT, PRC_INVESTIGATION_REPORT) started in the window; it was made when the clock started.',
  'A visit was held, or a report received, when the clock was met (its met_at), late or not.',
  'A visit was refused only when the case recorded an explicit refusal (ACCESS_DENIED, how = explicit) after the request. A refusal deemed at day 180 of the escalation ladder is not an answer: the request still counts as open.',
  'A request the US withdrew (its case closed or withdrawn) before the request was overdue is left out; one withdrawn after it was overdue still counts as unanswered.',
  'A US post-visit report is owed for every US_VISIT_REPORT clock started in the window (the visit); it was issued when the clock was met. Withdrawals are read as for requests.',
  'A facility counts as blocked once, on the first day in the window it moved to BLOCKED.',
  'Entries are those filed in the window (their first event), with their status today; the certification is judged complete as at filing (19 CFR 12.43).',
]);

/** Instants come back as epoch milliseconds (float8): a year of requests parses no Date objects. Only what the figures read. */
interface ClockRow {
  caseId: string;
  facilityId: string;
  kind: string;
  startedAt: number;
  metAt: number | null;
  /** The first refusal after the clock started, when it was explicit (a deemed one is not an answer). */
  refusedAt: number | null;
  /** The case's reference (MOU-2026-000042), read only for the year-end report. */
  reference?: string;
}

const epochMs = (column: string) => `floor(extract(epoch FROM ${column}) * 1000)::float8`;

const ms = (d: Date | string | null): number | null => (d === null ? null : new Date(d).getTime());

/**
 * A clock of the case, with the case's first refusal after the clock started (for a visit not
 * held; its instant when the refusal was explicit). A clock the US withdrew while its budget was
 * still running, by the review date, is left out here: the case's first closing after the clock
 * started, no later than the review date and no later than the due instant (to the millisecond,
 * as instants are compared everywhere else). Each look-up runs only for the clocks that need it (a
 * scalar subquery under CASE), on the case's own events. Events carry workflow time, so a review
 * reads the same instants the clocks kept. Only the columns the figures read come back, and the
 * case's reference when the report asks for it (from the case row the query joins anyway).
 */
const clocksSql = (withReferences: boolean) => `
  SELECT d.case_id AS "caseId", COALESCE(d.facility_id, c.facility_id) AS "facilityId", d.kind, ${epochMs('d.started_at')} AS "startedAt",${withReferences ? ' c.reference,' : ''}
         ${epochMs('d.met_at')} AS "metAt",
         CASE WHEN d.kind = 'PRC_VISIT' AND d.met_at IS NULL THEN
           (SELECT CASE WHEN e.payload->>'how' = 'explicit' THEN ${epochMs('e.occurred_at')} END
              FROM case_events e
             WHERE e.case_id = d.case_id AND e.type = 'ACCESS_DENIED' AND e.occurred_at >= d.started_at
             ORDER BY e.occurred_at, e.sequence LIMIT 1)
         END AS "refusedAt"
    FROM deadlines d
    JOIN cases c ON c.id = d.case_id
   WHERE d.case_id IS NOT NULL AND d.kind = ANY($1) AND d.started_at >= $2 AND d.started_at < $3 AND d.started_at <= $4
     AND NOT (d.status = 'cancelled' AND COALESCE(
           (SELECT ${epochMs('e.occurred_at')}
              FROM case_events e
             WHERE e.case_id = d.case_id AND e.type IN ('CASE_CLOSED', 'CASE_WITHDRAWN') AND e.occurred_at >= d.started_at
             ORDER BY e.occurred_at, e.sequence LIMIT 1) <= least($5::float8, COALESCE(${epochMs('d.due_at')}, 'infinity'::float8)),
           false))
   ORDER BY d.started_at, d.id`;

/** Facts dated after `asOf` are loaded as they are: computeMetrics reads them as not yet known. */
async function requestFacts(em: EntityManager, q: ReviewFactsQuery, withReferences = false): Promise<Pick<ReviewInputs, 'requests' | 'usReports'> & { rows: ClockRow[] }> {
  // A year's clocks are sorted in memory, not in temporary files (the default work_mem is 4 MB).
  const kept = (await em.transaction(async (tx) => {
    await tx.query(`SET LOCAL work_mem = '64MB'`);
    return tx.query(clocksSql(withReferences), [['PRC_VISIT', 'PRC_INVESTIGATION_REPORT', 'US_VISIT_REPORT'], new Date(q.from), new Date(q.to), new Date(q.asOf), q.asOf]);
  })) as ClockRow[];
  return {
    rows: kept,
    requests: kept
      .filter((row) => row.kind !== 'US_VISIT_REPORT')
      .map((row) => ({
        caseId: row.caseId,
        facilityId: row.facilityId,
        kind: row.kind === 'PRC_VISIT' ? ('VISIT' as const) : ('INVESTIGATION' as const),
        requestedAt: row.startedAt,
        fulfilledAt: row.metAt,
        refusedAt: row.refusedAt,
      })),
    usReports: kept
      .filter((row) => row.kind === 'US_VISIT_REPORT')
      .map((row) => ({ caseId: row.caseId, visitHeldAt: row.startedAt, issuedAt: row.metAt })),
  };
}

async function blockedFacilities(em: EntityManager, q: ReviewFactsQuery): Promise<ReviewInputs['facilitiesBlocked']> {
  const rows = (await em.query(
    `SELECT DISTINCT ON (s.facility_id) s.facility_id AS "facilityId", f.name, s.changed_at AS "blockedAt"
       FROM facility_status_changes s JOIN facilities f ON f.id = s.facility_id
      WHERE s.to_status = 'BLOCKED' AND s.changed_at >= $1 AND s.changed_at < $2 AND s.changed_at <= $3
      ORDER BY s.facility_id, s.changed_at`,
    [new Date(q.from), new Date(q.to), new Date(q.asOf)],
  )) as { facilityId: string; name: string; blockedAt: Date }[];
  return rows.map((row) => ({ facilityId: row.facilityId, name: row.name, blockedAt: ms(row.blockedAt)! }));
}

/** The entry's finer status as the review counts it (see EntryFact). */
function entryFactStatus(status: string, wasExcluded: boolean): EntryFact['status'] {
  switch (status) {
    case 'PENDING_SCREENING':
      return 'PENDING';
    case 'RELEASED':
    case 'PROTEST_GRANTED':
      return 'RELEASED';
    case 'ABANDONED':
      return 'ABANDONED';
    case 'EXCLUDED':
    case 'PROTESTED':
    case 'PROTEST_DENIED':
      return 'EXCLUDED';
    case 'EXPORTED':
      // Exported after an exclusion, or instead of proving a detained entry admissible.
      return wasExcluded ? 'EXCLUDED' : 'DETAINED';
    default:
      return 'DETAINED';
  }
}

async function entryFacts(em: EntityManager, q: ReviewFactsQuery): Promise<EntryFact[]> {
  const rows = (await em.query(
    `SELECT e.id, e.status, e.certification, e.imported_at AS "importedAt",
            EXISTS (SELECT 1 FROM entry_events x WHERE x.entry_id = e.id AND x.type = 'ENTRY_EXCLUDED') AS "wasExcluded"
       FROM entries e JOIN entry_events filed ON filed.entry_id = e.id AND filed.sequence = 1
      WHERE filed.occurred_at >= $1 AND filed.occurred_at < $2 AND filed.occurred_at <= $3
      ORDER BY filed.occurred_at, e.id`,
    [new Date(q.from), new Date(q.to), new Date(q.asOf)],
  )) as { id: string; status: string; certification: EntryCertification; importedAt: Date; wasExcluded: boolean }[];
  return rows.map((row) => ({
    entryId: row.id,
    status: entryFactStatus(row.status, row.wasExcluded),
    certificationComplete: isCertificationComplete(row.certification, ms(row.importedAt)!),
  }));
}

/**
 * The one-year review's facts from the read model (REVIEW_FACT_MAPPING says how each is read).
 * The worker's review activity and the API's what-if both call it, so they count alike.
 */
export async function loadReviewInputs(em: EntityManager, q: ReviewFactsQuery): Promise<ReviewInputs> {
  return (await loadFacts(em, q, false)).inputs;
}

/**
 * The year-end report's facts: loadReviewInputs's, with the reference of every case they name,
 * read in the same query (the report's appendix and facts file print them), and the blocked
 * facilities and entries read beside the clocks rather than after them.
 */
export async function loadYearReviewFacts(em: EntityManager, q: ReviewFactsQuery): Promise<{ inputs: ReviewInputs; caseReferences: Record<string, string> }> {
  return loadFacts(em, q, true);
}

async function loadFacts(em: EntityManager, q: ReviewFactsQuery, withReferences: boolean): Promise<{ inputs: ReviewInputs; caseReferences: Record<string, string> }> {
  const [{ requests, usReports, rows }, facilitiesBlocked, entries] = await Promise.all([requestFacts(em, q, withReferences), blockedFacilities(em, q), entryFacts(em, q)]);
  const caseReferences: Record<string, string> = {};
  if (withReferences) for (const row of rows) caseReferences[row.caseId] = row.reference!;
  return { inputs: { window: { from: q.from, to: q.to }, asOf: q.asOf, requests, usReports, facilitiesBlocked, entries }, caseReferences };
}
