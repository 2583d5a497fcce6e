/**
 * The Interactions Endpoint: `POST /interactions` on Node's own http server. Every request is
 * checked before its body is parsed (size, then Ed25519 signature and timestamp), answered in the
 * HTTP response, and logged in one line. No state between requests: any number of copies can
 * serve behind a load balancer.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KeyObject } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Handlers, Outcome } from '../discord/respond.js';
import { errorFields, type Logger } from '../discord/log.js';
import { healthResponse, type HealthReport } from '../health/index.js';
import { handleAutocomplete, handleCommand, handleComponent, handleMention } from '../router.js';
import { interactionSchema, workFor, type Work } from './interaction.js';
import { answerInteraction } from './respond.js';
import { verifyRequest } from './verify.js';
import { interactionWebhook } from './webhook.js';

export const INTERACTIONS_PATH = '/interactions';
export const HEALTH_PATH = '/healthz';
/** Discord's interactions are a few KiB; anything near this is not one. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Timeouts, chosen rather than inherited:
 * - a request (headers and body) must arrive within 10 s: Discord needs the answer within 3 s, so a
 *   slower sender is a slow-loris, not Discord;
 * - an idle keep-alive connection stays open 65 s, longer than the 60 s idle timeout of the usual
 *   reverse proxies and load balancers (nginx, AWS ALB), so the proxy, not Node, closes it, and
 *   never reuses a connection Node has just dropped.
 */
export const TIMEOUTS = { requestMs: 10_000, headersMs: 10_000, keepAliveMs: 65_000 } as const;

const routerHandlers: Handlers = {
  command: handleCommand,
  autocomplete: handleAutocomplete,
  component: handleComponent,
  mention: handleMention,
};

export interface HttpServerOptions {
  publicKey: KeyObject;
  deps: Deps;
  log: Logger;
  /** REST base for the interaction webhook (DISCORD_API_URL); Discord's by default. */
  apiBase?: string;
  /** Defer an answer not ready this long after its request arrived (default 2500; Discord's limit is 3000). */
  deferAfterMs?: number;
  /** Tests only: replace some handlers (a slow or throwing one). Production never passes it. */
  handlers?: Partial<Handlers>;
  /** Tests only: the clock the signature timestamp is checked against (ms). */
  clock?: () => number;
}

export interface HttpServer {
  readonly server: http.Server;
  /** Starts listening; resolves with the address (port 0 picks a free one). */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Refuses new requests with 503, finishes those in flight (deferred answers included), then closes. */
  stop(): Promise<void>;
  /** Requests being answered right now, deferred deliveries included. */
  inFlight(): number;
  /** The health report /healthz serves (also for a separate HEALTH_PORT). */
  report(): HealthReport;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

function send(res: http.ServerResponse, { status, body, headers = {} }: Reply) {
  if (res.headersSent) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

const error = (status: number, message: string, headers: Record<string, string> = {}): Reply => ({
  status,
  body: { message },
  headers,
});

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { log, deps, publicKey } = options;
  const handlers: Handlers = { ...routerHandlers, ...options.handlers };
  const deferAfterMs = options.deferAfterMs ?? 2500;
  const clock = options.clock ?? Date.now;
  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;
  const startedAt = Date.now();

  /** One line for a request that never became an interaction: never its body, only its size. */
  const rejected = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    reply: Reply,
    reason: string,
    bytes?: number,
  ) => {
    // Discord probes endpoints with bad signatures on purpose, and scanners knock: info, not warn.
    // A signed body that is not an interaction is unexpected: warn.
    (reply.status === 400 ? log.warn : log.info)('rejected', {
      status: reply.status,
      reason,
      method: req.method,
      path: pathOf(req).slice(0, 100),
      bytes,
    });
    send(res, reply);
  };

  /** What /healthz reports (on this port, and on HEALTH_PORT when set): ready until a stop begins. */
  const report = (): HealthReport => ({
    ready: !stopping,
    mode: 'http',
    in_flight: inFlight.size,
    uptime_s: Math.round((Date.now() - startedAt) / 1000),
  });

  const serve = (
    work: Work,
    id: string,
    applicationId: string,
    token: string,
    res: http.ServerResponse,
    arrivedAt: number,
    arrivedWallMs: number,
  ) => {
    const command = 'command' in work ? work.command : '';
    const done = answerInteraction(work, {
      handlers,
      deps,
      log,
      deferAfterMs,
      startedAt: arrivedAt - ageOnArrival(id, arrivedWallMs),
      now: () => performance.now(),
      id,
      webhook: () => interactionWebhook(applicationId, token, options.apiBase ? { apiBase: options.apiBase } : {}),
      respond: (body: APIInteractionResponse) => send(res, { status: 200, body }),
    })
      .catch((err: unknown): Outcome => {
        log.error('unexpected error', { id, kind: work.kind, command, error: errorFields(err) });
        send(res, error(500, 'internal error'));
        return 'error';
      })
      .then((outcome) => {
        const latency_ms = Math.round((performance.now() - arrivedAt) * 10) / 10;
        const fields = { id, kind: work.kind, command, latency_ms, outcome };
        if (outcome === 'ignored') log.debug('interaction', fields);
        else (outcome === 'ok' || outcome === 'deferred' ? log.info : log.warn)('interaction', fields);
      })
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  const onBody = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    body: Buffer,
    arrivedAt: number,
    arrivedWallMs: number,
  ) => {
    const verdict = verifyRequest(
      publicKey,
      { signature: header(req, 'x-signature-ed25519'), timestamp: header(req, 'x-signature-timestamp'), body },
      clock(),
    );
    if (!verdict.ok) return rejected(req, res, error(401, 'invalid request signature'), verdict.reason, body.length);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return rejected(req, res, error(400, 'body is not JSON'), 'not JSON', body.length);
    }
    const interaction = interactionSchema.safeParse(parsed);
    if (!interaction.success)
      return rejected(req, res, error(400, 'body is not an interaction'), 'not an interaction', body.length);
    const i = interaction.data;
    serve(workFor(i), i.id, i.application_id, i.token, res, arrivedAt, arrivedWallMs);
  };

  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const arrivedAt = performance.now();
    const arrivedWallMs = Date.now();
    const path = pathOf(req);
    if (path === HEALTH_PATH)
      return send(res, { ...healthResponse(req.method, path, report), headers: { 'cache-control': 'no-store' } });
    if (path !== INTERACTIONS_PATH) return rejected(req, res, error(404, 'not found'), 'unknown path');
    if (req.method !== 'POST')
      return rejected(req, res, error(405, 'method not allowed', { allow: 'POST' }), 'wrong method');
    // While stopping, a request on a kept-alive connection is refused and the connection closed.
    if (stopping) return send(res, error(503, 'shutting down', { 'retry-after': '1', connection: 'close' }));
    // Unsigned: refused before a byte of the body is read. Closing the connection drops the unread body.
    if (!req.headers['x-signature-ed25519'] || !req.headers['x-signature-timestamp'])
      return rejected(req, res, error(401, 'invalid request signature', { connection: 'close' }), 'missing signature');
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > MAX_BODY_BYTES)
      return rejected(req, res, error(413, 'body too large', { connection: 'close' }), 'declared too large', declared);

    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const reading = new Promise<void>((resolve) => {
      req.on('data', (chunk: Buffer) => {
        if (over) return;
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          // Stop collecting at the limit: answer now and close, whatever the sender still has.
          over = true;
          rejected(req, res, error(413, 'body too large', { connection: 'close' }), 'too large', size);
          req.pause();
          return resolve();
        }
        chunks.push(chunk);
      });
      req.on('end', () => {
        if (!over) onBody(req, res, Buffer.concat(chunks, size), arrivedAt, arrivedWallMs);
        resolve();
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
    });
    // A request being read counts as in flight: stop() waits for it to be answered.
    inFlight.add(reading);
    void reading.finally(() => inFlight.delete(reading));
  };

  const server = http.createServer(
    { requestTimeout: TIMEOUTS.requestMs, headersTimeout: TIMEOUTS.headersMs, keepAliveTimeout: TIMEOUTS.keepAliveMs },
    (req, res) => {
      try {
        onRequest(req, res);
      } catch (err) {
        log.error('unexpected error', { error: errorFields(err) });
        send(res, error(500, 'internal error'));
      }
    },
  );
  server.on('clientError', (_err, socket) => {
    // Malformed HTTP or a timeout: answer 400 if the socket can still take it, and close.
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    async stop() {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Requests being read are answered first; answers in flight may add deferred deliveries.
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
    },
    inFlight: () => inFlight.size,
    report,
  };
}

/** Discord's epoch (2015-01-01T00:00:00Z): a snowflake's top bits count milliseconds from it. */
const DISCORD_EPOCH_MS = 1_420_070_400_000;

/**
 * How old the interaction already was when its request arrived, from the creation time in its id:
 * Discord's 3 s count from there, and a request that waited (in the network, in a busy process's
 * accept queue) has less left. Never negative (a clock ahead of Discord's counts as no wait).
 */
export function ageOnArrival(id: string, arrivedWallMs: number): number {
  const created = Number(BigInt(id) >> 22n) + DISCORD_EPOCH_MS;
  return Math.max(0, arrivedWallMs - created);
}

function pathOf(req: http.IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}
