import { Client } from '@temporalio/client';
import { resolve } from 'node:path';
import { AppConfig } from '@mou/config';
import { chainWatchWorkflowId } from '@mou/temporal';
import { chainWatchSettingsSignal, type ChainWatchSettings } from '@mou/workflows';

export function chainWatchSettings(config: AppConfig): ChainWatchSettings {
  return {
    verifyEverySeconds: config.CHAIN_VERIFY_INTERVAL_SECONDS,
    anchorEverySeconds: config.CHAIN_ANCHOR_INTERVAL_SECONDS,
    anchorDir: resolve(config.CHAIN_ANCHOR_DIR),
    keyFile: config.CHAIN_ANCHOR_KEY_FILE ? resolve(config.CHAIN_ANCHOR_KEY_FILE) : undefined,
    production: config.NODE_ENV === 'production',
  };
}

/** Starts the task queue's chain watch if it is not running, and hands it these settings either way. */
export async function startChainWatch(client: Client, taskQueue: string, settings: ChainWatchSettings): Promise<void> {
  await client.workflow.signalWithStart('chainWatch', {
    workflowId: chainWatchWorkflowId(taskQueue),
    taskQueue,
    args: [settings],
    signal: chainWatchSettingsSignal,
    signalArgs: [settings],
  });
}
