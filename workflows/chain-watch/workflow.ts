import { condition, continueAsNew, proxyActivities, setHandler } from '@temporalio/workflow';
import { chainWatchSettingsSignal } from './messages';
import type { ChainWatchActivities, ChainWatchSettings } from './types';

const { reverifyChains, anchorChains } = proxyActivities<ChainWatchActivities>({
  startToCloseTimeout: '30 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
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
      await anchorChains(current);
      nextAnchorAt = Date.now() + current.anchorEverySeconds * 1000;
    }
    const wait = Math.max(500, Math.min(current.verifyEverySeconds * 1000, nextAnchorAt - Date.now()));
    await condition(() => changed, wait);
  }
  await continueAsNew<typeof chainWatch>(current, { nextAnchorAt });
}
