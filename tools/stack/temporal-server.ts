import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { waitForPort } from './free-port';
import { projectRoot, temporalSchemaDir, temporalServerPath, temporalSqlToolPath, temporalUiServerPath } from './temporal-binaries';
import { stopChild } from './temporal-dev-server';

/**
 * The Temporal server (go.temporal.io/server) persisting to PostgreSQL, configured by
 * config/temporal/server.yaml and config/temporal/dynamicconfig.yaml — the same files the
 * `temporal` service of docker-compose.yml mounts.
 */

export const TEMPORAL_CONFIG_DIR = (): string => join(projectRoot(), 'config', 'temporal');

export interface PostgresEndpoint {
  host: string;
  port: number;
  user: string;
  password: string;
}

/** host, port, user and password of a postgres:// URL (the database part is Temporal's own). */
export function postgresEndpoint(url: string): PostgresEndpoint {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 5432), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
}

/**
 * The server's nine ports, at Temporal's usual distances from the frontend's gRPC port
 * (7233 → history 7234, matching 7235, worker 7239, HTTP 7243, membership 6933–6939).
 */
export interface TemporalPorts {
  frontend: number;
  frontendHttp: number;
  frontendMembership: number;
  history: number;
  historyMembership: number;
  matching: number;
  matchingMembership: number;
  worker: number;
  workerMembership: number;
}

export function temporalPorts(frontend: number): TemporalPorts {
  return {
    frontend,
    frontendHttp: frontend + 10,
    frontendMembership: frontend - 300,
    history: frontend + 1,
    historyMembership: frontend - 299,
    matching: frontend + 2,
    matchingMembership: frontend - 298,
    worker: frontend + 6,
    workerMembership: frontend - 294,
  };
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A frontend port in 20300–29989 whose eight companions are free too, below Linux's ephemeral range
 * so that a server stopped and started again finds its ports still free.
 */
export async function freeTemporalPorts(): Promise<TemporalPorts> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const ports = temporalPorts(20_300 + Math.floor(Math.random() * 9_680));
    const free = await Promise.all(Object.values(ports).map(portFree));
    if (free.every(Boolean)) return ports;
  }
  throw new Error('no free set of Temporal ports in 20000–29999');
}

function serverEnv(pg: PostgresEndpoint, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    POSTGRES_SEEDS: pg.host,
    DB_PORT: String(pg.port),
    POSTGRES_USER: pg.user,
    POSTGRES_PWD: pg.password,
    ...extra,
  };
}

/**
 * Creates the `temporal` and `temporal_visibility` databases when missing and migrates them
 * (config/temporal/setup-schema.sh with the schema tool built into .tools/).
 */
export async function prepareTemporalDatabases(pg: PostgresEndpoint): Promise<void> {
  const env = serverEnv(pg, { SQL_TOOL: temporalSqlToolPath(), SCHEMA_DIR: temporalSchemaDir() });
  try {
    await promisify(execFile)('sh', [join(TEMPORAL_CONFIG_DIR(), 'setup-schema.sh')], { env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    const lines = `${e.stdout ?? ''}${e.stderr ?? ''}`.split('\n').filter((l) => /error|fatal/i.test(l));
    throw new Error(`Setting up Temporal's databases failed: ${e.message}\n${lines.slice(-10).join('\n')}`);
  }
}

export interface TemporalServerOptions {
  postgres: PostgresEndpoint;
  ports: TemporalPorts;
  /** History shards; fixed when the databases are first set up. config/temporal/server.yaml's default (16) unless given. */
  historyShards?: number;
  /** The server's log (warnings and errors) is appended to this file. */
  logFile?: string;
  log?: (line: string) => void;
}

export interface TemporalServer {
  address: string;
  process: ChildProcess;
  /** SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
  /** SIGKILL at once, as a crash would. */
  kill(): Promise<void>;
}

/** Starts the server on its PostgreSQL databases (see prepareTemporalDatabases) and resolves once its frontend answers. */
export async function startTemporalServer(options: TemporalServerOptions): Promise<TemporalServer> {
  const { ports } = options;
  const env = serverEnv(options.postgres, {
    DYNAMIC_CONFIG_FILE_PATH: join(TEMPORAL_CONFIG_DIR(), 'dynamicconfig.yaml'),
    FRONTEND_GRPC_PORT: String(ports.frontend),
    FRONTEND_HTTP_PORT: String(ports.frontendHttp),
    FRONTEND_MEMBERSHIP_PORT: String(ports.frontendMembership),
    HISTORY_GRPC_PORT: String(ports.history),
    HISTORY_MEMBERSHIP_PORT: String(ports.historyMembership),
    MATCHING_GRPC_PORT: String(ports.matching),
    MATCHING_MEMBERSHIP_PORT: String(ports.matchingMembership),
    WORKER_GRPC_PORT: String(ports.worker),
    WORKER_MEMBERSHIP_PORT: String(ports.workerMembership),
    ...(options.historyShards ? { NUM_HISTORY_SHARDS: String(options.historyShards) } : {}),
    ...(process.env.TEMPORAL_LOG_LEVEL ? { LOG_LEVEL: process.env.TEMPORAL_LOG_LEVEL } : {}),
  });
  const child = spawn(temporalServerPath(), ['--config-file', join(TEMPORAL_CONFIG_DIR(), 'server.yaml'), '--allow-no-auth', 'start'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const file = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  let tail = '';
  const onData = (d: Buffer) => {
    const text = d.toString();
    tail = (tail + text).slice(-4000);
    file?.write(text);
    options.log?.(text);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  child.once('exit', () => file?.end());
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`the Temporal server exited early (${signal ?? code}):\n${tail}`))),
  );
  exited.catch(() => undefined);
  await Promise.race([waitForPort('127.0.0.1', ports.frontend, 120_000), exited]);
  return {
    address: `127.0.0.1:${ports.frontend}`,
    process: child,
    stop: () => stopChild(child, 'SIGTERM', 20_000),
    kill: () => stopChild(child, 'SIGKILL', 1_000),
  };
}

/**
 * The Temporal UI server on loopback (config/temporal/ui/development.yaml), when it was built;
 * undefined otherwise.
 */
export async function startTemporalUi(options: { temporalAddress: string; port: number }): Promise<{ url: string; stop(): Promise<void> } | undefined> {
  const binary = temporalUiServerPath();
  if (!binary) return undefined;
  const child = spawn(binary, ['--root', TEMPORAL_CONFIG_DIR(), '--config', 'ui', '--env', 'development', 'start'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TEMPORAL_ADDRESS: options.temporalAddress, TEMPORAL_UI_PORT: String(options.port) },
    stdio: 'ignore',
  });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the Temporal UI server exited (${code})`))));
  exited.catch(() => undefined);
  await Promise.race([waitForPort('127.0.0.1', options.port, 30_000), exited]);
  return { url: `http://127.0.0.1:${options.port}`, stop: () => stopChild(child) };
}
