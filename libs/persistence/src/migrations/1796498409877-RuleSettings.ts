import { MigrationInterface, QueryRunner } from 'typeorm';

export class RuleSettings1796498409877 implements MigrationInterface {
  name = 'RuleSettings1796498409877';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "settings_versions" ("version" integer NOT NULL, "rules" jsonb NOT NULL, "review_thresholds" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "note" text NOT NULL, CONSTRAINT "PK_255d5d8babde1c04ae44aa70e8f" PRIMARY KEY ("version"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "settings_versions"`);
  }
}
