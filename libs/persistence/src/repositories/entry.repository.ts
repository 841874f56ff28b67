import type { EnforcementOrderFact, ManufacturerStatus, RegisteredFacilityNames } from '@mou/domain';
import { clockStateSql } from '../deadline-state-sql';
import type { Queryable } from './queryable';

/**
 * Who may see which entry: an importer's users see the entries of their organisation; an importer
 * user without one, only the entries it filed itself. Empty: every entry.
 */
export interface EntryScope {
  importerOrgId?: string;
  importerId?: string;
}

/** The WHERE conditions of `scope` on entries aliased `alias`, pushing their values onto `params`. */
function scopeConditions(scope: EntryScope, alias: string, params: unknown[]): string[] {
  const where: string[] = [];
  if (scope.importerOrgId) where.push(`${alias}.importer_org_id = $${params.push(scope.importerOrgId)}`);
  if (scope.importerId) where.push(`${alias}.importer_id = $${params.push(scope.importerId)}`);
  return where;
}

export interface EntryListFilter {
  status?: string;
  facilityId?: string;
}

/** An entry row as stored (snake_case columns; numeric columns arrive as text). */
export interface EntryRecord {
  id: string;
  reference: string;
  status: string;
  importer_id: string;
  importer_org_id: string | null;
  manufacturer_facility_id: string | null;
  manufacturer_name: string;
  product_category: string;
  hts_code: string;
  quantity: string;
  value_usd: string;
  imported_at: Date;
  certification: Record<string, unknown>;
  hold_reasons: { code: string; text: string }[];
  proof: Record<string, unknown> | null;
}

/** A clock row as stored (snake_case columns). */
export interface EntryClockRecord {
  key: string;
  kind: string;
  title: string;
  owed_by: string;
  legal_basis: string;
  started_at: Date;
  due_at: Date | null;
  at_risk_at: Date | null;
  met_at: Date | null;
  status: string;
  paused: boolean;
  explanation: Record<string, unknown>;
}

/** Import entries, their clocks and event log, and the reference data filing checks against. */
export interface EntryMoveFactsRecord {
  id: string;
  proofFiled: boolean;
  clockKind: string | null;
  clockExplanation: Record<string, unknown> | null;
  excludedAt: Date | null;
}

export class EntryRepository {
  constructor(private readonly db: Queryable) {}

  /** The newest 500 entries in scope, each with its soonest open clock and that clock's state. */
  list(scope: EntryScope, filter: EntryListFilter): Promise<Record<string, unknown>[]> {
    const params: unknown[] = [];
    const where = scopeConditions(scope, 'e', params);
    if (filter.status) where.push(`e.status = $${params.push(filter.status)}`);
    if (filter.facilityId) where.push(`e.manufacturer_facility_id = $${params.push(filter.facilityId)}`);
    return this.db.query(
      `SELECT e.id, e.reference, e.status, e.manufacturer_name AS "manufacturerName", e.product_category AS "productCategory",
              e.value_usd::float AS "valueUsd", e.imported_at AS "importedAt", e.hold_reasons AS "holdReasons", e.created_at AS "filedAt",
              d.kind AS "clockKind", d.title AS "clockTitle", d.due_at AS "clockDueAt", d.legal_basis AS "clockLegalBasis",
              ${clockStateSql('d')} AS "clockState"
         FROM entries e
         LEFT JOIN LATERAL (SELECT * FROM deadlines WHERE entry_id = e.id AND status = 'open' ORDER BY due_at LIMIT 1) d ON true
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY e.created_at DESC LIMIT 500`,
      params,
    );
  }

  /** What the entries' legal moves depend on beyond their status: proof filed, the running clock, the exclusion. */
  async moveFacts(ids: string[]): Promise<EntryMoveFactsRecord[]> {
    if (!ids.length) return [];
    return this.db.query(
      `SELECT e.id, e.proof IS NOT NULL AS "proofFiled", d.kind AS "clockKind", d.explanation AS "clockExplanation",
              (SELECT max(x.occurred_at) FROM entry_events x WHERE x.entry_id = e.id AND x.type = 'ENTRY_EXCLUDED') AS "excludedAt"
         FROM entries e
         LEFT JOIN LATERAL (SELECT kind, explanation FROM deadlines WHERE entry_id = e.id AND status = 'open' ORDER BY due_at LIMIT 1) d ON true
        WHERE e.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The entry, if it exists within the scope. */
  async findVisible(scope: EntryScope, id: string): Promise<EntryRecord | null> {
    const params: unknown[] = [id];
    const where = ['e.id = $1', ...scopeConditions(scope, 'e', params)];
    const [entry] = await this.db.query(`SELECT e.* FROM entries e WHERE ${where.join(' AND ')}`, params);
    return entry ?? null;
  }

  clocks(entryId: string): Promise<EntryClockRecord[]> {
    return this.db.query(`SELECT * FROM deadlines WHERE entry_id = $1 ORDER BY started_at, key`, [entryId]);
  }

  events(entryId: string): Promise<{ sequence: number; type: string; actorId: string; payload: Record<string, unknown>; occurredAt: Date; hash: string }[]> {
    return this.db.query(
      `SELECT sequence, type, actor_id AS "actorId", payload, occurred_at AS "occurredAt", hash FROM entry_events WHERE entry_id = $1 ORDER BY sequence`,
      [entryId],
    );
  }

  /** The facility a manufacturer names, by id or by name (the oldest of that name). */
  async manufacturer(idOrName: string): Promise<{ id: string; name: string; status: ManufacturerStatus } | null> {
    const [facility] = await this.db.query(
      `SELECT id, name, status FROM facilities WHERE id::text = $1 OR lower(name) = lower($1) ORDER BY created_at LIMIT 1`,
      [idOrName],
    );
    return facility ?? null;
  }

  async facilityIdByName(name: string): Promise<string | null> {
    const [match] = await this.db.query('SELECT id FROM facilities WHERE lower(name) = lower($1) LIMIT 1', [name]);
    return match?.id ?? null;
  }

  /** Every name of every registered facility, registered first, for matching a declared manufacturer (docs/domain.md §6). */
  facilityNames(): Promise<RegisteredFacilityNames[]> {
    return this.db.query(`SELECT id, name, aliases, chinese_name AS "chineseName", pinyin FROM facilities ORDER BY created_at, id`);
  }

  /** A facility's status, by id. */
  async facilityStatus(id: string): Promise<ManufacturerStatus | null> {
    const [facility] = await this.db.query('SELECT status FROM facilities WHERE id = $1', [id]);
    return facility?.status ?? null;
  }

  /** The ACTIVE orders and findings on a facility, oldest first, as screening reads them (docs/domain.md §6). */
  async activeOrders(facilityId: string): Promise<EnforcementOrderFact[]> {
    return this.db.query(
      `SELECT reference, kind, product_categories AS "productCategories", to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom"
         FROM enforcement_orders WHERE facility_id = $1 AND status = 'ACTIVE' ORDER BY issued_at, reference`,
      [facilityId],
    );
  }

  async facilityExists(id: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM facilities WHERE id = $1', [id])).length > 0;
  }

  async category(code: string): Promise<{ code: string; name: string; highRisk: boolean } | null> {
    const [category] = await this.db.query('SELECT code, name, high_risk AS "highRisk" FROM product_categories WHERE code = $1', [code]);
    return category ?? null;
  }
}
