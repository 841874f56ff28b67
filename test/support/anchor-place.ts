import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh directory for the anchors of one test database, with its signing key beside it: each
 * system anchors its own database's chains in its own place, never in the repository's data/.
 */
export function anchorPlace(database: string): { CHAIN_ANCHOR_DIR: string; CHAIN_ANCHOR_KEY_FILE: string } {
  const dir = mkdtempSync(join(tmpdir(), `mou-anchors-${database}-`));
  return { CHAIN_ANCHOR_DIR: join(dir, 'anchors'), CHAIN_ANCHOR_KEY_FILE: join(dir, 'anchor.key') };
}
