import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnforcementRegister1796502856907 implements MigrationInterface {
  name = 'EnforcementRegister1796502856907';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "enforcement_orders" ("id" uuid NOT NULL, "reference" text NOT NULL, "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'ACTIVE', "facility_id" uuid NOT NULL, "product_categories" text array NOT NULL DEFAULT '{}', "legal_basis" text NOT NULL, "reason" text NOT NULL, "case_id" uuid, "effective_from" date NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "requested_by" text NOT NULL, "approved_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_1caecf092b2dcc8d2348a9af53f" UNIQUE ("reference"), CONSTRAINT "PK_b821295b09028327f4b2ecb8ecf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_enforcement_orders_facility" ON "enforcement_orders" ("facility_id", "status") `);
    await queryRunner.query(`ALTER TABLE "facilities" ADD "aliases" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "facilities" ADD "chinese_name" text`);
    await queryRunner.query(`ALTER TABLE "facilities" ADD "pinyin" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "facilities" DROP COLUMN "pinyin"`);
    await queryRunner.query(`ALTER TABLE "facilities" DROP COLUMN "chinese_name"`);
    await queryRunner.query(`ALTER TABLE "facilities" DROP COLUMN "aliases"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_enforcement_orders_facility"`);
    await queryRunner.query(`DROP TABLE "enforcement_orders"`);
  }
}
