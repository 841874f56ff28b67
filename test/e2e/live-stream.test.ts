import http from 'node:http';
import { AddressInfo } from 'node:net';
import { DEMO_FACILITY_ID, startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

interface Heard {
  type: string;
  id: string;
  data: { stream: string; id: string; sequence: number };
}

interface Stream {
  heard: Heard[];
  /** Resolves once the server has answered with the stream's headers. */
  opened: Promise<number>;
  /** Drops the connection as a lost network would: the socket destroyed, no goodbye. */
  drop(): void;
}

/** A client of the live stream over node:http, sending the headers a browser would on reconnection. */
function openStream(url: string, headers: Record<string, string>): Stream {
  const heard: Heard[] = [];
  let request: http.ClientRequest;
  const opened = new Promise<number>((resolve, reject) => {
    request = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      resolve(res.statusCode ?? 0);
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const id = /^id: (.*)$/m.exec(block)?.[1] ?? '';
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data && type !== 'heartbeat') heard.push({ type, id, data: JSON.parse(data) });
        }
      });
      res.on('error', () => undefined);
    });
    request.on('error', reject);
  });
  opened.catch(() => undefined);
  return { heard, opened, drop: () => request.socket?.destroy() };
}

describe('the live stream, dropped and reconnected', () => {
  let sys: TestSystem;
  let baseUrl: string;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    sys = await startTestSystem('livestream');
    await sys.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(sys.app.getHttpServer().address() as AddressInfo).port}`;
    for (const who of ['investigator@example.gov', 'supervisor@example.gov']) tokens[who.split('@')[0]] = await sys.login(who);
  }, 120_000);
  const streams: Stream[] = [];
  afterAll(async () => {
    // An open stream would keep the server from closing.
    for (const s of streams) s.drop();
    await sys?.stop();
  });

  const sequencesOf = async (caseId: string, after = 0) =>
    ((await sys.db.query(`SELECT sequence FROM case_events WHERE case_id = $1 AND sequence > $2 ORDER BY sequence`, [caseId, after])) as { sequence: number }[]).map(
      (r) => r.sequence,
    );
  const heardOf = (s: Stream, caseId: string) => s.heard.filter((e) => e.data.stream === 'case' && e.data.id === caseId).map((e) => e.data.sequence);

  it('after a dropped connection, the reconnected client hears every later event of a case exactly once, and the case read afresh shows what happened while it was away', async () => {
    const first = openStream(`${baseUrl}/api/v1/events/stream`, as('supervisor'));
    streams.push(first);
    expect(await first.opened).toBe(200);
    await new Promise((r) => setTimeout(r, 300));

    // A case opened while connected: its events arrive, each with an id naming the record and the sequence.
    const opened = (
      await sys.http
        .post('/api/v1/cases')
        .set(as('investigator'))
        .send({ facilityId: DEMO_FACILITY_ID, allegation: { summary: 'Castings poured by prisoners', source: 'NGO report', productCategories: ['MACHINE_PRESSES'] } })
        .expect(201)
    ).body as { id: string; reference: string };
    const caseId = opened.id;
    await waitFor(async () => heardOf(first, caseId).length > 0 && heardOf(first, caseId).length === (await sequencesOf(caseId)).length, 20_000);
    expect(heardOf(first, caseId)).toEqual(await sequencesOf(caseId));
    const lastHeard = first.heard[first.heard.length - 1];
    expect(lastHeard.id).toBe(`case:${caseId}:${lastHeard.data.sequence}`);

    // The connection drops; an investigation is requested while the client is away.
    first.drop();
    const beforeAway = (await sequencesOf(caseId)).at(-1)!;
    const heardBeforeDrop = first.heard.length;
    await sys.http.post(`/api/v1/cases/${caseId}/investigation-requests`).set(as('investigator')).send({}).expect(200);
    await waitFor(async () => (await sequencesOf(caseId, beforeAway)).length > 0, 20_000);
    await new Promise((r) => setTimeout(r, 500));
    const whileAway = await sequencesOf(caseId, beforeAway);
    expect(first.heard).toHaveLength(heardBeforeDrop);

    // Reconnected, with the id of the last event heard as a browser sends it.
    const atReconnect = (await sequencesOf(caseId)).at(-1)!;
    const second = openStream(`${baseUrl}/api/v1/events/stream`, { ...as('supervisor'), 'last-event-id': lastHeard.id });
    streams.push(second);
    expect(await second.opened).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    // The stream keeps no cursor: what happened while away is not replayed, and the page reads the case afresh.
    const read = (await sys.http.get(`/api/v1/cases/${caseId}`).set(as('supervisor')).expect(200)).body as { timeline: { sequence: number }[] };
    expect(read.timeline.map((e) => e.sequence).sort((a, b) => a - b)).toEqual(await sequencesOf(caseId));
    expect(read.timeline.map((e) => e.sequence)).toEqual(expect.arrayContaining(whileAway));

    // Something happens after the reconnection: heard once each, and nothing from before.
    await sys.http.post(`/api/v1/cases/${caseId}/visit-requests`).set(as('investigator')).send({}).expect(200);
    await waitFor(async () => {
      const later = await sequencesOf(caseId, atReconnect);
      return later.length > 0 && later.every((n) => heardOf(second, caseId).includes(n));
    }, 20_000);
    await new Promise((r) => setTimeout(r, 1000));
    const heardAfter = heardOf(second, caseId);
    expect(heardAfter).toEqual(await sequencesOf(caseId, atReconnect));
    expect(new Set(second.heard.map((e) => e.id)).size).toBe(second.heard.length);
    expect(heardAfter.filter((n) => n <= atReconnect)).toEqual([]);
  }, 90_000);
});
