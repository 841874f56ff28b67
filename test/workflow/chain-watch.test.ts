import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { chainWatchSettingsSignal, type ChainWatchActivities, type ChainWatchSettings } from '@mou/workflows';
import { recordHistory, timeSkippingEnvironment, workflowBundle } from './harness';

/** The chain watch's port, stubbed in memory: when each run and anchor happened, and with which settings. */
class RecordedWatch implements ChainWatchActivities {
  readonly runs: { at: number; settings: ChainWatchSettings }[] = [];
  readonly anchors: number[] = [];
  constructor(private readonly now: () => Promise<number>) {}
  reverifyChains = async (settings: ChainWatchSettings) => {
    this.runs.push({ at: await this.now(), settings });
    return { chains: 3, broken: 0, newBreaks: 0 };
  };
  anchorChains = async () => {
    this.anchors.push(await this.now());
    return { file: '/anchors/a.json', digest: 'd' };
  };
}

describe('chain watch workflow (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const taskQueue = 'chain-watch';

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('re-verifies every interval, anchors on its own longer interval, and takes new settings at once', async () => {
    const recorded = new RecordedWatch(() => env.currentTimeMs());
    const settings: ChainWatchSettings = { verifyEverySeconds: 60, anchorEverySeconds: 300, anchorDir: '/anchors', production: false };
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: await workflowBundle(), activities: { ...recorded } });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start('chainWatch', { args: [settings], taskQueue, workflowId: 'chain-watch-test' });
      await env.sleep(10 * 60_000 + 1_000);
      // Runs at 0, 1, …, 10 minutes; anchors at 0, 5 and 10 minutes.
      expect(recorded.runs).toHaveLength(11);
      expect(recorded.anchors).toHaveLength(3);
      await handle.signal(chainWatchSettingsSignal, { ...settings, verifyEverySeconds: 3600 });
      await env.sleep(1_000);
      expect(recorded.runs).toHaveLength(12);
      expect(recorded.runs[11].settings.verifyEverySeconds).toBe(3600);
      await recordHistory(handle, 'chain-watch-runs-anchors-and-new-settings');
      await handle.terminate('test over');
    });
  });
});
