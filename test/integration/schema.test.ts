import { randomBytes } from 'node:crypto';
import { createDataSource, migrate } from '@mou/persistence';
import { ensureDatabase } from '../../tools/stack/embedded-postgres';

describe('schema and migrations', () => {
  let url: string;

  beforeAll(async () => {
    url = await ensureDatabase(process.env.TEST_DATABASE_ADMIN_URL!, `mou_schema_${randomBytes(3).toString('hex')}`);
    await migrate(url);
  });

  it('matches the entities exactly: generating a migration yields nothing', async () => {
    const ds = await createDataSource(url).initialize();
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('reverts every migration with its down(), and applies them again', async () => {
    const ds = await createDataSource(url).initialize();
    try {
      while ((await ds.query('SELECT count(*)::int AS n FROM migrations'))[0].n > 0) await ds.undoLastMigration();
      const tables = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(tables).toEqual([]);
      const ran = await ds.runMigrations();
      expect(ran.length).toBeGreaterThan(0);
      expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
