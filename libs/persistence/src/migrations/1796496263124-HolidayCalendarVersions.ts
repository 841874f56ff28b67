import { MigrationInterface, QueryRunner } from 'typeorm';

export class HolidayCalendarVersions1796496263124 implements MigrationInterface {
  name = 'HolidayCalendarVersions1796496263124';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "holiday_calendar_versions" ("calendar_id" text NOT NULL, "version" integer NOT NULL, "holidays" text array NOT NULL, "change" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e7ed28ef18f2550aa43c6c7f0f8" PRIMARY KEY ("calendar_id", "version"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "holiday_calendar_versions"`);
  }
}
