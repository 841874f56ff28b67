import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '@mou/config';
import { createDataSource } from '@mou/persistence';
import { createMailTransport } from './notifications/mail-transport';
import { NotificationDispatcher } from './notifications/notification-dispatcher';
import { createCaseWorker } from './worker';
import { chainWatchSettings, startChainWatch } from './chain-watch';

@Injectable()
class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private worker?: Worker;
  private running?: Promise<void>;
  private connection?: NativeConnection;
  private clientConnection?: Connection;
  private dispatcher?: NotificationDispatcher;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.connection = await NativeConnection.connect({ address: this.config.TEMPORAL_ADDRESS });
    this.clientConnection = await Connection.connect({ address: this.config.TEMPORAL_ADDRESS });
    const repoRoot = resolve(__dirname, '../../..');
    this.worker = await createCaseWorker({
      connection: this.connection,
      namespace: this.config.TEMPORAL_NAMESPACE,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      dataSource: this.dataSource,
      client: new Client({ connection: this.clientConnection, namespace: this.config.TEMPORAL_NAMESPACE }),
      workflowBundlePath: process.env.WORKFLOW_BUNDLE_PATH ?? resolve(repoRoot, 'workflow-bundle.js'),
      repoRoot: resolve(repoRoot, '..'),
      reportFont: this.config.REPORT_FONT_PATH ? { path: this.config.REPORT_FONT_PATH, face: this.config.REPORT_FONT_FACE } : undefined,
    });
    this.running = this.worker.run();
    await startChainWatch(new Client({ connection: this.clientConnection, namespace: this.config.TEMPORAL_NAMESPACE }), this.config.TEMPORAL_TASK_QUEUE, chainWatchSettings(this.config));
    this.running.catch((error: unknown) => {
      this.logger.error(`Worker stopped: ${String(error)}`);
      process.exit(1);
    });
    this.dispatcher = new NotificationDispatcher(this.dataSource, createMailTransport(this.config), {
      from: this.config.SMTP_FROM,
      pollMs: this.config.NOTIFICATION_POLL_MS,
      appUrl: process.env.APP_URL,
    });
    this.dispatcher.start();
    this.logger.log(`Polling task queue ${this.config.TEMPORAL_TASK_QUEUE} on ${this.config.TEMPORAL_ADDRESS}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dispatcher?.stop();
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
    await this.clientConnection?.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      providers: [
        { provide: AppConfig, useValue: config },
        {
          provide: DataSource,
          useFactory: () => createDataSource(config.DATABASE_URL).initialize(),
        },
        WorkerHost,
      ],
    };
  }
}
