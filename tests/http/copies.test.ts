/**
 * `npm start` with DISCORD_PUBLIC_KEY, as an operator runs it (the compiled dist/src/main.js): two copies started side by side as
 * separate processes (no shared memory), each configured with the same public key. They answer the
 * same interaction identically, a button one copy made opens on the other, and both stop cleanly on
 * SIGTERM.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ComponentType, InteractionResponseType } from 'discord-api-types/v10';
import { startFakeDiscord, type FakeDiscord } from '../e2e/fake-discord.js';
import { commandInteraction, componentInteraction } from '../e2e/payloads.js';
import { killAll, runCompiled, type Run } from '../e2e/spawn.js';
import { callbackViolations } from '../e2e/validate.js';
import { makeKeys, postSigned } from './signing.js';

/** What `npm start` runs: the compiled entry (`npm test` builds dist/ before vitest starts). */
const MAIN = 'src/main.ts';

type Copy = Run & { url: string };

/** One copy of the bot in HTTP mode, on a free port of 127.0.0.1; resolves once it logs `ready`. */
async function startCopy(env: Record<string, string>): Promise<Copy> {
  const run = runCompiled(MAIN, { HOST: '127.0.0.1', PORT: '0', LOG_FORMAT: 'json', ...env });
  const listening = await new Promise<string>((res, rej) => {
    const timer = setInterval(() => {
      const ready = run
        .stdout()
        .split('\n')
        .find((l) => l.includes('"msg":"ready"'));
      if (ready) {
        clearInterval(timer);
        res((JSON.parse(ready) as { listening: string }).listening);
      } else if (run.child.exitCode !== null) {
        clearInterval(timer);
        rej(new Error(`the copy exited (${run.child.exitCode}): ${run.stderr()}`));
      }
    }, 20);
  });
  return { ...run, url: `http://${listening}/interactions` };
}

let fake: FakeDiscord | undefined;
afterAll(async () => {
  killAll();
  await fake?.close();
});

type Body = {
  type: number;
  data?: { components?: { components: { type: number; custom_id?: string }[] }[] } & Record<string, unknown>;
};

describe('two copies side by side', { timeout: 90_000 }, () => {
  it('answer identically; a button made by one opens on the other; both stop cleanly on SIGTERM', async () => {
    const keys = makeKeys();
    fake = await startFakeDiscord();
    const env = { DISCORD_PUBLIC_KEY: keys.publicHex, DISCORD_API_URL: fake.restApi };
    const [a, b] = await Promise.all([startCopy(env), startCopy(env)]);
    expect(a!.url).not.toBe(b!.url);

    // The same interaction to each copy: the same answer.
    const asked = commandInteraction(fake, 'totals', []);
    const [fromA, fromB] = await Promise.all([postSigned(a!.url, keys, asked), postSigned(b!.url, keys, asked)]);
    expect(fromA.status).toBe(200);
    expect(fromB.body).toEqual(fromA.body);
    const card = fromA.body as Body;
    expect(card.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callbackViolations(card)).toEqual([]);

    // A button on the card copy A made, clicked, and delivered to copy B.
    const button = card.data?.components
      ?.flatMap((row) => row.components)
      .find((c) => c.type === ComponentType.Button && c.custom_id);
    expect(button, 'the /totals card has a button').toBeDefined();
    const click = componentInteraction(fake, card.data ?? {}, {
      custom_id: button!.custom_id!,
      component_type: ComponentType.Button,
    });
    const onB = await postSigned(b!.url, keys, click);
    const onA = await postSigned(a!.url, keys, click);
    expect(onB.status).toBe(200);
    expect([InteractionResponseType.UpdateMessage, InteractionResponseType.ChannelMessageWithSource]).toContain(
      (onB.body as Body).type,
    );
    expect(JSON.stringify(onB.body)).not.toMatch(/no longer on file|don't recognise/i);
    expect(callbackViolations(onB.body)).toEqual([]);
    expect(onB.body, "copy B answers copy A's button exactly as A would").toEqual(onA.body);

    for (const copy of [a!, b!]) copy.child.kill('SIGTERM');
    expect(await a!.exited).toBe(0);
    expect(await b!.exited).toBe(0);
    for (const copy of [a!, b!]) {
      const msgs = copy
        .stdout()
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { msg: string }).msg);
      expect(msgs).toEqual(expect.arrayContaining(['ready', 'interaction', 'shutting down', 'stopped']));
      expect(copy.stderr()).toBe('');
    }
  });
});

describe('a wrong configuration', { timeout: 60_000 }, () => {
  it('a public key that is not one: one line naming it, exit 1, the value not printed', async () => {
    const pasted = 'MTExMTExMTExMTExMTExMTEx.GfAkE1.looks_like_a_token_0123456789';
    const run = runCompiled(MAIN, { DISCORD_PUBLIC_KEY: pasted });
    const code = await run.exited;
    const err = run.stderr();
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([
      expect.stringMatching(/^Configuration error: DISCORD_PUBLIC_KEY must be the 64 hex characters of PUBLIC KEY/),
    ]);
    expect(err).not.toContain(pasted);
  });
});
