/**
 * The interaction webhook that carries deferred answers: Discord's hiccups (429, 5xx, a dropped
 * connection) are retried; a refusal is reported as which call failed and its status, never with
 * the URL (it holds the interaction's token).
 */
import { describe, expect, it } from 'vitest';
import { interactionWebhook, WebhookError } from '../../src/http/webhook.js';
import { ephemeral } from '../../src/reply.js';

const TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnNlY3JldC10b2tlbg';

/** A fetch that answers from a script, one response per call, and records the calls. */
function scripted(responses: (Response | Error)[]) {
  const calls: { url: string; method: string; body: unknown }[] = [];
  const fetch = (async (url: string | URL, init?: RequestInit) => {
    calls.push({
      url: String(url),
      method: init?.method ?? 'GET',
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const next = responses.shift();
    if (!next) throw new Error('no more scripted responses');
    if (next instanceof Error) throw next;
    return next;
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the interaction webhook', () => {
  it('edits @original at the configured base, without flags (an edit cannot change them)', async () => {
    const { fetch, calls } = scripted([json(200, {})]);
    await interactionWebhook('111', TOKEN, { apiBase: 'http://127.0.0.1:9/api/', fetch }).editOriginal(
      ephemeral('hello'),
    );
    expect(calls).toEqual([
      {
        url: `http://127.0.0.1:9/api/v10/webhooks/111/${TOKEN}/messages/%40original`,
        method: 'PATCH',
        body: { content: 'hello', allowed_mentions: { parse: [] } },
      },
    ]);
  });

  it('retries a 429 (after its retry_after), a 500 and a dropped connection, then delivers', async () => {
    const { fetch, calls } = scripted([
      json(429, { retry_after: 0.01, global: false }),
      json(500, {}),
      new TypeError('fetch failed'),
      json(200, {}),
    ]);
    await interactionWebhook('111', TOKEN, { fetch, retries: 3, retryDelayMs: 5 }).followUp(ephemeral('late'));
    expect(calls.map((c) => c.method)).toEqual(['POST', 'POST', 'POST', 'POST']);
    expect(calls.at(-1)?.body).toMatchObject({ content: 'late', flags: 64 });
  });

  it('a refusal (404: the token expired) is not retried, and the error names the call and status, never the token', async () => {
    const { fetch, calls } = scripted([json(404, { message: 'Unknown Webhook', code: 10015 })]);
    const err = await interactionWebhook('111', TOKEN, { fetch, retryDelayMs: 5 })
      .editOriginal(ephemeral('x'))
      .catch((e: unknown) => e);
    expect(calls).toHaveLength(1);
    expect(err).toBeInstanceOf(WebhookError);
    expect(err).toMatchObject({ status: 404, message: 'edit original response failed: HTTP 404 (Discord code 10015)' });
    expect(JSON.stringify(err) + String(err)).not.toContain(TOKEN);
  });

  it('gives up after its retries, still without the token', async () => {
    const { fetch, calls } = scripted([json(503, {}), json(503, {}), json(503, {})]);
    const err = await interactionWebhook('111', TOKEN, { fetch, retries: 2, retryDelayMs: 5 })
      .deleteOriginal()
      .catch((e: unknown) => e);
    expect(calls).toHaveLength(3);
    expect(err).toMatchObject({ status: 503, message: 'delete original response failed: HTTP 503' });
    expect(String(err)).not.toContain(TOKEN);
  });
});
