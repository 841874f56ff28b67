/**
 * Everything a benchmark needs, started on this machine and on loopback only, on one of two engines:
 * `dev`, an embedded PostgreSQL and a Temporal dev server with its history in a SQLite file (as
 * `npm start` runs it); `cluster`, the `npm run start:cluster` profile: an embedded PostgreSQL that
 * also holds Temporal's own databases, and the Temporal server (go.temporal.io/server, built into
 * .tools/bin) persisting to it with config/temporal/* (16 history shards). Then the workflow bundle,
 * the worker and the API each as its own process (as in production), and a Temporal client and a
 * PostgreSQL pool for the baselines.
 */
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode } from '@temporalio/worker';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { createDataSource, DEMO_PASSWORD, migrate, seedDemoData, seedReferenceData } from '@mou/persistence';
import { connectWithRetry, prepareNamespace, registerSearchAttributes, workflowBundleOptions } from '@mou/temporal';
import { ensureDatabase, startEmbeddedPostgres } from '../tools/stack/embedded-postgres';
import { freePort, waitForPort } from '../tools/stack/free-port';
import { temporalCliPath, temporalServerPath } from '../tools/stack/temporal-binaries';
import { startTemporalDevServer, stopChild } from '../tools/stack/temporal-dev-server';
import { freeTemporalPorts, postgresEndpoint, prepareTemporalDatabases, startTemporalServer } from '../tools/stack/temporal-server';
import { pidWithArgument, Role } from './cpu';
import { HttpClient } from './http';

export const ROOT = resolve(__dirname, '..');

export interface ChildService {
  process: ChildProcess;
  stop(): Promise<void>;
  /** Resident memory in MiB, from /proc (Linux). */
  rssMiB(): number | null;
}

/** The two Temporal engines every figure is measured on. */
export type Engine = 'dev' | 'cluster';
export const ENGINES: Engine[] = ['dev', 'cluster'];

export interface BenchStack {
  engine: Engine;
  scratch: string;
  env: Record<string, string>;
  databaseUrl: string;
  pg: Pool;
  temporal: Client;
  temporalAddress: string;
  taskQueue: string;
  api: HttpClient;
  apiProcess: ChildService;
  worker: ChildService;
  restartWorker(): Promise<{ readyMs: number }>;
  /** The process ids of the stack's services as they run now, for CPU accounting (bench/cpu.ts). */
  pids(): Partial<Record<Role, number>>;
  login(email: string): Promise<string>;
  versions: { postgres: string; temporal: string };
  temporalStorage: string;
  stop(): Promise<void>;
}

const log = (line: string) => console.log(`[bench] ${line}`);
/** Every process of a stack has its own bundle and scratch directory; this is the one bundle, built once. */
let bundled: Promise<string> | undefined;

function spawnTs(name: string, script: string, env: Record<string, string>, logFile: string, ready: RegExp, timeoutMs = 120_000): Promise<ChildService> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', script], {
    cwd: ROOT,
    env: { ...env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(logFile, { flags: 'a' });
  let seen = '';
  let started = false;
  return new Promise((resolveService, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready within ${timeoutMs} ms; see ${logFile}`)), timeoutMs);
    const onData = (d: Buffer) => {
      out.write(d);
      if (!started) {
        seen = (seen + d.toString()).slice(-4000);
        if (ready.test(seen)) {
          started = true;
          clearTimeout(timer);
          resolveService({
            process: child,
            stop: () => stopChild(child, 'SIGTERM', 15_000),
            rssMiB: () => {
              try {
                const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
                return kb ? Math.round(Number(kb) / 1024) : null;
              } catch {
                return null;
              }
            },
          });
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!started) reject(new Error(`${name} exited (${signal ?? code}); see ${logFile}`));
      out.end();
    });
  });
}

export async function startBenchStack(engine: Engine = 'dev'): Promise<BenchStack> {
  const scratch = mkdtempSync(join(tmpdir(), `mou-bench-${engine}-`));
  chmodSync(scratch, 0o755); // the postgres system user must traverse it when run as root
  const stops: (() => Promise<void>)[] = [];
  const say = (line: string) => log(`${engine}: ${line}`);

  say(`scratch directory ${scratch}`);
  const postgres = await startEmbeddedPostgres({ databaseDir: join(scratch, 'pg'), port: await freePort() });
  stops.unshift(() => postgres.stop());
  const databaseUrl = await ensureDatabase(postgres.adminUrl, 'mou_bench');
  await migrate(databaseUrl);
  const ds = await createDataSource(databaseUrl).initialize();
  await seedReferenceData(ds);
  await seedDemoData(ds);
  await ds.destroy();
  const pg = new Pool({ connectionString: databaseUrl, max: 8 });
  stops.unshift(() => pg.end());
  say('PostgreSQL ready, migrated and seeded');

  let temporalAddress: string;
  let temporalPid: number | undefined;
  let temporalStorage: string;
  let temporalVersion: string;
  if (engine === 'cluster') {
    // As `npm run start:cluster`: Temporal's databases on the same PostgreSQL server as the application's.
    const endpoint = postgresEndpoint(databaseUrl);
    await prepareTemporalDatabases(endpoint);
    const server = await startTemporalServer({ postgres: endpoint, ports: await freeTemporalPorts(), logFile: join(scratch, 'temporal-server.log') });
    stops.unshift(() => server.stop());
    temporalAddress = server.address;
    temporalPid = server.process.pid;
    const prepare = await connectWithRetry(temporalAddress, 120_000);
    await prepareNamespace(prepare, 'default');
    await prepare.close();
    temporalStorage = 'PostgreSQL (the same server as the application), 16 history shards (config/temporal/server.yaml)';
    temporalVersion = `Temporal server ${serverVersion()}`;
  } else {
    // BENCH_TEMPORAL_DB=memory runs the dev server without its SQLite file, to see what the file costs.
    const inMemory = process.env.BENCH_TEMPORAL_DB === 'memory';
    const devServer = await startTemporalDevServer(inMemory ? {} : { dbFilename: join(scratch, 'temporal.db') });
    stops.unshift(() => devServer.stop());
    temporalAddress = devServer.address;
    temporalPid = devServer.process.pid;
    temporalStorage = inMemory ? 'in memory (BENCH_TEMPORAL_DB=memory), one history shard' : 'SQLite file, one history shard';
    temporalVersion = execFileSync(temporalCliPath(), ['--version'], { encoding: 'utf8' }).trim() + '; `temporal server start-dev`';
  }
  const connection = await connectWithRetry(temporalAddress, 120_000);
  await registerSearchAttributes(connection, 'default');
  const temporal = new Client({ connection });
  stops.unshift(() => connection.close());
  say(`Temporal on ${temporalAddress} (${temporalStorage})`);

  bundled ??= bundleWorkflowCode({ ...workflowBundleOptions(ROOT), logger: quiet }).then((b) => b.code);
  const bundlePath = join(scratch, 'workflow-bundle.js');
  writeFileSync(bundlePath, await bundled);

  const apiPort = await freePort();
  const taskQueue = 'mou-bench';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    JWT_SECRET: randomBytes(32).toString('hex'),
    API_HOST: '127.0.0.1',
    API_PORT: String(apiPort),
    SEED_DEMO_USERS: 'true',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    WORKFLOW_BUNDLE_PATH: bundlePath,
  };
  const workerLog = join(scratch, 'worker.log');
  const startWorker = () => spawnTs('worker', join(ROOT, 'apps/worker/src/main.ts'), env, workerLog, /Polling task queue/);
  let worker = await startWorker();
  const apiProcess = await spawnTs('api', join(ROOT, 'apps/api/src/main.ts'), env, join(scratch, 'api.log'), /API listening on/);
  await waitForPort('127.0.0.1', apiPort, 30_000);
  const api = new HttpClient('127.0.0.1', apiPort);
  say(`worker and API running (API on 127.0.0.1:${apiPort}); logs in ${scratch}`);

  const postgresPid = pidWithArgument(join(scratch, 'pg'));
  const [{ server_version: pgVersion }] = (await pg.query('SHOW server_version')).rows;
  const tokens = new Map<string, string>();

  const stack: BenchStack = {
    engine,
    scratch,
    env,
    databaseUrl,
    pg,
    temporal,
    temporalAddress,
    taskQueue,
    api,
    apiProcess,
    get worker() {
      return worker;
    },
    async restartWorker() {
      await worker.stop();
      const started = Date.now();
      worker = await startWorker();
      return { readyMs: Date.now() - started };
    },
    pids() {
      return { api: apiProcess.process.pid, worker: worker.process.pid, temporal: temporalPid, postgres: postgresPid };
    },
    async login(email: string) {
      const cached = tokens.get(email);
      if (cached) return cached;
      const res = await api.request('POST', '/api/v1/auth/login', { body: { email, password: DEMO_PASSWORD } });
      if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${res.text}`);
      const token = (JSON.parse(res.text) as { accessToken: string }).accessToken;
      tokens.set(email, token);
      return token;
    },
    versions: { postgres: String(pgVersion), temporal: temporalVersion },
    temporalStorage,
    async stop() {
      api.close();
      await apiProcess.stop();
      await worker.stop();
      for (const stop of stops) await stop().catch((error: unknown) => console.error(error));
      if (!process.env.BENCH_KEEP_SCRATCH) rmSync(scratch, { recursive: true, force: true });
    },
  };
  return stack;
}

const quiet = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: (message: string) => console.error(message),
};

/** A Temporal connection of its own (for a baseline that must not share the stack's channel). */
export async function temporalClientFor(address: string): Promise<{ client: Client; close(): Promise<void> }> {
  const connection = await Connection.connect({ address });
  return { client: new Client({ connection }), close: () => connection.close() };
}

/** The Temporal server binary's version (`temporal-server --version`), or what was asked of it if it does not say. */
function serverVersion(): string {
  try {
    const out = execFileSync(temporalServerPath(), ['--version'], { encoding: 'utf8' }).trim();
    return /\d+\.\d+\.\d+/.exec(out)?.[0] ?? out;
  } catch {
    return 'version unknown';
  }
}
