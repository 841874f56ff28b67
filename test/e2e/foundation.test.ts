import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { PERMISSION_KEY, PUBLIC_KEY } from '../../apps/api/src/auth/auth.decorators';
import { DEMO_USERS } from '@mou/persistence';
import { expectContract } from '../support/contract';
import { waitFor } from '../support/wait-for';
import { DEMO_FACILITY_ID, startTestSystem, TestSystem } from '../support/system';

const openCaseBody = {
  facilityId: DEMO_FACILITY_ID,
  allegation: { summary: 'Hydraulic presses sold through a front company', source: 'NGO report', productCategories: ['MACHINE_PRESSES'] },
};

describe('foundation: API, auth, hardening and the first case', () => {
  let sys: TestSystem;
  let investigator: string;

  beforeAll(async () => {
    sys = await startTestSystem('foundation');
    investigator = await sys.login('investigator@example.gov');
  });
  afterAll(() => sys?.stop());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('reports PostgreSQL and Temporal up on /health', async () => {
    const res = expectContract(await sys.http.get('/api/v1/health').expect(200));
    expect(res.body).toMatchObject({ status: 'ok', database: { up: true }, temporal: { up: true } });
  });

  it('signs in every demo user, with a token carrying the role', async () => {
    for (const demo of DEMO_USERS) {
      const res = await sys.http.post('/api/v1/auth/login').send({ email: demo.email, password: 'demo-password' }).expect(200);
      expect(res.body.user).toMatchObject({ email: demo.email, role: demo.role });
      const me = await sys.http.get('/api/v1/auth/me').set(auth(res.body.accessToken)).expect(200);
      expect(me.body.role).toBe(demo.role);
    }
  });

  it('refuses a wrong password with 401 and records it in the audit log', async () => {
    const res = expectContract(await sys.http.post('/api/v1/auth/login').send({ email: 'supervisor@example.gov', password: 'guess' }).expect(401));
    expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'E-mail or password is wrong' });
    const [row] = await sys.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.login' AND outcome = 'failure'`);
    expect(row.n).toBeGreaterThanOrEqual(1);
  });

  it('never stores a password in plain text', async () => {
    const rows: { password_hash: string }[] = await sys.db.query('SELECT password_hash FROM users');
    for (const row of rows) expect(row.password_hash).toMatch(/^scrypt\$\d+\$/);
  });

  it('answers 401 without a token and 403 for a role without the permission', async () => {
    await sys.http.post('/api/v1/cases').send(openCaseBody).expect(401);
    const importer = await sys.login('importer@example.com');
    const res = expectContract(await sys.http.post('/api/v1/cases').set(auth(importer)).send(openCaseBody).expect(403));
    expect(res.body.message).toContain('case:create');
  });

  it('answers 400 naming an unknown field and the invalid ones, and creates nothing', async () => {
    const before = await sys.db.query('SELECT count(*)::int AS n FROM cases');
    const res = await sys.http
      .post('/api/v1/cases')
      .set(auth(investigator))
      .send({ ...openCaseBody, colour: 'red', allegation: { ...openCaseBody.allegation, summary: '' } })
      .expect(400);
    expect(Object.keys(res.body.fields)).toEqual(expect.arrayContaining(['colour', 'allegation.summary']));
    const after = await sys.db.query('SELECT count(*)::int AS n FROM cases');
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers malformed JSON with 400 and an oversized body with 413, as JSON without a stack', async () => {
    const bad = expectContract(await sys.http.post('/api/v1/cases').set(auth(investigator)).set('Content-Type', 'application/json').send('{"facilityId":').expect(400));
    expect(bad.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/JSON/), fields: {} });
    const huge = await sys.http
      .post('/api/v1/cases')
      .set(auth(investigator))
      .send({ ...openCaseBody, allegation: { ...openCaseBody.allegation, summary: 'x'.repeat(200_000) } })
      .expect(413);
    expect(JSON.stringify(huge.body)).not.toMatch(/at .*\.js/);
  });

  it('sends security headers', async () => {
    const res = await sys.http.get('/api/v1/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('opens a case through its workflow, with the opening event committed before it answers', async () => {
    const res = expectContract(await sys.http.post('/api/v1/cases').set(auth(investigator)).send(openCaseBody).expect(201));
    expect(res.body).toMatchObject({ stage: 'OPEN', facilityId: DEMO_FACILITY_ID, reference: expect.stringMatching(/^MOU-\d{4}-\d{6}$/) });
    expect(res.body.timeline).toEqual([expect.objectContaining({ sequence: 1, type: 'CASE_OPENED' })]);
    const detail = await sys.http.get(`/api/v1/cases/${res.body.id}`).set(auth(investigator)).expect(200);
    expect(detail.body).toEqual(res.body);
    const description = await sys.worker.worker.options.connection!.workflowService.describeWorkflowExecution({
      namespace: 'default',
      execution: { workflowId: `case-${res.body.id}` },
    });
    expect(description.workflowExecutionInfo?.type?.name).toBe('inspectionCase');
  });

  it('hides a case from an investigator it is not assigned to (404)', async () => {
    const res = await sys.http.post('/api/v1/cases').set(auth(investigator)).send(openCaseBody).expect(201);
    const other = await sys.login('investigator2@example.gov');
    await sys.http.get(`/api/v1/cases/${res.body.id}`).set(auth(other)).expect(404);
    const supervisor = await sys.login('supervisor@example.gov');
    await sys.http.get(`/api/v1/cases/${res.body.id}`).set(auth(supervisor)).expect(200);
  });

  it('makes one case and one workflow from concurrent requests with the same Idempotency-Key', async () => {
    const key = `key-${Date.now()}-concurrent`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => sys.http.post('/api/v1/cases').set(auth(investigator)).set('Idempotency-Key', key).send(openCaseBody)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const ids = new Set(responses.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    for (const r of responses) expect(r.body).toEqual(responses[0].body);
    const [id] = [...ids];
    const [events] = await sys.db.query('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [id]);
    expect(events.n).toBe(1);
  });

  it('refuses an Idempotency-Key reused with a different request (409)', async () => {
    const key = `key-${Date.now()}-reuse`;
    await sys.http.post('/api/v1/cases').set(auth(investigator)).set('Idempotency-Key', key).send(openCaseBody).expect(201);
    const res = await sys.http
      .post('/api/v1/cases')
      .set(auth(investigator))
      .set('Idempotency-Key', key)
      .send({ ...openCaseBody, allegation: { ...openCaseBody.allegation, summary: 'Something else' } })
      .expect(409);
    expect(res.body.message).toMatch(/different request/);
  });

  it('keeps exactly one opening event when the worker is stopped and started again', async () => {
    const res = await sys.http.post('/api/v1/cases').set(auth(investigator)).send(openCaseBody).expect(201);
    await sys.worker.stop();
    sys.worker = await sys.startWorker();
    const state = await sys.http.get(`/api/v1/cases/${res.body.id}`).set(auth(investigator)).expect(200);
    expect(state.body.timeline).toHaveLength(1);
    const [events] = await sys.db.query('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [res.body.id]);
    expect(events.n).toBe(1);
  });

  it('verifies a case event chain, and detects an altered event', async () => {
    const res = await sys.http.post('/api/v1/cases').set(auth(investigator)).send(openCaseBody).expect(201);
    const ok = expectContract(await sys.http.get(`/api/v1/cases/${res.body.id}/verification`).set(auth(investigator)).expect(200));
    const [head] = await sys.db.query('SELECT last_hash AS hash FROM cases WHERE id = $1', [res.body.id]);
    expect(ok.body).toEqual({ valid: true, events: 1, head: { sequence: 1, hash: head.hash } });
    await sys.db.query(`UPDATE case_events SET payload = jsonb_set(payload, '{assigneeId}', '"someone-else"') WHERE case_id = $1`, [res.body.id]);
    const broken = expectContract(await sys.http.get(`/api/v1/cases/${res.body.id}/verification`).set(auth(investigator)).expect(200));
    expect(broken.body).toMatchObject({ valid: false, brokenAt: 1, breakKind: 'edited' });
  });

  it("compares a case's chain with the head on the case: deleting its newest event or editing the head is caught", async () => {
    const res = await sys.http.post('/api/v1/cases').set(auth(investigator)).send(openCaseBody).expect(201);
    await sys.http.post(`/api/v1/cases/${res.body.id}/investigation-requests`).set(auth(investigator)).send({}).expect(200);
    await waitFor(async () => (await sys.db.query('SELECT last_sequence AS n FROM cases WHERE id = $1', [res.body.id]))[0].n === 2);
    const verify = async () => expectContract(await sys.http.get(`/api/v1/cases/${res.body.id}/verification`).set(auth(investigator)).expect(200)).body;
    expect(await verify()).toMatchObject({ valid: true, events: 2 });

    await sys.db.query('DELETE FROM case_events WHERE case_id = $1 AND sequence = 2', [res.body.id]);
    expect(await verify()).toMatchObject({ valid: false, events: 1, brokenAt: 2, breakKind: 'missing' });

    // The head moved back to the remaining event with a forged hash: the head no longer matches the chain.
    await sys.db.query(`UPDATE cases SET last_sequence = 1, last_hash = repeat('a', 64) WHERE id = $1`, [res.body.id]);
    expect(await verify()).toMatchObject({ valid: false, events: 1, brokenAt: 1, breakKind: 'head-mismatch' });
  });

  it('declares a permission (or @Public) on every route, and refuses every protected route without a token', async () => {
    const container = sys.app.get(ModulesContainer);
    const routes: { method: string; path: string; handler: string }[] = [];
    for (const module of container.values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as { prototype: Record<string, unknown>; name: string } | null;
        if (!controller) continue;
        const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
        for (const name of Object.getOwnPropertyNames(controller.prototype)) {
          const fn = controller.prototype[name];
          if (name === 'constructor' || typeof fn !== 'function' || Reflect.getMetadata(PATH_METADATA, fn) === undefined) continue;
          const isPublic = Reflect.getMetadata(PUBLIC_KEY, fn) ?? Reflect.getMetadata(PUBLIC_KEY, controller);
          const permission = Reflect.getMetadata(PERMISSION_KEY, fn) ?? Reflect.getMetadata(PERMISSION_KEY, controller);
          expect({ route: `${controller.name}.${name}`, guarded: Boolean(isPublic || permission) }).toEqual({ route: `${controller.name}.${name}`, guarded: true });
          if (!isPublic) {
            const path = `/api/v1/${base}/${String(Reflect.getMetadata(PATH_METADATA, fn))}`.replace(/\/+/g, '/').replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000').replace(/\/$/, '');
            routes.push({ method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as number].toLowerCase(), path, handler: name });
          }
        }
      }
    }
    expect(routes.length).toBeGreaterThan(4);
    for (const route of routes) {
      const res = await (sys.http as unknown as Record<string, (p: string) => Promise<{ status: number }>>)[route.method](route.path);
      expect({ ...route, status: res.status }).toEqual({ ...route, status: 401 });
    }
  });
});
