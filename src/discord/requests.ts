import * as http from 'node:http';
import * as https from 'node:https';
import { DiscordAPIError } from 'discord.js';
import type { ReplyData } from '../reply.js';
import type { Logger } from './log.js';

/** An interaction's first response, as Discord takes it: `{ type, data }` (4 reply, 5/6 defer, 7 update, 8 choices). */
export interface CallbackBody {
  type: number;
  data?: unknown;
}

/**
 * Everything the bot sends about an interaction, each as one HTTP request. None carries the bot's
 * token: the callback is authorised by the interaction's id and token, the webhook calls by the
 * interaction's token (valid 15 minutes).
 */
export interface InteractionRequests {
  /** POST …/interactions/{id}/{token}/callback: the first response. */
  callback(id: string, token: string, body: CallbackBody): Promise<void>;
  /** PATCH …/webhooks/{application}/{token}/messages/@original: the deferred answer (flags cannot change). */
  editOriginal(applicationId: string, token: string, data: ReplyData): Promise<void>;
  /** DELETE …/messages/@original: a public "thinking…" whose answer turned out private. */
  deleteOriginal(applicationId: string, token: string): Promise<void>;
  /** POST …/webhooks/{application}/{token}: a new message (private when its flags say so). */
  followUp(applicationId: string, token: string, data: ReplyData): Promise<void>;
  close(): void;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

const ATTEMPTS = 3; // as @discordjs/rest: a 5xx or a dropped connection is tried three times in all
const TIMEOUT_MS = 15_000;
const NO_MENTIONS = { parse: [] };

/**
 * The interaction's requests as keep-alive `node:http(s)` requests, as the watchdog thread sends its
 * deferrals, instead of through @discordjs/rest's queues and discord.js's message payloads. In a burst
 * those (buckets, promises, undici's dispatcher, snake-casing each payload, a Message built from each
 * edit's response) were most of the main thread's cost per interaction, taken in the same poll phase
 * as the gateway's reads. None of these routes counts against the bot's global rate limit, so nothing
 * is lost by leaving the queues: a 429 is still waited out as Discord says (`retry_after`), a 5xx or a
 * dropped connection retried, and a refusal becomes the same DiscordAPIError discord.js would throw
 * (10062 Unknown interaction included). `api` is the REST base without the version, as the client
 * and the watchdog are configured. Every message body carries `allowed_mentions: { parse: [] }`.
 */
export function interactionRequests(options: { api: string; log: Logger }): InteractionRequests {
  const base = new URL(options.api.replace(/\/?$/, '/'));
  const lib = base.protocol === 'https:' ? https : http;
  const agent = new lib.Agent({ keepAlive: true, maxSockets: 256 });
  const { log } = options;

  const once = (method: string, url: URL, body: string | undefined) =>
    new Promise<Reply>((resolve, reject) => {
      const req = lib.request(
        url,
        {
          method,
          agent,
          timeout: TIMEOUT_MS,
          headers: {
            ...(body === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
            'user-agent': 'DiscordBot (sci-bot, interactions)',
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', reject);
      req.end(body);
    });

  /** One request with Discord's retry rules; `route` (ids and token as :id/:token) is what the log names. */
  const send = async (method: string, path: string, route: string, token: string, payload?: unknown) => {
    const url = new URL(path, base);
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    for (let attempt = 1; ; attempt++) {
      let reply: Reply;
      try {
        reply = await once(method, url, body);
      } catch (err) {
        // A kept-alive socket the server closed meanwhile: try again on a fresh one.
        if (attempt < ATTEMPTS) continue;
        throw err;
      }
      if (reply.status >= 200 && reply.status < 300) return;
      const data = parse(reply.text);
      if (reply.status === 429 && attempt < ATTEMPTS) {
        const retryAfterS = Number(reply.headers['retry-after'] ?? data.retry_after ?? 1);
        log.warn('rate limited', { route, retry_after_s: retryAfterS });
        await new Promise((r) => setTimeout(r, Math.max(0, retryAfterS) * 1000));
        continue;
      }
      if (reply.status >= 500 && attempt < ATTEMPTS) {
        log.warn('Discord server error, retrying', { route, status: reply.status, retry: attempt });
        continue;
      }
      log.debug('Discord refused a request', { route, method, status: reply.status });
      throw new DiscordAPIError(
        {
          ...data,
          message: String(data.message ?? reply.text.slice(0, 200)),
          code: Number(data.code ?? 0),
        } as ConstructorParameters<typeof DiscordAPIError>[0],
        Number(data.code ?? reply.status),
        reply.status,
        method,
        url.href.replace(encodeURIComponent(token), ':token'),
        { body: payload },
      );
    }
  };

  const webhook = (applicationId: string, token: string) =>
    `v10/webhooks/${applicationId}/${encodeURIComponent(token)}`;
  const ORIGINAL = '/webhooks/:id/:token/messages/@original';
  // Edits cannot change a message's flags (ephemeral is fixed when the response is first sent).
  const withoutFlags = ({ flags: _flags, ...rest }: ReplyData) => rest;

  return {
    callback: (id, token, body) =>
      send(
        'POST',
        `v10/interactions/${id}/${encodeURIComponent(token)}/callback`,
        '/interactions/:id/:token/callback',
        token,
        body,
      ),
    editOriginal: (app, token, data) =>
      send('PATCH', `${webhook(app, token)}/messages/%40original`, ORIGINAL, token, {
        ...withoutFlags(data),
        allowed_mentions: NO_MENTIONS,
      }),
    deleteOriginal: (app, token) => send('DELETE', `${webhook(app, token)}/messages/%40original`, ORIGINAL, token),
    followUp: (app, token, data) =>
      send('POST', webhook(app, token), '/webhooks/:id/:token', token, { ...data, allowed_mentions: NO_MENTIONS }),
    close: () => agent.destroy(),
  };
}

function parse(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
