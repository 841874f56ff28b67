import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expectContract } from '../support/contract';
import { startMailbox } from '../support/mailbox';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const today = () => new Date().toISOString().slice(0, 10);

function entryBody(manufacturerName: string) {
  return {
    manufacturer: { name: manufacturerName },
    productCategory: 'GARMENTS',
    htsCode: '6203.42',
    quantity: 40,
    valueUsd: 900,
    importedOn: today(),
    certification: {
      supplierCertificateOfOrigin: { issuer: 'Qingdao Textiles Ltd', number: `CO-${Math.random().toString(36).slice(2, 8)}`, issuedOn: today() },
      dueDiligenceStatement: { manufacturerName, statement: 'Audited on site', signedBy: 'Ann Importer', signedOn: today() },
    },
  };
}

/** The set-password link's token, as the e-mail to `email` carries it (quoted-printable lines unfolded). */
function tokenFromMail(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /\/set-password#token=([A-Za-z0-9_-]+)/.exec(unfolded);
  if (!match) throw new Error(`no set-password link in:\n${raw}`);
  return match[1];
}

describe('people: invitations, roles, deactivation, importers as organisations, the audit log', () => {
  let sys: TestSystem;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    mailbox = await startMailbox();
    sys = await startTestSystem('people', { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.port), PUBLIC_URL: 'https://casework.example.gov' });
    for (const who of ['admin@example.gov', 'importer@example.com', 'importer2@example.com', 'investigator2@example.gov']) tokens[who.split('@')[0]] = await sys.login(who);
  });
  afterAll(async () => {
    await sys?.stop();
    await mailbox?.stop();
  });

  /** Invites `email` as `role`, sets the password from the e-mailed link and signs in; returns the link's token. */
  const onboard = async (email: string, displayName: string, role: string, organisationId?: string) => {
    const invited = expectContract(await sys.http.post('/api/v1/people').set(as('admin')).send({ email, displayName, role, organisationId }).expect(201));
    expect(invited.body.invitation.mailed).toBe(true);
    await waitFor(async () => mailbox.mails.some((m) => m.to.includes(email)), 10_000);
    const mail = mailbox.mails.find((m) => m.to.includes(email))!;
    expect(mail.subject).toBe('You are invited to MOU Casework');
    expect(mail.raw).toContain('https://casework.example.gov/set-password#token=');
    const token = tokenFromMail(mail.raw);
    expectContract(await sys.http.post('/api/v1/auth/set-password').send({ token, password: `${displayName} chose this` }).expect(200));
    const login = await sys.http.post('/api/v1/auth/login').send({ email, password: `${displayName} chose this` }).expect(200);
    return { id: invited.body.person.id as string, token, accessToken: login.body.accessToken as string };
  };

  it('lets two users of one importer see the same entries, and another importer none', async () => {
    const organisations = expectContract(await sys.http.get('/api/v1/organisations').set(as('admin')).expect(200)).body as { id: string; name: string }[];
    const acme = organisations.find((o) => o.name === 'Acme Imports LLC')!;
    const colleague = await onboard('clerk@acme.example.com', 'Carla Clerk', 'importer', acme.id);
    tokens.colleague = colleague.accessToken;

    const filed = await sys.http.post('/api/v1/entries').set(as('importer')).send(entryBody('Ningbo Knitwear Co')).expect(201);
    const entryId = filed.body.id as string;
    const seen = await sys.http.get(`/api/v1/entries/${entryId}`).set(as('colleague')).expect(200);
    expect(seen.body.reference).toBe(filed.body.reference);
    const colleagueList = await sys.http.get('/api/v1/entries').set(as('colleague')).expect(200);
    expect(colleagueList.body.map((e: { id: string }) => e.id)).toContain(entryId);

    // What the colleague files, the first user sees too.
    const byColleague = await sys.http.post('/api/v1/entries').set(as('colleague')).send(entryBody('Hangzhou Silk Mill')).expect(201);
    await sys.http.get(`/api/v1/entries/${byColleague.body.id}`).set(as('importer')).expect(200);

    // An entry held for its missing certificate: the colleague answers it with proof; another importer cannot.
    const bare = entryBody('Wenzhou Umbrella Works');
    const held = await sys.http
      .post('/api/v1/entries')
      .set(as('importer'))
      .send({ ...bare, certification: { dueDiligenceStatement: bare.certification.dueDiligenceStatement } })
      .expect(201);
    expect(held.body.status).toBe('DETAINED');
    await sys.http.post(`/api/v1/entries/${held.body.id}/proof`).set(as('importer2')).send({ statement: 'not ours', documents: [] }).expect(404);
    await sys.http.post(`/api/v1/entries/${held.body.id}/proof`).set(as('colleague')).send({ statement: 'Certificate of origin attached', documents: ['CO-1.pdf'] }).expect(200);
    const answered = await sys.http.get(`/api/v1/entries/${held.body.id}`).set(as('importer')).expect(200);
    expect(answered.body.proof).toMatchObject({ statement: 'Certificate of origin attached' });

    // Another importer: neither in its list nor by address.
    await sys.http.get(`/api/v1/entries/${entryId}`).set(as('importer2')).expect(404);
    await sys.http.get(`/api/v1/entries/${byColleague.body.id}`).set(as('importer2')).expect(404);
    const otherList = await sys.http.get('/api/v1/entries').set(as('importer2')).expect(200);
    expect(otherList.body.map((e: { id: string }) => e.id)).not.toEqual(expect.arrayContaining([entryId]));
    expect(otherList.body.map((e: { id: string }) => e.id)).not.toContain(byColleague.body.id);
  });

  it('sets a password once through an invitation link, and never after it has expired', async () => {
    const person = await onboard('once@example.gov', 'Otto Once', 'investigator');
    const again = expectContract(await sys.http.post('/api/v1/auth/set-password').send({ token: person.token, password: 'a different password' }).expect(409));
    expect(again.body.reason).toBe('LinkUsed');
    await sys.http.post('/api/v1/auth/login').send({ email: 'once@example.gov', password: 'a different password' }).expect(401);

    // A reset: the old password stops working at once; the link expires unused.
    const reset = expectContract(await sys.http.post(`/api/v1/people/${person.id}/password-reset`).set(as('admin')).send({ note: 'Forgot it' }).expect(200));
    expect(reset.body.mailed).toBe(true);
    await sys.http.get('/api/v1/auth/me').set({ Authorization: `Bearer ${person.accessToken}` }).expect(401);
    await sys.http.post('/api/v1/auth/login').send({ email: 'once@example.gov', password: 'Otto Once chose this' }).expect(401);
    await waitFor(async () => mailbox.mails.some((m) => m.to.includes('once@example.gov') && m.subject === 'Reset your MOU Casework password'), 10_000);
    const resetToken = tokenFromMail(mailbox.mails.find((m) => m.to.includes('once@example.gov') && m.subject === 'Reset your MOU Casework password')!.raw);
    // The link's 72 hours pass.
    await sys.db.query(`UPDATE password_links SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND used_at IS NULL`, [person.id]);
    const late = expectContract(await sys.http.post('/api/v1/auth/set-password').send({ token: resetToken, password: 'too late to choose' }).expect(409));
    expect(late.body.reason).toBe('LinkExpired');
    expectContract(await sys.http.post('/api/v1/auth/set-password').send({ token: 'x'.repeat(43), password: 'a long enough password' }).expect(404));
    const short = expectContract(await sys.http.post('/api/v1/auth/set-password').send({ token: resetToken, password: 'short' }).expect(400));
    expect(Object.keys(short.body.fields)).toEqual(['password']);
    // Only the hash of a token is stored.
    const stored = await sys.db.query(`SELECT token_hash FROM password_links WHERE user_id = $1`, [person.id]);
    expect(stored.map((r: { token_hash: string }) => r.token_hash)).not.toContain(resetToken);
  });

  it('applies a role change to the very next request made with the old token', async () => {
    const investigator2 = (await sys.http.get('/api/v1/auth/me').set(as('investigator2')).expect(200)).body;
    await sys.http.get('/api/v1/deadlines').set(as('investigator2')).expect(403);
    const changed = expectContract(await sys.http.patch(`/api/v1/people/${investigator2.id}/role`).set(as('admin')).send({ role: 'supervisor' }).expect(200));
    expect(changed.body.role).toBe('supervisor');
    await sys.http.get('/api/v1/deadlines').set(as('investigator2')).expect(200);
    expect((await sys.http.get('/api/v1/auth/me').set(as('investigator2')).expect(200)).body.permissions).toContain('deadline:board');
    await sys.http.patch(`/api/v1/people/${investigator2.id}/role`).set(as('admin')).send({ role: 'investigator' }).expect(200);
    await sys.http.get('/api/v1/deadlines').set(as('investigator2')).expect(403);
    // An importer needs its importer; nobody else has one.
    const missing = await sys.http.patch(`/api/v1/people/${investigator2.id}/role`).set(as('admin')).send({ role: 'importer' }).expect(400);
    expect(Object.keys(missing.body.fields)).toEqual(['organisationId']);
    await sys.http.post('/api/v1/people').set(as('importer')).send({ email: 'x@example.com', displayName: 'X', role: 'admin' }).expect(403);
  });

  it('refuses a deactivated user on the very next request, and at sign-in', async () => {
    const person = await onboard('leaver@example.gov', 'Lee Leaver', 'supervisor');
    const token = { Authorization: `Bearer ${person.accessToken}` };
    await sys.http.get('/api/v1/deadlines').set(token).expect(200);
    // Their live stream is open; it ends when they are deactivated.
    const stream = sys.http
      .get('/api/v1/events/stream')
      .set(token)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      })
      .then((res) => res.status);
    await new Promise((r) => setTimeout(r, 1000));
    const off = expectContract(await sys.http.post(`/api/v1/people/${person.id}/deactivate`).set(as('admin')).expect(200));
    expect(off.body.active).toBe(false);
    const closed = await Promise.race([stream, new Promise((r) => setTimeout(() => r('still open'), 5000))]);
    expect(closed).toBe(200);
    const refused = await sys.http.get('/api/v1/deadlines').set(token).expect(401);
    expect(refused.body.message).toBe('This account has been deactivated');
    await sys.http.post('/api/v1/auth/login').send({ email: 'leaver@example.gov', password: 'Lee Leaver chose this' }).expect(401);
    const mine = await sys.http.post(`/api/v1/people/${(await sys.http.get('/api/v1/auth/me').set(as('admin'))).body.id}/deactivate`).set(as('admin')).expect(409);
    expect(mine.body.reason).toBe('OwnAccount');
    const refusals = await sys.http.get('/api/v1/audit-events?action=access.refused').set(as('admin')).expect(200);
    expect(refusals.body.items.find((e: { actorEmail: string }) => e.actorEmail === 'leaver@example.gov')).toMatchObject({ target: 'GET /api/v1/deadlines', details: { reason: 'deactivated' } });
  });

  it('lets everyone change their own password with the current one, ending their other sessions', async () => {
    const first = tokens.importer2;
    const wrong = await sys.http.post('/api/v1/auth/password').set(as('importer2')).send({ currentPassword: 'not it', newPassword: 'bolt trading 2027!' }).expect(400);
    expect(Object.keys(wrong.body.fields)).toEqual(['currentPassword']);
    const changed = expectContract(await sys.http.post('/api/v1/auth/password').set(as('importer2')).send({ currentPassword: 'demo-password', newPassword: 'bolt trading 2027!' }).expect(200));
    await sys.http.get('/api/v1/entries').set({ Authorization: `Bearer ${first}` }).expect(401);
    await sys.http.get('/api/v1/entries').set({ Authorization: `Bearer ${changed.body.accessToken}` }).expect(200);
    await sys.http.post('/api/v1/auth/login').send({ email: 'importer2@example.com', password: 'bolt trading 2027!' }).expect(200);
  });

  it('records failed sign-ins in the audit log, found by what, who and subject, and exported as CSV', async () => {
    await sys.http.post('/api/v1/auth/login').send({ email: 'policy@example.gov', password: 'guessing' }).expect(401);
    await sys.http.post('/api/v1/auth/login').send({ email: 'nobody@example.gov', password: 'guessing' }).expect(401);
    const failures = expectContract(await sys.http.get('/api/v1/audit-events?action=auth.login&outcome=failure').set(as('admin')).expect(200));
    expect(failures.body.items.map((e: { target: string; details: { reason: string } }) => [e.target, e.details.reason])).toEqual(
      expect.arrayContaining([
        ['nobody@example.gov', 'unknown-email'],
        ['policy@example.gov', 'wrong-password'],
      ]),
    );
    const policyOnly = await sys.http.get('/api/v1/audit-events?action=auth.login&outcome=failure&target=policy@').set(as('admin')).expect(200);
    expect(policyOnly.body.total).toBe(1);
    const paged = await sys.http.get('/api/v1/audit-events?action=auth.&pageSize=2&page=2').set(as('admin')).expect(200);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 2 });
    expect(paged.body.items).toHaveLength(2);
    expect(paged.body.total).toBeGreaterThan(4);
    const csv = await sys.http.get('/api/v1/audit-events/export.csv?action=auth.login&outcome=failure&target=nobody').set(as('admin')).expect(200);
    expect(csv.text.split('\r\n')[0]).toBe('at,actor_email,actor_name,action,outcome,target,ip,details');
    expect(csv.text).toContain('auth.login,failure,nobody@example.gov');
    await sys.http.get('/api/v1/audit-events').set(as('importer')).expect(403);
    const bad = await sys.http.get('/api/v1/audit-events?from=yesterday&outcome=maybe').set(as('admin')).expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['from', 'outcome']);
  });

  it('retires a product category on a source, no longer offered but kept for the administrator', async () => {
    await sys.http.post('/api/v1/product-categories/TEA/retire').set(as('admin')).send({ source: '' }).expect(400);
    const retired = expectContract(await sys.http.post('/api/v1/product-categories/TEA/retire').set(as('admin')).send({ source: 'CBP ruling 2027-14' }).expect(200));
    expect(retired.body).toMatchObject({ code: 'TEA', retiredSource: 'CBP ruling 2027-14' });
    const offered = await sys.http.get('/api/v1/product-categories').set(as('importer')).expect(200);
    expect(offered.body.map((c: { code: string }) => c.code)).not.toContain('TEA');
    const all = await sys.http.get('/api/v1/product-categories?includeRetired=true').set(as('admin')).expect(200);
    expect(all.body.find((c: { code: string }) => c.code === 'TEA').retiredAt).toEqual(expect.any(String));
    expect((await sys.http.post('/api/v1/product-categories/TEA/retire').set(as('admin')).send({ source: 'again' }).expect(409)).body.reason).toBe('CategoryRetired');
  });

  it('verifies the chain of a facility and an entry by reference, and finds a tampered event', async () => {
    const [entry] = await sys.db.query(`SELECT id, reference FROM entries ORDER BY created_at LIMIT 1`);
    const ok = expectContract(await sys.http.get(`/api/v1/chain-verification?subject=entry&ref=${entry.reference}`).set(as('admin')).expect(200));
    expect(ok.body).toMatchObject({ subject: 'entry', id: entry.id, valid: true });
    expect(ok.body.events).toBeGreaterThan(0);
    await sys.db.query(`UPDATE entry_events SET payload = payload || '{"quantity": 1}' WHERE entry_id = $1 AND sequence = 1`, [entry.id]);
    const broken = await sys.http.get(`/api/v1/chain-verification?subject=entry&ref=${entry.id}`).set(as('admin')).expect(200);
    expect(broken.body).toMatchObject({ valid: false, brokenAt: 1 });
    await sys.http.get('/api/v1/chain-verification?subject=facility&ref=No such works').set(as('admin')).expect(404);
    await sys.http.get('/api/v1/chain-verification?subject=planet&ref=x').set(as('admin')).expect(400);
  });

  it('creates a first administrator from the command line, with a one-time link to set the password', async () => {
    const root = resolve(__dirname, '../..');
    const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: sys.config.DATABASE_URL, TEMPORAL_ADDRESS: sys.config.TEMPORAL_ADDRESS, JWT_SECRET: sys.config.JWT_SECRET, PUBLIC_URL: 'https://casework.example.gov', SEED_DEMO_USERS: 'false' };
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'tools/create-admin.ts', ...args], { cwd: root, env });
    const { stdout } = await run('Chief@Agency.gov', 'Chris', 'Chief');
    expect(stdout).toContain('Administrator Chris Chief <chief@agency.gov> is ready.');
    const token = /https:\/\/casework\.example\.gov\/set-password#token=([A-Za-z0-9_-]+)/.exec(stdout)![1];
    await sys.http.post('/api/v1/auth/set-password').send({ token, password: 'the first admin password' }).expect(200);
    await sys.http.post('/api/v1/auth/set-password').send({ token, password: 'the first admin password' }).expect(409);
    const login = await sys.http.post('/api/v1/auth/login').send({ email: 'chief@agency.gov', password: 'the first admin password' }).expect(200);
    expect(login.body.user).toMatchObject({ role: 'admin', displayName: 'Chris Chief' });
    // Once the administrator has a password, the command refuses to touch the account.
    await expect(run('chief@agency.gov', 'Someone Else')).rejects.toMatchObject({ code: 1 });
  }, 60_000);
});
