/**
 * `npm start`: the whole system on this machine, on real parts.
 * PostgreSQL (embedded, data in ./data/postgres) unless DATABASE_URL is set; a Temporal dev server
 * (SQLite in ./data/temporal.db) unless TEMPORAL_ADDRESS is set; migrations, reference data and demo
 * users; then the worker and the API as child processes. Ctrl-C stops everything; the next start
 * finds the same data and every open case resumes where it was.
 *
 * `npm run start:cluster` (`--cluster`): the production topology of docker-compose.yml on this
 * machine. Data in ./data/cluster; the Temporal server (go.temporal.io/server, built by
 * scripts/setup-temporal-server.sh) persisting to that PostgreSQL with config/temporal/*, its
 * databases created and migrated first; WORKERS worker processes and API_INSTANCES API instances
 * (two of each unless set; the first API on API_PORT, the next ones on the ports after it), a
 * balancer in front of them for the web app (BALANCER_PORT, 3080 unless set), and the Temporal UI
 * server where it was built. A worker or API instance that crashes is started again.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '@mou/config';
import { createDataSource, DEMO_PASSWORD, DEMO_USERS, migrate, seedDemoData, seedReferenceData } from '@mou/persistence';
import { connectWithRetry, prepareNamespace } from '@mou/temporal';
import { ensureDatabase, startEmbeddedPostgres } from '../stack/embedded-postgres';
import { waitForPort } from '../stack/free-port';
import { startMailSink } from '../stack/mail-sink';
import { startBalancer } from '../stack/balancer';
import { startTemporalDevServer, stopChild } from '../stack/temporal-dev-server';
import { postgresEndpoint, prepareTemporalDatabases, startTemporalServer, startTemporalUi, temporalPorts } from '../stack/temporal-server';
import { loadDemoProgramme } from './demo-programme';

const root = resolve(__dirname, '../../..');
const cluster = process.argv.includes('--cluster');
const dataDir = resolve(process.env.MOU_DATA_DIR ?? (cluster ? join(root, 'data', 'cluster') : join(root, 'data')));
const workerCount = cluster ? positive('WORKERS', 2) : 1;
const apiCount = cluster ? positive('API_INSTANCES', 2) : 1;
const stops: (() => Promise<void>)[] = [];
let stopping = false;

function positive(variable: string, fallback: number): number {
  const value = Number(process.env[variable] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${variable} must be a whole number of at least 1, not "${process.env[variable]}"`);
  return value;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function say(line: string): void {
  console.log(`[mou] ${line}`);
}

/** A signing key kept in ./data so that sign-ins survive a restart. */
function localJwtSecret(): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/**
 * Runs a worker or an API instance. When it exits on its own, the dev profile stops everything;
 * the cluster profile starts it again, as a process supervisor would.
 */
function startChild(name: string, script: string, env: NodeJS.ProcessEnv): void {
  let child: ChildProcess | undefined;
  const run = () => {
    child = spawn(process.execPath, ['--enable-source-maps', script], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('exit', (code, signal) => {
      if (stopping) return;
      if (!cluster) {
        console.error(`[mou] ${name} exited (${signal ?? code}); stopping everything`);
        void shutdown(1);
        return;
      }
      console.error(`[mou] ${name} exited (${signal ?? code}); starting it again`);
      setTimeout(() => stopping || run(), 1_000);
    });
  };
  run();
  stops.unshift(() => (child ? stopChild(child) : Promise.resolve()));
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  for (const stop of stops) await stop().catch((error: unknown) => console.error(error));
  process.exit(code);
}

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const onSignal = () => void shutdown(0);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, onSignal);

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const port = Number(process.env.PG_PORT ?? 54329);
    say(`starting PostgreSQL (data in ${join(dataDir, 'postgres')}, port ${port})`);
    const pg = await startEmbeddedPostgres({ databaseDir: join(dataDir, 'postgres'), port });
    // embedded-postgres answers these signals itself (stops its server, then exits), which would end
    // this process before the API, the workers and Temporal are stopped: shutdown() stops all, in order.
    for (const signal of signals) for (const listener of process.listeners(signal)) if (listener !== onSignal) process.off(signal, listener);
    stops.push(() => pg.stop());
    databaseUrl = await ensureDatabase(pg.adminUrl, 'mou');
  }

  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  let temporalUi = process.env.TEMPORAL_UI_URL;
  let temporalNote = '';
  if (!temporalAddress && cluster) {
    // Temporal's databases (`temporal`, `temporal_visibility`) live on the same PostgreSQL server.
    const postgres = postgresEndpoint(databaseUrl);
    const shards = process.env.TEMPORAL_HISTORY_SHARDS ? positive('TEMPORAL_HISTORY_SHARDS', 16) : undefined;
    say(`setting up Temporal's databases on ${postgres.host}:${postgres.port}`);
    await prepareTemporalDatabases(postgres);
    const logFile = join(dataDir, 'temporal-server.log');
    say(`starting the Temporal server on PostgreSQL (log in ${logFile})`);
    const temporal = await startTemporalServer({
      postgres,
      ports: temporalPorts(Number(process.env.TEMPORAL_PORT ?? 7233)),
      historyShards: shards,
      logFile,
    });
    temporal.process.once('exit', (code, signal) => {
      if (!stopping) console.error(`[mou] the Temporal server exited (${signal ?? code}); workers and API instances wait for it: see ${logFile}`);
    });
    stops.unshift(() => temporal.stop());
    temporalAddress = temporal.address;
    const ui = await startTemporalUi({ temporalAddress, port: Number(process.env.TEMPORAL_UI_PORT ?? 8233) }).catch((error: Error) => {
      say(`${error.message}; going on without the Temporal UI`);
      return undefined;
    });
    if (ui) stops.unshift(() => ui.stop());
    temporalUi = ui?.url;
    temporalNote = `not built (scripts/setup-temporal-server.sh); the CLI: .tools/venv/bin/temporal workflow list --address ${temporal.address}`;
  } else if (!temporalAddress) {
    say(`starting Temporal dev server (history in ${join(dataDir, 'temporal.db')})`);
    const temporal = await startTemporalDevServer({
      dbFilename: join(dataDir, 'temporal.db'),
      port: Number(process.env.TEMPORAL_PORT ?? 7233),
      ui: true,
      uiPort: Number(process.env.TEMPORAL_UI_PORT ?? 8233),
    });
    stops.unshift(() => temporal.stop());
    temporalAddress = temporal.address;
    temporalUi = temporal.uiUrl;
  }

  let mailNote = `SMTP relay ${process.env.SMTP_HOST}:${process.env.SMTP_PORT ?? 587}`;
  let smtp: NodeJS.ProcessEnv = {};
  if (!process.env.SMTP_HOST) {
    const port = Number(process.env.MAIL_SINK_PORT ?? 2525);
    const dir = join(dataDir, 'mail');
    const sink = await startMailSink({ dir, port, onMail: (_file, subject) => say(`mail delivered: ${subject}`) });
    stops.unshift(() => sink.stop());
    smtp = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false' };
    mailNote = `local SMTP on 127.0.0.1:${port}, messages kept in ${dir}`;
  }

  const env: NodeJS.ProcessEnv = {
    ...smtp,
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_UI_URL: temporalUi,
    JWT_SECRET: process.env.JWT_SECRET ?? localJwtSecret(),
    SEED_DEMO_USERS: process.env.SEED_DEMO_USERS ?? 'true',
  };
  const config = loadConfig(env);

  const connection = await connectWithRetry(config.TEMPORAL_ADDRESS, 120_000);
  await prepareNamespace(connection, config.TEMPORAL_NAMESPACE);
  await connection.close();

  const applied = await migrate(config.DATABASE_URL);
  say(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
  const ds = await createDataSource(config.DATABASE_URL).initialize();
  await seedReferenceData(ds);
  if (config.SEED_DEMO_USERS) await seedDemoData(ds);
  await ds.destroy();

  const apis = Array.from({ length: apiCount }, (_, i) => ({ port: config.API_PORT + i, url: `http://${config.API_HOST}:${config.API_PORT + i}` }));
  let web = apis[0].url;
  if (cluster) {
    const balancer = await startBalancer({ port: Number(process.env.BALANCER_PORT ?? 3080), host: config.API_HOST, upstreams: apis.map((a) => a.url) });
    stops.push(() => balancer.stop());
    web = balancer.url;
  }
  for (let i = 0; i < workerCount; i++) {
    const name = workerCount > 1 ? `worker ${i + 1}` : 'worker';
    startChild(name, join(root, 'dist/apps/worker/src/main.js'), { ...env, WORKFLOW_BUNDLE_PATH: join(root, 'dist/workflow-bundle.js'), APP_URL: web });
  }
  for (const [i, api] of apis.entries()) {
    startChild(apiCount > 1 ? `API instance ${i + 1}` : 'api', join(root, 'dist/apps/api/src/main.js'), { ...env, API_PORT: String(api.port) });
  }
  for (const api of apis) await waitForPort(config.API_HOST, api.port, 60_000);
  await loadDemoProgramme(config, apis[0].url, say);

  const api = apis[0].url;
  const instances = apis.length > 1 ? apis.map((a, i) => `  API instance ${i + 1}  ${a.url}/api/v1\n`).join('') : `  API             ${api}/api/v1\n`;
  console.log(`
MOU Casework is running${cluster ? ` (cluster profile: ${plural(workerCount, 'worker')}, ${plural(apiCount, 'API instance')})` : ''}.
${instances}  OpenAPI         ${api}/api/docs
  Health          ${api}/api/v1/health
  Web app         ${web}/${cluster ? '  (balanced over the API instances)' : ''}
  Temporal        ${temporalAddress}
  Temporal UI     ${temporalUi ?? (temporalNote || '(external Temporal: see your own UI)')}
  E-mail          ${mailNote}
${config.SEED_DEMO_USERS ? `  Demo sign-ins (password "${DEMO_PASSWORD}"):\n${DEMO_USERS.map((u) => `    ${u.role.padEnd(13)} ${u.email}`).join('\n')}\n` : ''}Press Ctrl-C to stop everything; data stays in ${dataDir}.
`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  await shutdown(1);
});
