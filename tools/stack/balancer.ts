import { ClientRequest, createServer, IncomingMessage, request, Server, ServerResponse } from 'node:http';

/**
 * A small HTTP load balancer in front of several API instances, as a production proxy would be:
 * each request goes to the next instance in turn; an instance that refuses the connection (down or
 * restarting) is skipped for a few seconds and the request goes to another, which is safe because
 * it never reached the first. Responses are streamed, so the live event stream passes through; when
 * the instance behind a stream dies, the stream ends and the browser reconnects through the
 * balancer to an instance that is up.
 */
export interface Balancer {
  url: string;
  /** The instance each request in flight went to (long-lived ones: the live streams). */
  inFlight(): { path: string; upstream: string }[];
  stop(): Promise<void>;
}

const SKIP_MS = 3_000;
const MAX_BODY = 8 * 1024 * 1024;

export async function startBalancer(options: { port: number; host?: string; upstreams: string[] }): Promise<Balancer> {
  const upstreams = options.upstreams.map((u) => new URL(u));
  const downUntil = new Map<string, number>();
  const open = new Set<{ path: string; upstream: string }>();
  let next = 0;

  const order = (): URL[] => {
    const start = next++ % upstreams.length;
    const turn = [...upstreams.slice(start), ...upstreams.slice(0, start)];
    const now = Date.now();
    return [...turn.filter((u) => (downUntil.get(u.host) ?? 0) <= now), ...turn.filter((u) => (downUntil.get(u.host) ?? 0) > now)];
  };

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer, candidates: URL[]): void => {
    const target = candidates[0];
    if (!target) {
      res.writeHead(502, { 'Content-Type': 'application/json' }).end(JSON.stringify({ statusCode: 502, message: 'No API instance is reachable' }));
      return;
    }
    const entry = { path: req.url ?? '/', upstream: target.origin };
    const upstream: ClientRequest = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: req.headers.host } },
      (answer) => {
        open.add(entry);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        const done = () => open.delete(entry);
        answer.once('end', done);
        // The instance died mid-response: end the client's connection too, so that it retries.
        answer.once('error', () => res.destroy());
        answer.once('aborted', () => res.destroy());
        res.once('close', () => {
          done();
          // The client left before the answer was complete (a closed page's stream): let the instance know.
          if (!answer.complete) upstream.destroy();
        });
      },
    );
    upstream.once('error', (error: NodeJS.ErrnoException) => {
      if (res.headersSent) return void res.destroy();
      if (error.code === 'ECONNREFUSED') {
        downUntil.set(target.host, Date.now() + SKIP_MS);
        return forward(req, res, body, candidates.slice(1));
      }
      res.writeHead(502, { 'Content-Type': 'application/json' }).end(JSON.stringify({ statusCode: 502, message: 'The API instance did not answer' }));
    });
    upstream.end(body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        res.writeHead(413).end();
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => forward(req, res, Buffer.concat(chunks), order()));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  return {
    url: `http://${host}:${options.port}`,
    inFlight: () => [...open],
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
