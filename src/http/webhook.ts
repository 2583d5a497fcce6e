/**
 * The interaction webhook: how a deferred answer reaches the user after the HTTP response has gone.
 * It is authorised by the interaction's token alone (valid 15 minutes), so the endpoint needs no bot
 * token (https://discord.com/developers/docs/interactions/receiving-and-responding#followup-messages).
 * The token is part of the URL: it never appears in an error message or a log line.
 */
import type { ReplyData } from '../reply.js';

export const DISCORD_API = 'https://discord.com/api';

export interface Webhook {
  /** PATCH …/messages/@original: the deferred response (or, after a deferred update, the clicked card). */
  editOriginal(data: ReplyData): Promise<void>;
  /** DELETE …/messages/@original: drops a public "thinking…" whose answer turned out to be private. */
  deleteOriginal(): Promise<void>;
  /** POST …: a new message (private when its flags say so). */
  followUp(data: ReplyData): Promise<void>;
}

/** A webhook call Discord refused or that never got through; says which call, never the URL. */
export class WebhookError extends Error {
  constructor(
    readonly call: string,
    readonly status: number | null,
    detail: string,
  ) {
    super(`${call} failed: ${detail}`);
    this.name = 'WebhookError';
  }
}

export interface WebhookOptions {
  /** REST base without the version (DISCORD_API_URL; a fake Discord in tests). */
  apiBase?: string;
  fetch?: typeof fetch;
  /** Each attempt's time limit. */
  timeoutMs?: number;
  /** Attempts after the first for a 429, a 5xx or a network error. */
  retries?: number;
  /** Wait before a retry (a 429's retry_after, up to 5 s, when it says more). */
  retryDelayMs?: number;
}

const USER_AGENT = 'DiscordBot (sci-bot, 0.1.0)';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Edits cannot change a message's flags: ephemeral is fixed when the response is first sent.
const withoutFlags = ({ flags: _flags, ...rest }: ReplyData) => rest;

export function interactionWebhook(applicationId: string, token: string, options: WebhookOptions = {}): Webhook {
  const base = `${(options.apiBase ?? DISCORD_API).replace(/\/$/, '')}/v10/webhooks/${applicationId}/${encodeURIComponent(token)}`;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 1000;

  const call = async (name: string, method: string, url: string, body?: unknown): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      let status: number | null = null;
      let wait = retryDelayMs;
      try {
        const res = await doFetch(url, {
          method,
          headers: { 'user-agent': USER_AGENT, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = res.status;
        const text = await res.text().catch(() => '');
        if (res.ok) return;
        if (status === 429)
          wait = Math.min(
            5000,
            Math.max(retryDelayMs, 1000 * (Number((safeJson(text) as { retry_after?: unknown })?.retry_after) || 0)),
          );
        const retryable = status === 429 || status >= 500;
        if (!retryable || attempt >= retries) {
          const code = (safeJson(text) as { code?: unknown } | null)?.code;
          throw new WebhookError(
            name,
            status,
            `HTTP ${status}${code === undefined ? '' : ` (Discord code ${String(code)})`}`,
          );
        }
      } catch (err) {
        if (err instanceof WebhookError) throw err;
        if (attempt >= retries) throw new WebhookError(name, status, err instanceof Error ? err.name : 'network error');
      }
      await sleep(wait);
    }
  };

  return {
    editOriginal: (data) => call('edit original response', 'PATCH', `${base}/messages/%40original`, withoutFlags(data)),
    deleteOriginal: () => call('delete original response', 'DELETE', `${base}/messages/%40original`),
    followUp: (data) => call('follow-up message', 'POST', base, data),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
