import { resolve } from 'node:path';
import type { BundleOptions } from '@temporalio/worker';

/**
 * Modules loaded once per worker thread and shared by every workflow it runs, instead of once per
 * workflow. With the SDK's reusable V8 context each cached workflow otherwise gets its own copy of
 * every module the bundle pulls in: the domain rules (their ladders, the holiday calendar 1990–2050
 * and its lookup set) were 115 of the 185 KiB a workflow's module state took (docs/capacity.md).
 * Only modules that are pure and keep no per-workflow state may be listed: libs/domain is (no I/O,
 * no clock, no randomness; its one cache, the holiday lookup set, depends on the calendar alone).
 * The SDK deep-freezes what they export, so a workflow changing a domain constant fails loudly.
 */
export const SHARED_WORKFLOW_MODULES = ['@mou/domain'];

/**
 * The workflow bundler (webpack) does not read tsconfig paths, so the `@mou/*` aliases that
 * workflows use are mapped here, to the TypeScript sources, for development bundles and for the
 * prebuilt production bundle alike.
 */
export function workflowBundleOptions(repoRoot: string): BundleOptions {
  return {
    workflowsPath: resolve(repoRoot, 'workflows/index.ts'),
    preloadModules: SHARED_WORKFLOW_MODULES,
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
