import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { connectWithRetry } from './connect';

export interface TemporalClientOptions {
  address: string;
  namespace: string;
  taskQueue: string;
}

export const TEMPORAL_OPTIONS = Symbol('TEMPORAL_OPTIONS');

@Injectable()
class ConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(Connection) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

/** Provides a Temporal `Client` (and its options) to a Nest application. */
@Global()
@Module({})
export class TemporalClientModule {
  static forRoot(options: TemporalClientOptions): DynamicModule {
    return {
      module: TemporalClientModule,
      providers: [
        { provide: TEMPORAL_OPTIONS, useValue: options },
        { provide: Connection, useFactory: () => connectWithRetry(options.address) },
        {
          provide: Client,
          inject: [Connection],
          useFactory: (connection: Connection) => new Client({ connection, namespace: options.namespace }),
        },
        ConnectionCloser,
      ],
      exports: [Client, Connection, TEMPORAL_OPTIONS],
    };
  }
}
