/**
 * The Interactions Endpoint end to end: signed requests, as Discord sends them, to the real server
 * from src/http on 127.0.0.1. Every response body is checked against Discord's own schemas and
 * limits (tests/e2e/validate.ts, as the gateway e2e does); every deferred answer reaches the fake
 * Discord, which validates it on arrival.
 */
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComponentType, InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import { commandDefinitions } from '../../src/router.js';
import { callbackViolations } from '../e2e/validate.js';
import {
  autocompleteInteraction,
  autocompleteOptions,
  commandInteraction,
  componentInteraction,
  sampleOptions,
} from '../e2e/payloads.js';
import { makeKeys, nowSeconds, post, signedHeaders } from './signing.js';
import { startEndpoint, type Endpoint } from './harness.js';
import { testDeps } from '../helpers.js';

let e: Endpoint;
beforeAll(async () => {
  e = await startEndpoint();
});
afterAll(async () => {
  await e?.stop();
});

const DEADLINE_MS = 3000;
const definitions = commandDefinitions(testDeps());
type Body = { type: number; data?: Record<string, unknown> };
/** Every reply the commands sent, for the component tests to click on. */
const replies: Body[] = [];

const interactionLine = (id: string) => e.logs.find((l) => l.msg === 'interaction' && l.id === id);

function expectValid(body: unknown) {
  expect(callbackViolations(body), "a body that breaks Discord's schemas or limits").toEqual([]);
}

describe('signed interactions', () => {
  it('PING → PONG (what Discord sends when the endpoint URL is saved)', async () => {
    const r = await e.send({
      type: InteractionType.Ping,
      id: e.fake.nextId(),
      application_id: e.fake.appId,
      token: 'ping-token',
      version: 1,
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ type: InteractionResponseType.Pong });
  });

  it('has commands to serve', () => {
    expect(definitions.length).toBeGreaterThan(0);
  });

  it.each(definitions.map((d) => [d.name, d] as const))(
    '/%s with every option filled: type 4, valid, no mentions, within 3 s',
    async (name, def) => {
      const interaction = commandInteraction(e.fake, name, sampleOptions(def));
      const r = await e.send(interaction);
      expect(r.status).toBe(200);
      const body = r.body as Body;
      expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(body.data?.allowed_mentions).toEqual({ parse: [] });
      expect(r.ms).toBeLessThan(DEADLINE_MS);
      expectValid(body);
      replies.push(body);
      expect(interactionLine(interaction.id)).toMatchObject({
        kind: 'command',
        command: name,
        outcome: 'ok',
        latency_ms: expect.any(Number),
      });
    },
  );

  it('answers a command exactly as the handler does on the gateway (same reply data)', async () => {
    const { handleCommand } = await import('../../src/router.js');
    const r = await e.send(commandInteraction(e.fake, 'totals', []));
    expect((r.body as Body).data).toEqual(handleCommand('totals', {}, testDeps()));
  });

  it("answers in the user's language (the interaction's locale), as the gateway does", async () => {
    const { handleCommand } = await import('../../src/router.js');
    const r = await e.send({ ...commandInteraction(e.fake, 'no-such-command', []), locale: 'zh-CN' });
    const data = (r.body as Body).data;
    expect(data).toEqual(handleCommand('no-such-command', {}, testDeps(), 'zh-CN'));
    expect(data?.content).toMatch(/我不认识命令/);
    expect(data?.content).not.toMatch(/I don't know/);
    expectValid(r.body);
  });

  it('autocompletes every option that offers it: type 8, ≤ 25 valid choices', async () => {
    const withAutocomplete = definitions.filter((d) => autocompleteOptions(d, '') !== null);
    expect(withAutocomplete.length).toBeGreaterThan(0);
    let offered = 0;
    for (const def of withAutocomplete) {
      for (const typed of ['', 'shenzhen', 'qu']) {
        const r = await e.send(autocompleteInteraction(e.fake, def.name, autocompleteOptions(def, typed) ?? []));
        const body = r.body as Body;
        expect(body.type, `/${def.name} "${typed}"`).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
        expectValid(body);
        offered += ((body.data?.choices ?? []) as unknown[]).length;
      }
    }
    expect(offered, 'choices offered across all autocompletes').toBeGreaterThan(0);
  });

  /** The first component of `type` on any reply the commands sent. */
  function findComponent(type: ComponentType) {
    for (const r of replies) {
      for (const row of (r.data?.components ?? []) as {
        components: { type: number; custom_id?: string; options?: { value: string }[] }[];
      }[]) {
        const c = row.components.find((x) => x.type === type && x.custom_id);
        if (c) return { reply: r.data ?? {}, component: c };
      }
    }
    return undefined;
  }

  it('a button of a real reply: type 7 (update) or 4 (new private reply), valid', async () => {
    const found = findComponent(ComponentType.Button);
    expect(found, 'a reply with a button').toBeDefined();
    const interaction = componentInteraction(e.fake, found!.reply, {
      custom_id: found!.component.custom_id!,
      component_type: ComponentType.Button,
    });
    const r = await e.send(interaction);
    const body = r.body as Body;
    expect([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.UpdateMessage]).toContain(
      body.type,
    );
    if (body.type === InteractionResponseType.ChannelMessageWithSource)
      expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
    // An update cannot change the card's flags; like the gateway, the endpoint sends none.
    else expect(body.data).not.toHaveProperty('flags');
    expect(JSON.stringify(body.data)).not.toMatch(/no longer|don't recognise/i);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    expectValid(body);
    expect(interactionLine(interaction.id)).toMatchObject({
      kind: 'button',
      command: found!.component.custom_id,
      outcome: 'ok',
    });
  });

  it('a choice in a select menu of a real reply: a card, valid', async () => {
    const found = findComponent(ComponentType.StringSelect);
    expect(found, 'a reply with a select menu').toBeDefined();
    const value = found!.component.options?.[0]?.value;
    const interaction = componentInteraction(e.fake, found!.reply, {
      custom_id: found!.component.custom_id!,
      component_type: ComponentType.StringSelect,
      values: [value!],
    });
    const r = await e.send(interaction);
    const body = r.body as Body;
    expect([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.UpdateMessage]).toContain(
      body.type,
    );
    expect(JSON.stringify(body.data?.embeds ?? [])).not.toBe('[]');
    expectValid(body);
    expect(interactionLine(interaction.id)).toMatchObject({ kind: 'select', outcome: 'ok' });
  });

  it('an unknown command: a short private note, never an error status', async () => {
    const r = await e.send(commandInteraction(e.fake, 'no-such-command', []));
    expect(r.status).toBe(200);
    expect((r.body as Body).data).toMatchObject({
      flags: MessageFlags.Ephemeral,
      content: expect.stringMatching(/don't know the command/),
    });
  });

  it('sent nothing to the fake Discord: every answer was in the HTTP response', () => {
    expect(e.fake.webhooks).toEqual([]);
    expect(e.fake.violations).toEqual([]);
  });
});

describe('requests that are not Discord’s', () => {
  const ping = () =>
    JSON.stringify({ type: 1, id: e.fake.nextId(), application_id: e.fake.appId, token: 't', version: 1 });
  const MARKER = 'do-not-log-this-body-7f3a';

  it('a tampered body (signed, then changed) → 401, and the body is not logged', async () => {
    const signed = JSON.stringify({
      type: 1,
      id: e.fake.nextId(),
      application_id: e.fake.appId,
      token: 't',
      version: 1,
    });
    const tampered = signed.replace('"type":1', `"type":1,"note":"${MARKER}"`);
    const r = await post(e.url, tampered, signedHeaders(e.keys, signed));
    expect(r.status).toBe(401);
    expect(JSON.stringify(e.logs)).not.toContain(MARKER);
    expect(e.logs.at(-1)).toMatchObject({
      msg: 'rejected',
      status: 401,
      reason: 'bad signature',
      bytes: Buffer.byteLength(tampered),
    });
  });

  it('signed with another key → 401', async () => {
    const body = ping();
    expect((await post(e.url, body, signedHeaders(makeKeys(), body))).status).toBe(401);
  });

  it('a timestamp more than 5 minutes old or ahead (a replay) → 401, even correctly signed', async () => {
    const body = ping();
    // (A minute past the window, not a second: on a loaded machine the request may reach the server seconds after the
    // timestamp is taken, and "301 s ahead" would then be inside the window — a test that failed under load, not a bug.)
    const old = String(Number(nowSeconds()) - 360);
    const ahead = String(Number(nowSeconds()) + 360);
    expect((await post(e.url, body, signedHeaders(e.keys, body, old))).status).toBe(401);
    expect((await post(e.url, body, signedHeaders(e.keys, body, ahead))).status).toBe(401);
    expect(e.logs.at(-1)).toMatchObject({ reason: 'stale timestamp' });
    // Within the window it is accepted.
    expect((await post(e.url, body, signedHeaders(e.keys, body, String(Number(nowSeconds()) - 200)))).status).toBe(200);
  });

  it('no signature, or half of one → 401', async () => {
    const body = ping();
    const { 'x-signature-timestamp': ts, 'x-signature-ed25519': sig } = signedHeaders(e.keys, body);
    expect((await post(e.url, body, { 'content-type': 'application/json' })).status).toBe(401);
    expect((await post(e.url, body, { 'x-signature-ed25519': sig! })).status).toBe(401);
    expect((await post(e.url, body, { 'x-signature-timestamp': ts! })).status).toBe(401);
    expect(
      (await post(e.url, body, { 'x-signature-timestamp': ts!, 'x-signature-ed25519': 'zz' + sig!.slice(2) })).status,
    ).toBe(401);
  });

  it('a body over 64 KiB → 413, announced or streamed, without reading it all', async () => {
    const huge = JSON.stringify({ type: 1, pad: MARKER + 'x'.repeat(70 * 1024) });
    expect((await post(e.url, huge, signedHeaders(e.keys, huge))).status).toBe(413);
    // Streamed with no Content-Length (chunked): cut off once past the limit.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        e.url,
        { method: 'POST', headers: { ...signedHeaders(e.keys, huge), 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 8; i++) req.write('x'.repeat(16 * 1024));
      req.end();
    });
    expect(status).toBe(413);
    expect(JSON.stringify(e.logs)).not.toContain(MARKER);
  });

  it('garbage, signed: not JSON, or JSON that is not an interaction → 400', async () => {
    for (const body of [
      'not json at all',
      '{"type":',
      '[]',
      'null',
      '{"type":99,"id":"1","application_id":"1","token":"t"}',
      '{"type":2,"id":"1","application_id":"1","token":"t"}',
    ]) {
      expect((await post(e.url, body, signedHeaders(e.keys, body))).status, body).toBe(400);
    }
  });

  it('wrong method → 405 with Allow; wrong path → 404', async () => {
    const r = await fetch(e.url, { method: 'GET' });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('POST');
    const body = ping();
    expect((await post(`${e.base}/interaction`, body, signedHeaders(e.keys, body))).status).toBe(404);
    expect((await post(`${e.base}/`, body, signedHeaders(e.keys, body))).status).toBe(404);
  });

  it('malformed HTTP → 400, and the process keeps serving', async () => {
    const { port } = new URL(e.base);
    const reply = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.write('THIS IS NOT HTTP\r\n\r\n'));
      let got = '';
      socket.on('data', (d) => (got += d.toString()));
      socket.on('close', () => resolve(got));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
  });

  it('after all of that, still serving: a signed PING gets its PONG', async () => {
    const r = await e.send({ type: 1, id: e.fake.nextId(), application_id: e.fake.appId, token: 't', version: 1 });
    expect(r.body).toEqual({ type: 1 });
  });

  it('keeps idle connections longer than a proxy does (65 s), and drops a request slower than 10 s', () => {
    expect(e.endpoint.server.keepAliveTimeout).toBe(65_000);
    expect(e.endpoint.server.requestTimeout).toBe(10_000);
    expect(e.endpoint.server.headersTimeout).toBe(10_000);
  });

  it('GET /healthz → 200 with what a supervisor reads', async () => {
    const r = await fetch(`${e.base}/healthz`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(await r.json()).toMatchObject({ ready: true, mode: 'http', in_flight: expect.any(Number) });
  });
});
