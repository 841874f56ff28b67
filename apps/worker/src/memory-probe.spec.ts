import { installMemoryProbe, memoryProbeWorkerOptions } from './memory-probe';

describe('the worker memory probe', () => {
  it('is installed only when the benchmark switch is set', () => {
    const worker = { getStatus: () => ({ numCachedWorkflows: 0 }) } as never;
    const before = process.listenerCount('SIGWINCH');
    expect(installMemoryProbe(worker, {})).toBe(false);
    expect(installMemoryProbe(worker, { MOU_WORKER_MEMORY_PROBE: 'true' })).toBe(false);
    expect(process.listenerCount('SIGWINCH')).toBe(before);
    expect(installMemoryProbe(worker, { MOU_WORKER_MEMORY_PROBE: '1' })).toBe(true);
    expect(process.listenerCount('SIGWINCH')).toBe(before + 1);
    process.removeAllListeners('SIGWINCH');
  });

  it('moves the workflows into the main thread only when asked to, for the benchmark', () => {
    expect(memoryProbeWorkerOptions({})).toEqual({});
    expect(memoryProbeWorkerOptions({ MOU_WORKER_MEMORY_PROBE: '1' })).toEqual({});
    expect(memoryProbeWorkerOptions({ MOU_WORKER_MEMORY_PROBE: 'main-thread' })).toEqual({ debugMode: true });
  });
});
