import { existsSync } from 'node:fs';
import { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { workflowBundleOptions } from '@mou/temporal';
import { createActivities } from './activities';
import type { ReportFont } from './review/render-pdf';

export interface CaseWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dataSource: DataSource;
  /** For activities that signal or start other workflows (facility, entries). */
  client: Client;
  /** Prebuilt bundle (npm run build); when absent the workflows are bundled from source. */
  workflowBundlePath?: string;
  repoRoot: string;
  /** The font the review report's PDF embeds; Debian's fonts-wqy-microhei when absent. */
  reportFont?: ReportFont;
}

/** The Temporal worker that runs every workflow and activity of the product. */
export async function createCaseWorker(options: CaseWorkerOptions): Promise<Worker> {
  let bundle: { workflowBundle: { codePath: string } } | { workflowsPath: string; bundlerOptions: object };
  if (options.workflowBundlePath && existsSync(options.workflowBundlePath)) {
    bundle = { workflowBundle: { codePath: options.workflowBundlePath } };
  } else {
    const { workflowsPath, webpackConfigHook } = workflowBundleOptions(options.repoRoot);
    bundle = { workflowsPath: workflowsPath!, bundlerOptions: { webpackConfigHook } };
  }
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: createActivities(options.dataSource, options.client, options.reportFont),
    ...bundle,
  });
}
