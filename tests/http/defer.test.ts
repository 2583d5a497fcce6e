/**
 * Answers not ready in time: the endpoint defers (type 5, or 6 for a click) inside Discord's 3 s,
 * then delivers the answer by editing the original response through the interaction webhook, on the
 * fake Discord, which validates it on arrival. The slow handlers are the test hook `handlers` of
 * createHttpServer (the gateway transport has the same one); production never passes it.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComponentType, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { handleAutocomplete, handleCommand, handleComponent } from '../../src/router.js';
import type { Handlers } from '../../src/discord/respond.js';
import { ERROR_SENTENCE } from '../../src/http/respond.js';
import { testDeps } from '../helpers.js';
import { commandInteraction, componentInteraction } from '../e2e/payloads.js';
import { harvestCustomIds } from '../property/harvest.js';
import { signedHeaders } from './signing.js';
import { startEndpoint, type Endpoint } from './harness.js';

const SLOW_MS = 400;
const DEFER_AFTER_MS = 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The router's handlers, each answering SLOW_MS late; a command named "explode" throws late. */
const slow: Partial<Handlers> = {
  command: async (name, options, deps) => {
    await sleep(SLOW_MS);
    if (name === 'explode') throw new Error('boom');
    return handleCommand(name, options, deps);
  },
  component: async (customId, values, deps) => {
    await sleep(SLOW_MS);
    return handleComponent(customId, values, deps);
  },
  autocomplete: async (name, focused, options, deps) => {
    await sleep(5000);
    return handleAutocomplete(name, focused, options, deps);
  },
};

let e: Endpoint;
beforeAll(async () => {
  e = await startEndpoint({ handlers: slow, deferAfterMs: DEFER_AFTER_MS });
});
afterAll(async () => {
  await e?.stop();
});

const tokenOf = (i: { token: string }) => encodeURIComponent(i.token);
/** The webhook calls the fake Discord received for one interaction, in order. */
const webhookCalls = (i: { token: string }) => e.fake.webhooks.filter((w) => w.path.includes(`/${tokenOf(i)}`));
const logLine = (id: string) =>
  e.fake.waitFor(() => e.logs.find((l) => l.msg === 'interaction' && l.id === id), 3000, 'the interaction log line');
const { flags: _f, ...withoutFlags } = { flags: 0 };

describe('a slow command', () => {
  it('gets type 5 (public "thinking…") in time, then the answer edits the original response', async () => {
    const i = commandInteraction(e.fake, 'about', []);
    const r = await e.send(i);
    expect(r.ms).toBeLessThan(SLOW_MS);
    expect(r.body).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: 0, allowed_mentions: { parse: [] } },
    });
    const [edit] = await e.fake.waitFor(() => (webhookCalls(i).length ? webhookCalls(i) : false), 3000, 'the edit');
    expect(edit).toMatchObject({
      method: 'PATCH',
      path: `/api/v10/webhooks/${e.fake.appId}/${tokenOf(i)}/messages/%40original`,
      auth: null,
    });
    const { flags: _flags, ...expected } = handleCommand('about', {}, testDeps());
    expect(edit!.body).toEqual({ ...expected, ...withoutFlags });
    expect(e.fake.violations).toEqual([]);
    expect(await logLine(i.id)).toMatchObject({ kind: 'command', command: 'about', outcome: 'deferred' });
  });

  it('asked with hide:true: the deferral is private (flags 64), and so is the edited answer', async () => {
    const i = commandInteraction(e.fake, 'project', [
      { type: 3, name: 'query', value: 'quikbot' },
      { type: 5, name: 'hide', value: true },
    ]);
    const r = await e.send(i);
    expect(r.body).toMatchObject({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    const calls = await e.fake.waitFor(() => (webhookCalls(i).length ? webhookCalls(i) : false), 3000, 'the edit');
    expect(calls.map((c) => c.method)).toEqual(['PATCH']);
    expect(JSON.stringify(calls[0]!.body)).toMatch(/QuikBot/i);
    expect(e.fake.violations).toEqual([]);
  });

  it('whose answer turns out private (a note): the public "thinking…" is deleted and the note follows privately', async () => {
    const i = commandInteraction(e.fake, 'no-such-command', []);
    const r = await e.send(i);
    expect(r.body).toMatchObject({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: 0 },
    });
    const calls = await e.fake.waitFor(
      () => (webhookCalls(i).length >= 2 ? webhookCalls(i) : false),
      3000,
      'delete and follow-up',
    );
    expect(calls.map((c) => c.method)).toEqual(['DELETE', 'POST']);
    expect(calls[1]!.body).toMatchObject({
      flags: MessageFlags.Ephemeral,
      content: expect.stringMatching(/don't know the command/),
      allowed_mentions: { parse: [] },
    });
    expect(e.fake.violations).toEqual([]);
  });

  it('that fails after deferring: the user gets the short error sentence, privately', async () => {
    const i = commandInteraction(e.fake, 'explode', []);
    await e.send(i);
    const calls = await e.fake.waitFor(
      () => (webhookCalls(i).length >= 2 ? webhookCalls(i) : false),
      3000,
      'the error follow-up',
    );
    expect(calls[1]!.body).toMatchObject({ content: ERROR_SENTENCE, flags: MessageFlags.Ephemeral });
    expect(await logLine(i.id)).toMatchObject({ outcome: 'error' });
  });
});

describe('Discord failing the deferred delivery', () => {
  it('a 500 on the edit is retried and the answer still arrives', async () => {
    e.fake.failNext('webhook', { status: 500, body: { message: '500: Internal Server Error', code: 0 } });
    const i = commandInteraction(e.fake, 'about', []);
    await e.send(i);
    const edit = await e.fake.waitFor(() => webhookCalls(i).find((c) => c.status === 200), 5000, 'the retried edit');
    expect(edit.method).toBe('PATCH');
    expect(await logLine(i.id)).toMatchObject({ outcome: 'deferred' });
  });

  it('a dead token (404) is logged once as expired, and the token never appears in the logs', async () => {
    e.fake.failNext('webhook', { status: 404, body: { message: 'Unknown Webhook', code: 10015 } });
    const i = commandInteraction(e.fake, 'about', []);
    await e.send(i);
    expect(await logLine(i.id)).toMatchObject({ outcome: 'expired' });
    expect(e.logs.find((l) => l.msg === 'could not send the deferred answer' && l.id === i.id)).toBeDefined();
    expect(JSON.stringify(e.logs)).not.toContain(i.token);
  });
});

describe('a slow click', () => {
  const clicks = harvestCustomIds(testDeps(), 200);
  it('gets type 6 (deferred update) in time; the answer then edits the card or follows up privately', async () => {
    const kinds = new Set<string>();
    for (const c of clicks.slice(0, 40)) {
      const values = c.values[0] ?? [];
      const expected = handleComponent(c.customId, values, testDeps());
      if (kinds.has(expected.type)) continue;
      kinds.add(expected.type);
      const i = componentInteraction(
        e.fake,
        { content: 'card', components: [] },
        {
          custom_id: c.customId,
          component_type: values.length ? ComponentType.StringSelect : ComponentType.Button,
          ...(values.length ? { values } : {}),
        },
      );
      const r = await e.send(i);
      expect(r.body).toEqual({ type: InteractionResponseType.DeferredMessageUpdate });
      const [call] = await e.fake.waitFor(
        () => (webhookCalls(i).length ? webhookCalls(i) : false),
        3000,
        'the late answer',
      );
      if (expected.type === 'update')
        expect(call).toMatchObject({ method: 'PATCH', path: expect.stringMatching(/messages\/%40original$/) });
      else expect(call).toMatchObject({ method: 'POST', body: { flags: MessageFlags.Ephemeral } });
    }
    expect([...kinds].sort(), 'both an update and a new private reply were exercised').toEqual(['reply', 'update']);
    expect(e.fake.violations).toEqual([]);
  });
});

describe('a slow autocomplete', () => {
  it('cannot be deferred: answered in time with no choices rather than not at all', async () => {
    const { autocompleteInteraction } = await import('../e2e/payloads.js');
    const r = await e.send(
      autocompleteInteraction(e.fake, 'project', [{ type: 3, name: 'query', value: 'qu', focused: true }]),
    );
    expect(r.ms).toBeLessThan(1000);
    expect(r.body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });
});

describe('an interaction that waited before it arrived', () => {
  it("counts Discord's 3 s from its creation (the time in its id): 2.6 s old on arrival, it is deferred at once, even with a fast handler", async () => {
    const fast = await startEndpoint({ fake: e.fake });
    try {
      const fresh = commandInteraction(e.fake, 'about', []);
      expect((await fast.send(fresh)).body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource });
      const id = e.fake.nextId(2600);
      const old = { ...commandInteraction(e.fake, 'about', []), id, token: `interaction-token-${id}` };
      const r = await fast.send(old);
      expect(r.body).toMatchObject({ type: InteractionResponseType.DeferredChannelMessageWithSource });
      const calls = await e.fake.waitFor(
        () => (webhookCalls(old).length ? webhookCalls(old) : false),
        3000,
        'the edit',
      );
      expect(calls.map((c) => c.method)).toEqual(['PATCH']);
      expect(e.fake.violations).toEqual([]);
    } finally {
      await fast.stop();
    }
  });
});

describe('stopping', () => {
  it('refuses new requests with 503, finishes the one in flight (its deferred answer too), then closes', async () => {
    const s = await startEndpoint({ handlers: slow, deferAfterMs: DEFER_AFTER_MS, fake: e.fake });
    const { port } = new URL(s.base);
    const request = (body: string) => {
      const h = signedHeaders(s.keys, body);
      return `POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nx-signature-ed25519: ${h['x-signature-ed25519']}\r\nx-signature-timestamp: ${h['x-signature-timestamp']}\r\n\r\n${body}`;
    };
    const inFlight = commandInteraction(e.fake, 'about', []);
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (d) => (received += d.toString()));
    const closed = new Promise<void>((r) => socket.on('close', () => r()));
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write(request(JSON.stringify(inFlight)));
    await e.fake.waitFor(() => s.endpoint.inFlight() === 1, 3000, 'the request to be in flight');
    const stopped = s.endpoint.stop();
    expect(s.endpoint.report(), 'the health report turns 503 (not ready) as soon as a stop begins').toMatchObject({
      ready: false,
      in_flight: 1,
    });
    // Same (busy, kept-alive) connection: refused with 503; a new connection: refused outright.
    socket.write(request(JSON.stringify(commandInteraction(e.fake, 'help', []))));
    await expect(fetch(s.url, { method: 'POST', body: '{}' })).rejects.toThrow();
    await stopped;
    expect(
      webhookCalls(inFlight).map((c) => c.method),
      'the in-flight answer was delivered before stop() resolved',
    ).toEqual(['PATCH']);
    await closed;
    const statuses = [...received.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => m[1]);
    expect(statuses).toEqual(['200', '503']);
    expect(received).toContain(`"type":${InteractionResponseType.DeferredChannelMessageWithSource}`);
  });
});
