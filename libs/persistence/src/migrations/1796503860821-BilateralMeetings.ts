import { MigrationInterface, QueryRunner } from 'typeorm';

export class BilateralMeetings1796503860821 implements MigrationInterface {
  name = 'BilateralMeetings1796503860821';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "bilateral_meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "held_on" date NOT NULL, "set_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_60d7bde8e22c44a1ff808fc402a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_bilateral_meetings_held_on" ON "bilateral_meetings" ("held_on") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_bilateral_meetings_held_on"`);
    await queryRunner.query(`DROP TABLE "bilateral_meetings"`);
  }
}
