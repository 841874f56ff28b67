import type { Queryable } from './queryable';

export interface EnforcementOrderFilter {
  kind?: string;
  status?: string;
  facilityId?: string;
  category?: string;
  year?: number;
}

export interface EnforcementOrderRow {
  id: string;
  reference: string;
  kind: 'WRO' | 'FINDING';
  status: 'PROPOSED' | 'ACTIVE' | 'REVOKED' | 'REJECTED';
  facilityId: string;
  facilityName: string;
  productCategories: string[];
  legalBasis: string;
  reason: string;
  caseId: string | null;
  caseReference: string | null;
  effectiveFrom: string;
  issuedAt: Date | null;
  requestedBy: string;
  approvedBy: string | null;
  revokedAt: Date | null;
  pendingRequest: Record<string, unknown> | null;
  createdAt: Date;
}

const ORDER_COLUMNS = `o.id, o.reference, o.kind, o.status, o.facility_id AS "facilityId", f.name AS "facilityName", o.product_categories AS "productCategories",
  o.legal_basis AS "legalBasis", o.reason, o.case_id AS "caseId", c.reference AS "caseReference", to_char(o.effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
  o.issued_at AS "issuedAt", o.requested_by AS "requestedBy", o.approved_by AS "approvedBy", o.revoked_at AS "revokedAt",
  o.pending_request AS "pendingRequest", o.created_at AS "createdAt"`;

/** The year an order counts in: its issue, or its proposal when it was never issued. */
const ORDER_YEAR = `EXTRACT(YEAR FROM COALESCE(o.issued_at, o.created_at) AT TIME ZONE 'UTC')::int`;

/** The register of Withhold Release Orders and Findings (docs/domain.md §6). */
export class EnforcementOrderRepository {
  constructor(private readonly db: Queryable) {}

  /** Orders matching every given filter, newest first. */
  list(filter: EnforcementOrderFilter): Promise<EnforcementOrderRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.kind) add('o.kind = ?', filter.kind);
    if (filter.status) add('o.status = ?', filter.status);
    if (filter.facilityId) add('o.facility_id = ?', filter.facilityId);
    // An order naming no category covers every good, so it matches any category asked for.
    if (filter.category) add(`(? = ANY(o.product_categories) OR o.product_categories = '{}')`, filter.category);
    if (filter.year) add(`${ORDER_YEAR} = ?`, filter.year);
    return this.db.query(
      `SELECT ${ORDER_COLUMNS} FROM enforcement_orders o JOIN facilities f ON f.id = o.facility_id LEFT JOIN cases c ON c.id = o.case_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.created_at DESC, o.reference DESC`,
      params,
    ) as Promise<EnforcementOrderRow[]>;
  }

  async find(id: string): Promise<EnforcementOrderRow | null> {
    const [row] = (await this.db.query(
      `SELECT ${ORDER_COLUMNS} FROM enforcement_orders o JOIN facilities f ON f.id = o.facility_id LEFT JOIN cases c ON c.id = o.case_id WHERE o.id = $1`,
      [id],
    )) as EnforcementOrderRow[];
    return row ?? null;
  }

  /** The order's log, oldest first. */
  history(id: string): Promise<{ sequence: number; type: string; actorId: string; payload: Record<string, unknown>; occurredAt: Date; recordedAt: Date }[]> {
    return this.db.query(
      `SELECT sequence, type, actor_id AS "actorId", payload, occurred_at AS "occurredAt", recorded_at AS "recordedAt"
         FROM enforcement_order_events WHERE order_id = $1 ORDER BY sequence`,
      [id],
    );
  }

  /** Entries of the facility detained now with the order among their grounds. */
  heldEntries(facilityId: string, reference: string): Promise<{ id: string; reference: string; manufacturerName: string; productCategory: string; importedAt: Date; status: string }[]> {
    return this.db.query(
      `SELECT id, reference, manufacturer_name AS "manufacturerName", product_category AS "productCategory", imported_at AS "importedAt", status
         FROM entries
        WHERE manufacturer_facility_id = $1 AND status = 'DETAINED' AND hold_reasons @> jsonb_build_array(jsonb_build_object('code', 'ENFORCEMENT_ORDER', 'ref', $2::text))
        ORDER BY imported_at`,
      [facilityId, reference],
    );
  }

  /** The facility of case `caseId`, or null when there is no such case. */
  async caseFacilityId(caseId: string): Promise<string | null> {
    const [row] = (await this.db.query('SELECT facility_id AS "facilityId" FROM cases WHERE id = $1', [caseId])) as { facilityId: string }[];
    return row?.facilityId ?? null;
  }

  /**
   * Who investigates a case on the facility now (its open cases' investigators) and the
   * investigator of the case the order came from: none of them may decide on the order.
   */
  async facilityInvestigatorIds(facilityId: string, caseId: string | null): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT DISTINCT assignee_id AS id FROM cases WHERE (facility_id = $1 AND stage NOT IN ('CLOSED', 'WITHDRAWN')) OR id = $2`,
      [facilityId, caseId],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /**
   * The register in aggregate: counts by kind, status, product category (an order naming none
   * counts under ALL_GOODS) and year. Nothing that names a case or its reasons.
   */
  async aggregate(): Promise<{ total: number; byKind: Count[]; byStatus: Count[]; byCategory: Count[]; byYear: { year: number; count: number }[] }> {
    const count = (sql: string) => this.db.query(sql) as Promise<Count[]>;
    const [[{ total }], byKind, byStatus, byCategory, byYear] = await Promise.all([
      this.db.query('SELECT count(*)::int AS total FROM enforcement_orders') as Promise<{ total: number }[]>,
      count('SELECT kind AS key, count(*)::int AS count FROM enforcement_orders GROUP BY kind ORDER BY kind'),
      count('SELECT status AS key, count(*)::int AS count FROM enforcement_orders GROUP BY status ORDER BY status'),
      count(
        `SELECT key, count(*)::int AS count FROM (
           SELECT unnest(CASE WHEN product_categories = '{}' THEN ARRAY['ALL_GOODS'] ELSE product_categories END) AS key FROM enforcement_orders
         ) k GROUP BY key ORDER BY key`,
      ),
      this.db.query(`SELECT ${ORDER_YEAR} AS year, count(*)::int AS count FROM enforcement_orders o GROUP BY 1 ORDER BY 1`) as Promise<{ year: number; count: number }[]>,
    ]);
    return { total, byKind, byStatus, byCategory, byYear };
  }
}

export interface Count {
  key: string;
  count: number;
}
