import { defineSignal } from '@temporalio/workflow';
import type { ChainWatchSettings } from './types';

/** New settings for the running chain watch (sent by each worker as it starts, with the start if needed). */
export const chainWatchSettingsSignal = defineSignal<[ChainWatchSettings]>('chainWatchSettings');
