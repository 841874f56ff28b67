import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApiDocument } from './write-openapi';

const DOCUMENT = 'docs/openapi.json';
const API_TYPES = 'apps/web/public/api-types.d.ts';

/**
 * Fails when the committed docs/openapi.json or apps/web/public/api-types.d.ts is not what the
 * code produces now, so neither can drift from the API. Writes nothing.
 */
async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  const document = `${JSON.stringify(await buildOpenApiDocument(), null, 2)}\n`;
  const types = spawnSync(process.execPath, [resolve(__dirname, 'api-types.mjs'), '-'], { input: document, encoding: 'utf8', cwd: root });
  if (types.status !== 0) throw new Error(`Generating the API types failed:\n${types.stderr}`);

  const stale = [
    { file: DOCUMENT, expected: document },
    { file: API_TYPES, expected: types.stdout },
  ].filter(({ file, expected }) => readFileSync(resolve(root, file), 'utf8') !== expected);
  if (stale.length) {
    console.error(`Out of date with the code: ${stale.map((s) => s.file).join(', ')}.\nRun \`npm run generate:openapi\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${DOCUMENT} and ${API_TYPES} match the code.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
