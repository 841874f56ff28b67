/**
 * `npm start`: the whole system on this machine, on real parts.
 * PostgreSQL (embedded, data in ./data/postgres) unless DATABASE_URL is set; a Temporal dev server
 * (SQLite in ./data/temporal.db) unless TEMPORAL_ADDRESS is set; migrations, reference data and demo
 * users; then the worker and the API as child processes. Ctrl-C stops everything; the next start
 * finds the same data and every open case resumes where it was.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '@mou/config';
import { createDataSource, DEMO_PASSWORD, DEMO_USERS, migrate, seedDemoData, seedReferenceData } from '@mou/persistence';
import { connectWithRetry, registerSearchAttributes } from '@mou/temporal';
import { ensureDatabase, startEmbeddedPostgres } from '../stack/embedded-postgres';
import { waitForPort } from '../stack/free-port';
import { startMailSink } from '../stack/mail-sink';
import { startTemporalDevServer, stopChild } from '../stack/temporal-dev-server';
import { loadDemoProgramme } from './demo-programme';

const root = resolve(__dirname, '../../..');
const dataDir = resolve(process.env.MOU_DATA_DIR ?? join(root, 'data'));
const stops: (() => Promise<void>)[] = [];
let stopping = false;

function say(line: string): void {
  console.log(`[mou] ${line}`);
}

/** A signing key kept in ./data so that sign-ins survive a restart. */
function localJwtSecret(): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function startChild(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', script], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[mou] ${name} exited (${signal ?? code}); stopping everything`);
      void shutdown(1);
    }
  });
  stops.unshift(() => stopChild(child));
  return child;
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
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const port = Number(process.env.PG_PORT ?? 54329);
    say(`starting PostgreSQL (data in ${join(dataDir, 'postgres')}, port ${port})`);
    const pg = await startEmbeddedPostgres({ databaseDir: join(dataDir, 'postgres'), port });
    stops.push(() => pg.stop());
    databaseUrl = await ensureDatabase(pg.adminUrl, 'mou');
  }

  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  let temporalUi = process.env.TEMPORAL_UI_URL;
  if (!temporalAddress) {
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

  const connection = await connectWithRetry(config.TEMPORAL_ADDRESS);
  await registerSearchAttributes(connection, config.TEMPORAL_NAMESPACE);
  await connection.close();

  const applied = await migrate(config.DATABASE_URL);
  say(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
  const ds = await createDataSource(config.DATABASE_URL).initialize();
  await seedReferenceData(ds);
  if (config.SEED_DEMO_USERS) await seedDemoData(ds);
  await ds.destroy();

  const apiUrl = `http://${config.API_HOST}:${config.API_PORT}`;
  startChild('worker', join(root, 'dist/apps/worker/src/main.js'), { ...env, WORKFLOW_BUNDLE_PATH: join(root, 'dist/workflow-bundle.js'), APP_URL: apiUrl });
  startChild('api', join(root, 'dist/apps/api/src/main.js'), env);
  await waitForPort(config.API_HOST, config.API_PORT, 60_000);
  await loadDemoProgramme(config, `http://${config.API_HOST}:${config.API_PORT}`, say);

  const api = `http://${config.API_HOST}:${config.API_PORT}`;
  console.log(`
MOU Casework is running.
  API             ${api}/api/v1
  OpenAPI         ${api}/api/docs
  Health          ${api}/api/v1/health
  Web app         ${api}/
  Temporal UI     ${temporalUi ?? '(external Temporal: see your own UI)'}
  E-mail          ${mailNote}
${config.SEED_DEMO_USERS ? `  Demo sign-ins (password "${DEMO_PASSWORD}"):\n${DEMO_USERS.map((u) => `    ${u.role.padEnd(13)} ${u.email}`).join('\n')}\n` : ''}Press Ctrl-C to stop everything; data stays in ${dataDir}.
`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  await shutdown(1);
});
