import { Client, Connection } from '@temporalio/client';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { eventHash } from '@mou/persistence';
import { chainWatchWorkflowId } from '@mou/temporal';
import { startChainWatch } from '../../apps/worker/src/chain-watch';
import { expectContract } from '../support/contract';
import { startMailbox } from '../support/mailbox';
import { DEMO_FACILITY_ID, startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const run = promisify(execFile);
const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Where each kind of chain is stored, written out here independently of the code that verifies it. */
type Place = { events: string; where: string; head: string; headWhere: string; params: string[] };
const streamPlace = (events: string, column: string, head: string, id: string): Place => ({
  events,
  where: `${column} = $1`,
  head,
  headWhere: 'id = $1',
  params: [id],
});
const recordPlace = (kind: string, id: string): Place => ({
  events: 'record_events',
  where: 'record_kind = $1 AND record_id = $2',
  head: 'record_heads',
  headWhere: 'record_kind = $1 AND record_id = $2',
  params: [kind, id],
});

interface Subject {
  subject: string;
  /** What the route is asked with (a reference, a name, an id). */
  ref: string;
  place: Place;
  /** SQL that changes the record itself outside the system (records and logs, not workflow logs). */
  editRecord?: { sql: string; undo: string; params: unknown[] };
}

describe('a complete, checkable trail: every kind of record', () => {
  let sys: TestSystem;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let temporal: Client;
  let connection: Connection;
  const anchorDir = mkdtempSync(join(tmpdir(), 'mou-anchors-'));
  const keyFile = join(mkdtempSync(join(tmpdir(), 'mou-key-')), 'anchor.key');
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  const subjects: Record<string, Subject> = {};
  let caseId = '';
  let deletedCaseEvent: Record<string, unknown> = {};

  beforeAll(async () => {
    writeFileSync(keyFile, randomBytes(32).toString('hex'));
    mailbox = await startMailbox();
    sys = await startTestSystem('trail', {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.port),
      NOTIFICATION_POLL_MS: '100',
      CHAIN_ANCHOR_DIR: anchorDir,
      CHAIN_ANCHOR_KEY_FILE: keyFile,
    });
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'supervisor2@example.gov', 'importer@example.com', 'admin@example.gov']) {
      tokens[who.split('@')[0]] = await sys.login(who);
    }
    connection = await Connection.connect({ address: sys.config.TEMPORAL_ADDRESS });
    temporal = new Client({ connection, namespace: sys.config.TEMPORAL_NAMESPACE });
  }, 120_000);
  afterAll(async () => {
    await temporal?.workflow.getHandle(chainWatchWorkflowId(sys.config.TEMPORAL_TASK_QUEUE)).terminate().catch(() => undefined);
    await connection?.close();
    await sys?.stop();
    await mailbox?.stop();
  });

  const headOf = async (p: Place) => (await sys.db.query(`SELECT last_sequence AS n FROM ${p.head} WHERE ${p.headWhere}`, p.params))[0]?.n ?? 0;
  const verify = async (s: Subject) => {
    const q = new URLSearchParams({ subject: s.subject, ...(s.ref ? { ref: s.ref } : {}) });
    return expectContract(await sys.http.get(`/api/v1/chain-verification?${q}`).set(as('admin')).expect(200)).body;
  };
  const openCase = async (facilityId = DEMO_FACILITY_ID) =>
    (
      await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId, allegation: { summary: 'Presses made by prisoners', source: 'NGO report', productCategories: ['MACHINE_PRESSES'] } })
        .expect(201)
    ).body as { id: string; reference: string };

  it('writes a chain for every kind of record, each verified whole against its head', async () => {
    // A case: opened, an investigation requested.
    const c = await openCase();
    caseId = c.id;
    await sys.http.post(`/api/v1/cases/${c.id}/investigation-requests`).set(as('investigator')).send({}).expect(200);
    subjects.case = { subject: 'case', ref: c.reference, place: streamPlace('case_events', 'case_id', 'cases', c.id) };

    // A facility: its creation is its first event; a case on it the second.
    const facility = (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name: 'Trail Press Works' }).expect(201)).body;
    const [created] = await sys.db.query(`SELECT type FROM facility_events WHERE facility_id = $1 AND sequence = 1`, [facility.id]);
    expect(created.type).toBe('FACILITY_CREATED');
    await openCase(facility.id);
    subjects.facility = { subject: 'facility', ref: 'Trail Press Works', place: streamPlace('facility_events', 'facility_id', 'facilities', facility.id) };

    // An entry filed by an importer.
    const entry = (
      await sys.http
        .post('/api/v1/entries')
        .set(as('importer'))
        .send({
          manufacturer: { facilityId: DEMO_FACILITY_ID, name: 'Jinan Hydraulic Press Works' },
          productCategory: 'MACHINE_PRESSES',
          htsCode: '8462.11',
          quantity: 3,
          valueUsd: 90_000,
          importedOn: today(),
          certification: {},
        })
        .expect(201)
    ).body;
    subjects.entry = { subject: 'entry', ref: entry.id, place: streamPlace('entry_events', 'entry_id', 'entries', entry.id) };

    // A user invited, then given another role.
    const invited = (await sys.http.post('/api/v1/people').set(as('admin')).send({ email: 'trail@example.gov', displayName: 'Tia Trail', role: 'investigator' }).expect(201)).body;
    await sys.http.patch(`/api/v1/people/${invited.person.id}/role`).set(as('admin')).send({ role: 'supervisor' }).expect(200);
    subjects.user = {
      subject: 'user',
      ref: 'trail@example.gov',
      place: recordPlace('user', invited.person.id),
      editRecord: { sql: `UPDATE users SET display_name = display_name || '!' WHERE id = $1`, undo: `UPDATE users SET display_name = left(display_name, -1) WHERE id = $1`, params: [invited.person.id] },
    };

    // A product category created, then edited.
    await sys.http.post('/api/v1/product-categories').set(as('admin')).send({ code: 'TRAIL_TOOLS', name: 'Hand tools', hts: '8205', source: 'NGO report 2026' }).expect(201);
    await sys.http.patch('/api/v1/product-categories/TRAIL_TOOLS').set(as('admin')).send({ name: 'Hand tools and vices' }).expect(200);
    subjects['product-category'] = {
      subject: 'product-category',
      ref: 'TRAIL_TOOLS',
      place: recordPlace('product-category', 'TRAIL_TOOLS'),
      editRecord: { sql: `UPDATE product_categories SET high_risk = NOT high_risk WHERE code = $1`, undo: `UPDATE product_categories SET high_risk = NOT high_risk WHERE code = $1`, params: ['TRAIL_TOOLS'] },
    };

    // Two settings versions.
    for (const amount of [45, 50]) {
      await sys.http.post('/api/v1/settings').set(as('admin')).send({ rules: { PRC_INVESTIGATION_REPORT: { budget: { amount } } }, note: `Report window ${amount} days` }).expect(201);
    }
    subjects.settings = {
      subject: 'settings',
      ref: '',
      place: recordPlace('settings', 'settings'),
      editRecord: { sql: `UPDATE settings_versions SET note = note || '!' WHERE version = 2`, undo: `UPDATE settings_versions SET note = left(note, -1) WHERE version = 2`, params: [] },
    };

    // Two calendar versions: a closure and its reopening.
    const closed = daysAgo(-40);
    const weekday = new Date(`${closed}T00:00:00Z`).getUTCDay();
    const day = weekday === 0 || weekday === 6 ? daysAgo(-42 - (weekday === 6 ? 0 : 1)) : closed;
    await sys.http.post('/api/v1/calendars/us-federal/closures').set(as('admin')).send({ date: day, reason: 'Offices closed' }).expect(200);
    await sys.http.post('/api/v1/calendars/us-federal/reopenings').set(as('admin')).send({ date: day, reason: 'Order withdrawn' }).expect(200);
    subjects.calendar = {
      subject: 'calendar',
      ref: 'us-federal',
      place: recordPlace('calendar', 'us-federal'),
      editRecord: {
        sql: `UPDATE holiday_calendar_versions SET change = change || '{"x": 1}' WHERE calendar_id = 'us-federal' AND version = 2`,
        undo: `UPDATE holiday_calendar_versions SET change = change - 'x' WHERE calendar_id = 'us-federal' AND version = 2`,
        params: [],
      },
    };

    // An unblock of a blocked facility asked for and refused: an approval outside any case.
    const blocked = (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name: 'Trail Camp Works' }).expect(201)).body.id;
    const onBlocked = await openCase(blocked);
    await sys.http.post(`/api/v1/cases/${onBlocked.id}/visit-requests`).set(as('investigator')).send({}).expect(200);
    const denied = (await sys.http.post(`/api/v1/cases/${onBlocked.id}/access-denied`).set(as('supervisor')).send({ note: 'Refused at the gate' }).expect(200)).body;
    await sys.http.post(`/api/v1/approvals/${denied.approvals[0].id}/approve`).set(as('supervisor2')).send({ reason: 'Refusal documented' }).expect(200);
    await waitFor(async () => (await sys.http.get(`/api/v1/facilities/${blocked}`).set(as('supervisor'))).body.status === 'BLOCKED');
    await sys.http.post(`/api/v1/facilities/${blocked}/unblock-requests`).set(as('supervisor')).send({ ground: 'REMEDIATION_PETITION', petition: 'Closed', reason: 'Remediated' }).expect(200);
    const pending = (await sys.http.get('/api/v1/approvals?status=pending').set(as('supervisor2')).expect(200)).body as { id: string; kind: string }[];
    const unblock = pending.find((a) => a.kind === 'UNBLOCK_FACILITY')!;
    await sys.http.post(`/api/v1/approvals/${unblock.id}/reject`).set(as('supervisor2')).send({ reason: 'No audit report' }).expect(200);
    subjects.approval = {
      subject: 'approval',
      ref: unblock.id,
      place: recordPlace('approval', unblock.id),
      editRecord: { sql: `UPDATE approvals SET decision_reason = decision_reason || '!' WHERE id = $1`, undo: `UPDATE approvals SET decision_reason = left(decision_reason, -1) WHERE id = $1`, params: [unblock.id] },
    };

    // An order in the register: a WRO proposed by one supervisor and issued when a second approves it.
    const orderFacility = (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name: 'Trail Order Works' }).expect(201)).body.id;
    const proposed = expectContract(
      await sys.http
        .post('/api/v1/orders')
        .set(as('supervisor'))
        .send({ kind: 'WRO', facilityId: orderFacility, productCategories: [], effectiveFrom: today(), reason: 'Credible reports of prison labor' })
        .expect(201),
    ).body as { id: string; reference: string };
    const issued = (await sys.http.post(`/api/v1/orders/${proposed.id}/approve`).set(as('supervisor2')).send({ reason: 'Reports verified' }).expect(200)).body;
    expect(issued.status).toBe('ACTIVE');
    subjects.order = { subject: 'order', ref: proposed.reference, place: streamPlace('enforcement_order_events', 'order_id', 'enforcement_orders', proposed.id) };

    // A year-end review, opened and reported.
    const periodStart = daysAgo(400);
    const reviewId = `mou-review-${periodStart}`;
    await sys.http.post('/api/v1/reviews').set(as('admin')).send({ periodStart }).expect(201);
    await waitFor(async () => (await sys.db.query(`SELECT status FROM reviews WHERE id = $1`, [reviewId]))[0]?.status === 'AWAITING_SIGN_OFF', 60_000);
    subjects.review = {
      subject: 'review',
      ref: reviewId,
      place: recordPlace('review', reviewId),
      editRecord: { sql: `UPDATE reviews SET report_md = report_md || '!' WHERE id = $1`, undo: `UPDATE reviews SET report_md = left(report_md, -1) WHERE id = $1`, params: [reviewId] },
    };

    // The audit log: every sign-in and administration above.
    subjects['audit-log'] = {
      subject: 'audit-log',
      ref: '',
      place: recordPlace('audit-log', 'audit-log'),
      editRecord: {
        sql: `UPDATE audit_events SET details = details || '{"x": 1}' WHERE id = (SELECT min(id) FROM audit_events)`,
        undo: `UPDATE audit_events SET details = details - 'x' WHERE id = (SELECT min(id) FROM audit_events)`,
        params: [],
      },
    };

    for (const s of Object.values(subjects)) {
      await waitFor(async () => (await headOf(s.place)) >= 2, 30_000);
      const result = await verify(s);
      expect({ subject: s.subject, valid: result.valid, reason: result.reason }).toEqual({ subject: s.subject, valid: true, reason: undefined });
      expect(result.events).toBe(await headOf(s.place));
    }
  }, 240_000);

  /** The routes that let whoever reads a record verify it (row-level access kept). */
  const ownRoute: Record<string, { path: () => string; who: string; stranger?: string }> = {
    case: { path: () => `/api/v1/cases/${subjects.case.place.params[0]}/verification`, who: 'investigator' },
    facility: { path: () => `/api/v1/facilities/${subjects.facility.place.params[0]}/verification`, who: 'investigator' },
    entry: { path: () => `/api/v1/entries/${subjects.entry.place.params[0]}/verification`, who: 'importer', stranger: 'importer2' },
    review: { path: () => `/api/v1/reviews/${subjects.review.ref}/verification`, who: 'policy', stranger: 'importer' },
  };

  it('lets whoever reads a facility, an entry or a review verify its chain, and nobody else', async () => {
    tokens.policy = await sys.login('policy@example.gov');
    tokens.importer2 = await sys.login('importer2@example.com');
    for (const [kind, route] of Object.entries(ownRoute)) {
      const ok = expectContract(await sys.http.get(route.path()).set(as(route.who)).expect(200)).body;
      expect({ kind, valid: ok.valid, events: ok.events }).toEqual({ kind, valid: true, events: await headOf(subjects[kind].place) });
      if (route.stranger) {
        const refused = await sys.http.get(route.path()).set(as(route.stranger));
        expect({ kind, status: refused.status }).toEqual({ kind, status: kind === 'entry' ? 404 : 403 });
      }
    }
  });

  const kinds = ['case', 'facility', 'entry', 'order', 'user', 'product-category', 'settings', 'calendar', 'approval', 'review', 'audit-log'];

  it.each(kinds)('reports each tampering by SQL with the chain of a %s: newest event deleted, payload edited, two reordered, head edited', async (kind) => {
    const s = subjects[kind];
    const p = s.place;
    const n = await headOf(p);
    const off = p.params.length;
    const where = (extra: string) => `${p.where} AND ${extra.replace(/\$(\d)/g, (_, i) => `$${Number(i) + off}`)}`;

    // The newest event deleted.
    const [[newest]] = await sys.db.query(`DELETE FROM ${p.events} WHERE ${where('sequence = $1')} RETURNING *`, [...p.params, n]);
    expect(await verify(s)).toMatchObject({ valid: false, breakKind: 'missing', brokenAt: n });
    if (ownRoute[kind]) {
      const own = (await sys.http.get(ownRoute[kind].path()).set(as(ownRoute[kind].who)).expect(200)).body;
      expect(own).toMatchObject({ valid: false, breakKind: 'missing', brokenAt: n });
    }
    const columns = Object.keys(newest);
    await sys.db.query(
      `INSERT INTO ${p.events} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      columns.map((c) => (c === 'payload' ? JSON.stringify(newest[c]) : newest[c])),
    );
    expect((await verify(s)).valid).toBe(true);

    // A payload edited.
    await sys.db.query(`UPDATE ${p.events} SET payload = payload || '{"tampered": true}' WHERE ${where('sequence = 1')}`, p.params);
    expect(await verify(s)).toMatchObject({ valid: false, breakKind: 'edited', brokenAt: 1 });
    await sys.db.query(`UPDATE ${p.events} SET payload = payload - 'tampered' WHERE ${where('sequence = 1')}`, p.params);
    expect((await verify(s)).valid).toBe(true);

    // Two events swapped.
    const swap = async () => {
      await sys.db.query(`UPDATE ${p.events} SET sequence = -1 WHERE ${where('sequence = 1')}`, p.params);
      await sys.db.query(`UPDATE ${p.events} SET sequence = 1 WHERE ${where('sequence = 2')}`, p.params);
      await sys.db.query(`UPDATE ${p.events} SET sequence = 2 WHERE ${where('sequence = -1')}`, p.params);
    };
    await swap();
    expect(await verify(s)).toMatchObject({ valid: false, breakKind: 'reordered', brokenAt: 1 });
    await swap();
    expect((await verify(s)).valid).toBe(true);

    // The head edited.
    const [{ hash }] = await sys.db.query(`SELECT last_hash AS hash FROM ${p.head} WHERE ${p.headWhere}`, p.params);
    await sys.db.query(`UPDATE ${p.head} SET last_hash = $${off + 1} WHERE ${p.headWhere}`, [...p.params, 'f'.repeat(64)]);
    expect(await verify(s)).toMatchObject({ valid: false, breakKind: 'head-mismatch', brokenAt: n });
    await sys.db.query(`UPDATE ${p.head} SET last_hash = $${off + 1} WHERE ${p.headWhere}`, [...p.params, hash]);
    expect((await verify(s)).valid).toBe(true);

    // The record itself changed outside the system, its chain untouched.
    if (s.editRecord) {
      await sys.db.query(s.editRecord.sql, s.editRecord.params);
      expect(await verify(s)).toMatchObject({ valid: false, breakKind: 'edited' });
      await sys.db.query(s.editRecord.undo, s.editRecord.params);
      expect((await verify(s)).valid).toBe(true);
    }
  });

  it.each([
    ['organisation', 'organisations'],
    ['bilateral-meeting', 'bilateral_meetings'],
  ])('chains a %s from its creation and reports its row edited or its event deleted by SQL', async (kind, table) => {
    let id: string;
    let ref: string;
    let edit: string;
    let undo: string;
    if (kind === 'organisation') {
      id = (await sys.http.post('/api/v1/organisations').set(as('admin')).send({ name: 'Trail Importers Ltd' }).expect(201)).body.id;
      ref = 'Trail Importers Ltd';
      edit = `UPDATE ${table} SET name = name || '!' WHERE id = $1`;
      undo = `UPDATE ${table} SET name = left(name, -1) WHERE id = $1`;
    } else {
      ref = daysAgo(-30);
      await sys.http.post('/api/v1/agenda/meetings').set(as('supervisor')).send({ heldOn: ref }).expect(201);
      id = (await sys.db.query(`SELECT id FROM ${table} WHERE held_on = $1`, [ref]))[0].id;
      ref = `meeting ${ref}`;
      edit = `UPDATE ${table} SET held_on = held_on + 1 WHERE id = $1`;
      undo = `UPDATE ${table} SET held_on = held_on - 1 WHERE id = $1`;
    }
    const s: Subject = { subject: kind, ref, place: recordPlace(kind, id) };
    expect(await headOf(s.place)).toBe(1);
    expect(await verify(s)).toMatchObject({ valid: true, events: 1 });

    // The row itself changed outside the system.
    await sys.db.query(edit, [id]);
    // Asked for by its id (the name or date just changed).
    expect(await verify({ ...s, ref: id })).toMatchObject({ valid: false, breakKind: 'edited' });
    await sys.db.query(undo, [id]);
    expect((await verify(s)).valid).toBe(true);

    // Its only event deleted.
    const [[event]] = await sys.db.query(`DELETE FROM record_events WHERE record_kind = $1 AND record_id = $2 AND sequence = 1 RETURNING *`, [kind, id]);
    expect(await verify(s)).toMatchObject({ valid: false, breakKind: 'missing', brokenAt: 1 });
    const columns = Object.keys(event);
    await sys.db.query(
      `INSERT INTO record_events (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      columns.map((c) => (c === 'payload' ? JSON.stringify(event[c]) : event[c])),
    );
    expect((await verify(s)).valid).toBe(true);
  });

  it('re-verifies every chain on a schedule, anchors the heads, and mails the administrators once for a break', async () => {
    for (const kind of kinds) expect({ kind, valid: (await verify(subjects[kind])).valid }).toEqual({ kind, valid: true });

    await startChainWatch(temporal, sys.config.TEMPORAL_TASK_QUEUE, {
      verifyEverySeconds: 1,
      anchorEverySeconds: 3600,
      anchorDir,
      keyFile,
      production: false,
    });
    const status = async () => expectContract(await sys.http.get('/api/v1/chain-verification/status').set(as('admin')).expect(200)).body;
    await waitFor(async () => (await status()).lastVerification !== null && (await status()).lastAnchor !== null, 30_000);
    expect((await status()).openBreaks).toEqual([]);
    expect(readdirSync(anchorDir).filter((f) => f.startsWith('anchor-'))).toHaveLength(1);
    await waitFor(async () => mailbox.mails.some((m) => /Chain heads anchored/.test(m.subject)), 20_000);
    expect(mailbox.mails.find((m) => /Chain heads anchored/.test(m.subject))!.to).toEqual(['admin@example.gov']);

    // The newest event of the case deleted: one mail, however many runs see it.
    const breakMails = () => mailbox.mails.filter((m) => /hash chain/i.test(m.subject));
    [[deletedCaseEvent]] = await sys.db.query(`DELETE FROM case_events WHERE case_id = $1 AND sequence = 2 RETURNING *`, [caseId]);
    await waitFor(async () => breakMails().length > 0, 30_000);
    const checksAtMail = (await sys.db.query(`SELECT count(*)::int AS n FROM chain_checks WHERE kind = 'verify'`))[0].n;
    await waitFor(async () => (await sys.db.query(`SELECT count(*)::int AS n FROM chain_checks WHERE kind = 'verify'`))[0].n >= checksAtMail + 3, 30_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(breakMails()).toHaveLength(1);
    expect(breakMails()[0].to).toEqual(['admin@example.gov']);
    expect(breakMails()[0].raw).toContain(subjects.case.ref);
    const open = (await status()).openBreaks;
    expect(open).toEqual([expect.objectContaining({ subject: 'case', recordKey: caseId, breakKind: 'missing', brokenAt: 2 })]);
  }, 120_000);

  it('catches a case whose whole chain and head were rewritten consistently, by the last anchor (route and command)', async () => {
    // The deleted event put back first: the case is whole again, and the break is resolved.
    const columns = Object.keys(deletedCaseEvent);
    await sys.db.query(
      `INSERT INTO case_events (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      columns.map((c) => (c === 'payload' ? JSON.stringify(deletedCaseEvent[c]) : deletedCaseEvent[c])),
    );
    expect((await verify(subjects.case)).valid).toBe(true);
    await waitFor(async () => ((await sys.http.get('/api/v1/chain-verification/status').set(as('admin'))).body.openBreaks as unknown[]).length === 0, 30_000);
    // Rewrite event 1 and every later one, each hash recomputed, and the head with them: no link is broken.
    const events = await sys.db.query(
      `SELECT case_id::text AS "streamId", sequence, type, actor_id AS "actorId", occurred_at AS "occurredAt", payload FROM case_events WHERE case_id = $1 ORDER BY sequence`,
      [caseId],
    );
    let prev = '0'.repeat(64);
    for (const e of events) {
      const payload = e.sequence === 1 ? { ...e.payload, allegation: { ...e.payload.allegation, summary: 'Nothing to see' } } : e.payload;
      const hash = eventHash(prev, { streamId: e.streamId, sequence: e.sequence, type: e.type, actorId: e.actorId, occurredAt: new Date(e.occurredAt).toISOString(), payload });
      await sys.db.query(`UPDATE case_events SET payload = $3, prev_hash = $4, hash = $5 WHERE case_id = $1 AND sequence = $2`, [caseId, e.sequence, JSON.stringify(payload), prev, hash]);
      prev = hash;
    }
    await sys.db.query(`UPDATE cases SET last_sequence = $2, last_hash = $3 WHERE id = $1`, [caseId, events.length, prev]);
    // The database alone cannot tell.
    expect((await verify(subjects.case)).valid).toBe(true);

    const check = expectContract(await sys.http.get('/api/v1/chain-verification/anchor').set(as('admin')).expect(200)).body;
    expect(check).toMatchObject({ signatureValid: true, valid: false });
    expect(check.mismatches).toEqual([expect.objectContaining({ subject: 'case', id: caseId, breakKind: 'edited' })]);

    const [file] = readdirSync(anchorDir).filter((f) => f.startsWith('anchor-'));
    const env = { ...process.env, DATABASE_URL: sys.config.DATABASE_URL, CHAIN_ANCHOR_KEY_FILE: keyFile, NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), TEMPORAL_ADDRESS: sys.config.TEMPORAL_ADDRESS };
    const cli = await run('npm', ['run', '--silent', 'verify-anchor', '--', join(anchorDir, file)], { cwd: resolve(__dirname, '../..'), env }).then(
      (done) => ({ code: 0, out: done.stdout + done.stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
    );
    expect(cli.out).toContain(`case ${caseId}: edited`);
    expect(cli.code).toBe(1);

    // And the scheduled re-verification reports it from the anchor too.
    await waitFor(async () => ((await sys.http.get('/api/v1/chain-verification/status').set(as('admin'))).body.openBreaks as { recordKey: string; reason: string }[])
      .some((b) => b.recordKey === caseId && /rewritten/.test(b.reason)), 30_000);
  }, 120_000);

});
