import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  app.use(helmet());
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
  serveWebApp(app);
  return app;
}

/**
 * Serves the browser app (apps/web/public) at `/`; any non-API path that is not a file gets
 * index.html, so the app's own routes (e.g. /cases/123) survive a reload.
 */
function serveWebApp(app: NestExpressApplication): void {
  const candidates = [resolve(__dirname, '../../web/public'), resolve(__dirname, '../../../../apps/web/public')];
  const root = candidates.find((dir) => existsSync(join(dir, 'index.html')));
  if (!root) return;
  app.useStaticAssets(root, { index: 'index.html', maxAge: 0 });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || req.path.includes('.')) return next();
    res.sendFile(join(root, 'index.html'));
  });
}
