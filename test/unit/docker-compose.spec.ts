import { existsSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadConfig, REQUIRED_VARIABLES } from '@mou/config';
import { TEMPORAL_CONFIG_DIR } from '../../tools/stack/temporal-server';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  ports?: string[];
  volumes?: string[];
  environment?: Record<string, string | number>;
  depends_on?: Record<string, { condition: string }>;
}

const root = resolve(__dirname, '../..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
/** The server version the cluster profile builds (scripts/setup-temporal-server.sh). */
const setupScript = readFileSync(join(root, 'scripts/setup-temporal-server.sh'), 'utf8');
const builtVersion = /^TEMPORAL_SERVER_VERSION="([\d.]+)"$/m.exec(setupScript)?.[1];
const builtUiVersion = /^TEMPORAL_UI_VERSION="([\d.]+)"$/m.exec(setupScript)?.[1];
const serverTemplate = readFileSync(join(root, 'config/temporal/server.yaml'), 'utf8');
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

  describe('runs the Temporal configuration the cluster profile runs and tests', () => {
    /** Where the service mounts ./config/temporal, or undefined. */
    const mountOfConfig = (service: Service) =>
      (service.volumes ?? []).map((v) => v.split(':')).find(([from]) => from === './config/temporal')?.[1];

    it('mounts config/temporal, the folder the launcher and the cluster tests start the server with', () => {
      expect(TEMPORAL_CONFIG_DIR()).toBe(join(root, 'config', 'temporal'));
      for (const name of ['temporal', 'temporal-schema']) expect({ name, mount: mountOfConfig(compose.services[name]) }).toEqual({ name, mount: '/etc/mou/temporal' });
    });

    it('starts the same server version with the shared server and dynamic config files', () => {
      const temporal = compose.services.temporal;
      expect(builtVersion).toBe('1.30.4');
      expect(temporal.image).toBe(`temporalio/server:${builtVersion}`);
      const mount = mountOfConfig(temporal)!;
      const env = temporal.environment!;
      for (const [variable, file] of [
        ['TEMPORAL_SERVER_CONFIG_FILE_PATH', 'server.yaml'],
        ['DYNAMIC_CONFIG_FILE_PATH', 'dynamicconfig.yaml'],
      ]) {
        expect(env[variable]).toBe(posix.join(mount, file));
        expect(existsSync(join(root, 'config/temporal', file))).toBe(true);
      }
    });

    it('runs the same Temporal UI version the cluster profile builds', () => {
      expect(builtUiVersion).toBe('2.39.0');
      expect(compose.services['temporal-ui'].image).toBe(`temporalio/ui:${builtUiVersion}`);
    });

    it('keeps the shared history shard count (16) instead of setting its own', () => {
      expect(serverTemplate).toMatch(/numHistoryShards: \{\{ default "16" \(env "NUM_HISTORY_SHARDS"\) \}\}/);
      for (const [name, service] of Object.entries(compose.services)) expect({ name, shards: service.environment?.NUM_HISTORY_SHARDS }).toEqual({ name, shards: undefined });
    });

    it('gives the server every PostgreSQL variable its template reads, pointing at the compose PostgreSQL', () => {
      const env = compose.services.temporal.environment!;
      for (const variable of ['POSTGRES_SEEDS', 'DB_PORT', 'POSTGRES_USER', 'POSTGRES_PWD']) {
        expect(serverTemplate).toContain(`env "${variable}"`);
        expect(Object.keys(env)).toContain(variable);
      }
      expect(env.POSTGRES_SEEDS).toBe('postgres');
      expect(env.POSTGRES_USER).toBe(compose.services.postgres.environment!.POSTGRES_USER);
    });

    it('sets up the schema first, with the shared script and the same version of the schema tool', () => {
      const setup = compose.services['temporal-schema'];
      expect(setup.image).toBe(`temporalio/admin-tools:${builtVersion}`);
      expect(setup.command).toEqual(['sh', posix.join(mountOfConfig(setup)!, 'setup-schema.sh')]);
      expect(setup.environment).toMatchObject({ POSTGRES_SEEDS: 'postgres', POSTGRES_USER: 'mou', SQL_TOOL: 'temporal-sql-tool' });
      expect(compose.services.temporal.depends_on).toEqual({ 'temporal-schema': { condition: 'service_completed_successfully' } });
      // The namespace and search attributes come from `migrate` (prepareNamespace, as the launcher does); the apps wait for it.
      for (const name of ['api', 'worker']) expect(compose.services[name].depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
    });
  });
});
