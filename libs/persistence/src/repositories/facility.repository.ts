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

  /**
   * The facility's status changes in the order they took effect; changes that took effect at the
   * same instant (a refusal and its withdrawal) in the order they were recorded.
   */
  statusHistory(facilityId: string): Promise<FacilityStatusChangeEntity[]> {
    return this.db.getRepository(FacilityStatusChangeEntity).find({ where: { facilityId }, order: { changedAt: 'ASC', recordedAt: 'ASC', id: 'ASC' } });
  }

  /** Whether case `caseId`, of this facility, records a visit held with full access. */
  async hasVisitWithFullAccess(facilityId: string, caseId: string | undefined): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM case_events e JOIN cases c ON c.id = e.case_id
        WHERE c.id = $1 AND c.facility_id = $2 AND e.type = 'VISIT_CONDUCTED' AND (e.payload->>'fullAccess')::boolean`,
      [caseId, facilityId],
    );
    return rows.length > 0;
  }
}
