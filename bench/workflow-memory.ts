/**
 * What a cached workflow costs before it runs a single event, and what a replay costs without the
 * server, measured in a process of its own (run by the open clocks benchmark, bench/clocks.ts) so
 * that nothing else lives in its heap. Prints one JSON line (a WorkflowMemoryProbe).
 *
 * - Module state: the SDK's reusable V8 context gives every workflow its own copy of each module
 *   the bundle instantiates for it (the SDK's activator, the workflow modules, everything they
 *   import) except those loaded once when the context is made (the SDK's own runtime and the
 *   bundle's shared modules, libs/temporal SHARED_WORKFLOW_MODULES). Measured as the slope of the
 *   V8 heap, after a full collection, over workflows created in the SDK's own creator and never
 *   activated; for the bundle as the worker runs it, and for the same code bundled without shared
 *   modules (what sharing the domain rules saves per workflow).
 * - Replay: one case's real history, fetched from the server by the benchmark, replayed again and
 *   again by the SDK's replay worker in this process: the worker's own CPU cost of a resume, with
 *   no server, no history fetch, no query; then in the main thread with and without the SDK's
 *   promise hook (which records the stack trace of every promise a workflow creates).
 *
 * Needs WORKFLOW_BUNDLE_PATH (the bundle the worker runs) and BENCH_HISTORY_PATH (a History,
 * protobuf-encoded); BENCH_PROBE_WORKFLOWS workflows per step (default 200).
 */
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { parseWorkflowCode } from '@temporalio/worker/lib/worker';
import { ReusableVMWorkflowCreator } from '@temporalio/worker/lib/workflow/reusable-vm';
import { globalHandlers } from '@temporalio/worker/lib/workflow/vm-shared';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { SHARED_WORKFLOW_MODULES, workflowBundleOptions } from '../libs/temporal/src/workflow-bundle';

export interface ModuleStateProbe {
  /** V8 heap per workflow created and never activated, after a full collection, in KiB. */
  kibPerWorkflow: number;
  /** Time to create one workflow (instantiate its modules and activator), in ms. */
  msPerWorkflow: number;
}

export interface WorkflowMemoryProbe {
  workflows: number;
  sharedModules: string[];
  /** The bundle as the worker runs it, and the same code with no shared module. */
  asRun: ModuleStateProbe;
  unshared: ModuleStateProbe;
  /** Bytes of the bundle's code (with its inline source map). */
  bundleBytes: number;
  /** The case history replayed `replays` times, one after another, in this process. */
  replays: number;
  replayEvents: number;
  replayPerSecond: number;
  /** CPU time (user + system, every thread of this process) per replay, in ms. */
  replayCpuMs: number;
  /**
   * The same replays in this process's main thread (the SDK's debug mode), with the promise hook the SDK
   * installs to record every workflow promise's stack trace (for its __stack_trace query), and with that
   * hook stopped: CPU ms per replay. The hook cannot be turned off by a worker option; measured to show its share.
   */
  mainThreadCpuMs: { withPromiseHook: number; withoutPromiseHook: number } | null;
}

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
v8.setFlagsFromString('--no-expose-gc');
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const silent = () => undefined;
const logger = { log: silent, trace: silent, debug: silent, info: silent, warn: silent, error: console.error };

async function moduleState(code: string, n: number): Promise<ModuleStateProbe> {
  const bundle = parseWorkflowCode(code, resolve('/tmp', `probe-bundle-${process.pid}-${code.length}.js`));
  const creator = await ReusableVMWorkflowCreator.create(bundle, 5_000, new Set(), undefined);
  const kept: { dispose(): Promise<void> }[] = [];
  const create = async (i: number) => {
    const now = new Date();
    const info = {
      workflowType: 'inspectionCase',
      workflowId: `probe-${i}`,
      runId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      firstExecutionRunId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      namespace: 'default',
      taskQueue: 'probe',
      attempt: 1,
      historyLength: 1,
      historySize: 0,
      continueAsNewSuggested: false,
      startTime: now,
      runStartTime: now,
      searchAttributes: {},
      typedSearchAttributes: [],
      memo: {},
      priority: {},
      unsafe: { isReplaying: false, now: Date.now },
    };
    kept.push(await creator.createWorkflow({ info, randomnessSeed: [i], now: now.getTime(), showStackTraceSources: false } as never));
  };
  await create(-1); // the first one compiles what every later one reuses
  const before = heapUsed();
  const started = performance.now();
  for (let i = 0; i < n; i++) await create(i);
  const ms = performance.now() - started;
  const after = heapUsed();
  const result = { kibPerWorkflow: (after - before) / n / 1024, msPerWorkflow: ms / n };
  for (const workflow of kept) await workflow.dispose();
  await creator.destroy();
  return result;
}

async function main(): Promise<void> {
  const n = Number(process.env.BENCH_PROBE_WORKFLOWS ?? 200);
  const code = readFileSync(process.env.WORKFLOW_BUNDLE_PATH ?? '', 'utf8');
  const asRun = await moduleState(code, n);
  const unsharedCode = (await bundleWorkflowCode({ ...workflowBundleOptions(resolve(__dirname, '..')), preloadModules: [], logger })).code;
  const unshared = await moduleState(unsharedCode, n);

  const history = temporal.api.history.v1.History.decode(readFileSync(process.env.BENCH_HISTORY_PATH ?? ''));
  const replays = n;
  async function* histories() {
    for (let i = 0; i < replays; i++) yield { workflowId: `replay-${i}`, history };
  }
  const started = performance.now();
  const cpu = process.cpuUsage();
  let failed = 0;
  for await (const r of Worker.runReplayHistories({ workflowBundle: { code }, replayName: 'bench' }, histories())) {
    if (r.error) failed++;
  }
  if (failed) throw new Error(`${failed} of ${replays} replays failed`);
  const replayPerSecond = (replays / (performance.now() - started)) * 1000;
  const used = process.cpuUsage(cpu);
  const replayCpuMs = (used.user + used.system) / 1000 / replays;

  const cpuPerReplay = async () => {
    const before = process.cpuUsage();
    // debugMode is left out of ReplayWorkerOptions' type but honoured: the replays run in this thread.
    const inMainThread = { workflowBundle: { code }, replayName: 'bench-main', debugMode: true };
    for await (const r of Worker.runReplayHistories(inMainThread, histories())) {
      if (r.error) throw r.error;
    }
    const spent = process.cpuUsage(before);
    return (spent.user + spent.system) / 1000 / replays;
  };
  let mainThreadCpuMs: WorkflowMemoryProbe['mainThreadCpuMs'] = null;
  if (globalHandlers.promiseHookInstalled) {
    const withPromiseHook = await cpuPerReplay();
    (globalHandlers as unknown as { stopPromiseHook(): void }).stopPromiseHook();
    globalHandlers.promiseHookInstalled = false;
    mainThreadCpuMs = { withPromiseHook, withoutPromiseHook: await cpuPerReplay() };
  }

  const probe: WorkflowMemoryProbe = {
    workflows: n,
    sharedModules: SHARED_WORKFLOW_MODULES,
    asRun,
    unshared,
    bundleBytes: Buffer.byteLength(code),
    replays,
    replayEvents: history.events.length,
    replayPerSecond,
    replayCpuMs,
    mainThreadCpuMs,
  };
  console.log(JSON.stringify(probe));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
