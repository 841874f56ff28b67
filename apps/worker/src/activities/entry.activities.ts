import { DataSource, EntityManager } from 'typeorm';
import { announce, currentCalendar, DeadlineRepository, EntryRepository, GENESIS_HASH } from '@mou/persistence';
import { US_FEDERAL_CALENDAR } from '@mou/domain';
import type { AppendEntryEventInput, EntryActivities, ScreeningFacts } from '@mou/workflows';
import { notifyEntryEvent } from '../notifications/entry-notifications';
import { appendToStream, ENTRY_STREAM } from './event-stream';

/** Screening facts and the entry's event log, on PostgreSQL. */
export class EntryEventActivities implements EntryActivities {
  constructor(private readonly dataSource: DataSource) {}

  /** What screening needs to know now: the manufacturer's status, the orders on it and the category's risk. */
  loadScreeningFacts = async (input: { facilityId: string | null; productCategory: string }): Promise<ScreeningFacts> => {
    const [facility] = input.facilityId
      ? ((await this.dataSource.query('SELECT status FROM facilities WHERE id = $1', [input.facilityId])) as { status: ScreeningFacts['manufacturerStatus'] }[])
      : [];
    const [category] = (await this.dataSource.query('SELECT code, high_risk AS "highRisk" FROM product_categories WHERE code = $1', [
      input.productCategory,
    ])) as { code: string; highRisk: boolean }[];
    // The orders and findings in force on the manufacturer (docs/domain.md §6); screening decides which cover the goods.
    const orders = input.facilityId ? await new EntryRepository(this.dataSource).activeOrders(input.facilityId) : [];
    // The calendar version in force counts the entry's business days; version 1 is the rule-based list the workflow knows.
    const calendar = await currentCalendar(this.dataSource, US_FEDERAL_CALENDAR.id);
    return { manufacturerStatus: facility?.status ?? 'UNKNOWN', category: category ?? null, orders, ...(calendar && calendar.version > 1 ? { calendar } : {}) };
  };

  /** Appends to the entry's log and projects the entry row and its clocks, in one transaction. */
  appendEntryEvent = (input: AppendEntryEventInput) =>
    this.dataSource.transaction(async (em) => {
      if (input.filing) await this.createRow(em, input);
      const { appended, hash } = await appendToStream(em, ENTRY_STREAM, { ...input, streamId: input.entryId });
      const [row] = (await em.query('SELECT reference, importer_id AS "importerId", importer_org_id AS "importerOrgId", manufacturer_facility_id AS "facilityId" FROM entries WHERE id = $1', [
        input.entryId,
      ])) as { reference: string; importerId: string; importerOrgId: string | null; facilityId: string | null }[];
      if (appended) {
        // The facility a supervisor confirmed on a near match becomes the entry's manufacturer.
        await em.query('UPDATE entries SET status = $2, hold_reasons = $3, proof = $4, manufacturer_facility_id = COALESCE($5, manufacturer_facility_id) WHERE id = $1', [
          input.entryId,
          input.status,
          JSON.stringify(input.reasons),
          input.proof ? JSON.stringify(input.proof) : null,
          input.manufacturerFacilityId ?? null,
        ]);
        const deadlines = new DeadlineRepository(em);
        for (const d of input.deadlines) {
          // An importer watches the clocks it owes; the others (CBP's) have no assignee.
          await deadlines.upsert({ entryId: input.entryId, facilityId: input.manufacturerFacilityId ?? row.facilityId, assigneeId: d.owedBy === 'IMPORTER' ? row.importerId : null }, d);
        }
        await notifyEntryEvent(em, input, row.reference, row.importerId);
        await announce(em, { stream: 'entry', id: input.entryId, sequence: input.sequence, type: input.type, importerId: row.importerId, importerOrgId: row.importerOrgId, occurredAt: input.occurredAt });
      }
      return { sequence: input.sequence, hash, reference: row.reference };
    });

  private async createRow(em: EntityManager, input: AppendEntryEventInput): Promise<void> {
    const f = input.filing!;
    await em.query(
      `INSERT INTO entries (id, reference, importer_id, importer_org_id, manufacturer_facility_id, manufacturer_name, product_category, hts_code, quantity,
                            value_usd, imported_at, certification, status, last_sequence, last_hash)
       VALUES ($1, 'ENT-' || to_char($2::timestamptz AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(nextval('entry_reference_seq')::text, 6, '0'),
               $3, (SELECT organisation_id FROM users WHERE id = $3), $4, $5, $6, $7, $8, $9, $10, $11, $12, 0, $13)
       ON CONFLICT (id) DO NOTHING`,
      [input.entryId, input.occurredAt, f.importerId, f.manufacturer.facilityId, f.manufacturer.name, f.productCategory, f.htsCode, f.quantity,
       f.valueUsd, f.importedAt, JSON.stringify(f.certification), input.status, GENESIS_HASH],
    );
  }
}
