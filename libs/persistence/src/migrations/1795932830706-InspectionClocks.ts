import { MigrationInterface, QueryRunner } from 'typeorm';

export class InspectionClocks1795932830706 implements MigrationInterface {
  name = 'InspectionClocks1795932830706';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "approvals" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "reason" text NOT NULL, "requested_by" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, CONSTRAINT "PK_690417aaefa84d18b1a59e2a499" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_approvals_status" ON "approvals" ("status", "requested_at") `);
    await queryRunner.query(`CREATE TABLE "deadlines" ("id" text NOT NULL, "case_id" uuid NOT NULL, "key" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "owed_by" text NOT NULL, "legal_basis" text NOT NULL, "facility_id" uuid NOT NULL, "assignee_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "at_risk_at" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL, "paused" boolean NOT NULL DEFAULT false, "met_at" TIMESTAMP WITH TIME ZONE, "escalation_level" integer NOT NULL DEFAULT '0', "next_step_at" TIMESTAMP WITH TIME ZONE, "explanation" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a9b8551c028a78298641a8e3470" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_deadlines_case" ON "deadlines" ("case_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_deadlines_open_at_risk" ON "deadlines" ("status", "at_risk_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_deadlines_open_due" ON "deadlines" ("status", "due_at") `);
    await queryRunner.query(`CREATE TABLE "escalations" ("id" text NOT NULL, "case_id" uuid NOT NULL, "deadline_id" text NOT NULL, "level" integer NOT NULL, "type" text NOT NULL, "description" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_by" uuid, "acknowledged_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_652a394609addaa4b0f2b3032a1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_escalations_open" ON "escalations" ("acknowledged_at", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "facility_status_changes" ("id" text NOT NULL, "facility_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "reason" text NOT NULL, "case_id" uuid, "changed_by" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9e852652d6df021b1258c356a3b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_facility_status_changes_facility" ON "facility_status_changes" ("facility_id", "changed_at") `);
    await queryRunner.query(`ALTER TABLE "cases" ADD "progress" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "progress"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_facility_status_changes_facility"`);
    await queryRunner.query(`DROP TABLE "facility_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_escalations_open"`);
    await queryRunner.query(`DROP TABLE "escalations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deadlines_open_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deadlines_open_at_risk"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deadlines_case"`);
    await queryRunner.query(`DROP TABLE "deadlines"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_approvals_status"`);
    await queryRunner.query(`DROP TABLE "approvals"`);
  }
}
