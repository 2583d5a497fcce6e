/**
 * Faults injected into the fake Discord and into the handlers: each test says what the user and
 * the log see, and that the next interaction is still answered.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ComponentType, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { handleAutocomplete, handleCommand, handleComponent, handleMention } from '../../src/router.js';
import { ERROR_SENTENCE, type Handlers } from '../../src/discord/respond.js';
import { FAKE_TOKEN, logsFor, startHarness, type Harness } from './helpers.js';
import { autocompleteInteraction, commandInteraction, componentInteraction, mentionMessage } from './payloads.js';

type Behaviour = 'normal' | 'throw' | 'slow' | 'slow-then-throw';
let behaviour: Behaviour = 'normal';
const SLOW_MS = 400;
const injected = new Error('injected handler failure');

/** The router's handlers, made to throw or to be slow on demand. */
async function act<T>(real: () => T): Promise<T> {
  if (behaviour === 'throw') throw injected;
  if (behaviour === 'slow' || behaviour === 'slow-then-throw') await sleep(SLOW_MS);
  if (behaviour === 'slow-then-throw') throw injected;
  return real();
}
const handlers: Handlers = {
  command: (name, options, deps) => act(() => handleCommand(name, options, deps)),
  autocomplete: (name, focused, options, deps) => act(() => handleAutocomplete(name, focused, options, deps)),
  component: (customId, values, deps) => act(() => handleComponent(customId, values, deps)),
  mention: (text, deps) => act(() => handleMention(text, deps)),
};

const callbackPath = (id: string) => new RegExp(`^/api/v10/interactions/${id}/[^/]+/callback$`);
const callbackRequests = (h: Harness, id: string) => h.fake.requests.filter((r) => callbackPath(id).test(r.path));

/** An interaction the bot must answer normally: proof it kept serving after a fault. */
async function expectAnsweredNormally(h: Harness) {
  const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'about', []));
  const callback = await h.fake.waitForCallback(id);
  expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  expect(callback.body.data?.content ?? '').not.toBe(ERROR_SENTENCE);
  expect(callback.latencyMs).toBeLessThan(3000);
}

function expectNoTokenInLogs(h: Harness) {
  expect(JSON.stringify(h.logs)).not.toContain(FAKE_TOKEN);
}

describe('faults', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ handlers, deferAfterMs: 150, fake: { heartbeatIntervalMs: 200 } });
  });
  afterAll(async () => {
    await h?.stop();
  });
  beforeEach(() => {
    behaviour = 'normal';
  });

  it('callback answered 429 with retry_after: the bot waits that long, retries, and is accepted', async () => {
    h.fake.failNext('callback', {
      status: 429,
      headers: { 'retry-after': '0.3', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
    });
    const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'about', []));
    const callback = await h.fake.waitForCallback(id);
    const attempts = callbackRequests(h, id);
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(250);
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(h.logs.some((l) => l.msg === 'rate limited')).toBe(true);
    expect(h.fake.violations).toEqual([]);
  });

  it('callback answered 500: the bot retries and is accepted', async () => {
    h.fake.failNext('callback', { status: 500, body: { message: '500: Internal Server Error', code: 0 } });
    const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'help', []));
    const callback = await h.fake.waitForCallback(id);
    expect(callbackRequests(h, id).map((r) => r.status)).toEqual([500, 204]);
    expect(callback.body.data?.content ?? '').not.toBe(ERROR_SENTENCE);
  });

  it('Discord refuses the reply (400 Invalid Form Body): the user gets the ephemeral error sentence', async () => {
    h.fake.failNext('callback', { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: {} } });
    const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'about', []));
    const callback = await h.fake.waitForCallback(id);
    expect(callback.body).toMatchObject({ type: 4, data: { content: ERROR_SENTENCE, flags: MessageFlags.Ephemeral } });
    const error = logsFor(h.logs, id).find((l) => l.msg === 'interaction failed');
    expect(error).toMatchObject({ command: 'about', error: { code: 50035 } });
    await expectAnsweredNormally(h);
  });

  it('gateway connection dropped mid-session: the bot resumes and answers the next interaction', async () => {
    await h.fake.waitFor(() => h.fake.gateway.heartbeats > 0, 3000, 'a heartbeat');
    const resumes = h.fake.gateway.resumes;
    h.fake.dropGateway();
    await h.fake.waitFor(() => h.fake.gateway.resumes > resumes, 10_000, 'RESUME');
    expect(h.fake.gateway.identifies, 'resumed, not re-identified').toBe(1);
    await expectAnsweredNormally(h);
    expect(h.logs.some((l) => l.msg === 'gateway resumed')).toBe(true);
  });

  it('a command handler that throws: the user gets one ephemeral sentence, the log gets id, command, options and error', async () => {
    behaviour = 'throw';
    const id = h.fake.dispatchInteraction(
      commandInteraction(h.fake, 'project', [{ type: 3, name: 'query', value: 'quikbot' }]),
    );
    const callback = await h.fake.waitForCallback(id);
    expect(callback.body).toMatchObject({
      type: 4,
      data: { content: ERROR_SENTENCE, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
    });
    await h.fake.waitFor(
      () => logsFor(h.logs, id).find((l) => l.msg === 'interaction'),
      2000,
      'the interaction log line',
    );
    expect(logsFor(h.logs, id).find((l) => l.msg === 'interaction failed')).toMatchObject({
      level: 'error',
      kind: 'command',
      command: 'project',
      options: { query: 'quikbot' },
      error: { message: injected.message },
    });
    expect(logsFor(h.logs, id).find((l) => l.msg === 'interaction')).toMatchObject({ outcome: 'error' });
    expectNoTokenInLogs(h);
    behaviour = 'normal';
    await expectAnsweredNormally(h);
    expect(h.fake.violations).toEqual([]);
  });

  it('an autocomplete handler that throws: an empty list, never an exception', async () => {
    behaviour = 'throw';
    const id = h.fake.dispatchInteraction(
      autocompleteInteraction(h.fake, 'project', [{ type: 3, name: 'query', value: 'qu', focused: true }]),
    );
    const callback = await h.fake.waitForCallback(id);
    expect(callback.body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });

  it('a component handler that throws: the ephemeral sentence', async () => {
    behaviour = 'throw';
    const reply = {
      content: 'a card',
      components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Open', custom_id: 'v1:open:meeting:jic-1' }] }],
    };
    const id = h.fake.dispatchInteraction(
      componentInteraction(h.fake, reply, { custom_id: 'v1:open:meeting:jic-1', component_type: ComponentType.Button }),
    );
    const callback = await h.fake.waitForCallback(id);
    expect(callback.body).toMatchObject({ type: 4, data: { content: ERROR_SENTENCE, flags: MessageFlags.Ephemeral } });
  });

  it('a slow command: deferred within the deadline, then the answer edits the "thinking" message', async () => {
    behaviour = 'slow';
    const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'about', []));
    const callback = await h.fake.waitForCallback(id);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(callback.latencyMs).toBeLessThan(SLOW_MS);
    const edit = await h.fake.waitFor(
      () => h.fake.webhooks.find((w) => w.path.includes(callback.token)),
      3000,
      'the edit of @original',
    );
    expect(edit.method).toBe('PATCH');
    expect(edit.path).toBe(`/api/v10/webhooks/${h.fake.appId}/${callback.token}/messages/%40original`);
    expect((edit.body as { embeds?: unknown[] }).embeds?.length).toBeGreaterThan(0);
    await h.fake.waitFor(
      () => logsFor(h.logs, id).find((l) => l.msg === 'interaction'),
      2000,
      'the interaction log line',
    );
    expect(logsFor(h.logs, id).find((l) => l.msg === 'interaction')).toMatchObject({ outcome: 'deferred' });
    expect(h.fake.violations).toEqual([]);
  });

  const originalRequests = (token: string) =>
    h.fake.requests.filter((r) => r.path === `/api/v10/webhooks/${h.fake.appId}/${token}/messages/%40original`);

  it('the edit of a deferred answer answered 500: the bot retries it and the answer arrives', async () => {
    behaviour = 'slow';
    h.fake.failNext('webhook', { status: 500, body: { message: '500: Internal Server Error', code: 0 } });
    const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'about', []));
    const callback = await h.fake.waitForCallback(id);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const [edit] = await h.fake.waitForWebhooks(callback.token, 1, 3000, 'the edit of @original');
    expect(originalRequests(callback.token).map((r) => [r.method, r.status])).toEqual([
      ['PATCH', 500],
      ['PATCH', 200],
    ]);
    expect((edit!.body as { embeds?: unknown[] }).embeds?.length).toBeGreaterThan(0);
    expect(edit!.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(h.logs.some((l) => l.msg === 'Discord server error, retrying' && l.status === 500)).toBe(true);
    expectNoTokenInLogs(h);
  });

  it('the edit of a deferred answer answered 429 with retry_after: waited out, then sent once', async () => {
    behaviour = 'slow';
    h.fake.failNext('webhook', {
      status: 429,
      headers: { 'retry-after': '0.3' },
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
    });
    const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'about', []));
    const callback = await h.fake.waitForCallback(id);
    await h.fake.waitForWebhooks(callback.token, 1, 3000, 'the edit of @original');
    const attempts = originalRequests(callback.token);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(250);
    expect(h.logs.some((l) => l.msg === 'rate limited' && l.route === '/webhooks/:id/:token/messages/@original')).toBe(
      true,
    );
  });

  it('a slow command that then throws: the public "thinking" message is removed and the error sent privately', async () => {
    behaviour = 'slow-then-throw';
    const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'about', []));
    const callback = await h.fake.waitForCallback(id);
    expect(callback.body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    const sent = await h.fake.waitForWebhooks(callback.token, 2, 3000, 'the deletion and the follow-up');
    expect(sent.map((w) => w.method)).toEqual(['DELETE', 'POST']);
    expect(sent[1]!.body).toMatchObject({ content: ERROR_SENTENCE, flags: MessageFlags.Ephemeral });
  });

  it('a slow button: a deferred update, then the card is edited or a follow-up is sent', async () => {
    behaviour = 'slow';
    const reply = {
      content: 'a card',
      components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Open', custom_id: 'v1:open:meeting:jic-1' }] }],
    };
    const id = h.fake.dispatchInteraction(
      componentInteraction(h.fake, reply, { custom_id: 'v1:open:meeting:jic-1', component_type: ComponentType.Button }),
    );
    const callback = await h.fake.waitForCallback(id);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredMessageUpdate);
    const sent = await h.fake.waitFor(
      () => h.fake.webhooks.find((w) => w.path.includes(callback.token)),
      3000,
      'the edit or follow-up',
    );
    expect(
      (sent.body as { embeds?: unknown[]; content?: string }).content ?? (sent.body as { embeds?: unknown[] }).embeds,
    ).toBeTruthy();
    expect(h.fake.violations).toEqual([]);
  });

  it('a mention handler that throws: a short reply to the message, and the bot keeps answering', async () => {
    behaviour = 'throw';
    const before = h.fake.messages.length;
    const asked = mentionMessage(h.fake, `<@${h.fake.appId}> how many projects?`);
    h.fake.dispatch('MESSAGE_CREATE', asked);
    const reply = await h.fake.waitFor(() => h.fake.messages[before], 3000, 'the reply to the mention');
    expect(reply.body).toMatchObject({
      content: expect.stringMatching(/went wrong/),
      message_reference: { message_id: asked.id },
    });
    expect(logsFor(h.logs, asked.id).find((l) => l.msg === 'mention failed')).toMatchObject({
      options: { text: 'how many projects?' },
    });
    behaviour = 'normal';
    await expectAnsweredNormally(h);
  });
});

describe('a callback too late for Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    // The fake's deadline is shortened so "too late" takes half a second, not three.
    h = await startHarness({ handlers, fake: { deadlineMs: 200 } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('is refused with 10062 Unknown interaction: logged, no second attempt, no crash', async () => {
    behaviour = 'slow';
    const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'about', []));
    await h.fake.waitFor(
      () => logsFor(h.logs, id).find((l) => l.msg === 'interaction'),
      5000,
      'the interaction log line',
    );
    expect(logsFor(h.logs, id).find((l) => l.msg === 'interaction failed')).toMatchObject({ error: { code: 10062 } });
    expect(logsFor(h.logs, id).find((l) => l.msg === 'interaction')).toMatchObject({
      outcome: 'expired',
      level: 'warn',
    });
    expect(
      callbackRequests(h, id).map((r) => r.status),
      'the dead token is not tried again',
    ).toEqual([404]);
    expect(h.fake.violations.filter((v) => !v.includes('over 200 ms'))).toEqual([]);
    behaviour = 'normal';
    await expectAnsweredNormally(h);
  });
});

describe('stopping', () => {
  it('finishes the interaction in flight, then disconnects and takes no more', async () => {
    const h = await startHarness({ handlers, deferAfterMs: 2000 });
    try {
      behaviour = 'slow';
      const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'about', []));
      await h.fake.waitFor(() => h.bot.inFlight() === 1, 2000, 'the interaction to be in flight');
      await h.bot.stop();
      expect(h.fake.callbacks.find((c) => c.id === id)?.body.type, 'answered before the bot stopped').toBe(
        InteractionResponseType.ChannelMessageWithSource,
      );
      expect(h.bot.client.isReady()).toBe(false);
      await h.fake.waitFor(() => h.fake.gateway.open === 0, 2000, 'the gateway socket to close');
      expect(h.logs.find((l) => l.id === id && l.msg === 'interaction')).toMatchObject({ outcome: 'ok' });
    } finally {
      behaviour = 'normal';
      await h.fake.close();
    }
  });
});
