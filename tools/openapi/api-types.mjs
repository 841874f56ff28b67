// Generates the web app's TypeScript types from the OpenAPI document with openapi-typescript.
// `node tools/openapi/api-types.mjs <document.json|-> [<out.d.ts>]`: `-` reads the document from
// stdin; without an output file the types go to stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * Types of the MOU Casework HTTP API, generated from docs/openapi.json by
 * \`npm run generate:api-types\`. Do not edit: change the API's DTOs and regenerate.
 */

`;

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const [input = 'docs/openapi.json', output] = process.argv.slice(2);
const document = JSON.parse(input === '-' ? await readStdin() : readFileSync(input, 'utf8'));
const types = HEADER + astToString(await openapiTS(document, { alphabetize: false, exportType: false }));
if (output) writeFileSync(output, types);
else process.stdout.write(types);
