import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A health check for a supervisor or a load balancer: `GET /healthz` (or HEAD) answers 200 with
 * the report when `ready` is true, 503 with the same report otherwise. Transport-agnostic: the
 * gateway bot and the HTTP interactions endpoint each pass their own report.
 *
 *   const health = await startHealthServer({ port: 8081, report: () => ({ ready: bot.isReady(), in_flight: 3 }) });
 *   …
 *   await health.close();
 */
export interface HealthReport {
  ready: boolean;
  [field: string]: unknown;
}

export interface HealthServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Default 127.0.0.1: the report is for the machine's own supervisor; 0.0.0.0 for a container orchestrator probing from outside. */
  host?: string;
  /** Called on each request; must be cheap and must not throw. */
  report: () => HealthReport;
}

export interface HealthServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/** The response for one request: pure, so routing is tested without a socket. */
export function healthResponse(
  method: string | undefined,
  path: string,
  report: () => HealthReport,
): { status: number; body: unknown } {
  if (path !== '/healthz') return { status: 404, body: { error: 'not found: the health check is GET /healthz' } };
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, body: { error: 'use GET /healthz' } };
  let r: HealthReport;
  try {
    r = report();
  } catch (err) {
    r = { ready: false, error: err instanceof Error ? err.message : String(err) };
  }
  return { status: r.ready ? 200 : 503, body: r };
}

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://health').pathname;
    const { status, body } = healthResponse(req.method, path, options.report);
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(text),
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  });
  // A probe that holds its connection open must not keep the process alive when it stops.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.unref();
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/healthz`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
