import type { DataSource, EntityManager } from 'typeorm';
import { FacilityEntity, FacilityStatusChangeEntity } from '../entities';

/** Facilities and the history of their import status. */
export class FacilityRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  create(fields: { name: string; province: string | null; address: string | null }): Promise<FacilityEntity> {
    const repo = this.db.getRepository(FacilityEntity);
    return repo.save(repo.create(fields));
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
