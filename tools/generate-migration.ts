/**
 * Writes a migration with the SQL that brings a database at the current migrations up to the
 * entities. Usage: npm run migration:generate -- <Name>
 * Starts its own throwaway PostgreSQL unless DATABASE_URL is set.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '@mou/persistence';
import { ensureDatabase, startEmbeddedPostgres } from './stack/embedded-postgres';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
  const server = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ databaseDir: mkdtempSync(join(tmpdir(), 'mou-gen-')) });
  try {
    const url = process.env.DATABASE_URL ?? (await ensureDatabase(server!.adminUrl, 'mou_generate'));
    const ds = createDataSource(url);
    await ds.initialize();
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    if (sql.upQueries.length === 0) {
      console.log('Entities and migrations agree; nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
    const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((u) => `    await queryRunner.query(${q(u.query)});`).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map((d) => `    await queryRunner.query(${q(d.query)});`).join('\n')}
  }
}
`;
    const file = join(__dirname, '..', 'libs', 'persistence', 'src', 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(file, body);
    console.log(`Wrote ${file}; add it to libs/persistence/src/migrations/index.ts`);
  } finally {
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
