import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { workflowBundle } from './harness';

/**
 * Replays committed histories of real runs against today's workflow code: a change that would
 * make an open case's history non-deterministic (and so strand it) fails here, before deploying.
 * Re-record after an intended, versioned change with: RECORD_HISTORIES=1 npx jest --selectProjects workflow
 */
const dir = resolve(__dirname, 'histories');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.history.bin'));

describe('replay of recorded workflow histories', () => {
  it('has recorded histories to replay', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  it.each(fixtures)('replays %s without non-determinism', async (file) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(resolve(dir, file)));
    await expect(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, file)).resolves.toBeUndefined();
  });
});
