/**
 * The worker as its own process, for the reliability suite and the benchmarks: the real
 * apps/worker/src/main.ts, plus one guard so that a worker whose parent died (a crashed test run)
 * stops instead of polling forever. Spawned with an IPC channel; run from TypeScript sources with
 * `node -r ts-node/register/transpile-only -r tsconfig-paths/register test/reliability/worker-child.ts`.
 */
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../apps/worker/src/main');
