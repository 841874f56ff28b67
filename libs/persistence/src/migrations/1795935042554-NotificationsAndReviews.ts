import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsAndReviews1795935042554 implements MigrationInterface {
  name = 'NotificationsAndReviews1795935042554';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" text NOT NULL, "recipient_id" uuid NOT NULL, "channel" text NOT NULL, "kind" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "link" text, "attachments" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notifications_dedupe" ON "notifications" ("dedupe_key") `);
    await queryRunner.query(`CREATE INDEX "IDX_notifications_inbox" ON "notifications" ("recipient_id", "channel", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_notifications_dispatch" ON "notifications" ("channel", "status", "next_attempt_at") `);
    await queryRunner.query(`CREATE TABLE "reviews" ("id" text NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "status" text NOT NULL, "interim" jsonb NOT NULL DEFAULT '[]', "recommendation" text, "flags" text array NOT NULL DEFAULT '{}', "decision" jsonb, "metrics" jsonb, "report_md" text, "report_html" text, "report_pdf" bytea, "signed_off_by" uuid, "signed_off_at" TIMESTAMP WITH TIME ZONE, "sign_off_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "escalations" ADD "reminders" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "escalations" ADD "last_reminded_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "escalations" DROP COLUMN "last_reminded_at"`);
    await queryRunner.query(`ALTER TABLE "escalations" DROP COLUMN "reminders"`);
    await queryRunner.query(`DROP TABLE "reviews"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_dispatch"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_inbox"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_notifications_dedupe"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
