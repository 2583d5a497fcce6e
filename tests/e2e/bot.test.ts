/**
 * The real discord.js client from src/discord, logged in to the fake Discord on 127.0.0.1, driven
 * through the gateway like Discord drives it. Every body it sends is validated on arrival
 * (fake.violations), and every first response must arrive within 3 s of its dispatch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComponentType, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { commandDefinitions } from '../../src/router.js';
import { testDeps } from '../helpers.js';
import { logsFor, startHarness, type Harness } from './helpers.js';
import type { CallbackRecord } from './fake-discord.js';
import {
  autocompleteInteraction,
  autocompleteOptions,
  commandInteraction,
  componentInteraction,
  mentionMessage,
  sampleOptions,
} from './payloads.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const DEADLINE_MS = 3000;
const definitions = commandDefinitions(testDeps());
/** Every reply the commands sent, for the component tests to click on. */
const replies: CallbackRecord[] = [];

function expectHealthy() {
  expect(h.fake.violations, "bodies that break Discord's schemas or limits").toEqual([]);
  expect(h.fake.unknownRoutes, 'requests to routes Discord does not have').toEqual([]);
}

describe('the bot on the gateway', () => {
  it('logs in with the minimum intents and reaches READY through the fake only', () => {
    const gatewayBot = h.fake.requests.find((r) => r.path === '/api/v10/gateway/bot');
    expect(gatewayBot?.auth).toMatch(/^Bot /);
    expect(h.fake.gateway.identifies).toBe(1);
    expect(h.logs.find((l) => l.msg === 'ready')).toMatchObject({ guilds: 1, commands: definitions.length });
    expect(h.bot.client.options.intents.toArray().sort()).toEqual(['DirectMessages', 'GuildMessages', 'Guilds']);
  });

  it('has commands to serve', () => {
    expect(definitions.length).toBeGreaterThan(0);
  });

  it.each(definitions.map((d) => [d.name, d] as const))(
    '/%s with every option filled: a valid reply within 3 s',
    async (name, def) => {
      const id = h.fake.dispatchInteraction(commandInteraction(h.fake, name, sampleOptions(def)));
      const callback = await h.fake.waitForCallback(id);
      replies.push(callback);
      expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(callback.body.data?.allowed_mentions).toEqual({ parse: [] });
      expect(callback.latencyMs).toBeLessThan(DEADLINE_MS);
      await h.fake.waitFor(
        () => logsFor(h.logs, id).find((l) => l.msg === 'interaction'),
        2000,
        'the interaction log line',
      );
      expect(logsFor(h.logs, id).find((l) => l.msg === 'interaction')).toMatchObject({
        kind: 'command',
        command: name,
        outcome: 'ok',
        latency_ms: expect.any(Number),
      });
      expectHealthy();
    },
  );

  it.each(definitions.map((d) => [d.name, d] as const))(
    '/%s with only its required options: a valid reply',
    async (name, def) => {
      const required = new Set((def.options ?? []).filter((o) => 'required' in o && o.required).map((o) => o.name));
      const options = sampleOptions(def).filter((o) => required.has(o.name) || 'options' in o);
      const id = h.fake.dispatchInteraction(commandInteraction(h.fake, name, options));
      const callback = await h.fake.waitForCallback(id);
      replies.push(callback);
      expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expectHealthy();
    },
  );

  const withAutocomplete = definitions.filter((d) => autocompleteOptions(d, '') !== null);
  it('autocompletes every option that offers it: ≤ 25 choices, never deferred', async () => {
    expect(withAutocomplete.length).toBeGreaterThan(0);
    let offered = 0;
    for (const def of withAutocomplete) {
      for (const typed of ['', 'shenzhen', 'qu']) {
        const id = h.fake.dispatchInteraction(
          autocompleteInteraction(h.fake, def.name, autocompleteOptions(def, typed) ?? []),
        );
        const callback = await h.fake.waitForCallback(id);
        expect(callback.body.type, `/${def.name} "${typed}"`).toBe(
          InteractionResponseType.ApplicationCommandAutocompleteResult,
        );
        const choices = (callback.body.data?.choices ?? []) as unknown[];
        expect(choices.length).toBeLessThanOrEqual(25);
        offered += choices.length;
      }
    }
    expect(offered, 'choices offered across all autocompletes').toBeGreaterThan(0);
    expectHealthy();
  });

  /** The first component of `type` on any reply the commands sent. */
  function findComponent(type: ComponentType) {
    for (const r of replies) {
      for (const row of (r.body.data?.components ?? []) as {
        components: { type: number; custom_id?: string; options?: { value: string }[] }[];
      }[]) {
        const c = row.components.find((x) => x.type === type && x.custom_id);
        if (c) return { reply: r.body.data ?? {}, component: c };
      }
    }
    return undefined;
  }

  it('answers a click on a button of a real reply', async () => {
    const found = findComponent(ComponentType.Button);
    expect(found, 'a reply with a button').toBeDefined();
    const { reply, component } = found!;
    const id = h.fake.dispatchInteraction(
      componentInteraction(h.fake, reply, { custom_id: component.custom_id!, component_type: ComponentType.Button }),
    );
    const callback = await h.fake.waitForCallback(id);
    expect([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.UpdateMessage]).toContain(
      callback.body.type,
    );
    // A button of a fresh reply still works: it is not answered with the "no longer works" note.
    expect(String(callback.body.data?.content ?? '')).not.toMatch(/no longer works/i);
    await h.fake.waitFor(
      () => logsFor(h.logs, id).find((l) => l.msg === 'interaction'),
      2000,
      'the interaction log line',
    );
    expect(logsFor(h.logs, id).find((l) => l.msg === 'interaction')).toMatchObject({
      kind: 'button',
      command: component.custom_id,
      outcome: 'ok',
    });
    expectHealthy();
  });

  it('answers a choice in a select menu of a real reply', async () => {
    const found = findComponent(ComponentType.StringSelect);
    expect(found, 'a reply with a select menu').toBeDefined();
    const { reply, component } = found!;
    const value = component.options?.[0]?.value;
    expect(value).toBeDefined();
    const id = h.fake.dispatchInteraction(
      componentInteraction(h.fake, reply, {
        custom_id: component.custom_id!,
        component_type: ComponentType.StringSelect,
        values: [value!],
      }),
    );
    const callback = await h.fake.waitForCallback(id);
    expect([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.UpdateMessage]).toContain(
      callback.body.type,
    );
    expect(JSON.stringify(callback.body.data?.embeds ?? [])).not.toBe('[]');
    expectHealthy();
  });

  it('answers an unknown command with a short ephemeral note', async () => {
    const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'no-such-command', []));
    const callback = await h.fake.waitForCallback(id);
    expect(callback.body.data?.flags).toBe(MessageFlags.Ephemeral);
    expectHealthy();
  });
});

describe('mentions', () => {
  it('answers a message that mentions the bot as a reply to it, pinging no one, and ignores the rest', async () => {
    const before = h.fake.messages.length;
    // Dispatched first, so they are handled before the mention below: none of them may get an answer.
    h.fake.dispatch('MESSAGE_CREATE', mentionMessage(h.fake, 'how many MOUs have been signed?'));
    h.fake.dispatch(
      'MESSAGE_CREATE',
      mentionMessage(h.fake, `<@${h.fake.appId}> how many projects?`, { id: '999999999999999999', bot: true }),
    );
    h.fake.dispatch('MESSAGE_CREATE', mentionMessage(h.fake, '@everyone how many MOUs?'));
    const asked = mentionMessage(h.fake, `<@${h.fake.appId}> how many MOUs have been signed?`);
    h.fake.dispatch('MESSAGE_CREATE', asked);

    const reply = await h.fake.waitFor(() => h.fake.messages[before], 5000, 'the reply to the mention');
    expect(h.fake.messages.length - before, 'only the message that mentions the bot is answered').toBe(1);
    expect(reply.path).toBe(`/api/v10/channels/${h.fake.channelId}/messages`);
    expect(reply.body).toMatchObject({
      message_reference: { message_id: asked.id },
      allowed_mentions: { parse: [], replied_user: false },
    });
    const body = reply.body as { content?: string; embeds?: { description?: string }[] };
    expect(`${body.content ?? ''} ${JSON.stringify(body.embeds ?? [])}`).toMatch(/MOU/i);
    expect(body).not.toHaveProperty('flags', MessageFlags.Ephemeral);
    expectHealthy();
  });

  it('answers a mention in a direct message (a channel it has not cached)', async () => {
    const before = h.fake.messages.length;
    const dmChannel = '777777777777777777';
    const { guild_id: _g, member: _m, ...dm } = mentionMessage(h.fake, `<@${h.fake.appId}> when was the 3rd JIC?`);
    h.fake.dispatch('MESSAGE_CREATE', { ...dm, channel_id: dmChannel, channel_type: 1 });
    const reply = await h.fake.waitFor(() => h.fake.messages[before], 5000, 'the reply in the DM');
    expect(reply.path).toBe(`/api/v10/channels/${dmChannel}/messages`);
    expect(reply.body).toMatchObject({ message_reference: { message_id: dm.id } });
    expectHealthy();
  });
});
