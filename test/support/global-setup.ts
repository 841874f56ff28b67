import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
// globalSetup runs outside jest's moduleNameMapper, so the libraries are imported by path.
import { connectWithRetry } from '../../libs/temporal/src/connect';
import { registerSearchAttributes } from '../../libs/temporal/src/register-search-attributes';
import { workflowBundleOptions } from '../../libs/temporal/src/workflow-bundle';
import { startEmbeddedPostgres } from '../../tools/stack/embedded-postgres';
import { startTemporalDevServer } from '../../tools/stack/temporal-dev-server';

/**
 * Starts what the integration suites share: one real PostgreSQL (each suite makes its own
 * database in it), one Temporal dev server (each suite uses its own task queue), and the
 * workflow bundle, built once. DATABASE_URL / TEMPORAL_ADDRESS, when set, are used instead.
 */
export default async function globalSetup(): Promise<void> {
  const root = resolve(__dirname, '../..');
  const scratch = mkdtempSync(join(tmpdir(), 'mou-test-'));
  chmodSync(scratch, 0o755); // the postgres system user must traverse it when tests run as root
  const handles: { stop(): Promise<void> }[] = [];

  if (!process.env.TEST_DATABASE_ADMIN_URL) {
    if (process.env.DATABASE_URL) {
      process.env.TEST_DATABASE_ADMIN_URL = process.env.DATABASE_URL;
    } else {
      const pg = await startEmbeddedPostgres({ databaseDir: join(scratch, 'pg') });
      handles.push(pg);
      process.env.TEST_DATABASE_ADMIN_URL = pg.adminUrl;
    }
  }
  if (!process.env.TEST_TEMPORAL_ADDRESS) {
    if (process.env.TEMPORAL_ADDRESS) {
      process.env.TEST_TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS;
    } else {
      const temporal = await startTemporalDevServer();
      handles.push(temporal);
      process.env.TEST_TEMPORAL_ADDRESS = temporal.address;
    }
  }
  const connection = await connectWithRetry(process.env.TEST_TEMPORAL_ADDRESS);
  await registerSearchAttributes(connection, 'default');
  await connection.close();
  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions(root), logger: quietLogger });
  const bundlePath = join(scratch, 'workflow-bundle.js');
  writeFileSync(bundlePath, code);
  process.env.TEST_WORKFLOW_BUNDLE_PATH = bundlePath;
  process.env.TEST_SCRATCH_DIR = scratch;
  (globalThis as { __mouStack?: typeof handles }).__mouStack = handles;
}

const quietLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
};
