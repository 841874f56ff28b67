import type { Response } from 'superagent';
import { startMailbox } from '../support/mailbox';
import { pdfText } from '../support/pdf-text';
import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const DAY = 86_400_000;
const dateDaysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

/** Collects a binary body (the PDF) as a Buffer. */
const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the one-year review through the API', () => {
  let sys: TestSystem;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  // A programme year that ended two months ago: its review runs through at once. Workflow ids are
  // shared by every suite on the one Temporal server, so this suite keeps to dates no other uses.
  const periodStart = dateDaysAgo(420);
  const reviewId = `mou-review-${periodStart}`;

  beforeAll(async () => {
    mailbox = await startMailbox();
    sys = await startTestSystem('reviews', { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.port), NOTIFICATION_POLL_MS: '100' });
    for (const who of ['investigator@example.gov', 'supervisor@example.gov', 'policy@example.gov', 'admin@example.gov']) tokens[who.split('@')[0]] = await sys.login(who);

    // Six visits asked for during that year, none ever granted, at a facility known by its Chinese name.
    const facilityId = (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name: '青海省劳改农场' }).expect(201)).body.id;
    for (let i = 0; i < 6; i++) {
      const opened = await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId, allegation: { summary: `Carpets from the camp, shipment ${i + 1}`, source: 'Witness', productCategories: ['CARPETS'] } })
        .expect(201);
      await sys.http.post(`/api/v1/cases/${opened.body.id}/visit-requests`).set(as('investigator')).send({ requestedAt: new Date(Date.now() - (390 - i * 10) * DAY).toISOString() }).expect(200);
    }
  });
  afterAll(async () => {
    await sys?.stop();
    await mailbox?.stop();
  });

  const detail = async () => (await sys.http.get(`/api/v1/reviews/${reviewId}`).set(as('policy')).expect(200)).body;

  it('lets an admin start the review once: the same periodStart gives the same review', async () => {
    const first = expectContract(await sys.http.post('/api/v1/reviews').set(as('admin')).send({ periodStart }).expect(201));
    expect(first.body).toMatchObject({ id: reviewId, periodStart, periodEnd: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const again = await sys.http.post('/api/v1/reviews').set(as('admin')).send({ periodStart }).expect(200);
    expect(again.body.id).toBe(reviewId);
    await sys.http.post('/api/v1/reviews').set(as('policy')).send({ periodStart }).expect(403);
    const bad = await sys.http.post('/api/v1/reviews').set(as('admin')).send({ periodStart: '2026-02-30', thresholds: { revokeOpenShare: 0 } }).expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['periodStart']);
    const badThreshold = await sys.http.post('/api/v1/reviews').set(as('admin')).send({ periodStart, thresholds: { revokeOpenShare: 0 } }).expect(400);
    expect(Object.keys(badThreshold.body.fields)).toEqual(['thresholds.revokeOpenShare']);
    const list = expectContract(await sys.http.get('/api/v1/reviews').set(as('admin')).expect(200));
    expect(list.body.map((r: { id: string }) => r.id)).toContain(reviewId);
  });

  it('answers 409 for the report of a year still running, and 404 for a review that does not exist', async () => {
    const running = dateDaysAgo(11);
    await sys.http.post('/api/v1/reviews').set(as('admin')).send({ periodStart: running }).expect(201);
    const early = expectContract(await sys.http.get(`/api/v1/reviews/mou-review-${running}/report.pdf`).set(as('policy')).expect(409));
    expect(early.body.message).toMatch(/written when the programme year ends on \d{4}-\d{2}-\d{2}/);
    await sys.http.get('/api/v1/reviews/mou-review-1999-01-01/report.md').set(as('policy')).expect(404);
    await sys.http.get('/api/v1/reviews/not-a-review').set(as('policy')).expect(404);
  });

  it('delivers the report to policy staff in three formats and by e-mail with the PDF attached', async () => {
    await waitFor(async () => (await detail()).status === 'AWAITING_SIGN_OFF', 30_000);
    const review = await detail();
    expect(review).toMatchObject({ recommendation: 'REVOKE', interim: [{ quarter: 1 }, { quarter: 2 }, { quarter: 3 }], report: { pdf: `/api/v1/reviews/${reviewId}/report.pdf` } });
    expect(review.metrics).toMatchObject({ visitsRequested: 6, visitsHeld: 0 });

    const md = await sys.http.get(`/api/v1/reviews/${reviewId}/report.md`).set(as('policy')).expect(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.text).toContain('## Recommendation: REVOKE');
    const html = await sys.http.get(`/api/v1/reviews/${reviewId}/report.html`).set(as('policy')).expect(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.text).toContain('<h2>Recommendation: REVOKE</h2>');
    const pdf = await sys.http.get(`/api/v1/reviews/${reviewId}/report.pdf`).set(as('policy')).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${reviewId}.pdf"`);
    const printed = (await pdfText(pdf.body as Buffer)).text;
    expect(printed).toContain('Recommendation: REVOKE');
    // The facility's name prints as itself, in the embedded font.
    expect(printed).toContain('青海省劳改农场');
    await sys.http.get(`/api/v1/reviews/${reviewId}/report.pdf`).set(as('investigator')).expect(403);

    // Every fact the decision counted, one CSV row each: the six visit requests of the year.
    const facts = await sys.http.get(review.report.facts).set(as('policy')).expect(200);
    expect(facts.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(facts.headers['content-disposition']).toBe(`attachment; filename="${reviewId}.facts.csv"`);
    const lines = facts.text.trim().split('\r\n');
    expect(lines[0]).toBe('Fact,Case,Facility,Request,Made,Held / received,Refused,Outcome at the review date,Visit held,Report issued,Days after the visit');
    expect(lines.filter((l) => l.startsWith('request,'))).toHaveLength(6);
    expect(lines.filter((l) => l.startsWith('request,')).every((l) => l.includes(',visit,'))).toBe(true);
    await sys.http.get(review.report.facts).set(as('investigator')).expect(403);

    const mail = () => mailbox.mails.find((m) => m.to.includes('policy@example.gov') && m.subject.endsWith('recommendation REVOKE'));
    await waitFor(async () => mail() !== undefined, 20_000);
    expect(mail()!.raw).toMatch(/Content-Type: application\/pdf; name=mou-review-\d{4}-\d{2}-\d{2}\.pdf/);
    const inbox = await sys.http.get('/api/v1/notifications').set(as('policy')).expect(200);
    expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['REVIEW_REPORT', 'REVIEW_SUMMARY']));
  });

  it("schedules the next programme year's review when the year ends, and lists the years with their key figures", async () => {
    await waitFor(async () => (await detail()).status !== 'RUNNING', 30_000);
    const nextStart = `${Number(periodStart.slice(0, 4)) + 1}${periodStart.slice(4)}`;
    await waitFor(async () => (await sys.http.get(`/api/v1/reviews/mou-review-${nextStart}`).set(as('policy'))).status === 200, 30_000);
    const list = expectContract(await sys.http.get('/api/v1/reviews').set(as('policy')).expect(200));
    const byId = Object.fromEntries(list.body.map((r: { id: string }) => [r.id, r]));
    expect(byId[`mou-review-${nextStart}`]).toMatchObject({ periodStart: nextStart, status: 'RUNNING', recommendation: null, figures: null });
    // Six visit requests, none held: the year's figures, next to its recommendation.
    expect(byId[reviewId]).toMatchObject({ recommendation: 'REVOKE', figures: { totalRequests: 6, visitGrantRate: 0, visitOnTimeRate: 0 } });
  });

  it('lets a policy user sign off, never an investigator or an admin, and only once', async () => {
    await sys.http.post(`/api/v1/reviews/${reviewId}/sign-off`).set(as('investigator')).send({ note: 'not mine to sign' }).expect(403);
    await sys.http.post(`/api/v1/reviews/${reviewId}/sign-off`).set(as('admin')).send({}).expect(403);
    const signed = expectContract(await sys.http.post(`/api/v1/reviews/${reviewId}/sign-off`).set(as('policy')).send({ note: 'Agreed: six requests, none answered.' }).expect(200));
    expect(signed.body).toMatchObject({ status: 'SIGNED_OFF', signOff: { by: { name: 'Pat Policy' }, note: 'Agreed: six requests, none answered.' } });
    const again = await sys.http.post(`/api/v1/reviews/${reviewId}/sign-off`).set(as('policy')).send({}).expect(409);
    expect(again.body.message).toMatch(/already signed off/);
    // A signed-off review is finished; starting it again answers the same review.
    expect((await sys.http.post('/api/v1/reviews').set(as('admin')).send({ periodStart }).expect(200)).body.status).toBe('SIGNED_OFF');
  });

  it('gives the recommendation the data give now under any thresholds, naming bad ones', async () => {
    const window = { from: periodStart, to: dateDaysAgo(55) };
    const now = expectContract(await sys.http.get('/api/v1/reviews/what-if').query(window).set(as('policy')).expect(200));
    expect(now.body).toMatchObject({ recommendation: 'REVOKE', metrics: { visitsRequested: 6 } });
    const stricter = await sys.http.get('/api/v1/reviews/what-if').query({ ...window, minimumRequests: 10 }).set(as('policy')).expect(200);
    expect(stricter.body).toMatchObject({ recommendation: 'MAINTAIN', flags: ['INSUFFICIENT_DATA'] });

    const bad = await sys.http.get('/api/v1/reviews/what-if').query({ ...window, revokeGrantRateBelow: 1.5, maintainMaxOpenDays: 'soon' }).set(as('policy')).expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['maintainMaxOpenDays']);
    const inconsistent = await sys.http.get('/api/v1/reviews/what-if').query({ ...window, revokeGrantRateBelow: 1.5 }).set(as('policy')).expect(400);
    expect(inconsistent.body.fields).toEqual({
      revokeGrantRateBelow: ['revokeGrantRateBelow is a rate and must lie between 0 and 1, got 1.5.'],
    });
    await sys.http.get('/api/v1/reviews/what-if').query(window).set(as('investigator')).expect(403);
    // The two started, and the next year's review the ended one scheduled: what-if stored nothing.
    expect((await sys.db.query(`SELECT count(*)::int AS n FROM reviews`))[0].n).toBe(3);
  });
});
