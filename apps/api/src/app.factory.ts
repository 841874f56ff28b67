import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
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

/** Builds the HTTP API with every hardening measure; used by main.ts and by the tests alike. */
export async function createApiApp(config: AppConfig, options: { logger?: false | ('log' | 'warn' | 'error')[] } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: options.logger ?? ['warn', 'error'],
  });
  app.set('trust proxy', 'loopback');
  const web = webAppRoot();
  app.use(helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", ...(web ? importMapHashes(web) : [])] } } }));
  app.useBodyParser('json', { limit: config.BODY_LIMIT_BYTES });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('MOU Casework API')
    .setDescription('Inspection cases, deadlines, import controls and the one-year review of the 1992 US–China prison-labor MOU')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'api/docs-json' });
  if (web) serveWebApp(app, web);
  return app;
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
