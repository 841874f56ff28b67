import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '@mou/config';
import { createDataSource } from '@mou/persistence';
import { connectWithRetry, prepareNamespace } from '@mou/temporal';
import { waitForPort } from '../../tools/stack/free-port';
import {
  freeTemporalPorts,
  postgresEndpoint,
  prepareTemporalDatabases,
  startTemporalServer,
  TemporalPorts,
  TemporalServer,
} from '../../tools/stack/temporal-server';
import { ChildPostgres, prepareDatabase, REPO_ROOT, reliabilityConfig, sleep, spawnPostgres, stablePort, workerEnv } from '../reliability/support';

/**
 * The cluster profile for one suite: its own PostgreSQL (a child process, so that it can be
 * SIGKILLed), the Temporal server persisting to it with config/temporal/* (16 history shards),
 * the namespace prepared as `npm run start:cluster` prepares it, and a migrated, seeded application
 * database. Workers and API instances are started by the suite (spawnWorker, startApi, spawnApi).
 */
export interface ClusterUnderTest {
  dir: string;
  config: AppConfig;
  /** The application's database. */
  db: DataSource;
  temporal: TemporalServer;
  ports: TemporalPorts;
  /** SIGKILLs the Temporal server, as a crash would. */
  crashTemporal(): Promise<void>;
  /** Starts the Temporal server again on the same databases and ports. */
  restartTemporal(): Promise<void>;
  /** SIGKILLs the postmaster and every backend of PostgreSQL at once, as a crash of its machine would. */
  crashPostgres(): Promise<void>;
  /** Starts PostgreSQL again on the same data directory and port (crash recovery from its WAL). */
  restartPostgres(): Promise<void>;
  /** The last lines of the Temporal server's log, for diagnostics. */
  temporalLog(lines?: number): string;
  stop(): Promise<void>;
}

/** History shards of every cluster in this tier: config/temporal/server.yaml's default, as docker-compose.yml runs it. */
export const CLUSTER_SHARDS = 16;

export async function startCluster(name: string): Promise<ClusterUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), `mou-cluster-${name}-`));
  chmodSync(dir, 0o755); // the postgres system user must traverse it when tests run as root
  const pgDir = join(dir, 'pg');
  const pgPort = await stablePort();
  let pg: ChildPostgres = await spawnPostgres(pgDir, pgPort);
  const postgres = postgresEndpoint(pg.adminUrl);
  await prepareTemporalDatabases(postgres);
  const ports = await freeTemporalPorts();
  const logFile = join(dir, 'temporal.log');
  const startTemporal = () => startTemporalServer({ postgres, ports, logFile });
  let temporal = await startTemporal();
  const connection = await connectWithRetry(temporal.address, 120_000);
  await prepareNamespace(connection, 'default');
  await connection.close();
  const url = await prepareDatabase(pg.adminUrl, name);
  const config = reliabilityConfig(url, temporal.address);
  const db = await createDataSource(url).initialize();

  const cluster: ClusterUnderTest = {
    dir,
    config,
    db,
    temporal,
    ports,
    async crashTemporal() {
      await temporal.kill();
    },
    async restartTemporal() {
      temporal = await startTemporal();
      cluster.temporal = temporal;
    },
    async crashPostgres() {
      const postmaster = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      const backends = childPids(postmaster);
      for (const pid of [postmaster, ...backends]) killQuietly(pid);
      pg.process.kill('SIGKILL');
      for (let i = 0; i < 100 && [postmaster, ...backends].some(alive); i++) await sleep(100);
    },
    async restartPostgres() {
      pg = await spawnPostgres(pgDir, pgPort, 90_000);
    },
    temporalLog(lines = 40) {
      return existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n') : '';
    },
    async stop() {
      await db.destroy().catch(() => undefined);
      await temporal.stop();
      await pg.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}

function childPids(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** An API instance as its own process (apps/api/src/main.ts from sources) on a port, so that it can be SIGKILLed. */
export interface ChildApi {
  url: string;
  process: ChildProcess;
  output: string[];
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function spawnApi(config: AppConfig, port: number): Promise<ChildApi> {
  const env = { ...workerEnv(config), API_PORT: String(port), API_HOST: '127.0.0.1', SEED_DEMO_USERS: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '10000' };
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(REPO_ROOT, 'test/cluster/api-child.ts')], {
    cwd: REPO_ROOT,
    env: { ...env, TS_NODE_PROJECT: join(REPO_ROOT, 'tsconfig.json') },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  const keep = (d: Buffer) => {
    output.push(d.toString());
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const early = exited.then(() => {
    throw new Error(`API instance exited before listening:\n${output.join('')}`);
  });
  early.catch(() => undefined);
  await Promise.race([waitForPort('127.0.0.1', port, 90_000), early]);
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    output,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
