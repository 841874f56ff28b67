import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportControls1795933324656 implements MigrationInterface {
  name = 'ImportControls1795933324656';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Numbers the human entry references (ENT-<year>-<n>).
    await queryRunner.query(`CREATE SEQUENCE "entry_reference_seq"`);
    await queryRunner.query(`CREATE TABLE "entry_events" ("sequence" integer NOT NULL, "type" text NOT NULL, "actor_id" text NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "prev_hash" text NOT NULL, "hash" text NOT NULL, "entry_id" uuid NOT NULL, CONSTRAINT "PK_818c4bf72859a9e938db850f846" PRIMARY KEY ("sequence", "entry_id"))`);
    await queryRunner.query(`CREATE TABLE "facility_events" ("sequence" integer NOT NULL, "type" text NOT NULL, "actor_id" text NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "prev_hash" text NOT NULL, "hash" text NOT NULL, "facility_id" uuid NOT NULL, CONSTRAINT "PK_db3e7a3494064e7878d042ee0ee" PRIMARY KEY ("sequence", "facility_id"))`);
    await queryRunner.query(`CREATE TABLE "entries" ("id" uuid NOT NULL, "reference" text NOT NULL, "importer_id" uuid NOT NULL, "manufacturer_facility_id" uuid, "manufacturer_name" text NOT NULL, "product_category" text NOT NULL, "hts_code" text NOT NULL, "quantity" numeric(14,2) NOT NULL, "value_usd" numeric(14,2) NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "certification" jsonb NOT NULL, "status" text NOT NULL, "hold_reasons" jsonb NOT NULL DEFAULT '[]', "proof" jsonb, "last_sequence" integer NOT NULL, "last_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_23d4e7e9b58d9939f113832915b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_entries_reference" ON "entries" ("reference") `);
    await queryRunner.query(`CREATE INDEX "IDX_entries_facility_status" ON "entries" ("manufacturer_facility_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_entries_importer" ON "entries" ("importer_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "approvals" ADD "facility_id" uuid`);
    await queryRunner.query(`ALTER TABLE "deadlines" ADD "entry_id" uuid`);
    await queryRunner.query(`ALTER TABLE "facilities" ADD "last_sequence" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "facilities" ADD "last_hash" text NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000'`);
    await queryRunner.query(`ALTER TABLE "product_categories" ADD "high_risk" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "approvals" ALTER COLUMN "case_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "deadlines" ALTER COLUMN "case_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "deadlines" ALTER COLUMN "facility_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "deadlines" ALTER COLUMN "assignee_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_deadlines_entry" ON "deadlines" ("entry_id") `);
    await queryRunner.query(`ALTER TABLE "entries" ADD CONSTRAINT "FK_entries_importer" FOREIGN KEY ("importer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "FK_entries_importer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deadlines_entry"`);
    await queryRunner.query(`ALTER TABLE "deadlines" ALTER COLUMN "assignee_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "deadlines" ALTER COLUMN "facility_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "deadlines" ALTER COLUMN "case_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "approvals" ALTER COLUMN "case_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "product_categories" DROP COLUMN "high_risk"`);
    await queryRunner.query(`ALTER TABLE "facilities" DROP COLUMN "last_hash"`);
    await queryRunner.query(`ALTER TABLE "facilities" DROP COLUMN "last_sequence"`);
    await queryRunner.query(`ALTER TABLE "deadlines" DROP COLUMN "entry_id"`);
    await queryRunner.query(`ALTER TABLE "approvals" DROP COLUMN "facility_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_entries_importer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_entries_facility_status"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_entries_reference"`);
    await queryRunner.query(`DROP TABLE "entries"`);
    await queryRunner.query(`DROP TABLE "facility_events"`);
    await queryRunner.query(`DROP TABLE "entry_events"`);
    await queryRunner.query(`DROP SEQUENCE "entry_reference_seq"`);
  }
}
