import type { Queryable } from './queryable';

export interface AuditFilter {
  /** The acting user's id. */
  actorId?: string;
  /** An action, or its prefix ending in a dot (`auth.` matches `auth.login`). */
  action?: string;
  outcome?: string;
  /** Part of the subject (an e-mail, a category code, a route). */
  target?: string;
  from?: Date;
  to?: Date;
}

export interface AuditRow {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  outcome: string;
  target: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

/** The audit log (audit_events), newest first, filtered and paged. */
export class AuditRepository {
  constructor(private readonly db: Queryable) {}

  private where(filter: AuditFilter, params: unknown[]): string {
    const where: string[] = [];
    if (filter.actorId) where.push(`a.actor_id = $${params.push(filter.actorId)}`);
    if (filter.action) where.push(filter.action.endsWith('.') ? `a.action LIKE $${params.push(`${escapeLike(filter.action)}%`)}` : `a.action = $${params.push(filter.action)}`);
    if (filter.outcome) where.push(`a.outcome = $${params.push(filter.outcome)}`);
    if (filter.target) where.push(`a.target ILIKE $${params.push(`%${escapeLike(filter.target)}%`)}`);
    if (filter.from) where.push(`a.at >= $${params.push(filter.from)}`);
    if (filter.to) where.push(`a.at < $${params.push(filter.to)}`);
    return where.length ? `WHERE ${where.join(' AND ')}` : '';
  }

  async page(filter: AuditFilter, limit: number, offset: number): Promise<{ total: number; items: AuditRow[] }> {
    const params: unknown[] = [];
    const where = this.where(filter, params);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM audit_events a ${where}`, params);
    const items = await this.db.query(
      `SELECT a.id::text AS id, a.at, a.actor_id AS "actorId", u.display_name AS "actorName", u.email AS "actorEmail", a.action, a.outcome, a.target, a.ip, a.details
         FROM audit_events a LEFT JOIN users u ON u.id::text = a.actor_id
         ${where}
        ORDER BY a.at DESC, a.id DESC LIMIT $${params.push(limit)} OFFSET $${params.push(offset)}`,
      params,
    );
    return { total, items };
  }

  /** Every matching event (at most `cap`), newest first, for the CSV export. */
  async all(filter: AuditFilter, cap: number): Promise<AuditRow[]> {
    return (await this.page(filter, cap, 0)).items;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
