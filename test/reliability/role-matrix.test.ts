import http from 'node:http';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Permission } from '../../apps/api/src/auth/permissions';
import { startTestSystem, TestSystem } from '../support/system';
import { createFixtures, DemoUser, Fixtures, pathValue } from './fixtures';
import { MATRIX_ROLES, MatrixRole, PERMISSION_MATRIX } from './permission-matrix';
import { allowed, ANONYMOUS, Caller, enumerateRoutes, fillPath, probeStream, Route, routeKey as keyOf } from './routes';
import { auth, eventually, sleep } from './support';

/** The demo user who stands for each role in the matrix. */
const AS_ROLE: Record<MatrixRole, DemoUser> = {
  investigator: 'investigator',
  supervisor: 'supervisor',
  policy: 'policy',
  importer: 'importer',
  admin: 'admin',
};

/** Every operation of the committed OpenAPI document. */
function documentedOperations(): string[] {
  const doc = JSON.parse(readFileSync(resolve(__dirname, '../../docs/openapi.json'), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
}

/**
 * Every route × every role and anonymous, held to the permission matrix written by hand from the
 * rules (permission-matrix.ts), not to the code's own grants: 401 without a token, 403 exactly
 * where the matrix refuses the role, through wherever it allows it. Then the row-level rules: an
 * investigator's case and an importer's entry answer 404 to their peers, in every route and on
 * the live stream.
 */
describe('reliability: the role matrix', () => {
  let sys: TestSystem;
  let f: Fixtures;
  let routes: Route[];

  beforeAll(async () => {
    sys = await startTestSystem('rel_roles', { ESCALATION_REMINDER_HOURS: '100000' });
    await sys.app.listen(0, '127.0.0.1');
    f = await createFixtures(sys);
    routes = enumerateRoutes(sys.app);
  });
  afterAll(() => sys?.stop());

  const call = (route: Route, path: string, token?: string) => {
    const req = sys.http[route.method](path);
    if (token) req.set(auth(token));
    // An unknown field: past the guard the validation pipe refuses it, so no call here changes anything.
    return route.method === 'get' ? req : req.send({ __matrixProbe: true });
  };

  it('has every route of the OpenAPI document, and of the running API, in the permission matrix', () => {
    const documented = documentedOperations();
    expect(documented.length).toBeGreaterThan(80);
    const missing = [...new Set([...documented, ...routes.map(keyOf)])].filter((key) => !(key in PERMISSION_MATRIX));
    // A new route needs its line in test/reliability/permission-matrix.ts, with the roles docs/domain.md §2 gives it.
    expect({ routesMissingFromThePermissionMatrix: missing }).toEqual({ routesMissingFromThePermissionMatrix: [] });
    const stale = Object.keys(PERMISSION_MATRIX).filter((key) => !documented.includes(key));
    expect({ matrixRoutesTheDocumentDoesNotHave: stale }).toEqual({ matrixRoutesTheDocumentDoesNotHave: [] });
    expect(routes.map(keyOf).filter((key) => !documented.includes(key))).toEqual([]);
  });

  it('refuses each caller exactly where the permission matrix says: 401 without a token, 403 for a role not listed', async () => {
    const inMatrix = routes.filter((r) => keyOf(r) in PERMISSION_MATRIX);
    expect(inMatrix.length).toBeGreaterThan(80);
    const mismatches: string[] = [];
    const table: string[] = [];
    for (const route of inMatrix) {
      const path = fillPath(route, (p) => pathValue(f, route.resource, p));
      const row: string[] = [];
      for (const caller of [ANONYMOUS, ...MATRIX_ROLES] as Caller[]) {
        const token = caller === ANONYMOUS ? undefined : f.tokens[AS_ROLE[caller]];
        const status = route.sse
          ? (await probeStream(sys.app, path, token ? auth(token) : {})).status
          : (await call(route, path, token)).status;
        const expected = allowed(route, caller) ? 'through' : caller === ANONYMOUS ? 401 : 403;
        const ok = expected === 'through' ? status !== 401 && status !== 403 && status < 500 : status === expected;
        if (!ok) mismatches.push(`${keyOf(route)} as ${caller}: ${status}, expected ${expected}`);
        row.push(`${caller}:${status}`);
      }
      table.push(`${keyOf(route).padEnd(58)} ${row.join(' ')}`);
    }
    if (mismatches.length) console.info(table.join('\n'));
    expect(mismatches).toEqual([]);
  });

  it('declares a permission on every non-public route, and every permission is required by some route', () => {
    expect(routes.filter((r) => !r.isPublic && !r.permission).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(routes.filter((r) => r.isPublic).map((r) => `${r.method} ${r.path}`).sort()).toEqual(['get /api/v1/health', 'post /api/v1/auth/login', 'post /api/v1/auth/set-password']);
    // A permission granted to a role but required by no route means that role is refused what it was given.
    const used = new Set(routes.map((r) => r.permission));
    expect(Object.values(Permission).filter((p) => !used.has(p))).toEqual([]);
  });

  it('keeps the boundaries of the design: who may never do what', () => {
    const reach = (caller: MatrixRole) => routes.filter((r) => allowed(r, caller)).map((r) => `${r.method} ${r.path}`);
    // People, importers, the audit log and chain verification are the administrator's alone.
    for (const caller of ['investigator', 'supervisor', 'policy', 'importer'] as const) {
      expect(reach(caller).filter((r) => /\/(people|organisations|audit-events|chain-verification)\b/.test(r))).toEqual([]);
    }
    // Importers file and follow entries; they never see cases, clocks, escalations, approvals or people.
    // The rule book under /rules is reference data (the periods and ladders of every clock), not anyone's clocks.
    const ruleBook = (r: string) => /\/api\/v1\/rules\//.test(r);
    expect(reach('importer').filter((r) => !ruleBook(r) && /\/(cases|deadlines|escalations|approvals|users|reviews)\b/.test(r))).toEqual([]);
    // Investigators do not supervise: no board, approvals, escalations, clock tolling, entry decisions.
    expect(reach('investigator').filter((r) => !ruleBook(r) && /\/(deadlines|approvals|escalations|users)\b|\/deadlines\/|entries\/:id\/(release|exclude|extend)/.test(r))).toEqual([]);
    // Policy staff and administrators never change a case or an entry.
    for (const caller of ['policy', 'admin'] as const) {
      expect(reach(caller).filter((r) => /^(post|patch|put|delete) \/api\/v1\/(cases|entries|approvals|escalations)/.test(r))).toEqual([]);
    }
    // Four-eyes approvals and entry decisions belong to supervisors alone.
    for (const caller of ['investigator', 'policy', 'importer', 'admin'] as const) {
      expect(reach(caller).filter((r) => /approvals\/:id\/(approve|reject)|entries\/:id\/(release|exclude|extend|protest-decision)/.test(r))).toEqual([]);
    }
  });

  it("answers 404 to an investigator on another investigator's case, on every case route", async () => {
    const theirs = routes.filter((r) => r.resource === 'cases' && r.params.includes('id') && allowed(r, 'investigator'));
    expect(theirs.length).toBeGreaterThan(10);
    const other = f.tokens.investigator2;
    const bodies: Record<string, unknown> = {
      'visit-schedule': { scheduledFor: new Date().toISOString().slice(0, 10) },
      visit: { fullAccess: true },
      close: { outcome: 'NO_ACTION' },
    };
    for (const route of theirs) {
      const path = fillPath(route, (p) => pathValue(f, 'cases', p));
      const action = route.path.split('/').pop()!;
      const req = sys.http[route.method](path).set(auth(other));
      const res = route.method === 'get' ? await req : await req.send(bodies[action] ?? {});
      expect({ route: `${route.method} ${route.path}`, status: res.status }).toEqual({ route: `${route.method} ${route.path}`, status: 404 });
      // The same answer as for a case that does not exist: nothing tells the case is there.
      expect(res.body.message).toBe(`Case ${f.caseId} was not found`);
    }
    const list = await sys.http.get('/api/v1/cases').query({ assigneeId: f.userIds.investigator, pageSize: 200 }).set(auth(other)).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(f.caseId);
    const [{ n }] = await sys.db.query('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [f.caseId]);
    expect(n).toBe(4); // opened, visit requested, reminder, breach: nothing added by the refused calls
  });

  it("answers 404 to an importer on another importer's entry and notification", async () => {
    const other = f.tokens.importer2;
    const entryRoutes = routes.filter((r) => r.resource === 'entries' && r.params.includes('id') && allowed(r, 'importer'));
    expect(entryRoutes.length).toBeGreaterThanOrEqual(4);
    const bodies: Record<string, unknown> = { proof: { statement: 'Made by free workers', documents: ['audit.pdf'] }, protest: { grounds: 'Wrong facility' }, export: {} };
    for (const route of entryRoutes) {
      const path = fillPath(route, () => f.entryId);
      const req = sys.http[route.method](path).set(auth(other));
      const res = route.method === 'get' ? await req : await req.send(bodies[route.path.split('/').pop()!] ?? {});
      expect({ route: `${route.method} ${route.path}`, status: res.status }).toEqual({ route: `${route.method} ${route.path}`, status: 404 });
    }
    const list = await sys.http.get('/api/v1/entries').set(auth(other)).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(f.entryId);
    const readAt = async () => (await sys.db.query('SELECT read_at FROM notifications WHERE id = $1', [f.notificationId]))[0].read_at as Date | null;
    const before = await readAt();
    await sys.http.post(`/api/v1/notifications/${f.notificationId}/read`).set(auth(other)).expect(404);
    expect(await readAt()).toEqual(before);
    const theirs = await sys.http.get('/api/v1/notifications').set(auth(other)).expect(200);
    expect(theirs.body.items.map((n: { id: string }) => n.id)).not.toContain(f.notificationId);
  });

  it("streams a case's events to its investigator and supervisors, never to another investigator, importer or policy", async () => {
    const { port } = sys.app.getHttpServer().address() as AddressInfo;
    const heard: Record<string, string[]> = {};
    const streams = (['investigator', 'investigator2', 'supervisor', 'importer', 'policy'] as DemoUser[]).map((who) => {
      heard[who] = [];
      return http.get({ host: '127.0.0.1', port, path: '/api/v1/events/stream', headers: auth(f.tokens[who]) }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => heard[who].push(chunk));
      });
    });
    try {
      await sleep(300);
      await sys.http.post(`/api/v1/cases/${f.caseId}/visit-schedule`).set(auth(f.tokens.investigator)).send({ scheduledFor: '2027-01-10' }).expect(200);
      await eventually(async () => heard.investigator.join('').includes(f.caseId) && heard.supervisor.join('').includes(f.caseId), 10_000, 'event streamed');
      await sleep(500);
      for (const who of ['investigator2', 'importer', 'policy']) expect({ who, heard: heard[who].join('').includes(f.caseId) }).toEqual({ who, heard: false });
    } finally {
      for (const s of streams) s.destroy();
    }
  });
});
