/**
 * Checks the chains stored now against an anchor file: its signature under the anchor key, and
 * every anchored head still an event of its chain with the same hash.
 * Usage: npm run verify-anchor -- FILE   (FILE: an anchor-*.json; default the newest in CHAIN_ANCHOR_DIR)
 * Exits 0 when everything anchored is intact, 1 when something is not, 2 on bad usage.
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '@mou/config';
import { checkAnchor, createDataSource, latestAnchorFile, loadAnchorKey, readAnchor } from '@mou/persistence';

async function main(): Promise<void> {
  const config = loadConfig();
  const file = process.argv[2] ? resolve(process.argv[2]) : latestAnchorFile(resolve(config.CHAIN_ANCHOR_DIR));
  if (!file) {
    console.error('Usage: npm run verify-anchor -- FILE (no anchor file given, and none in CHAIN_ANCHOR_DIR)');
    process.exit(2);
  }
  const key = loadAnchorKey({ keyFile: config.CHAIN_ANCHOR_KEY_FILE, production: config.NODE_ENV === 'production' });
  const ds = await createDataSource(config.DATABASE_URL).initialize();
  try {
    const check = await checkAnchor(ds, readAnchor(file), key, file);
    console.log(`Anchor ${file} (taken ${check.anchoredAt}, ${check.chains} chains)`);
    console.log(check.signatureValid ? '  signature: valid' : '  signature: DOES NOT MATCH (the file was changed, or signed with another key)');
    for (const m of check.mismatches) console.log(`  ${m.subject} ${m.id}: ${m.breakKind} at event ${m.anchoredSequence}: ${m.reason}`);
    console.log(check.valid ? 'Every anchored chain is intact.' : `${check.mismatches.length} anchored chain(s) changed since the anchor.`);
    process.exitCode = check.valid ? 0 : 1;
  } finally {
    await ds.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
