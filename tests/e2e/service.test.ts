/**
 * Running as a service (issue 13), against the fake Discord: deferral that works (a synchronous
 * handler, a queue, a private answer, the clock counted from the interaction's creation), the same
 * interaction twice, Discord ending the session (4004, 4014, a 401 while serving), and the health check.
 * Process tests run the compiled bot apart from the fake, so the fake's clock runs while the bot's
 * thread is blocked.
 */
import { afterAll, describe, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { handleCommand, handleComponent } from '../../src/router.js';
import { ephemeral } from '../../src/reply.js';
import type { Handlers } from '../../src/discord/respond.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.js';
import { FAKE_TOKEN, logsFor, startHarness } from './helpers.js';
import { commandInteraction, mentionMessage } from './payloads.js';
import { killAll, runCompiled, type Run } from './spawn.js';

const fakes: FakeDiscord[] = [];
async function fake(options: Parameters<typeof startFakeDiscord>[0] = {}) {
  const f = await startFakeDiscord(options);
  fakes.push(f);
  return f;
}
afterAll(async () => {
  killAll();
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * A gate a handler waits on until the test opens it: a handler that answers only after the fake has
 * its deferral, however slowly a loaded machine runs the watchdog (no margin of wall time to lose).
 */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}
/** An async handler that takes `ms` (the thread stays free). */
const slow =
  (ms: number, real: Handlers['command']): Handlers['command'] =>
  async (name, options, deps) => {
    await sleep(ms);
    return real(name, options, deps);
  };

// Process starts are slow on a loaded 2-core machine.
const PROCESS_TIMEOUT_MS = 60_000;

/** The compiled bot logged in to `f` with JSON logs, once it says it is ready. */
async function servingBot(f: FakeDiscord): Promise<Run> {
  const bot = runCompiled('src/main.ts', { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: f.restApi, LOG_FORMAT: 'json' });
  await untilReady(f, bot);
  return bot;
}

async function untilReady(f: FakeDiscord, bot: Run) {
  await f.waitFor(
    () => {
      if (bot.child.exitCode !== null) throw new Error(`the bot exited (${bot.child.exitCode}): ${bot.stderr()}`);
      return f.gateway.ready > 0 && bot.logs().some((l) => l.msg === 'ready');
    },
    45_000,
    'the bot to be ready',
  );
}

describe.concurrent('deferral that works', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it('a handler that computes synchronously for 3.5 s: deferred within 3 s all the same, then the answer edits it', async ({
    expect,
  }) => {
    const f = await fake();
    const bot = runCompiled('tests/e2e/blocking-bot.ts', { DISCORD_API_URL: f.restApi, BLOCK_MS: '3500' });
    await untilReady(f, bot);
    const id = f.dispatchInteraction(commandInteraction(f, 'about', []));
    const callback = await f.waitForCallback(id, 10_000);
    expect(callback.body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    expect(callback.latencyMs).toBeLessThan(3000);
    const edit = await f.waitFor(
      () => f.webhooks.find((w) => w.path.includes(callback.token)),
      15_000,
      'the edit of @original',
    );
    expect(edit.method).toBe('PATCH');
    expect((edit.body as { embeds?: unknown[] }).embeds?.length).toBeGreaterThan(0);
    expect(f.violations).toEqual([]);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });

  it('a queue of interactions behind a busy thread (40 × 150 ms of computing): every one answered or deferred within 3 s', async ({
    expect,
  }) => {
    const f = await fake();
    const bot = runCompiled('tests/e2e/blocking-bot.ts', { DISCORD_API_URL: f.restApi, BLOCK_MS: '150' });
    await untilReady(f, bot);
    const ids = Array.from({ length: 40 }, () => f.dispatchInteraction(commandInteraction(f, 'totals', [])));
    const callbacks = await Promise.all(ids.map((id) => f.waitForCallback(id, 20_000)));
    expect(callbacks.filter((c) => c.latencyMs >= 3000)).toEqual([]);
    const deferred = callbacks.filter((c) => c.body.type === InteractionResponseType.DeferredChannelMessageWithSource);
    expect(deferred.length, 'the last ones waited 6 s in the queue: deferred, not lost').toBeGreaterThan(0);
    // Every deferred one gets its answer as an edit.
    await f.waitFor(
      () => deferred.every((c) => f.webhooks.some((w) => w.method === 'PATCH' && w.path.includes(c.token))),
      20_000,
      'the edits',
    );
    expect(f.violations).toEqual([]);
    bot.child.kill('SIGTERM');
    await bot.exited;
  });
});

describe('deferral, in process', () => {
  it("the 3 s count from the interaction's creation: one created 2 s before it arrived is deferred about 0.5 s after arrival", async ({
    expect,
  }) => {
    const h = await startHarness({ handlers: { command: slow(1500, handleCommand) } });
    try {
      const payload = { ...commandInteraction(h.fake, 'about', []), id: h.fake.nextId(2000) };
      const id = h.fake.dispatchInteraction(payload);
      const callback = await h.fake.waitForCallback(id);
      expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      expect(callback.latencyMs, 'deferred at creation + 2.5 s, not arrival + 2.5 s').toBeLessThan(1400);
      await h.fake.waitFor(() => h.fake.webhooks.find((w) => w.path.includes(callback.token)), 5000, 'the edit');
    } finally {
      await h.stop();
    }
  });

  it('a hidden answer (hide:true) is deferred privately, and the answer edits the private "thinking…"', async ({
    expect,
  }) => {
    const deferred = gate();
    const h = await startHarness({
      handlers: { command: async (...a) => (await deferred.opened, handleCommand(...a)) },
      deferAfterMs: 150,
    });
    try {
      const id = h.fake.dispatchInteraction(
        commandInteraction(h.fake, 'project', [
          { type: 3, name: 'query', value: 'quikbot' },
          { type: 5, name: 'hide', value: true },
        ]),
      );
      const callback = await h.fake.waitForCallback(id);
      deferred.open();
      expect(callback.body).toEqual({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: { flags: MessageFlags.Ephemeral },
      });
      const edit = await h.fake.waitFor(
        () => h.fake.webhooks.find((w) => w.path.includes(callback.token)),
        3000,
        'the edit',
      );
      expect(edit.method).toBe('PATCH');
      expect(JSON.stringify(edit.body)).toMatch(/QuikBot/);
      expect(h.fake.violations).toEqual([]);
    } finally {
      deferred.open(); // a handler still waiting (a failed check above) must not hold the bot's stop
      await h.stop();
    }
  });

  it('a note only the user may see, after a public "thinking…": the public message is removed, the note sent privately', async ({
    expect,
  }) => {
    const note = ephemeral('Only you can see this note.');
    const deferred = gate();
    const h = await startHarness({
      handlers: { command: async () => (await deferred.opened, note) },
      deferAfterMs: 150,
    });
    try {
      const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'about', []));
      const callback = await h.fake.waitForCallback(id);
      deferred.open();
      expect(callback.body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
      const sent = await h.fake.waitForWebhooks(callback.token, 2, 3000, 'the deletion and the follow-up');
      expect(sent.map((w) => w.method)).toEqual(['DELETE', 'POST']);
      expect(sent[1]!.body).toMatchObject({ content: note.content, flags: MessageFlags.Ephemeral });
      expect(
        h.fake.webhooks.some((w) => w.method === 'PATCH' && w.path.includes(callback.token)),
        'never edited into the public message',
      ).toBe(false);
    } finally {
      deferred.open(); // a handler still waiting (a failed check above) must not hold the bot's stop
      await h.stop();
    }
  });

  it('the same interaction delivered twice: answered once, the second logged at debug and ignored', async ({
    expect,
  }) => {
    const h = await startHarness({ handlers: { component: handleComponent } });
    try {
      const payload = commandInteraction(h.fake, 'about', []);
      h.fake.dispatchInteraction(payload);
      h.fake.dispatchInteraction(payload);
      await h.fake.waitForCallback(payload.id);
      await h.fake.waitFor(
        () => logsFor(h.logs, payload.id).find((l) => l.msg === 'interaction ignored'),
        3000,
        'the debug line',
      );
      await sleep(300);
      const calls = h.fake.requests.filter((r) => r.path.includes(`/interactions/${payload.id}/`));
      expect(calls.map((r) => r.status)).toEqual([204]);
      expect(logsFor(h.logs, payload.id).find((l) => l.msg === 'interaction ignored')).toMatchObject({
        level: 'debug',
        type: 2,
        reason: 'delivered twice',
      });
      expect(logsFor(h.logs, payload.id).filter((l) => l.msg === 'interaction')).toHaveLength(1);
    } finally {
      await h.stop();
    }
  });

  it('an interaction type the bot does not handle (a modal submit) is logged at debug with its type', async ({
    expect,
  }) => {
    const h = await startHarness();
    try {
      const payload = {
        ...commandInteraction(h.fake, 'about', []),
        type: 5,
        data: { custom_id: 'v1:modal', components: [] },
      };
      h.fake.dispatchInteraction(payload);
      const line = await h.fake.waitFor(
        () => logsFor(h.logs, payload.id).find((l) => l.msg === 'interaction ignored'),
        3000,
        'the debug line',
      );
      expect(line).toMatchObject({ level: 'debug', type: 5 });
    } finally {
      await h.stop();
    }
  });
});

describe.concurrent('Discord ends the session: one line, exit code 1', { timeout: PROCESS_TIMEOUT_MS }, () => {
  const cases = [
    { code: 4004, says: /4004 Authentication failed.*token was reset.*DISCORD_TOKEN.*restart/ },
    { code: 4014, says: /4014 Disallowed intents.*Developer Portal.*restart/ },
  ];
  it.for(cases)('gateway close $code mid-session', async ({ code, says }, { expect }) => {
    const f = await fake();
    const bot = await servingBot(f);
    // Serving first: an interaction is answered.
    const id = f.dispatchInteraction(commandInteraction(f, 'about', []));
    await f.waitForCallback(id, 10_000);
    f.closeGateway(code);
    expect(await bot.exited).toBe(1);
    const errors = bot.logs().filter((l) => l.level === 'error');
    expect(errors.map((l) => l.msg)).toEqual([expect.stringMatching(says)]);
    expect(bot.stdout() + bot.stderr()).not.toContain(FAKE_TOKEN);
  });

  it('a 401 while serving (the reply to a mention refused): one line, exit 1, not a half-working bot', async ({
    expect,
  }) => {
    const f = await fake();
    const bot = await servingBot(f);
    f.failNext('message', { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    f.dispatch('MESSAGE_CREATE', mentionMessage(f, `<@${f.appId}> how many projects?`));
    expect(await bot.exited).toBe(1);
    const errors = bot.logs().filter((l) => l.level === 'error');
    expect(errors.map((l) => l.msg)).toEqual([
      expect.stringMatching(/rejected the token \(401 Unauthorized\) while serving.*DISCORD_TOKEN.*restart/),
    ]);
    expect(bot.stdout() + bot.stderr()).not.toContain(FAKE_TOKEN);
  });
});

describe.concurrent('logs', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it('stopped with SIGTERM right after a burst is answered: every interaction has its line, and "stopped" is the last', async ({
    expect,
  }) => {
    const f = await fake();
    const bot = await servingBot(f);
    const ids = Array.from({ length: 200 }, () => f.dispatchInteraction(commandInteraction(f, 'about', [])));
    await Promise.all(ids.map((id) => f.waitForCallback(id, 20_000)));
    bot.child.kill('SIGTERM'); // the last lines are still gathered for their write
    expect(await bot.exited).toBe(0);
    const lines = bot.logs();
    const answered = lines.filter((l) => l.msg === 'interaction').map((l) => l.id);
    expect(answered.sort()).toEqual([...ids].sort());
    expect(lines.at(-1)?.msg).toBe('stopped');
    expect(bot.stdout()).not.toContain(FAKE_TOKEN);
  });
});

describe.concurrent('the health check (HEALTH_PORT)', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it('503 before the gateway is ready, 200 with ping, last event and in-flight once it is', async ({ expect }) => {
    const f = await fake({ holdReady: true, heartbeatIntervalMs: 200 });
    const bot = runCompiled('src/main.ts', {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_API_URL: f.restApi,
      LOG_FORMAT: 'json',
      HEALTH_PORT: '0',
    });
    const url = await f.waitFor(
      () => {
        if (bot.child.exitCode !== null) throw new Error(`the bot exited: ${bot.stderr()}`);
        return bot.logs().find((l) => l.msg === 'health check listening')?.url as string | undefined;
      },
      45_000,
      'the health check to listen',
    );
    await f.waitFor(() => f.gateway.identifies > 0, 20_000, 'IDENTIFY');
    const before = await fetch(url);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({ ready: false, mode: 'gateway' });

    f.releaseReady();
    await untilReady(f, bot);
    const after = await fetch(url);
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ ready: true, mode: 'gateway', in_flight: 0, guilds: 1 });
    // The gateway ping is known once a heartbeat has been acknowledged (every 200 ms here).
    let known: Record<string, unknown> = {};
    for (
      const until = Date.now() + 20_000;
      Date.now() < until && typeof known.gateway_ping_ms !== 'number';
      await sleep(100)
    ) {
      known = (await (await fetch(url)).json()) as Record<string, unknown>;
    }
    expect(known).toMatchObject({
      ready: true,
      gateway_ping_ms: expect.any(Number),
      last_gateway_event_ms_ago: expect.any(Number),
    });
    expect(known.last_gateway_event_ms_ago as number).toBeLessThan(5000);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });
});
