import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '@mou/config';
import { createApiApp, createOpenApiDocument } from '../../apps/api/src/app.factory';

/**
 * Writes the API's OpenAPI document without a running server: the app is built in preview mode,
 * so no provider is created and nothing connects. `--out <file>` writes elsewhere (the freshness
 * check compares such a copy with the committed docs/openapi.json).
 */
export async function buildOpenApiDocument() {
  // Placeholders that pass the configuration's checks; preview mode never uses them.
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    JWT_SECRET: 'openapi-document-only-never-signs-a-token',
  });
  const app = await createApiApp(config, { preview: true, logger: false });
  try {
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--out');
  const out = resolve(at > 0 ? process.argv[at + 1] : 'docs/openapi.json');
  const document = await buildOpenApiDocument();
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Wrote ${out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
