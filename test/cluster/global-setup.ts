import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
// globalSetup runs outside jest's moduleNameMapper, so the library is imported by path.
import { workflowBundleOptions } from '../../libs/temporal/src/workflow-bundle';

/** The workflow bundle, built once for every worker the cluster suites start. */
export default async function globalSetup(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'mou-cluster-'));
  chmodSync(scratch, 0o755); // the postgres system user must traverse it when tests run as root
  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions(resolve(__dirname, '../..')), logger: quietLogger });
  const bundlePath = join(scratch, 'workflow-bundle.js');
  writeFileSync(bundlePath, code);
  process.env.TEST_WORKFLOW_BUNDLE_PATH = bundlePath;
  process.env.TEST_SCRATCH_DIR = scratch;
}

const quietLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
};
