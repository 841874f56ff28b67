/**
 * An API instance as its own process, for the cluster suites: the real apps/api/src/main.ts, plus
 * one guard so that an instance whose parent died (a crashed test run) stops instead of serving on.
 */
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../apps/api/src/main');
