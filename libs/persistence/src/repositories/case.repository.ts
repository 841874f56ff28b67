import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { clockStatePredicate, clockStateSql } from '../deadline-state-sql';
import { ApprovalEntity, CaseEventEntity, DeadlineEntity, EscalationEntity, FacilityEntity, InspectionCaseEntity, ProductCategoryEntity, UserEntity } from '../entities';

/** Who may see which case: an assignee to narrow to (an investigator sees only the cases assigned to them). */
export interface CaseScope {
  assigneeId?: string;
}

export interface CaseListFilter {
  assigneeId?: string;
  stage?: string;
  facilityId?: string;
  escalationLevel?: number;
  /** Only cases with a clock overdue / at risk now. */
  overdue?: boolean;
  atRisk?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
}

export interface CaseListRow {
  id: string;
  reference: string;
  stage: string;
  outcome: string | null;
  facilityId: string;
  facilityName: string;
  facilityStatus: string;
  assigneeId: string;
  assigneeName: string;
  openedAt: Date;
  nextDeadlineAt: Date | null;
  escalationLevel: number;
  deadlineState: string | null;
  progress: Record<string, unknown> | null;
}

export interface CaseExportRow {
  reference: string;
  stage: string;
  outcome: string | null;
  facility: string;
  facilityStatus: string;
  assignee: string;
  openedAt: Date;
  nextDeadlineAt: Date | null;
  escalationLevel: number;
  deadlineState: string | null;
  allegation: string;
}

/** The state of case `c`'s soonest open clock, by the one clock-state rule. */
const SOONEST_CLOCK_STATE = `(SELECT ${clockStateSql('d')} FROM deadlines d WHERE d.case_id = c.id AND d.status = 'open'
                               ORDER BY d.due_at NULLS LAST LIMIT 1)`;

/** Cases and what hangs off them: their clocks, escalations, approvals and event log. */
export class CaseRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  async list(scope: CaseScope, filter: CaseListFilter): Promise<{ total: number; rows: CaseListRow[] }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (scope.assigneeId) where.push(`c.assignee_id = ${param(scope.assigneeId)}`);
    if (filter.assigneeId) where.push(`c.assignee_id = ${param(filter.assigneeId)}`);
    if (filter.stage) where.push(`c.stage = ${param(filter.stage)}`);
    if (filter.facilityId) where.push(`c.facility_id = ${param(filter.facilityId)}`);
    if (filter.escalationLevel !== undefined) where.push(`c.escalation_level >= ${param(filter.escalationLevel)}`);
    if (filter.overdue) where.push(`EXISTS (SELECT 1 FROM deadlines d WHERE d.case_id = c.id AND ${clockStatePredicate('overdue', 'd')})`);
    if (filter.atRisk) where.push(`EXISTS (SELECT 1 FROM deadlines d WHERE d.case_id = c.id AND ${clockStatePredicate('at_risk', 'd')})`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const sort = filter.sort ?? 'nextDeadlineAt';
    const column = sort.replace('-', '') === 'openedAt' ? 'c.opened_at' : 'c.next_deadline_at';
    const order = `${column} ${sort.startsWith('-') ? 'DESC' : 'ASC'} NULLS LAST, c.reference`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM cases c ${clause}`, params);
    const rows: CaseListRow[] = await this.db.query(
      `SELECT c.id, c.reference, c.stage, c.outcome, c.facility_id AS "facilityId", f.name AS "facilityName", f.status AS "facilityStatus",
              c.assignee_id AS "assigneeId", u.display_name AS "assigneeName", c.opened_at AS "openedAt",
              c.next_deadline_at AS "nextDeadlineAt", c.escalation_level AS "escalationLevel", c.progress,
              ${SOONEST_CLOCK_STATE} AS "deadlineState"
         FROM cases c JOIN facilities f ON f.id = c.facility_id JOIN users u ON u.id = c.assignee_id
         ${clause} ORDER BY ${order} LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
      params,
    );
    return { total, rows };
  }

  /** Every case for the CSV export, soonest next deadline first, up to 50,000. */
  exportRows(): Promise<CaseExportRow[]> {
    return this.db.query(
      `SELECT c.reference, c.stage, c.outcome, f.name AS facility, f.status AS "facilityStatus", u.display_name AS assignee,
              c.opened_at AS "openedAt", c.next_deadline_at AS "nextDeadlineAt", c.escalation_level AS "escalationLevel",
              ${SOONEST_CLOCK_STATE} AS "deadlineState", c.allegation_summary AS allegation
         FROM cases c JOIN facilities f ON f.id = c.facility_id JOIN users u ON u.id = c.assignee_id
        ORDER BY c.next_deadline_at NULLS LAST, c.reference LIMIT 50000`,
    );
  }

  /** The case with its facility, if it exists within the scope. */
  findVisible(scope: CaseScope, id: string): Promise<InspectionCaseEntity | null> {
    const where: Record<string, string> = { id };
    if (scope.assigneeId) where.assigneeId = scope.assigneeId;
    return this.db.getRepository(InspectionCaseEntity).findOne({ where, relations: { facility: true } });
  }

  /** The case's log in the order it was written (the hash chain's order). */
  events(caseId: string): Promise<CaseEventEntity[]> {
    return this.db.getRepository(CaseEventEntity).find({ where: { caseId }, order: { sequence: 'ASC' } });
  }

  /**
   * The case's events in the order things happened: by the instant each took effect, a fact entered
   * late among the ones it preceded; events of the same instant in the order they were written.
   */
  timeline(caseId: string): Promise<CaseEventEntity[]> {
    return this.db.getRepository(CaseEventEntity).find({ where: { caseId }, order: { occurredAt: 'ASC', sequence: 'ASC' } });
  }

  /** The case's clocks, escalation steps and approvals, each in the order they arose. */
  async related(caseId: string): Promise<{ deadlines: DeadlineEntity[]; escalations: EscalationEntity[]; approvals: ApprovalEntity[] }> {
    const [deadlines, escalations, approvals] = await Promise.all([
      this.db.getRepository(DeadlineEntity).find({ where: { caseId }, order: { startedAt: 'ASC', key: 'ASC' } }),
      this.db.getRepository(EscalationEntity).find({ where: { caseId }, order: { occurredAt: 'ASC', level: 'ASC' } }),
      this.db.getRepository(ApprovalEntity).find({ where: { caseId }, order: { requestedAt: 'ASC' } }),
    ]);
    return { deadlines, escalations, approvals };
  }

  facilityExists(id: string): Promise<boolean> {
    return this.db.getRepository(FacilityEntity).existsBy({ id });
  }

  /** The facility's registered name; null when no facility has this id. */
  async facilityName(id: string): Promise<string | null> {
    const facility = await this.db.getRepository(FacilityEntity).findOne({ where: { id }, select: { id: true, name: true } });
    return facility?.name ?? null;
  }

  /** The codes among `codes` that name no product category. */
  async unknownCategories(codes: string[]): Promise<string[]> {
    if (!codes.length) return [];
    const known = await this.db.getRepository(ProductCategoryEntity).findBy({ code: In(codes) });
    return codes.filter((c) => !known.some((k) => k.code === c));
  }

  activeUser(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id, active: true });
  }
}
