import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's page read from indexes in its own order (due_at, then id), with every column its
 * filters test inside them (state, kind, subject, facility, assignee), so the 50 soonest clocks in a
 * state are found without sorting the state or reading the table: clocks with a due instant, clocks
 * without one, and paused clocks.
 */
export class BoardPageIndexes1796512417000 implements MigrationInterface {
  name = 'BoardPageIndexes1796512417000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_deadlines_board_due" ON "deadlines" ("status", "due_at", "id", "paused", "at_risk_at", "kind", "facility_id", "assignee_id", "case_id") WHERE "due_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_deadlines_board_undue" ON "deadlines" ("status", "id", "paused", "at_risk_at", "kind", "facility_id", "assignee_id", "case_id") WHERE "due_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_deadlines_board_paused" ON "deadlines" ("due_at", "id", "status") WHERE "paused"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_deadlines_board_paused"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deadlines_board_undue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deadlines_board_due"`);
  }
}
