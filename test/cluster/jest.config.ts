import type { Config } from 'jest';
import { resolve } from 'node:path';
import { base } from '../../jest.config';

/**
 * The cluster tier (`npm run test:cluster`, run by .ci/run after `npm test`, which does not run
 * it): the system on the Temporal server persisting to PostgreSQL, several workers, crashes by
 * SIGKILL. Each suite starts its own PostgreSQL and Temporal server (cluster.ts), as it kills one.
 */
const config: Config = {
  rootDir: resolve(__dirname, '../..'),
  projects: [
    {
      ...base,
      rootDir: resolve(__dirname, '../..'),
      displayName: 'cluster',
      testMatch: ['<rootDir>/test/cluster/**/*.test.ts'],
      globalSetup: '<rootDir>/test/cluster/global-setup.ts',
      globalTeardown: '<rootDir>/test/cluster/global-teardown.ts',
    },
  ],
  testTimeout: 240_000,
};

export default config;
