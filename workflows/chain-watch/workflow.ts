import { condition, continueAsNew, log, proxyActivities, setHandler } from '@temporalio/workflow';
import { chainWatchSettingsSignal } from './messages';
import type { ChainWatchActivities, ChainWatchSettings } from './types';

const { reverifyChains } = proxyActivities<ChainWatchActivities>({
  startToCloseTimeout: '30 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

// An anchor that cannot be taken (no key, a directory not writable) must not stop the re-verification.
const { anchorChains } = proxyActivities<ChainWatchActivities>({
  startToCloseTimeout: '30 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumAttempts: 5 },
});

const RUNS_BEFORE_CONTINUE = 200;

/**
 * Re-verifies every hash chain on a timer, and anchors the heads of all of them outside the
 * database on a longer one (docs/domain.md §2). One per task queue; its settings follow the workers'.
 */
export async function chainWatch(settings: ChainWatchSettings, carried?: { nextAnchorAt: number }): Promise<void> {
  let current = settings;
  let changed = false;
  setHandler(chainWatchSettingsSignal, (next) => {
    current = next;
    changed = true;
  });
  let nextAnchorAt = carried?.nextAnchorAt ?? Date.now();
  for (let run = 0; run < RUNS_BEFORE_CONTINUE; run++) {
    changed = false;
    await reverifyChains(current);
    if (Date.now() >= nextAnchorAt) {
      try {
        await anchorChains(current);
      } catch (error) {
        log.error('Could not anchor the chain heads; trying again at the next anchor time', { error: String(error) });
      }
      nextAnchorAt = Date.now() + current.anchorEverySeconds * 1000;
    }
    const wait = Math.max(500, Math.min(current.verifyEverySeconds * 1000, nextAnchorAt - Date.now()));
    await condition(() => changed, wait);
  }
  await continueAsNew<typeof chainWatch>(current, { nextAnchorAt });
}
