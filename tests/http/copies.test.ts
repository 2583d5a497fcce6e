/**
 * `npm start` with DISCORD_PUBLIC_KEY, as an operator runs it (the compiled dist/src/main.js): two copies started side by side as
 * separate processes (no shared memory), each configured with the same public key. They answer the
 * same interaction identically, a button one copy made opens on the other, and both stop cleanly on
 * SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ComponentType, InteractionResponseType } from 'discord-api-types/v10';
import { startFakeDiscord, type FakeDiscord } from '../e2e/fake-discord.js';
import { commandInteraction, componentInteraction } from '../e2e/payloads.js';
import { callbackViolations } from '../e2e/validate.js';
import { makeKeys, postSigned } from './signing.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** What `npm start` runs: the compiled entry (`npm test` builds dist/ before vitest starts). */
const MAIN = join(ROOT, 'dist/src/main.js');
// An empty working directory: no developer's .env can leak into these runs.
const CWD = mkdtempSync(join(tmpdir(), 'sci-http-e2e-'));
const running = new Set<ChildProcess>();

interface Copy {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** One copy of the bot in HTTP mode, on a free port of 127.0.0.1; resolves once it logs `ready`. */
async function startCopy(env: Record<string, string>): Promise<Copy> {
  const child = spawn(process.execPath, [MAIN], {
    cwd: CWD,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? CWD,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_FORMAT: 'json',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((res) =>
    child.on('close', (code) => {
      running.delete(child);
      res(code);
    }),
  );
  const listening = await new Promise<string>((res, rej) => {
    const timer = setInterval(() => {
      const ready = out.split('\n').find((l) => l.includes('"msg":"ready"'));
      if (ready) {
        clearInterval(timer);
        res((JSON.parse(ready) as { listening: string }).listening);
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        rej(new Error(`the copy exited (${child.exitCode}): ${err}`));
      }
    }, 20);
  });
  return { child, url: `http://${listening}/interactions`, stdout: () => out, stderr: () => err, exited };
}

let fake: FakeDiscord | undefined;
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await fake?.close();
  rmSync(CWD, { recursive: true, force: true });
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
    const child = spawn(process.execPath, [MAIN], {
      cwd: CWD,
      env: { PATH: process.env.PATH ?? '', DISCORD_PUBLIC_KEY: pasted },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((res) => child.on('close', res));
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([
      expect.stringMatching(/^Configuration error: DISCORD_PUBLIC_KEY must be the 64 hex characters of PUBLIC KEY/),
    ]);
    expect(err).not.toContain(pasted);
  });
});
