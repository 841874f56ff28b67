import 'reflect-metadata';
import { ConfigError, loadConfig } from '@mou/config';
import { createApiApp } from './app.factory';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config, { logger: ['log', 'warn', 'error'] });
  await app.listen(config.API_PORT, config.API_HOST);
  console.log(`API listening on http://${config.API_HOST}:${config.API_PORT}/api/v1`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
