import { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@mou/config';
import { createDataSource, DEMO_PASSWORD, migrate, seedDemoData, seedReferenceData } from '@mou/persistence';
import { createApiApp } from '../../apps/api/src/app.factory';
import { ensureDatabase } from '../../tools/stack/embedded-postgres';
import { anchorPlace } from '../support/anchor-place';

export const REPO_ROOT = resolve(__dirname, '../..');
export const DAY = 86_400_000;

/** `Authorization: Bearer …` for supertest's `.set()`. */
export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A fresh database on the server behind adminUrl, migrated and seeded (reference data, demo users). */
export async function prepareDatabase(adminUrl: string, name: string): Promise<string> {
  const database = `mou_${name}_${randomBytes(3).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const url = await ensureDatabase(adminUrl, database);
  await migrate(url);
  const db = await createDataSource(url).initialize();
  try {
    await seedReferenceData(db);
    await seedDemoData(db);
  } finally {
    await db.destroy();
  }
  return url;
}

export function reliabilityConfig(databaseUrl: string, temporalAddress: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: `reliability-${randomBytes(4).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO_USERS: 'true',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    ...anchorPlace('reliability'),
    ...overrides,
  });
}

/** The real API, in this process (a worker runs elsewhere: see spawnWorker). */
export interface ApiUnderTest {
  app: INestApplication;
  http: ReturnType<typeof request>;
  login(email: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startApi(config: AppConfig): Promise<ApiUnderTest> {
  const app = await createApiApp(config, { logger: false });
  await app.init();
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    http,
    async login(email: string) {
      const cached = tokens.get(email);
      if (cached) return cached;
      const res = await http.post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD });
      if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(email, res.body.accessToken as string);
      return res.body.accessToken as string;
    },
    stop: () => app.close(),
  };
}

/** A Temporal client for looking at workflows from the test. */
export async function temporalClient(address: string): Promise<{ client: Client; close(): Promise<void> }> {
  const connection = await Connection.connect({ address });
  return { client: new Client({ connection }), close: () => connection.close() };
}

/** The worker as a real child process (apps/worker/src/main.ts from sources), so it can be SIGKILLed. */
export interface ChildWorker {
  process: ChildProcess;
  /** Everything it printed, for diagnostics. */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function workerEnv(config: AppConfig, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    NO_COLOR: '1',
    NODE_ENV: 'test',
    DATABASE_URL: config.DATABASE_URL,
    TEMPORAL_ADDRESS: config.TEMPORAL_ADDRESS,
    TEMPORAL_NAMESPACE: config.TEMPORAL_NAMESPACE,
    TEMPORAL_TASK_QUEUE: config.TEMPORAL_TASK_QUEUE,
    JWT_SECRET: config.JWT_SECRET,
    NOTIFICATION_POLL_MS: String(config.NOTIFICATION_POLL_MS),
    CHAIN_ANCHOR_DIR: config.CHAIN_ANCHOR_DIR,
    ...(config.CHAIN_ANCHOR_KEY_FILE ? { CHAIN_ANCHOR_KEY_FILE: config.CHAIN_ANCHOR_KEY_FILE } : {}),
    ...(process.env.TEST_WORKFLOW_BUNDLE_PATH ? { WORKFLOW_BUNDLE_PATH: process.env.TEST_WORKFLOW_BUNDLE_PATH } : {}),
    ...extra,
  };
}

/** Starts the worker process and resolves once it polls its task queue. */
export async function spawnWorker(env: Record<string, string>, readyTimeoutMs = 90_000): Promise<ChildWorker> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', resolve(__dirname, 'worker-child.ts')],
    { cwd: REPO_ROOT, env: { ...env, TS_NODE_PROJECT: resolve(REPO_ROOT, 'tsconfig.json') }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  const output: string[] = [];
  let ready: () => void = () => undefined;
  const polling = new Promise<void>((r) => (ready = r));
  const onData = (d: Buffer) => {
    const text = d.toString();
    output.push(text);
    if (output.length > 400) output.splice(0, output.length - 400);
    if (text.includes('Polling task queue')) ready();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  const timer = new Promise<never>((_, reject) => {
    const t = setTimeout(() => reject(new Error(`worker not ready in ${readyTimeoutMs} ms:\n${output.join('')}`)), readyTimeoutMs);
    void polling.then(() => clearTimeout(t));
  });
  const early = exited.then(({ code, signal }) => {
    throw new Error(`worker exited before polling (${signal ?? code}):\n${output.join('')}`);
  });
  await Promise.race([polling, timer, early]);
  early.catch(() => undefined);
  return {
    process: child,
    output,
    exited,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.kill(signal);
      await exited;
      clearTimeout(timeout);
    },
  };
}

export interface CaseEventRow {
  case_id: string;
  sequence: number;
  type: string;
  payload: Record<string, unknown>;
  recorded_at: Date;
}

/** Every event of these cases, by case, in sequence order. */
export async function caseEvents(db: DataSource, caseIds: string[]): Promise<Map<string, CaseEventRow[]>> {
  const rows: CaseEventRow[] = await db.query(
    'SELECT case_id, sequence, type, payload, recorded_at FROM case_events WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, sequence',
    [caseIds],
  );
  const byCase = new Map<string, CaseEventRow[]>(caseIds.map((id) => [id, []]));
  for (const row of rows) byCase.get(row.case_id)!.push(row);
  return byCase;
}

/** Sequences 1..n with neither gaps nor repeats, and the head row pointing at the last one. */
export async function sequenceProblems(db: DataSource, caseIds: string[]): Promise<string[]> {
  const problems: string[] = [];
  const events = await caseEvents(db, caseIds);
  const heads: { id: string; last_sequence: number }[] = await db.query('SELECT id, last_sequence FROM cases WHERE id = ANY($1::uuid[])', [caseIds]);
  const head = new Map(heads.map((h) => [h.id, h.last_sequence]));
  for (const [id, rows] of events) {
    const sequences = rows.map((r) => r.sequence);
    const expected = sequences.map((_, i) => i + 1);
    if (JSON.stringify(sequences) !== JSON.stringify(expected)) problems.push(`${id}: sequences ${sequences.join(',')}`);
    if (head.get(id) !== rows.length) problems.push(`${id}: head at ${head.get(id)} with ${rows.length} events`);
  }
  return problems;
}

/** Runs `work` over items with at most `concurrency` at a time. */
export async function pool<T, R>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  });
  await Promise.all(lanes);
  return results;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until check() holds, or throws after timeoutMs with the last description. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string, everyMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

/** mulberry32: a small seeded PRNG, so the fuzz sends the same inputs on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FACILITY_ID = '5d1f6a3e-0000-4000-8000-000000000001';

export const openCaseBody = (summary = 'Hydraulic presses made in a labor camp') => ({
  facilityId: FACILITY_ID,
  allegation: { summary, source: 'NGO report', productCategories: ['MACHINE_PRESSES'] },
});

/** An embedded PostgreSQL in a child process (see postgres-child.ts); stop() shuts it down cleanly. */
export interface ChildPostgres {
  adminUrl: string;
  /** The wrapper process (postgres-child.ts); the server itself is the postmaster in postmaster.pid. */
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function spawnPostgres(databaseDir: string, port: number, timeoutMs = 60_000): Promise<ChildPostgres> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', resolve(__dirname, 'postgres-child.ts'), databaseDir, String(port)],
    { cwd: REPO_ROOT, env: { ...process.env, TS_NODE_PROJECT: resolve(REPO_ROOT, 'tsconfig.json') }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  let output = '';
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const adminUrl = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`PostgreSQL not ready in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (d: Buffer) => {
      output += d.toString();
      const match = /^ready (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited early:\n${output}`));
    });
  });
  return {
    adminUrl,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      if (await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)])) return;
      // A shutdown that hangs under load: stop the postmaster at once (crash-safe), then its parent.
      const postmaster = Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (postmaster > 0) process.kill(postmaster, 'SIGQUIT');
      child.kill('SIGKILL');
      await exited;
      for (let i = 0; i < 100 && existsSync(join(databaseDir, 'postmaster.pid')); i++) await sleep(100);
    },
  };
}

/**
 * A free port below Linux's ephemeral range (32768–60999), for a server that must come back on the
 * same port: while it is down, no `listen(0)` or outgoing connection of another process takes it.
 */
export async function stablePort(): Promise<number> {
  const { createServer } = await import('node:net');
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    const free = await new Promise<boolean>((resolveFree) => {
      const server = createServer();
      server.once('error', () => resolveFree(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 20000–29999');
}

/** Rejects after ms with `what` (or as soon as the worker process dies), with what the worker printed last. */
export async function within<T>(promise: Promise<T>, ms: number, what: string, worker?: ChildWorker): Promise<T> {
  const tail = () => (worker ? `\n--- worker output (last lines) ---\n${worker.output.join('').split('\n').slice(-60).join('\n')}` : '');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not done within ${ms} ms${tail()}`)), ms);
  });
  const died = worker
    ? worker.exited.then(({ code, signal }) => {
        throw new Error(`${what}: the worker process died (${signal ?? code})${tail()}`);
      })
    : new Promise<never>(() => undefined);
  died.catch(() => undefined);
  try {
    return await Promise.race([promise, timeout, died]);
  } finally {
    clearTimeout(timer);
  }
}
