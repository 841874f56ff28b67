/**
 * Prints, as one JSON line, the options the worker actually runs with: the same `createCaseWorker`
 * as apps/worker, in a process started with the worker's environment (so the same Node heap limit,
 * from which the SDK derives its default workflow cache size). The worker is created, never run:
 * it polls nothing. Run by the open clocks benchmark; needs TEMPORAL_ADDRESS, DATABASE_URL and
 * WORKFLOW_BUNDLE_PATH.
 */
import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import v8 from 'node:v8';
import { createDataSource } from '@mou/persistence';
import { createCaseWorker } from '../apps/worker/src/worker';

async function main(): Promise<void> {
  const address = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
  const connection = await NativeConnection.connect({ address });
  const clientConnection = await Connection.connect({ address });
  const worker = await createCaseWorker({
    connection,
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: `bench-options-${randomUUID()}`,
    dataSource: createDataSource(process.env.DATABASE_URL ?? ''), // never initialised: no activity runs
    client: new Client({ connection: clientConnection }),
    workflowBundlePath: process.env.WORKFLOW_BUNDLE_PATH,
    repoRoot: resolve(__dirname, '..'),
  });
  const o = worker.options;
  console.log(
    JSON.stringify({
      maxCachedWorkflows: o.maxCachedWorkflows,
      reuseV8Context: o.reuseV8Context,
      heapLimitMiB: Math.round(v8.getHeapStatistics().heap_size_limit / 1024 / 1024),
    }),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
