import { rmSync } from 'node:fs';

/** Removes the scratch folder of global-setup.ts (the workflow bundle). */
export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_SCRATCH_DIR) rmSync(process.env.TEST_SCRATCH_DIR, { recursive: true, force: true });
}
