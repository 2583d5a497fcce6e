/**
 * A fake Discord on 127.0.0.1 for end-to-end tests and the load script: the REST routes the bot
 * uses and a gateway WebSocket, as verified against discord.js 14.28
 * (../shared/reference/discord-platform.md §3 and Appendix A).
 *
 * Usage:
 *   const fake = await startFakeDiscord();
 *   const bot = createBot({ token: FAKE_TOKEN, restApi: fake.restApi, deps, log });   // or DISCORD_API_URL=fake.restApi
 *   await bot.start();
 *   const id = fake.dispatchInteraction(commandInteraction(fake, 'totals', []));
 *   const callback = await fake.waitForCallback(id);   // body, latencyMs (dispatch → callback)
 *   expect(fake.violations).toEqual([]);                // every body validated on arrival
 *   await bot.stop(); await fake.close();
 *
 * tests/e2e/helpers.ts `startHarness()` does the first three lines (and collects the bot's logs);
 * tests/e2e/payloads.ts builds the interactions (command, autocomplete, component, mention).
 *
 * For load: `startFakeDiscord({ validate: false, keepRecords: false })`, then for each interaction
 * `const p = fake.waitForCallback(fake.dispatchInteraction(payload), 5000)` (wait right after the
 * dispatch: with keepRecords false a callback nobody waits for is not kept). The record's
 * latencyMs is dispatch → callback arrival, measured in the fake.
 *
 * Faults: `fake.failNext('callback', { status: 429, ... })` answers the next matching request with
 * that response instead; `fake.dropGateway()` cuts every socket without a close frame.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  callbackViolations,
  channelMessageViolations,
  commandDefinitionViolations,
  webhookViolations,
} from './validate.js';

export interface FakeDiscordOptions {
  appId?: string;
  guildId?: string;
  channelId?: string;
  /** Text channels in the test server (default 1): mentions spread over them, as over a real server's channels. */
  channelCount?: number;
  /** Gateway heartbeat interval announced in HELLO (Discord: 41250 ms). */
  heartbeatIntervalMs?: number;
  /** A callback later than this after its dispatch is refused with 10062, as Discord does after 3 s. */
  deadlineMs?: number;
  /** Validate every body on arrival (default true; the load script may turn it off). */
  validate?: boolean;
  /** Hold READY after IDENTIFY until `releaseReady()` (to see the bot before it is ready). */
  holdReady?: boolean;
  /** Answer GET /gateway/bot with 401, as Discord does for a bad token. */
  rejectToken?: boolean;
  /**
   * Keep every request, callback and message in the arrays below (default true). The load script
   * sets false: then nothing is kept beyond what a pending waitForCallback needs, so the fake's
   * memory stays flat over thousands of interactions.
   */
  keepRecords?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  auth: string | null;
  body: unknown;
  at: number;
  status: number;
}

export interface CallbackRecord {
  id: string;
  token: string;
  body: { type: number; data?: Record<string, unknown> };
  at: number;
  /** Milliseconds from dispatch to the callback's arrival. */
  latencyMs: number;
}

export interface Fault {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type FaultRoute = 'callback' | 'webhook' | 'message' | 'gateway-bot' | 'commands';

export interface FakeDiscord {
  /** Pass as discord.js `rest.api` or DISCORD_API_URL. */
  readonly restApi: string;
  readonly port: number;
  readonly appId: string;
  readonly guildId: string;
  readonly channelId: string;
  /** Every text channel of the test server (the first is channelId). */
  readonly channelIds: readonly string[];
  readonly requests: RecordedRequest[];
  /** Interaction callbacks accepted (one per interaction). */
  readonly callbacks: CallbackRecord[];
  /** Webhook edits, follow-ups and deletions accepted (editReply, followUp, deleteReply). */
  readonly webhooks: RecordedRequest[];
  /** Messages posted to channels (replies to mentions). */
  readonly messages: RecordedRequest[];
  /** Every validation failure and every late callback, as "route: path: problem". */
  readonly violations: string[];
  /** Requests to routes the fake does not know. */
  readonly unknownRoutes: string[];
  /** Gateway counters; `open` is the number of sockets open now. */
  readonly gateway: {
    connections: number;
    open: number;
    identifies: number;
    resumes: number;
    heartbeats: number;
    ready: number;
  };
  /** Sends one gateway dispatch to every live session. */
  dispatch(t: string, d: unknown): void;
  /** Sends INTERACTION_CREATE, starts its 3 s clock, and returns its id. */
  dispatchInteraction(interaction: { id: string }): string;
  /** Sends MESSAGE_CREATE for a message, starts its clock, and returns its id. */
  dispatchMessage(message: { id: string }): string;
  /** The bot's reply to a message (a channel message referencing it), with latency from the dispatch. */
  waitForReply(messageId: string, timeoutMs?: number): Promise<CallbackRecord>;
  /** The accepted callback for an interaction (rejects after timeoutMs). */
  waitForCallback(id: string, timeoutMs?: number): Promise<CallbackRecord>;
  /** Polls `check` until it returns something other than undefined/false; a throw rejects. */
  waitFor<T>(check: () => T | undefined | false, timeoutMs?: number, what?: string): Promise<T>;
  /** The first `count` webhook requests (edits, follow-ups, deletions) on an interaction's token, in order. */
  waitForWebhooks(token: string, count: number, timeoutMs?: number, what?: string): Promise<RecordedRequest[]>;
  /** Answers the next `times` requests to `route` with `fault` instead of accepting them. */
  failNext(route: FaultRoute, fault: Fault, times?: number): void;
  /** Cuts every gateway socket without a close frame (a network drop). */
  dropGateway(): void;
  /** Registered commands, by scope ('global' or a guild id). */
  readonly commands: Map<string, unknown[]>;
  /** A new snowflake for now, or for `ageMs` ago. */
  nextId(ageMs?: number): string;
  /** Sends the READY held back by `holdReady`. */
  releaseReady(): void;
  /** Closes every gateway session with this close code (4004, 4014: Discord ending the session for good). */
  closeGateway(code: number, reason?: string): void;
  close(): Promise<void>;
}

interface Session {
  socket: WebSocket;
  live: boolean;
}

const DISCORD_EPOCH = 1_420_070_400_000n;

const json = (res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};

/** The message object Discord returns for a posted message; discord.js builds a Message from it. */
export function messageObject(fields: {
  id: string;
  channelId: string;
  authorId: string;
  body?: Record<string, unknown>;
}) {
  const body = fields.body ?? {};
  return {
    id: fields.id,
    channel_id: fields.channelId,
    type: body.message_reference ? 19 : 0,
    content: (body.content as string | undefined) ?? '',
    embeds: (body.embeds as unknown[] | undefined) ?? [],
    components: (body.components as unknown[] | undefined) ?? [],
    author: {
      id: fields.authorId,
      username: 'SCI Bot',
      discriminator: '0',
      avatar: null,
      global_name: null,
      bot: true,
    },
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: (body.flags as number | undefined) ?? 0,
    ...(body.message_reference ? { message_reference: body.message_reference } : {}),
  };
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const appId = options.appId ?? '111111111111111111';
  const guildId = options.guildId ?? '333333333333333333';
  const channelId = options.channelId ?? '222222222222222222';
  const channelIds = [
    channelId,
    ...Array.from({ length: Math.max(0, (options.channelCount ?? 1) - 1) }, (_, i) =>
      String(222222222222222223n + BigInt(i)),
    ),
  ];
  const replyWaiters = new Map<string, (record: CallbackRecord) => void>();
  const deadlineMs = options.deadlineMs ?? 3000;
  const validate = options.validate ?? true;
  const keep = options.keepRecords ?? true;
  // Snowflakes as Discord makes them: milliseconds since 2015 in the high bits, so the bot can read
  // an interaction's creation time from its id (its 3 s clock starts there). `ageMs` back-dates one.
  let increment = 0n;
  const nextId = (ageMs = 0) =>
    String(((BigInt(Date.now() - ageMs) - DISCORD_EPOCH) << 22n) | (increment++ & 0x3fffffn));

  const requests: RecordedRequest[] = [];
  const callbacks: CallbackRecord[] = [];
  const callbackById = new Map<string, CallbackRecord>();
  const acknowledged = new Set<string>();
  const waiters = new Map<string, (record: CallbackRecord) => void>();
  const webhooks: RecordedRequest[] = [];
  const messages: RecordedRequest[] = [];
  const violations: string[] = [];
  const unknownRoutes: string[] = [];
  const dispatchedAt = new Map<string, number>();
  const faults = new Map<FaultRoute, Fault[]>();
  const commands = new Map<string, unknown[]>();
  const gateway = { connections: 0, open: 0, identifies: 0, resumes: 0, heartbeats: 0, ready: 0 };
  const sessions = new Set<Session>();
  let seq = 0;
  const sessionId = 'fake-session-1';

  const check = (route: string, list: string[]) => {
    if (validate) for (const v of list) violations.push(`${route}: ${v}`);
  };
  const takeFault = (route: FaultRoute) => faults.get(route)?.shift();

  // A table of routes: method + pattern → handler. Each handler answers the request itself.
  type Handler = (m: RegExpMatchArray, body: unknown, rec: RecordedRequest, res: http.ServerResponse) => void;
  const routes: [string, RegExp, FaultRoute | null, Handler][] = [
    [
      'GET',
      /^\/api\/v10\/gateway\/bot$/,
      'gateway-bot',
      (_m, _b, rec, res) => {
        if (options.rejectToken) return json(res, (rec.status = 401), { message: '401: Unauthorized', code: 0 });
        json(res, 200, {
          url: `ws://127.0.0.1:${port}`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 14_400_000, max_concurrency: 1 },
        });
      },
    ],
    [
      'POST',
      /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/,
      'callback',
      (m, body, rec, res) => {
        const [, id = '', token = ''] = m;
        const at = Date.now();
        const latencyMs = at - (dispatchedAt.get(id) ?? at);
        dispatchedAt.delete(id);
        check(`callback ${id}`, callbackViolations(body));
        if (latencyMs > deadlineMs) {
          violations.push(`callback ${id}: arrived ${latencyMs} ms after dispatch, over ${deadlineMs} ms`);
          return json(res, (rec.status = 404), { message: 'Unknown interaction', code: 10062 });
        }
        if (acknowledged.has(id))
          return json(res, (rec.status = 400), { message: 'Interaction has already been acknowledged', code: 40060 });
        const record: CallbackRecord = { id, token, body: body as CallbackRecord['body'], at, latencyMs };
        acknowledged.add(id);
        const waiter = waiters.get(id);
        waiters.delete(id);
        if (keep) {
          callbacks.push(record);
          callbackById.set(id, record);
        }
        waiter?.(record);
        json(res, (rec.status = 204));
      },
    ],
    [
      'PATCH',
      /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/%40original$/,
      'webhook',
      (_m, body, rec, res) => {
        check(`edit ${rec.path}`, webhookViolations('PATCH', body));
        if (keep) webhooks.push(rec);
        json(
          res,
          200,
          messageObject({ id: nextId(), channelId, authorId: appId, body: body as Record<string, unknown> }),
        );
      },
    ],
    [
      'DELETE',
      /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/%40original$/,
      'webhook',
      (_m, _body, rec, res) => {
        if (keep) webhooks.push(rec);
        json(res, (rec.status = 204));
      },
    ],
    [
      'POST',
      /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)$/,
      'webhook',
      (_m, body, rec, res) => {
        check(`follow-up ${rec.path}`, webhookViolations('POST', body));
        if (keep) webhooks.push(rec);
        json(
          res,
          200,
          messageObject({ id: nextId(), channelId, authorId: appId, body: body as Record<string, unknown> }),
        );
      },
    ],
    [
      'POST',
      /^\/api\/v10\/channels\/(\d+)\/messages$/,
      'message',
      (m, body, rec, res) => {
        check(`message ${rec.path}`, channelMessageViolations(body));
        if (keep) messages.push(rec);
        const ref = (body as { message_reference?: { message_id?: string } } | null)?.message_reference?.message_id;
        const waiter = ref ? replyWaiters.get(ref) : undefined;
        if (ref && waiter) {
          replyWaiters.delete(ref);
          waiter({
            id: ref,
            token: '',
            body: { type: 0, data: body as Record<string, unknown> },
            at: rec.at,
            latencyMs: rec.at - (dispatchedAt.get(ref) ?? rec.at),
          });
        }
        if (ref) dispatchedAt.delete(ref);
        json(
          res,
          200,
          messageObject({
            id: nextId(),
            channelId: m[1] ?? channelId,
            authorId: appId,
            body: body as Record<string, unknown>,
          }),
        );
      },
    ],
    [
      'GET',
      /^\/api\/v10\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/,
      'commands',
      (m, _b, _rec, res) => {
        json(res, 200, commands.get(m[2] ?? 'global') ?? []);
      },
    ],
    [
      'PUT',
      /^\/api\/v10\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/,
      'commands',
      (m, body, _rec, res) => {
        const defs = Array.isArray(body) ? body : [];
        if (!Array.isArray(body)) violations.push('commands: the PUT body must be an array');
        defs.forEach((d, i) => check('commands', commandDefinitionViolations(d, `[${i}]`)));
        const stored = defs.map((d: Record<string, unknown>) => ({
          id: nextId(),
          application_id: m[1],
          ...(m[2] ? { guild_id: m[2] } : {}),
          version: nextId(),
          type: 1,
          default_member_permissions: null,
          nsfw: false,
          ...d,
        }));
        commands.set(m[2] ?? 'global', stored);
        json(res, 200, stored);
      },
    ],
  ];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        violations.push(`${req.method} ${url.pathname}: body is not JSON`);
      }
      const rec: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.search,
        auth: req.headers.authorization ?? null,
        body,
        at: Date.now(),
        status: 200,
      };
      if (keep) requests.push(rec);
      for (const [method, pattern, faultRoute, handle] of routes) {
        const m = req.method === method ? url.pathname.match(pattern) : null;
        if (!m) continue;
        const fault = faultRoute ? takeFault(faultRoute) : undefined;
        if (fault) return json(res, (rec.status = fault.status), fault.body, fault.headers);
        return handle(m, body, rec, res);
      }
      unknownRoutes.push(`${req.method} ${url.pathname}`);
      json(res, (rec.status = 404), { message: '404: Not Found', code: 0 });
    });
  });

  const wss = new WebSocketServer({ server });
  const send = (s: Session, payload: unknown) => s.socket.send(JSON.stringify(payload));
  const dispatchTo = (s: Session, t: string, d: unknown) => send(s, { op: 0, t, s: ++seq, d });

  const guildCreate = () => ({
    id: guildId,
    name: 'SCI test server',
    icon: null,
    owner_id: '444444444444444444',
    unavailable: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    member_count: 2,
    large: false,
    features: [],
    channels: channelIds.map((id, i) => ({
      id,
      type: 0,
      guild_id: guildId,
      name: i === 0 ? 'general' : `channel-${i}`,
      position: i,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
    })),
    roles: [
      {
        id: guildId,
        name: '@everyone',
        permissions: '2248473465835073',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    members: [],
    emojis: [],
    stickers: [],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  });

  wss.on('connection', (socket) => {
    gateway.connections++;
    gateway.open++;
    const session: Session = { socket, live: false };
    sessions.add(session);
    send(session, { op: 10, s: null, t: null, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 41_250 } });
    socket.on('message', (raw) => {
      const p = JSON.parse(String(raw)) as { op: number; d: { shard?: unknown } | null };
      if (p.op === 1) {
        gateway.heartbeats++;
        send(session, { op: 11, s: null, t: null });
      } else if (p.op === 2) {
        gateway.identifies++;
        const ready = () => sendReady(session, p.d?.shard);
        if (options.holdReady && !readyReleased) heldReady.push(ready);
        else ready();
      } else if (p.op === 6) {
        gateway.resumes++;
        session.live = true;
        dispatchTo(session, 'RESUMED', null);
      }
    });
    socket.on('close', () => {
      gateway.open--;
      sessions.delete(session);
    });
  });

  let readyReleased = false;
  const heldReady: (() => void)[] = [];
  function sendReady(session: Session, shard: unknown) {
    session.live = true;
    dispatchTo(session, 'READY', {
      v: 10,
      user: { id: appId, username: 'SCI Bot', discriminator: '0', global_name: null, avatar: null, bot: true },
      guilds: [{ id: guildId, unavailable: true }],
      session_id: sessionId,
      resume_gateway_url: `ws://127.0.0.1:${port}`,
      shard,
      application: { id: appId, flags: 0 },
    });
    gateway.ready++;
    dispatchTo(session, 'GUILD_CREATE', guildCreate());
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const waitFor = <T>(probe: () => T | undefined | false, timeoutMs = 5000, what = 'condition'): Promise<T> =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const tick = () => {
        let v: T | undefined | false;
        try {
          v = probe();
        } catch (err) {
          return reject(err as Error);
        }
        if (v !== undefined && v !== false) return resolve(v);
        if (Date.now() - started > timeoutMs)
          return reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
        setTimeout(tick, 5);
      };
      tick();
    });

  const dispatch = (t: string, d: unknown) => {
    for (const s of sessions) if (s.live) dispatchTo(s, t, d);
  };

  return {
    restApi: `http://127.0.0.1:${port}/api`,
    port,
    appId,
    guildId,
    channelId,
    channelIds,
    requests,
    callbacks,
    webhooks,
    messages,
    violations,
    unknownRoutes,
    gateway,
    commands,
    nextId,
    dispatch,
    dispatchInteraction(interaction) {
      dispatchedAt.set(interaction.id, Date.now());
      dispatch('INTERACTION_CREATE', interaction);
      return interaction.id;
    },
    dispatchMessage(message) {
      dispatchedAt.set(message.id, Date.now());
      dispatch('MESSAGE_CREATE', message);
      return message.id;
    },
    waitForReply(messageId, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          replyWaiters.delete(messageId);
          reject(new Error(`fake Discord: no reply to message ${messageId} within ${timeoutMs} ms`));
        }, timeoutMs);
        replyWaiters.set(messageId, (record) => {
          clearTimeout(timer);
          resolve(record);
        });
      });
    },
    waitForCallback(id, timeoutMs = 5000) {
      const done = callbackById.get(id);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(id);
          reject(new Error(`fake Discord: no callback for interaction ${id} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.set(id, (record) => {
          clearTimeout(timer);
          resolve(record);
        });
      });
    },
    waitFor,
    waitForWebhooks(token, count, timeoutMs = 5000, what = `${count} webhook requests`) {
      return waitFor(
        () => {
          const mine = webhooks.filter((w) => w.path.includes(token));
          return mine.length >= count && mine;
        },
        timeoutMs,
        what,
      );
    },
    failNext(route, fault, times = 1) {
      const list = faults.get(route) ?? [];
      for (let i = 0; i < times; i++) list.push(fault);
      faults.set(route, list);
    },
    dropGateway() {
      for (const s of sessions) s.socket.terminate();
    },
    releaseReady() {
      readyReleased = true;
      for (const ready of heldReady.splice(0)) ready();
    },
    closeGateway(code, reason = '') {
      for (const s of sessions) s.socket.close(code, reason);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sessions) s.socket.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
