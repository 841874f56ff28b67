import { existsSync } from 'node:fs';
import v8 from 'node:v8';
import { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { workflowBundleOptions } from '@mou/temporal';
import { createActivities } from './activities';
import { installMemoryProbe, memoryProbeWorkerOptions } from './memory-probe';
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

/** Heap the worker keeps for everything but cached workflows: activities (a review's year of facts, its PDF), buffers, the SDK. */
export const HEAP_RESERVED_MIB = 768;
/**
 * Heap budgeted per cached workflow: an open case measured at 151 KiB of V8 heap in the cache (the
 * heap's slope after a full collection, docs/benchmarks.md open clocks; 71 KiB of it the modules and
 * the SDK's activator, with the domain rules shared), rounded up with room for a case further along.
 * Resident memory grows by about twice that per case (the SDK's Rust core keeps its own state).
 */
export const HEAP_PER_CACHED_WORKFLOW_KIB = 256;

/**
 * How many workflows the worker keeps cached, from its heap limit (`--max-old-space-size`): what
 * is left after the reserve, at the budget per cached workflow, never fewer than 100. Set here
 * rather than left to the SDK, whose default assumes about 1.7 MiB per workflow and so caches a
 * fifth of what fits.
 */
export function workflowCacheSize(heapLimitBytes = v8.getHeapStatistics().heap_size_limit): number {
  const usableKiB = heapLimitBytes / 1024 - HEAP_RESERVED_MIB * 1024;
  return Math.max(100, Math.floor(usableKiB / HEAP_PER_CACHED_WORKFLOW_KIB));
}

/** The Temporal worker that runs every workflow and activity of the product. */
export async function createCaseWorker(options: CaseWorkerOptions): Promise<Worker> {
  let bundle: { workflowBundle: { codePath: string } } | { workflowsPath: string; bundlerOptions: object };
  if (options.workflowBundlePath && existsSync(options.workflowBundlePath)) {
    bundle = { workflowBundle: { codePath: options.workflowBundlePath } };
  } else {
    const { workflowsPath, webpackConfigHook, preloadModules } = workflowBundleOptions(options.repoRoot);
    bundle = { workflowsPath: workflowsPath!, bundlerOptions: { webpackConfigHook, preloadModules } };
  }
  const worker = await Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: createActivities(options.dataSource, options.client, options.reportFont),
    maxCachedWorkflows: workflowCacheSize(),
    ...bundle,
    ...memoryProbeWorkerOptions(),
  });
  installMemoryProbe(worker);
  return worker;
}
