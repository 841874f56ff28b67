import { MigrationInterface, QueryRunner } from 'typeorm';
import { chainExistingRecords } from '../record-chain';

export class RecordChains1796507668670 implements MigrationInterface {
  name = 'RecordChains1796507668670';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "record_events" ("sequence" integer NOT NULL, "type" text NOT NULL, "actor_id" text NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "prev_hash" text NOT NULL, "hash" text NOT NULL, "record_kind" text NOT NULL, "record_id" text NOT NULL, CONSTRAINT "PK_9a5cfbc7e723eebf82c310ae3c7" PRIMARY KEY ("sequence", "record_kind", "record_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_record_events_chain" ON "record_events" ("record_kind", "record_id", "sequence") `);
    await queryRunner.query(`CREATE TABLE "record_heads" ("record_kind" text NOT NULL, "record_id" text NOT NULL, "last_sequence" integer NOT NULL DEFAULT '0', "last_hash" text NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d283c544481a0d182a253a10db" PRIMARY KEY ("record_kind", "record_id"))`);
    await queryRunner.query(`CREATE TABLE "chain_breaks" ("id" BIGSERIAL NOT NULL, "subject" text NOT NULL, "record_id" text NOT NULL, "label" text NOT NULL, "break_kind" text NOT NULL, "broken_at" integer NOT NULL, "reason" text NOT NULL, "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fa1ba59cd7a8ae9bf5ebaac5b57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_chain_breaks_open" ON "chain_breaks" ("subject", "record_id", "break_kind", "broken_at") WHERE resolved_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "chain_checks" ("id" BIGSERIAL NOT NULL, "kind" text NOT NULL, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "chains" integer NOT NULL, "broken" integer NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_4ddf93e7b969dde557cb212b484" PRIMARY KEY ("id"))`);
    // Every record already stored starts its chain here, with the digest of its row.
    await chainExistingRecords(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "chain_checks"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_chain_breaks_open"`);
    await queryRunner.query(`DROP TABLE "chain_breaks"`);
    await queryRunner.query(`DROP TABLE "record_heads"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_record_events_chain"`);
    await queryRunner.query(`DROP TABLE "record_events"`);
  }
}
