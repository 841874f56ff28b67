import { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@mou/config';
import { createDataSource, DEMO_PASSWORD, migrate, seedDemoData, seedReferenceData } from '@mou/persistence';
import { createApiApp } from '../../apps/api/src/app.factory';
import { createMailTransport } from '../../apps/worker/src/notifications/mail-transport';
import { NotificationDispatcher } from '../../apps/worker/src/notifications/notification-dispatcher';
import { createCaseWorker } from '../../apps/worker/src/worker';
import { ensureDatabase } from '../../tools/stack/embedded-postgres';
import { anchorPlace } from './anchor-place';

/** A whole system for one test file: its own database and task queue, the real API and worker. */
export interface TestSystem {
  config: AppConfig;
  app: INestApplication;
  http: ReturnType<typeof request>;
  db: DataSource;
  worker: TestWorker;
  login(email: string): Promise<string>;
  startWorker(): Promise<TestWorker>;
  stop(): Promise<void>;
}

export interface TestWorker {
  worker: Worker;
  dispatcher: NotificationDispatcher;
  stop(): Promise<void>;
}

let runtimeInstalled = false;

export async function startTestSystem(name: string, overrides: Record<string, string> = {}): Promise<TestSystem> {
  if (!runtimeInstalled) {
    // The worker's own lifecycle lines drown the test output; warnings and errors still show.
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const database = `mou_${name}_${randomBytes(3).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const databaseUrl = await ensureDatabase(process.env.TEST_DATABASE_ADMIN_URL!, database);
  await migrate(databaseUrl);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS!,
    TEMPORAL_TASK_QUEUE: `test-${database}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO_USERS: 'true',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    // Each system anchors its own database's chains in its own place, never in the repository's data/.
    ...anchorPlace(database),
    ...overrides,
  });
  const db = await createDataSource(databaseUrl).initialize();
  await seedReferenceData(db);
  await seedDemoData(db);

  const startWorker = async (): Promise<TestWorker> => {
    const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
    const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
    const workerDb = await createDataSource(databaseUrl).initialize();
    const worker = await createCaseWorker({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      dataSource: workerDb,
      client: new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE }),
      workflowBundlePath: process.env.TEST_WORKFLOW_BUNDLE_PATH,
      repoRoot: resolve(__dirname, '../..'),
    });
    const running = worker.run();
    const dispatcher = new NotificationDispatcher(workerDb, createMailTransport(config), {
      from: config.SMTP_FROM,
      pollMs: config.NOTIFICATION_POLL_MS,
    });
    dispatcher.start();
    return {
      worker,
      dispatcher,
      stop: async () => {
        await dispatcher.stop();
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await running;
        await connection.close();
        await clientConnection.close();
        await workerDb.destroy();
      },
    };
  };

  const worker = await startWorker();
  const app = await createApiApp(config, { logger: false });
  await app.init();
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();

  const system: TestSystem = {
    config,
    app,
    http,
    db,
    worker,
    startWorker,
    async login(email: string) {
      const cached = tokens.get(email);
      if (cached) return cached;
      const res = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD });
      if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(email, res.body.accessToken);
      return res.body.accessToken as string;
    },
    async stop() {
      await app.close();
      await system.worker.stop().catch(() => undefined);
      await db.destroy();
    },
  };
  return system;
}

export const DEMO_FACILITY_ID = '5d1f6a3e-0000-4000-8000-000000000001';
