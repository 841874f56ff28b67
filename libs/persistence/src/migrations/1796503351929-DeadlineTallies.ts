import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's running counts (deadline_tallies), kept by every statement that writes deadlines, in
 * its own transaction: one AFTER trigger per INSERT, UPDATE and DELETE with the statement's
 * transition tables, which adds the statement's net change per bucket and filter key in one
 * upsert, in key order (so concurrent writers lock the tally rows in the same order). A row whose
 * bucket and key stay as they were changes nothing and locks nothing. The buckets follow the
 * clock-state rule (docs/domain.md §4, CLOCK_STATE_RULE in libs/domain): met, missed, cancelled by
 * status (cancelled not counted); an open clock is paused, or running (then on track, at risk or
 * overdue by time, which the board counts from the indexes at read time).
 */
const BUCKET = `CASE WHEN r.status IN ('met', 'missed') THEN r.status WHEN r.status = 'open' THEN CASE WHEN r.paused THEN 'paused' ELSE 'running' END END`;
const KEY = `r.kind, CASE WHEN r.case_id IS NOT NULL THEN 'case' ELSE 'entry' END, COALESCE(r.facility_id::text, ''), COALESCE(r.assignee_id::text, '')`;
const rows = (table: string, sign: 1 | -1) => `SELECT ${BUCKET} AS bucket, ${KEY}, ${sign} AS n FROM ${table} r`;
const apply = (source: string) => `
    INSERT INTO deadline_tallies (bucket, kind, subject, facility_id, assignee_id, n)
    SELECT bucket, kind, subject, facility_id, assignee_id, sum(n)::int FROM (${source}) AS c(bucket, kind, subject, facility_id, assignee_id, n)
     WHERE bucket IS NOT NULL
     GROUP BY bucket, kind, subject, facility_id, assignee_id
    HAVING sum(n) <> 0
     ORDER BY bucket, kind, subject, facility_id, assignee_id
    ON CONFLICT (bucket, kind, subject, facility_id, assignee_id) DO UPDATE SET n = deadline_tallies.n + EXCLUDED.n;`;

export class DeadlineTallies1796503351929 implements MigrationInterface {
  name = 'DeadlineTallies1796503351929';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "deadline_tallies" ("bucket" text NOT NULL, "kind" text NOT NULL, "subject" text NOT NULL, "facility_id" text NOT NULL, "assignee_id" text NOT NULL, "n" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_f4be14dc2458fefdca0650b248b" PRIMARY KEY ("bucket", "kind", "subject", "facility_id", "assignee_id"))`);
    await queryRunner.query(`CREATE FUNCTION deadline_tallies_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN${apply(rows('new_rows', 1))}
  ELSIF TG_OP = 'DELETE' THEN${apply(rows('old_rows', -1))}
  ELSE${apply(`${rows('new_rows', 1)} UNION ALL ${rows('old_rows', -1)}`)}
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION deadline_tallies_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM deadline_tallies;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER deadline_tallies_insert AFTER INSERT ON deadlines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deadline_tallies_apply()`);
    await queryRunner.query(`CREATE TRIGGER deadline_tallies_update AFTER UPDATE ON deadlines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deadline_tallies_apply()`);
    await queryRunner.query(`CREATE TRIGGER deadline_tallies_delete AFTER DELETE ON deadlines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deadline_tallies_apply()`);
    await queryRunner.query(`CREATE TRIGGER deadline_tallies_truncate AFTER TRUNCATE ON deadlines FOR EACH STATEMENT EXECUTE FUNCTION deadline_tallies_clear()`);
    // The clocks already written.
    await queryRunner.query(apply(rows('deadlines', 1)));
    // The board's two range counts over running clocks, read from these indexes alone.
    await queryRunner.query(`CREATE INDEX "IDX_deadlines_running_at_risk" ON "deadlines" ("at_risk_at", "due_at") WHERE "status" = 'open' AND NOT "paused"`);
    await queryRunner.query(`CREATE INDEX "IDX_deadlines_running_due" ON "deadlines" ("due_at") WHERE "status" = 'open' AND NOT "paused"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_deadlines_running_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deadlines_running_at_risk"`);
    await queryRunner.query(`DROP TRIGGER deadline_tallies_truncate ON deadlines`);
    await queryRunner.query(`DROP TRIGGER deadline_tallies_delete ON deadlines`);
    await queryRunner.query(`DROP TRIGGER deadline_tallies_update ON deadlines`);
    await queryRunner.query(`DROP TRIGGER deadline_tallies_insert ON deadlines`);
    await queryRunner.query(`DROP FUNCTION deadline_tallies_clear()`);
    await queryRunner.query(`DROP FUNCTION deadline_tallies_apply()`);
    await queryRunner.query(`DROP TABLE "deadline_tallies"`);
  }
}
