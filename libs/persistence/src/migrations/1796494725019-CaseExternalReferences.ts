import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseExternalReferences1796494725019 implements MigrationInterface {
  name = 'CaseExternalReferences1796494725019';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_external_references" ("external_reference" text NOT NULL, "case_id" uuid NOT NULL, "imported_by" uuid NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_fd0e1d789af160e84c2e5d04bc0" UNIQUE ("case_id"), CONSTRAINT "PK_735b5d296e7732541134ccf637c" PRIMARY KEY ("external_reference"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "case_external_references"`);
  }
}
