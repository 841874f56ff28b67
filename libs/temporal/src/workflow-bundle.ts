import { resolve } from 'node:path';
import type { BundleOptions } from '@temporalio/worker';

/**
 * The workflow bundler (webpack) does not read tsconfig paths, so the `@mou/*` aliases that
 * workflows use are mapped here, to the TypeScript sources, for development bundles and for the
 * prebuilt production bundle alike.
 */
export function workflowBundleOptions(repoRoot: string): BundleOptions {
  return {
    workflowsPath: resolve(repoRoot, 'workflows/index.ts'),
    webpackConfigHook: (config) => {
      config.resolve = config.resolve ?? {};
      config.resolve.alias = {
        ...(config.resolve.alias as Record<string, string> | undefined),
        '@mou/domain': resolve(repoRoot, 'libs/domain/src'),
        '@mou/temporal': resolve(repoRoot, 'libs/temporal/src/workflow-safe'),
      };
      return config;
    },
  };
}
