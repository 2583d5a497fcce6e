import * as http from 'node:http';
import * as https from 'node:https';
import { DiscordAPIError } from 'discord.js';
import type { Logger } from './log.js';

/** An interaction's first response, as Discord takes it: `{ type, data }` (4 reply, 7 update, 8 choices). */
export interface CallbackBody {
  type: number;
  data?: unknown;
}

/** Sends an interaction's first response; resolves once Discord accepted it, rejects with a DiscordAPIError if it refused. */
export type SendCallback = (id: string, token: string, body: CallbackBody) => Promise<void>;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

const ATTEMPTS = 3; // as @discordjs/rest: a 5xx or a dropped connection is tried three times in all
const TIMEOUT_MS = 15_000;

/**
 * The first response of an interaction as one keep-alive HTTP request, as the watchdog thread sends
 * its deferrals, instead of through @discordjs/rest's queues. In a burst those queues (buckets,
 * promises, undici's dispatcher) were most of the main thread's cost per interaction, taken in the
 * same poll phase as the gateway's reads, so the last interactions of a burst were read seconds
 * late. The callback needs no token and is exempt from the global rate limit, so nothing is lost by
 * leaving the queues: a 429 is still waited out as Discord says (`retry_after`), a 5xx retried, and a
 * refusal becomes the same DiscordAPIError discord.js would throw (10062 Unknown interaction included).
 * `api` is the REST base without the version, as the client and the watchdog are configured.
 */
export function callbackSender(options: { api: string; log: Logger }): { send: SendCallback; close(): void } {
  const base = new URL(options.api.replace(/\/?$/, '/'));
  const lib = base.protocol === 'https:' ? https : http;
  const agent = new lib.Agent({ keepAlive: true, maxSockets: 256 });
  const { log } = options;

  const post = (url: URL, body: string) =>
    new Promise<Reply>((resolve, reject) => {
      const req = lib.request(
        url,
        {
          method: 'POST',
          agent,
          timeout: TIMEOUT_MS,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
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

  const send: SendCallback = async (id, token, payload) => {
    const route = '/interactions/:id/:token/callback';
    const url = new URL(`v10/interactions/${id}/${encodeURIComponent(token)}/callback`, base);
    const body = JSON.stringify(payload);
    for (let attempt = 1; ; attempt++) {
      let reply: Reply;
      try {
        reply = await post(url, body);
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
      log.debug('Discord refused a request', { route, method: 'POST', status: reply.status });
      throw new DiscordAPIError(
        {
          ...data,
          message: String(data.message ?? reply.text.slice(0, 200)),
          code: Number(data.code ?? 0),
        } as ConstructorParameters<typeof DiscordAPIError>[0],
        Number(data.code ?? reply.status),
        reply.status,
        'POST',
        url.href.replace(encodeURIComponent(token), ':token'),
        { body: payload },
      );
    }
  };
  return { send, close: () => agent.destroy() };
}

function parse(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
