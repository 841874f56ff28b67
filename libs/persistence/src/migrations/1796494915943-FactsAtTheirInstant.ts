import { MigrationInterface, QueryRunner } from 'typeorm';

export class FactsAtTheirInstant1796494915943 implements MigrationInterface {
  name = 'FactsAtTheirInstant1796494915943';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "facility_status_changes" ADD "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "facility_status_changes" DROP COLUMN "recorded_at"`);
  }
}
