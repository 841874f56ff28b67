/** Production one-shot: migrations, reference data, the Temporal namespace and its search attributes. Used by docker-compose's `migrate`. */
import { ConfigError, loadConfig } from '@mou/config';
import { createDataSource, migrate, seedReferenceData } from '@mou/persistence';
import { connectWithRetry, prepareNamespace } from '@mou/temporal';

async function main(): Promise<void> {
  const config = loadConfig();
  const applied = await migrate(config.DATABASE_URL);
  console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Schema up to date');
  const ds = await createDataSource(config.DATABASE_URL).initialize();
  await seedReferenceData(ds);
  await ds.destroy();
  const connection = await connectWithRetry(config.TEMPORAL_ADDRESS, 180_000);
  await prepareNamespace(connection, config.TEMPORAL_NAMESPACE);
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
