import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppConfig } from '@mou/config';
import { AppModule } from './app.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation';

export const API_PREFIX = 'api/v1';

export interface ApiAppOptions {
  logger?: false | ('log' | 'warn' | 'error')[];
  /**
   * Builds the module graph without creating any provider: nothing connects to PostgreSQL or
   * Temporal. Enough to write the OpenAPI document; such an app cannot serve requests.
   */
  preview?: boolean;
}

/** Builds the HTTP API with every hardening measure; used by main.ts and by the tests alike. */
export async function createApiApp(config: AppConfig, options: ApiAppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: options.logger ?? ['warn', 'error'],
    preview: options.preview ?? false,
  });
  app.set('trust proxy', 'loopback');
  const web = webAppRoot();
  app.use(helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", ...(web ? importMapHashes(web) : [])] } } }));
  app.useBodyParser('json', { limit: config.BODY_LIMIT_BYTES });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();

  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  if (web) serveWebApp(app, web);
  return app;
}

/**
 * The API's OpenAPI document, as served at /api/docs-json and committed as docs/openapi.json.
 * Operation ids are `<controller><Method>` (e.g. `casesRequestVisit`): stable while the
 * handler keeps its name.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const openApi = new DocumentBuilder()
    .setTitle('MOU Casework API')
    .setDescription('Inspection cases, deadlines, import controls and the one-year review of the 1992 US–China prison-labor MOU')
    .setVersion('1')
    .setLicense('UNLICENSED', 'https://choosealicense.com/no-permission/')
    .addServer('/', 'This server')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, openApi, {
    operationIdFactory: (controllerKey, methodKey) => {
      const resource = controllerKey.replace(/Controller$/, '');
      return `${resource[0].toLowerCase()}${resource.slice(1)}${methodKey[0].toUpperCase()}${methodKey.slice(1)}`;
    },
  });
  // A route that names no security requirement is @Public (health, sign-in): say so explicitly.
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (operation && !operation.security?.length) operation.security = [];
    }
  }
  closeResponseSchemas(document);
  return document;
}

type Schema = Record<string, unknown>;

/**
 * Every body the API answers with has exactly the documented fields: the schemas reachable from
 * a response are closed (`additionalProperties: false`), a nullable enum lists `null`, and a
 * nullable object reference admits null.
 */
function closeResponseSchemas(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const schema = node as Schema;
    const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : undefined;
    if (ref !== undefined) {
      if (seen.has(ref) || !schemas[ref]) return;
      seen.add(ref);
      const target = schemas[ref];
      if (target.properties && target.additionalProperties === undefined) target.additionalProperties = false;
      return visit(target);
    }
    if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    // "This object, or null" in OpenAPI 3.0: one of the object and a schema admitting only null.
    if (schema.nullable === true && Array.isArray(schema.allOf) && schema.allOf.length === 1) {
      schema.oneOf = [schema.allOf[0], { type: 'object', nullable: true, enum: [null] }];
      delete schema.allOf;
      delete schema.type;
      delete schema.nullable;
    }
    Object.values(schema).forEach(visit);
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) visit((operation as { responses?: unknown }).responses);
  }
}

/** The browser app's folder (apps/web/public), from the sources or from the build. */
function webAppRoot(): string | null {
  const candidates = [resolve(__dirname, '../../web/public'), resolve(__dirname, '../../../../apps/web/public')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * The CSP hashes of index.html's inline import map, the one inline script the app has: scripts
 * stay 'self' only, and the map is allowed by its exact text.
 */
function importMapHashes(root: string): string[] {
  const page = readFileSync(join(root, 'index.html'), 'utf8');
  return [...page.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
}

/**
 * The view library's ES modules, served as they are installed (no build step): the import map in
 * index.html names them.
 */
const VENDOR_MODULES: Record<string, string> = {
  'preact.module.js': 'preact/dist/preact.module.js',
  'preact-hooks.module.js': 'preact/hooks/dist/hooks.module.js',
  'htm.module.js': 'htm/dist/htm.module.js',
};

/**
 * Serves the browser app (apps/web/public) at `/`; any non-API path that is not a file gets
 * index.html, so the app's own routes (e.g. /cases/123) survive a reload.
 */
function serveWebApp(app: NestExpressApplication, root: string): void {
  // require.resolve('preact') is <node_modules>/preact/dist/preact.js
  const nodeModules = dirname(dirname(dirname(require.resolve('preact'))));
  app.use('/vendor', (req: Request, res: Response, next: NextFunction) => {
    const file = VENDOR_MODULES[req.path.replace(/^\//, '')];
    if (req.method !== 'GET' || !file) return next();
    res.type('text/javascript').sendFile(join(nodeModules, file));
  });
  app.useStaticAssets(root, { index: 'index.html', maxAge: 0 });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || req.path.includes('.')) return next();
    res.sendFile(join(root, 'index.html'));
  });
}
