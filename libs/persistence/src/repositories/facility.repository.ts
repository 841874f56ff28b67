import type { DataSource, EntityManager } from 'typeorm';
import { CHAIN_STREAMS } from '../chain-streams';
import { FacilityEntity, FacilityStatusChangeEntity } from '../entities';
import { appendFirstStreamEvent } from '../record-chain';

/** Facilities and the history of their import status. */
export class FacilityRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** A new facility, its log started with its creation in the same transaction. */
  create(fields: { name: string; province: string | null; address: string | null }, by = 'system'): Promise<FacilityEntity> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(FacilityEntity);
      const saved = await repo.save(repo.create(fields));
      const hash = await appendFirstStreamEvent(em, CHAIN_STREAMS.facility, saved.id, { type: 'FACILITY_CREATED', actorId: by, payload: { ...fields } });
      return Object.assign(saved, { lastSequence: 1, lastHash: hash });
    });
  }

  list(): Promise<FacilityEntity[]> {
    return this.db.getRepository(FacilityEntity).find({ order: { name: 'ASC' } });
  }

  find(id: string): Promise<FacilityEntity | null> {
    return this.db.getRepository(FacilityEntity).findOneBy({ id });
  }

  /** Replaces the other names a facility goes by (docs/domain.md §6). */
  async setNames(id: string, names: { aliases: string[]; chineseName: string | null; pinyin: string | null }): Promise<void> {
    await this.db.getRepository(FacilityEntity).update({ id }, names);
  }

  /**
   * The facility's status changes in the order they took effect; changes that took effect at the
   * same instant (a refusal and its withdrawal) in the order they were recorded.
   */
  statusHistory(facilityId: string): Promise<FacilityStatusChangeEntity[]> {
    return this.db.getRepository(FacilityStatusChangeEntity).find({ where: { facilityId }, order: { changedAt: 'ASC', recordedAt: 'ASC', id: 'ASC' } });
  }

  /** When case `caseId`, of this facility, last held a visit with full access; null when it never did. */
  async lastVisitWithFullAccessAt(facilityId: string, caseId: string | undefined): Promise<Date | null> {
    const [row] = (await this.db.query(
      `SELECT max(COALESCE((e.payload->>'heldAt')::timestamptz, e.occurred_at)) AS "heldAt" FROM case_events e JOIN cases c ON c.id = e.case_id
        WHERE c.id = $1 AND c.facility_id = $2 AND e.type = 'VISIT_CONDUCTED' AND (e.payload->>'fullAccess')::boolean`,
      [caseId, facilityId],
    )) as { heldAt: Date | null }[];
    return row?.heldAt ?? null;
  }

  /**
   * Every facility with the dated changes of its status, without reasons, cases or people: what
   * policy staff see (docs/domain.md §6).
   */
  async statusPeriods(): Promise<{ id: string; name: string; province: string | null; status: string; createdAt: Date; changes: { to: string; at: string }[] }[]> {
    return (await this.db.query(
      `SELECT f.id, f.name, f.province, f.status, f.created_at AS "createdAt",
              COALESCE(json_agg(json_build_object('to', s.to_status, 'at', s.changed_at) ORDER BY s.changed_at, s.recorded_at, s.id)
                FILTER (WHERE s.id IS NOT NULL), '[]') AS changes
         FROM facilities f LEFT JOIN facility_status_changes s ON s.facility_id = f.id
        GROUP BY f.id ORDER BY f.name, f.id`,
    )) as { id: string; name: string; province: string | null; status: string; createdAt: Date; changes: { to: string; at: string }[] }[];
  }
}
