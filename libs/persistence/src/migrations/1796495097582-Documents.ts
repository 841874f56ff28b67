import { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1796495097582 implements MigrationInterface {
  name = 'Documents1796495097582';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid, "entry_id" uuid, "name" text NOT NULL, "media_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_documents_entry" ON "documents" ("entry_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_documents_case" ON "documents" ("case_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_documents_case"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_documents_entry"`);
    await queryRunner.query(`DROP TABLE "documents"`);
  }
}
