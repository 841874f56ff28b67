import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Balancer, startBalancer } from './balancer';
import { freePort } from './free-port';

/** A stand-in API instance that answers with its name and echoes the body it got. */
async function instance(name: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name, body: Buffer.concat(chunks).toString() })));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const post = async (balancer: Balancer, body: string) => {
  const res = await fetch(`${balancer.url}/api/v1/cases`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  return { status: res.status, body: (await res.json()) as { name?: string; body?: string; message?: string } };
};

describe('balancer', () => {
  const stops: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  it('sends requests to the instances in turn, bodies included', async () => {
    const [a, b] = [await instance('a'), await instance('b')];
    stops.push(() => void a.server.close(), () => void b.server.close());
    const balancer = await startBalancer({ port: await freePort(), upstreams: [a.url, b.url] });
    stops.push(() => balancer.stop());
    const answers = [await post(balancer, '{"n":1}'), await post(balancer, '{"n":2}')];
    expect(answers.map((r) => r.body.name).sort()).toEqual(['a', 'b']);
    expect(answers.map((r) => r.body.body).sort()).toEqual(['{"n":1}', '{"n":2}']);
  });

  it('sends every request to the instance that is up when the other refuses connections', async () => {
    const a = await instance('a');
    stops.push(() => void a.server.close());
    const down = `http://127.0.0.1:${await freePort()}`;
    const balancer = await startBalancer({ port: await freePort(), upstreams: [down, a.url] });
    stops.push(() => balancer.stop());
    for (let i = 0; i < 4; i++) expect(await post(balancer, `{"n":${i}}`)).toEqual({ status: 200, body: { name: 'a', body: `{"n":${i}}` } });
  });

  it('answers 502 when no instance is reachable', async () => {
    const balancer = await startBalancer({ port: await freePort(), upstreams: [`http://127.0.0.1:${await freePort()}`] });
    stops.push(() => balancer.stop());
    expect(await post(balancer, '{}')).toEqual({ status: 502, body: { statusCode: 502, message: 'No API instance is reachable' } });
  });
});
