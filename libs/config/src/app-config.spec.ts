import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/mou',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
  JWT_SECRET: 'x'.repeat(32),
};

describe(loadConfig.name, () => {
  it('fills defaults for an embedded development setup', () => {
    const config = loadConfig(valid);
    expect(config.API_PORT).toBe(3000);
    expect(config.TEMPORAL_TASK_QUEUE).toBe('mou-casework');
    expect(config.SEED_DEMO_USERS).toBe(false);
  });

  it('parses numbers and booleans from strings', () => {
    const config = loadConfig({ ...valid, API_PORT: '8080', SEED_DEMO_USERS: 'true' });
    expect(config.API_PORT).toBe(8080);
    expect(config.SEED_DEMO_USERS).toBe(true);
  });

  it('names every missing or bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ API_PORT: 'eighty', JWT_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const names = (error as ConfigError).problems.map((p) => p.variable).sort();
    expect(names).toEqual(['API_PORT', 'DATABASE_URL', 'JWT_SECRET', 'TEMPORAL_ADDRESS']);
    expect((error as ConfigError).message).toContain('DATABASE_URL: is required');
  });

  it('refuses demo users in production', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production', SEED_DEMO_USERS: 'true' })).toThrow(/SEED_DEMO_USERS/);
  });

  it('refuses a demo programme asked for in production, and reads the document limits', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production', DEMO_PROGRAMME: 'true' })).toThrow(/DEMO_PROGRAMME: the demo programme is never loaded in production/);
    expect(loadConfig({ ...valid, DEMO_PROGRAMME: 'false' }).DEMO_PROGRAMME).toBe(false);
    const config = loadConfig({ ...valid, DOCUMENT_MAX_BYTES: '2048', DOCUMENT_TYPES: 'application/pdf,image/png' });
    expect([config.DOCUMENT_MAX_BYTES, config.DOCUMENT_TYPES]).toEqual([2048, 'application/pdf,image/png']);
    expect(() => loadConfig({ ...valid, DOCUMENT_TYPES: 'pdf files' })).toThrow(/DOCUMENT_TYPES must be media types/);
  });
});
