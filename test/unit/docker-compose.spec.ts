import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { loadConfig, REQUIRED_VARIABLES } from '@mou/config';

interface Service {
  image?: string;
  build?: unknown;
  ports?: string[];
  environment?: Record<string, string | number>;
}

const compose = parse(readFileSync(resolve(__dirname, '../../docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const appServices = ['api', 'worker', 'migrate'];

/** Substitutes ${VAR:?msg} / ${VAR} the way compose does, from the given values. */
function interpolate(env: Record<string, string | number>, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, String(v).replace(/\$\{(\w+)(:\?[^}]*)?\}/g, (_, name: string) => values[name] ?? '')]),
  );
}

describe('docker-compose.yml', () => {
  it('gives every service an image or a build', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect({ name, runnable: Boolean(service.image || service.build) }).toEqual({ name, runnable: true });
    }
  });

  it('publishes no host port twice', () => {
    const hostPorts = Object.values(compose.services).flatMap((s) => (s.ports ?? []).map((p) => p.split(':').slice(-2, -1)[0]));
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
  });

  it.each(appServices)('provides %s with every variable the config requires, and they validate', (name) => {
    const env = compose.services[name].environment ?? {};
    for (const variable of REQUIRED_VARIABLES) expect(Object.keys(env)).toContain(variable);
    const values = interpolate(env, { POSTGRES_PASSWORD: 'secret', JWT_SECRET: 'j'.repeat(40) });
    expect(() => loadConfig(values)).not.toThrow();
    expect(loadConfig(values).SEED_DEMO_USERS).toBe(false);
  });

  it('points the apps at the compose PostgreSQL and Temporal services', () => {
    const env = compose.services.api.environment!;
    expect(String(env.DATABASE_URL)).toContain('@postgres:5432/');
    expect(env.TEMPORAL_ADDRESS).toBe('temporal:7233');
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'temporal', 'temporal-ui', 'api', 'worker']));
  });
});
