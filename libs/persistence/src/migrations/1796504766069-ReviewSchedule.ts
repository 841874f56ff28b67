import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewSchedule1796504766069 implements MigrationInterface {
  name = 'ReviewSchedule1796504766069';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "settings_versions" ADD "review_schedule" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "settings_versions" DROP COLUMN "review_schedule"`);
  }
}
