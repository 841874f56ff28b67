/** A small keep-alive HTTP/1.1 client for loopback load: one socket per concurrent caller. */
import http from 'node:http';

export interface HttpAnswer {
  status: number;
  text: string;
  bytes: number;
  ms: number;
}

export class HttpClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly host: string,
    private readonly port: number,
    maxSockets = 64,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  request(method: string, path: string, options: { body?: unknown; token?: string; headers?: Record<string, string> } = {}): Promise<HttpAnswer> {
    const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
    const headers: Record<string, string | number> = { ...options.headers };
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = payload.length;
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request({ host: this.host, port: this.port, method, path, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, text: body.toString('utf8'), bytes: body.length, ms: performance.now() - started });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Opens a server-sent-events stream; calls onEvent with each event's type and parsed data and the local arrival time. */
  stream(path: string, onEvent: (type: string, data: Record<string, unknown>, at: number) => void): { close(): void; ready: Promise<number> } {
    let req: http.ClientRequest | undefined;
    const ready = new Promise<number>((resolve, reject) => {
      req = http.get({ host: this.host, port: this.port, path, headers: { accept: 'text/event-stream' } }, (res) => {
        resolve(res.statusCode ?? 0);
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const at = Date.now();
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (data) {
              try {
                onEvent(type, JSON.parse(data) as Record<string, unknown>, at);
              } catch {
                // a keep-alive comment or a non-JSON ping
              }
            }
          }
        });
      });
      req.on('error', reject);
    });
    return { close: () => req?.destroy(), ready };
  }

  close(): void {
    this.agent.destroy();
  }
}
