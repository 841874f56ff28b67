import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewFactsCsv1795944406700 implements MigrationInterface {
  name = 'ReviewFactsCsv1795944406700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reviews" ADD "report_facts_csv" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reviews" DROP COLUMN "report_facts_csv"`);
  }
}
