import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795931755918 implements MigrationInterface {
  name = 'Foundation1795931755918';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Numbers the human case references (MOU-<year>-<n>); not tied to a column, so TypeORM leaves it alone.
    await queryRunner.query(`CREATE SEQUENCE "case_reference_seq"`);
    await queryRunner.query(`CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "actor_id" text, "action" text NOT NULL, "outcome" text NOT NULL, "target" text, "details" jsonb NOT NULL DEFAULT '{}', "ip" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_at" ON "audit_events" ("at") `);
    await queryRunner.query(`CREATE TABLE "facilities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "province" text, "address" text, "status" text NOT NULL DEFAULT 'NONE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e6c685b2e1195e6d6394a22bc7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "role" text NOT NULL, "password_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_users_email" ON "users" ("email") `);
    await queryRunner.query(`CREATE TABLE "cases" ("id" uuid NOT NULL, "reference" text NOT NULL, "facility_id" uuid NOT NULL, "allegation_summary" text NOT NULL, "allegation_source" text NOT NULL, "product_categories" text array NOT NULL DEFAULT '{}', "stage" text NOT NULL, "outcome" text, "assignee_id" uuid NOT NULL, "opened_by" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "next_deadline_at" TIMESTAMP WITH TIME ZONE, "escalation_level" integer NOT NULL DEFAULT '0', "last_sequence" integer NOT NULL, "last_hash" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_cases_reference" ON "cases" ("reference") `);
    await queryRunner.query(`CREATE INDEX "IDX_cases_stage" ON "cases" ("stage") `);
    await queryRunner.query(`CREATE INDEX "IDX_cases_assignee_next_deadline" ON "cases" ("assignee_id", "next_deadline_at") `);
    await queryRunner.query(`CREATE TABLE "case_events" ("case_id" uuid NOT NULL, "sequence" integer NOT NULL, "type" text NOT NULL, "actor_id" text NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_56202d68fed92d0cd959d863171" PRIMARY KEY ("case_id", "sequence"))`);
    await queryRunner.query(`CREATE TABLE "idempotency_keys" ("user_id" uuid NOT NULL, "key" text NOT NULL, "operation" text NOT NULL, "request_hash" text NOT NULL, "resource_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_392b1af86f210d98d3f0c764728" PRIMARY KEY ("user_id", "key"))`);
    await queryRunner.query(`CREATE TABLE "product_categories" ("code" text NOT NULL, "name" text NOT NULL, "hts" text NOT NULL, "source" text NOT NULL, CONSTRAINT "PK_03fac833e3bd77ac88846805305" PRIMARY KEY ("code"))`);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "FK_cases_facility" FOREIGN KEY ("facility_id") REFERENCES "facilities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "FK_cases_assignee" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_events" ADD CONSTRAINT "FK_case_events_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_events" DROP CONSTRAINT "FK_case_events_case"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_cases_assignee"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_cases_facility"`);
    await queryRunner.query(`DROP TABLE "product_categories"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP TABLE "case_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_assignee_next_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_stage"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_cases_reference"`);
    await queryRunner.query(`DROP TABLE "cases"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_users_email"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "facilities"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_at"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP SEQUENCE "case_reference_seq"`);
  }
}
