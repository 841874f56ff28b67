import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { workflowBundle } from './harness';

/**
 * Replays committed histories of real runs against today's workflow code: a change that would
 * make an open case's history non-deterministic (and so strand it) fails here, before deploying.
 * Every workflow type the worker registers (workflows/index.ts) has at least one recorded history.
 * Record a new one from one test file, e.g.: RECORD_HISTORIES=1 npx jest test/workflow/facility.test.ts
 */
const dir = resolve(__dirname, 'histories');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.history.bin'));
const decode = (file: string) => temporal.api.history.v1.History.decode(readFileSync(resolve(dir, file)));

/** The workflow types of the bundle's entry point, as the worker registers them. */
const registeredTypes = [...readFileSync(resolve(__dirname, '../../workflows/index.ts'), 'utf8').matchAll(/^export \{ (\w+) \} from/gm)].map((m) => m[1]);

describe('replay of recorded workflow histories', () => {
  it('has a recorded history for every workflow type the worker registers', () => {
    expect(registeredTypes.length).toBeGreaterThanOrEqual(4);
    const recorded = new Set(fixtures.map((file) => decode(file).events[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name));
    // A new workflow type needs a history recorded by its time-skipping test (recordHistory in test/workflow/harness.ts).
    expect({ workflowTypesWithoutARecordedHistory: registeredTypes.filter((type) => !recorded.has(type)) }).toEqual({ workflowTypesWithoutARecordedHistory: [] });
  });

  it.each(fixtures)('replays %s without non-determinism', async (file) => {
    await expect(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, decode(file), file)).resolves.toBeUndefined();
  });
});
