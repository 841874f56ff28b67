import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnforcementOrderHistory1796503059805 implements MigrationInterface {
  name = 'EnforcementOrderHistory1796503059805';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "enforcement_order_events" ("sequence" integer NOT NULL, "type" text NOT NULL, "actor_id" text NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "prev_hash" text NOT NULL, "hash" text NOT NULL, "order_id" uuid NOT NULL, CONSTRAINT "PK_b25c46ca916e03c1d9e837ab2c7" PRIMARY KEY ("sequence", "order_id"))`);
    await queryRunner.query(`ALTER TABLE "approvals" ADD "order_id" uuid`);
    await queryRunner.query(`ALTER TABLE "enforcement_orders" ADD "pending_request" jsonb`);
    await queryRunner.query(`ALTER TABLE "enforcement_orders" ADD "last_sequence" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "enforcement_orders" ADD "last_hash" text NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000'`);
    await queryRunner.query(`ALTER TABLE "enforcement_orders" ALTER COLUMN "issued_at" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enforcement_orders" ALTER COLUMN "issued_at" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "enforcement_orders" DROP COLUMN "last_hash"`);
    await queryRunner.query(`ALTER TABLE "enforcement_orders" DROP COLUMN "last_sequence"`);
    await queryRunner.query(`ALTER TABLE "enforcement_orders" DROP COLUMN "pending_request"`);
    await queryRunner.query(`ALTER TABLE "approvals" DROP COLUMN "order_id"`);
    await queryRunner.query(`DROP TABLE "enforcement_order_events"`);
  }
}
