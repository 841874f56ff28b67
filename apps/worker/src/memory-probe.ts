import type { Worker } from '@temporalio/worker';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * The signal the probe answers: ignored by default and never sent to a service without a terminal;
 * not SIGUSR1 (Node's inspector) nor SIGUSR2 (one of the Temporal runtime's shutdown signals).
 */
export const MEMORY_PROBE_SIGNAL = 'SIGWINCH';

/** The environment switch that installs the probe; set by the open clocks benchmark (bench/clocks.ts) only. */
export const MEMORY_PROBE_ENV = 'MOU_WORKER_MEMORY_PROBE';
/** Prefix of the line the probe prints on the worker's standard output. */
export const MEMORY_PROBE_PREFIX = 'memory-probe ';

export interface MemoryProbeReading {
  /** Workflows in the worker's cache when read. */
  cachedWorkflows: number;
  /** Whether the workflows run in the main thread (`MOU_WORKER_MEMORY_PROBE=main-thread`), so that the heap below holds them. */
  workflowsInMainThread: boolean;
  /** The main thread's V8 heap in use after a full collection, and the memory outside it, in bytes. */
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rss: number;
}

/** A full garbage collection, without starting Node with --expose-gc (and without giving workflows a `gc`). */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  v8.setFlagsFromString('--no-expose-gc');
  gc();
  gc();
}

/**
 * Benchmark-only: with `MOU_WORKER_MEMORY_PROBE=main-thread` the worker runs its workflows in its main
 * thread (the SDK's debug mode: the same reusable V8 context and code, no time limit per activation)
 * rather than in the SDK's workflow thread, whose heap Node cannot collect or read from outside, so
 * that a reading's heap holds every cached workflow. Never set in production.
 */
export function memoryProbeWorkerOptions(env: NodeJS.ProcessEnv = process.env): { debugMode?: boolean } {
  return env[MEMORY_PROBE_ENV] === 'main-thread' ? { debugMode: true } : {};
}

/**
 * Benchmark-only: with `MOU_WORKER_MEMORY_PROBE=1` (or `main-thread`) in its environment the worker answers SIGWINCH by
 * collecting all garbage and printing one line, `memory-probe {…}` (a MemoryProbeReading), so that
 * what a cached workflow costs can be read as the slope of the heap between two cache sizes rather
 * than from resident memory, which fixed costs and uncollected garbage blur. Without the switch
 * nothing is installed. A full collection pauses the worker for a moment: never set it in production.
 */
export function installMemoryProbe(worker: Worker, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env[MEMORY_PROBE_ENV] !== '1' && env[MEMORY_PROBE_ENV] !== 'main-thread') return false;
  const { debugMode } = memoryProbeWorkerOptions(env);
  process.on(MEMORY_PROBE_SIGNAL, () => {
    collectGarbage();
    const m = process.memoryUsage();
    const reading: MemoryProbeReading = {
      cachedWorkflows: worker.getStatus().numCachedWorkflows,
      workflowsInMainThread: debugMode === true,
      heapUsed: m.heapUsed,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
      rss: m.rss,
    };
    console.log(MEMORY_PROBE_PREFIX + JSON.stringify(reading));
  });
  return true;
}
