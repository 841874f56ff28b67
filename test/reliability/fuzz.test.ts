import { Client } from '@temporalio/client';
import type { Response } from 'supertest';
import { startTestSystem, TestSystem } from '../support/system';
import { createFixtures, DemoUser, Fixtures, knownFields, pathValue } from './fixtures';
import {
  allowed,
  ANONYMOUS,
  Caller,
  enumerateRoutes,
  fillPath,
  OpenApiDocument,
  probeStream,
  queryParameters,
  requestBodySchema,
  Route,
  ROLES,
  sampleValue,
} from './routes';
import { auth, eventually, seeded, sleep } from './support';

const SEED = 19920807; // the MOU's signing date: the same inputs on every run
/** Floors under what one pass must do, so a pass that quietly sends little (or only refusals) fails. */
const MIN_REQUESTS = 4000;
const MIN_PAST_VALIDATION = 450;
const MIN_ACCEPTED = 150;
const MIN_HOSTILE = 250;

const SQL = [
  `'; DROP TABLE cases; --`,
  `" OR 1=1 --`,
  `1' OR '1'='1`,
  `'); DELETE FROM facilities WHERE ('1'='1`,
  `$$; TRUNCATE users; $$`,
  `\\'; SELECT pg_sleep(5); --`,
  `%_\\% LIKE '%'`,
  `:name $1 ?::text`,
];
const UNICODE = [
  '🏭 👷‍♀️ 🇨🇳 🧵',
  'مصنع السجن \u202Eevil\u202C',
  'e\u0301 \u200B\u200D\uFEFF',
  '监狱劳动产品 劳改',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Ω≈ç√∫µ≤≥÷',
  'tab\tnew\nline\rbell\u0007esc\u001b del\u007f \u0001\u001f',
];
/** Strings the database cannot store as sent (NUL) or that are not valid UTF-16 (a lone surrogate). */
const HOSTILE = ['before\u0000after', '\ud800 lone surrogate'];
const HUGE = 'x'.repeat(60_000); // under the 100 kB body limit
const OVERSIZE = 'y'.repeat(150_000); // over it: 413
const DEEP = JSON.parse('{"a":'.repeat(2000) + '1' + '}'.repeat(2000));
const WRONG_TYPES: unknown[] = [12345, -1, 0.5, true, false, null, [], {}, ['a', 1, null], { $gt: '' }, '12345', 'true', DEEP];
const MALFORMED = ['{"facilityId":', '{', '[1,2', '{"a":1}}', 'nul', "{'single':'quotes'}", '{"a":1,}', '\u0000', '{"a":"\\x41"}', '1e309'];
const TOP_LEVEL = ['[]', '"a string"', '123', 'null', 'true', '[{"a":1}]'];
const PATH_VALUES = [...SQL.slice(0, 3), UNICODE[0], UNICODE[1], 'not-a-uuid', '../../../etc/passwd', '%00', 'nul\u0000byte', 'z'.repeat(3000), '00000000-0000-0000-0000-000000000000'];
const QUERY_VALUES = [...SQL.slice(0, 4), ...UNICODE.slice(0, 3), 'before\u0000after', 'z'.repeat(5000), '-1', 'abc', '1e309', '', 'NaN'];

/** Stack frames, file paths or driver errors: what must never reach a client. */
const LEAK = /\n\s+at\s|\bat\s+\S+\s+\(\S*:\d+:\d+\)|node_modules|\/work\/|\.ts:\d+|\.js:\d+|QueryFailedError|TypeORMError|ApplicationFailure|\bstack\b/i;

interface Probe {
  what: string;
  /** The body field given NUL or a lone surrogate, if this probe does. */
  hostileField?: string;
  send(): Promise<{ status: number; text: string }>;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Every leaf (and object) of a body, as a path of keys. */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return prefix.length ? [prefix] : [];
  const own = Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => fieldPaths(v, [...prefix, k]));
  return prefix.length ? [prefix, ...own] : own;
}

function withField(body: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  if (value === undefined) delete node[path[path.length - 1]];
  else node[path[path.length - 1]] = value;
  return copy;
}

describe('reliability: fuzzing every route as every role', () => {
  let sys: TestSystem;
  let f: Fixtures;
  let routes: Route[];
  let doc: OpenApiDocument;
  let tables: string[];
  const wedged: string[] = [];
  let fingerprints = 0;

  beforeAll(async () => {
    sys = await startTestSystem('rel_fuzz', { ESCALATION_REMINDER_HOURS: '100000', NOTIFICATION_POLL_MS: '60000' });
    await sys.app.listen(0, '127.0.0.1');
    f = await createFixtures(sys);
    routes = enumerateRoutes(sys.app);
    doc = (await sys.http.get('/api/docs-json').expect(200)).body;
    const rows: { table_name: string }[] = await sys.db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    tables = rows.map((r) => r.table_name);
    expect(tables).toEqual(expect.arrayContaining(['audit_events', 'cases', 'case_events', 'entries', 'facilities', 'notifications', 'users']));
  });
  afterAll(async () => {
    // Workflows a hostile input wedged keep the API's pending Updates open: end them all first.
    if (wedged.length) {
      const client = sys.app.get(Client);
      for await (const wf of client.workflow.list({ query: `TaskQueue = '${sys.config.TEMPORAL_TASK_QUEUE}' AND ExecutionStatus = 'Running'` })) {
        await client.workflow.getHandle(wf.workflowId).terminate('wedged by the fuzz').catch(() => undefined);
      }
      await sleep(2000);
    }
    await sys?.stop();
  });

  /**
   * Row count and a checksum of every row of every table. The audit log records each refusal by
   * design (outcome denied or failure), in its chain too: of it, the rows recording what was done are compared.
   */
  // The audit log's chain (record_events and record_heads of kind audit-log) grows with each refusal recorded.
  const REFUSAL_RECORDS: Record<string, string> = {
    audit_events: ` WHERE x.outcome NOT IN ('denied', 'failure')`,
    record_events: ` WHERE x.record_kind <> 'audit-log'`,
    record_heads: ` WHERE x.record_kind <> 'audit-log'`,
  };
  const fingerprint = async (): Promise<string> => {
    fingerprints++;
    const rows: { t: string; n: number; h: string }[] = await sys.db.query(
      tables
        .map((t) => `SELECT '${t}' AS t, count(*)::int AS n, coalesce(sum(hashtext(x::text)::bigint), 0)::text AS h FROM "${t}" x${REFUSAL_RECORDS[t] ?? ''}`)
        .join(' UNION ALL '),
    );
    return rows.map((r) => `${r.t}:${r.n}:${r.h}`).join(' ');
  };
  const diff = (a: string, b: string) => {
    const before = a.split(' ');
    return b.split(' ').filter((x, i) => x !== before[i]).join(' ');
  };

  /** Each role acts as its first demo user: the investigator who owns the fixture case, the importer who filed the entry. */
  const token = (caller: Caller): string | undefined => (caller === ANONYMOUS ? undefined : f.tokens[caller]);

  function request(route: Route, caller: Caller, options: { path?: string; query?: Record<string, unknown> | string; body?: unknown; raw?: string; contentType?: string; headers?: Record<string, string> }) {
    const path = options.path ?? fillPath(route, (p) => pathValue(f, route.resource, p));
    return async () => {
      const t = token(caller);
      if (route.sse) {
        const q = typeof options.query === 'string' ? options.query : new URLSearchParams((options.query ?? {}) as Record<string, string>).toString();
        return probeStream(sys.app, q ? `${path}?${q}` : path, t ? auth(t) : {}, 200).then((r) => ({ status: r.status, text: r.body.slice(0, 2000) }));
      }
      let req = sys.http[route.method](path).timeout({ response: 10_000, deadline: 15_000 });
      if (t) req = req.set(auth(t));
      for (const [k, v] of Object.entries(options.headers ?? {})) req = req.set(k, v);
      if (options.query !== undefined) req = req.query(options.query as Record<string, string>);
      let res: Response;
      if (options.raw !== undefined) res = await req.set('Content-Type', options.contentType ?? 'application/json').send(options.raw);
      else if (options.body !== undefined) res = await req.send(options.body as object);
      else res = await req;
      const text = res.text ?? (Buffer.isBuffer(res.body) ? '' : JSON.stringify(res.body ?? ''));
      return { status: res.status, text };
    };
  }

  /** The probes for one route and one caller: `full` for the caller the route is meant for. */
  function probes(route: Route, caller: Caller, full: boolean): Probe[] {
    const rng = seeded(SEED ^ hash(`${route.method} ${route.path} ${caller}`));
    const pick = <T>(items: T[], n: number): T[] => {
      const pool = [...items];
      const out: T[] = [];
      while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
      return out;
    };
    const out: Probe[] = [];
    const add = (what: string, options: Parameters<typeof request>[2], hostileField?: string) =>
      out.push({ what: `${route.method.toUpperCase()} ${route.path} as ${caller}: ${what}`, send: request(route, caller, options), hostileField });
    const schema = route.method === 'get' ? undefined : requestBodySchema(doc, route);
    const base = schema ? sampleValue(doc, schema, '', knownFields(f)) : undefined;
    const query = queryParameters(doc, route);
    const baseQuery = Object.fromEntries(query.map((p) => [p.name, String(sampleValue(doc, p.schema, p.name, knownFields(f)))]));

    add('plausible input', { body: base ?? (route.method === 'get' ? undefined : {}), query: query.length ? baseQuery : undefined });
    if (route.method !== 'get') {
      for (const raw of full ? MALFORMED : pick(MALFORMED, 1)) add(`malformed JSON ${JSON.stringify(raw)}`, { raw });
      if (full) {
        for (const raw of TOP_LEVEL) add(`top-level ${raw}`, { raw });
        add('text/plain body', { raw: JSON.stringify(base ?? {}), contentType: 'text/plain' });
        add('form body', { raw: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' });
        add('oversized body', { body: { ...(base as object), padding: OVERSIZE } });
        add('unknown field', { body: { ...(base as object), unexpected: 'field' } });
        add('__proto__ field', { raw: JSON.stringify(base ?? {}).replace(/^\{/, '{"__proto__":{"role":"admin","isAdmin":true},') });
        add('constructor field', { body: { ...(base as object), constructor: { prototype: { polluted: true } } } });
        add('deep nesting', { body: DEEP });
        for (const field of fieldPaths(base)) {
          const values: [string, unknown][] = [
            ...WRONG_TYPES.map((v): [string, unknown] => [`wrong type ${JSON.stringify(v)?.slice(0, 40)}`, v]),
            ...SQL.map((v): [string, unknown] => [`SQL ${JSON.stringify(v)}`, v]),
            ...UNICODE.map((v): [string, unknown] => [`Unicode ${JSON.stringify(v)}`, v]),
            ['huge string', HUGE],
            ['missing', undefined],
          ];
          for (const [what, value] of pick(values, 6)) add(`${field.join('.')} = ${what}`, { body: withField(base, field, value) });
          // Every field of every body, NUL and a lone surrogate (the leaf's own name is what a 400 names).
          for (const value of HOSTILE) add(`${field.join('.')} = hostile ${JSON.stringify(value)}`, { body: withField(base, field, value) }, field[field.length - 1]);
        }
      } else {
        const field = pick(fieldPaths(base), 1)[0];
        if (field) add(`${field.join('.')} = SQL`, { body: withField(base, field, pick(SQL, 1)[0]) });
      }
    }
    if (full) {
      for (const p of query) {
        for (const value of pick(QUERY_VALUES, 4)) add(`?${p.name}=${JSON.stringify(value).slice(0, 40)}`, { query: { ...baseQuery, [p.name]: value } });
        add(`?${p.name} twice`, { query: `${p.name}=1&${p.name}=2` });
      }
      add('unknown query parameter', { query: { ...baseQuery, unexpected: 'param' } });
    }
    for (const param of route.params) {
      for (const value of full ? PATH_VALUES : pick(PATH_VALUES, 1)) {
        const path = route.path.replace(/:(\w+)/g, (_, p: string) => encodeURIComponent(p === param ? value : pathValue(f, route.resource, p)));
        add(`:${param} = ${JSON.stringify(value).slice(0, 40)}`, { path, body: base ?? (route.method === 'get' ? undefined : {}) });
      }
    }
    if (full && route.method === 'post' && ['cases', 'entries'].includes(route.resource) && route.params.length === 0) {
      for (const key of [`'; DROP TABLE idempotency_keys; --`, 'k'.repeat(300), 'short', 'with space key']) {
        add(`Idempotency-Key ${JSON.stringify(key).slice(0, 40)}`, { body: base, headers: { 'Idempotency-Key': key } });
      }
    }
    return out;
  }

  it('never answers 500 or leaks a stack, and writes nothing when it refuses', async () => {
    const problems: string[] = [];
    const statuses: Record<number, number> = {};
    let sent = 0;
    let hung = 0;
    let hostile = 0;
    const started = Date.now();
    const refusedWithChanges: string[] = [];
    // Every table as the next probe finds it: after a refusal, what it left (the same, or the change
    // reported); after an accepted change, once what it set going has settled.
    let current = await quiet();
    fuzzing: for (const route of routes) {
      const primary = route.isPublic ? ROLES[0] : ROLES.find((r) => allowed(route, r));
      for (const caller of [ANONYMOUS, ...ROLES] as Caller[]) {
        for (const probe of probes(route, caller, caller === primary)) {
          const before = current;
          const res = await probe.send().catch((error: Error) => ({ status: 0, text: error.message }));
          sent++;
          if (res.status === 0 && /timeout/i.test(res.text)) {
            // A request that never answers has wedged its record's workflow: report it, and go on with fresh records.
            problems.push(`${probe.what} → no answer in 10 s`);
            wedged.push(probe.what);
            if (++hung >= 6) break fuzzing;
            f = await createFixtures(sys);
            current = await quiet();
            break;
          }
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status >= 500 || res.status === 0) problems.push(`${probe.what} → ${res.status} ${res.text.slice(0, 200)}`);
          if (LEAK.test(res.text)) problems.push(`${probe.what} → leaks: ${res.text.slice(0, 300)}`);
          // NUL or a lone surrogate in a body: refused as bad input naming the field (none of these routes stores it altered).
          if (probe.hostileField) {
            hostile++;
            if (res.status !== 400 || !res.text.includes(probe.hostileField)) problems.push(`${probe.what} → ${res.status}, expected 400 naming ${probe.hostileField}: ${res.text.slice(0, 200)}`);
          }
          if (res.status >= 400 && res.status < 500) {
            // Every table, before and after: a refusal changes nothing, not even once.
            const after = await fingerprint();
            if (after !== before) refusedWithChanges.push(`${probe.what} → ${res.status} but ${diff(before, after)} changed`);
            current = after;
          } else if (route.method !== 'get') {
            // What an accepted change sets going (its workflow's events, notifications) settles before the next probe;
            // a review started on a past year runs that year at once (summaries, a report rendered to PDF): longer.
            current = await quiet(route.resource === 'reviews' ? 5000 : 600);
          } else {
            current = await fingerprint();
          }
        }
      }
    }
    const passed = Object.entries(statuses).filter(([status]) => Number(status) < 400 || Number(status) === 404 || Number(status) === 409).reduce((n, [, count]) => n + count, 0);
    const accepted = Object.entries(statuses).filter(([status]) => Number(status) < 300).reduce((n, [, count]) => n + count, 0);
    console.info(
      `fuzz: ${sent} requests over ${routes.length} routes in ${Math.round((Date.now() - started) / 1000)} s (${fingerprints} fingerprints of ${tables.length} tables); ${passed} past validation, ${accepted} accepted, ${hostile} hostile bodies; answers ${JSON.stringify(statuses)}`,
    );
    expect({ problems, refusedWithChanges }).toEqual({ problems: [], refusedWithChanges: [] });
    // The pass really ran: enough requests, and enough of them valid enough to reach the code behind validation.
    expect(sent).toBeGreaterThan(MIN_REQUESTS);
    expect(sent).toBeLessThan(20_000);
    expect(passed).toBeGreaterThan(MIN_PAST_VALIDATION);
    expect(accepted).toBeGreaterThan(MIN_ACCEPTED);
    expect(hostile).toBeGreaterThan(MIN_HOSTILE);
  }, 600_000);

  /** Waits until no table changes for stableMs (bounded); answers the settled fingerprint. */
  async function quiet(stableMs = 1000): Promise<string> {
    let last = await fingerprint();
    let stableSince = Date.now();
    await eventually(
      async () => {
        const now = await fingerprint();
        if (now !== last) {
          last = now;
          stableSince = Date.now();
        }
        return Date.now() - stableSince >= stableMs;
      },
      15_000,
      'database quiet',
      200,
    );
    return last;
  }

  it('stores hostile text and reads it back byte for byte', async () => {
    const as = (who: DemoUser) => auth(f.tokens[who]);
    const texts = [...SQL, ...UNICODE, SQL.join(' ') + UNICODE.join(' ')];
    const same = (label: string, got: unknown, sent: string) =>
      expect({ label, bytes: Buffer.from(String(got), 'utf8').toString('hex') }).toEqual({ label, bytes: Buffer.from(sent, 'utf8').toString('hex') });
    for (const text of texts) {
      const facility = await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name: text.slice(0, 300), province: text.slice(0, 100), address: text }).expect(201);
      const readFacility = await sys.http.get(`/api/v1/facilities/${facility.body.id}`).set(as('supervisor')).expect(200);
      same('facility name', readFacility.body.name, text.slice(0, 300));
      same('facility province', readFacility.body.province, text.slice(0, 100));
      same('facility address', readFacility.body.address, text);
      const [stored] = await sys.db.query('SELECT name FROM facilities WHERE id = $1', [facility.body.id]);
      same('stored facility name', stored.name, text.slice(0, 300));

      const opened = await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId: facility.body.id, allegation: { summary: text, source: text.slice(0, 1000), productCategories: ['GARMENTS'] } })
        .expect(201);
      await sys.http.post(`/api/v1/cases/${opened.body.id}/investigation-requests`).set(as('investigator')).send({ note: text }).expect(200);
      const readCase = await sys.http.get(`/api/v1/cases/${opened.body.id}`).set(as('investigator')).expect(200);
      same('case summary', readCase.body.allegation.summary, text);
      same('case source', readCase.body.allegation.source, text.slice(0, 1000));
      same('case facility name', readCase.body.facilityName, text.slice(0, 300));
      same('timeline note', readCase.body.timeline[1].payload.note, text);
      same('opening event summary', readCase.body.timeline[0].payload.allegation.summary, text);
      const verification = await sys.http.get(`/api/v1/cases/${opened.body.id}/verification`).set(as('investigator')).expect(200);
      expect(verification.body).toMatchObject({ valid: true, events: 2 });
    }
    // Strings PostgreSQL cannot hold as sent (NUL, a lone surrogate) are refused as bad input naming
    // the field, and nothing anywhere is written; text that is stored reads back exactly (above).
    for (const text of HOSTILE) {
      // The facility hears of each case above after the case's reply; that settles before the count starts.
      const before = await quiet();
      const facility = await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name: text, province: 'Hebei' });
      expect({ text, status: facility.status, fields: Object.keys(facility.body.fields ?? {}) }).toEqual({ text, status: 400, fields: ['name'] });
      const opened = await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId: f.facilityId, allegation: { summary: text, source: 'Former inmate', productCategories: ['GARMENTS'] } });
      expect({ text, status: opened.status, fields: Object.keys(opened.body.fields ?? {}) }).toEqual({ text, status: 400, fields: ['allegation.summary'] });
      const note = await sys.http.post(`/api/v1/cases/${f.caseId}/visit-schedule`).set(as('investigator')).send({ scheduledFor: '2027-01-10', note: text });
      expect({ text, status: note.status, fields: Object.keys(note.body.fields ?? {}) }).toEqual({ text, status: 400, fields: ['note'] });
      expect(diff(before, await fingerprint())).toBe('');
    }
  });
});
