import { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleAndOrganisations1796494732311 implements MigrationInterface {
  name = 'PeopleAndOrganisations1796494732311';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_organisations_name" ON "organisations" ("name") `);
    await queryRunner.query(`CREATE TABLE "password_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "purpose" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ac2d6833bc67a2684b10875ac4c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_password_links_token_hash" ON "password_links" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_password_links_user" ON "password_links" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "organisation_id" uuid`);
    await queryRunner.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "entries" ADD "importer_org_id" uuid`);
    await queryRunner.query(`ALTER TABLE "product_categories" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "product_categories" ADD "retired_source" text`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
    // Back-fill: each importer user so far was its own importer; it becomes an organisation of its
    // name (suffixed when two share one) and its entries belong to it.
    await queryRunner.query(
      `INSERT INTO "organisations" ("name")
       SELECT CASE WHEN count(*) OVER (PARTITION BY display_name) > 1 THEN display_name || ' (' || email || ')' ELSE display_name END
       FROM "users" WHERE role = 'importer'`,
    );
    await queryRunner.query(
      `UPDATE "users" u SET organisation_id = o.id FROM "organisations" o
       WHERE u.role = 'importer' AND (o.name = u.display_name OR o.name = u.display_name || ' (' || u.email || ')')`,
    );
    await queryRunner.query(`UPDATE "entries" e SET importer_org_id = u.organisation_id FROM "users" u WHERE u.id = e.importer_id`);
    await queryRunner.query(`CREATE INDEX "IDX_entries_importer_org" ON "entries" ("importer_org_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_users_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "entries" ADD CONSTRAINT "FK_entries_importer_org" FOREIGN KEY ("importer_org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "password_links" ADD CONSTRAINT "FK_password_links_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_links" DROP CONSTRAINT "FK_password_links_user"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "FK_entries_importer_org"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_users_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_entries_importer_org"`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "product_categories" DROP COLUMN "retired_source"`);
    await queryRunner.query(`ALTER TABLE "product_categories" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "importer_org_id"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "organisation_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_password_links_user"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_password_links_token_hash"`);
    await queryRunner.query(`DROP TABLE "password_links"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_organisations_name"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
  }
}
