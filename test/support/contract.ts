import jestOpenAPI from 'jest-openapi';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Response } from 'superagent';

/** The committed contract; `npm run check:openapi` keeps it equal to what the code produces. */
export const OPENAPI_FILE = resolve(__dirname, '../../docs/openapi.json');

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
}

let document: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  if (!document) {
    document = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as OpenApiDocument;
    jestOpenAPI(document as unknown as Parameters<typeof jestOpenAPI>[0]);
  }
  return document;
}

/** `GET /api/v1/cases/{id}` for a response to `GET /api/v1/cases/6f1c…`, from the document's paths. */
export function operationOf(res: Response): string | undefined {
  const request = (res as unknown as { req: { method: string; path: string } }).req;
  const path = request.path.split('?')[0];
  const template = Object.keys(openApiDocument().paths).find((t) =>
    new RegExp(`^${t.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  );
  return template && `${request.method.toUpperCase()} ${template}`;
}

const answered = new Set<string>();

/**
 * Asserts that a response (status, and body for that status) is what docs/openapi.json says the
 * operation answers; remembers each operation answered with success.
 */
export function expectContract<T extends { status: number }>(res: T): T {
  openApiDocument();
  expect(res).toSatisfyApiSpec();
  const operation = operationOf(res as unknown as Response);
  if (operation && res.status < 300) answered.add(operation);
  return res;
}

/** The operations of the document no response has yet shown to answer successfully. */
export function operationsNotAnswered(): string[] {
  return Object.entries(openApiDocument().paths)
    .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
    .filter((operation) => !answered.has(operation));
}
