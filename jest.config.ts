import type { Config } from 'jest';

type TransformerConfig = [string, Record<string, unknown>];

// One place maps the `@mou/*` aliases for jest; tsconfig.json and the workflow bundler
// (libs/temporal/src/workflow-bundle.ts) read the same table.
const moduleNameMapper = {
  '^@mou/config$': '<rootDir>/libs/config/src',
  '^@mou/domain$': '<rootDir>/libs/domain/src',
  '^@mou/persistence$': '<rootDir>/libs/persistence/src',
  '^@mou/temporal$': '<rootDir>/libs/temporal/src',
  '^@mou/workflows$': '<rootDir>/workflows/contracts',
};

const transform: Record<string, TransformerConfig> = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
    },
  ],
};

export const base = { rootDir: '.', moduleNameMapper, transform, testEnvironment: 'node' as const };

const config: Config = {
  projects: [
    // Pure code: domain rules, guards, DTOs. No servers.
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,workflows,tools,test/unit}/**/*.spec.ts'] },
    // Workflows on the time-skipping test server, activities stubbed at their port.
    { ...base, displayName: 'workflow', testMatch: ['<rootDir>/test/workflow/**/*.test.ts'] },
    // Real PostgreSQL + Temporal dev server + API + worker, started by the suite itself.
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/{integration,e2e,browser,reliability}/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  testTimeout: 120_000,
};

export default config;
