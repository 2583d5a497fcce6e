/**
 * The programs as an admin runs them (`npm start`, `npm run deploy-commands`), as child processes
 * against the fake Discord: start, answer, stop on SIGTERM; and every way the configuration or the
 * token can be wrong ends with one clear line, exit code 1, and the token never printed.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, it } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { commandDefinitions } from '../../src/router.js';
import { testDeps } from '../helpers.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.js';
import { FAKE_TOKEN } from './helpers.js';
import { killAll, runCompiled } from './spawn.js';
import { commandInteraction } from './payloads.js';

function signal(child: ChildProcess, sig: NodeJS.Signals) {
  try {
    child.kill(sig);
  } catch {
    // already gone
  }
}

const fakes: FakeDiscord[] = [];
async function fake(options: Parameters<typeof startFakeDiscord>[0] = {}) {
  const f = await startFakeDiscord(options);
  fakes.push(f);
  return f;
}

afterAll(async () => {
  // Leave no process or port behind, whatever a test did.
  killAll();
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

// Process starts are slow on a loaded 2-core machine (discord.js loads, the index builds).
const PROCESS_TIMEOUT_MS = 60_000;

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

describe.concurrent('npm start with a token', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it('reaches READY on the fake, answers an interaction, and exits 0 on SIGTERM', async ({ expect }) => {
    const f = await fake();
    const bot = runCompiled(
      'src/main.ts',
      { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: f.restApi, LOG_FORMAT: 'json' },
      [],
    );
    await f.waitFor(
      () => {
        if (bot.child.exitCode !== null) throw new Error(`the bot exited (${bot.child.exitCode}): ${bot.stderr()}`);
        return bot.stdout().includes('"msg":"ready"');
      },
      45_000,
      'the bot to log ready',
    );
    const id = f.dispatchInteraction(commandInteraction(f, 'about', []));
    const callback = await f.waitForCallback(id);
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.latencyMs).toBeLessThan(3000);
    await f.waitFor(() => bot.stdout().includes(`"id":"${id}"`), 3000, 'the interaction log line');

    signal(bot.child, 'SIGTERM');
    expect(await bot.exited).toBe(0);
    const logged = lines(bot.stdout()).map((l) => JSON.parse(l) as { msg: string });
    expect(logged.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['ready', 'interaction', 'shutting down', 'stopped']),
    );
    expect(bot.stdout() + bot.stderr()).not.toContain(FAKE_TOKEN);
    expect(f.violations).toEqual([]);
  });
});

describe.concurrent('a token Discord rejects', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it('one clear line, exit 1, the token never printed', async ({ expect }) => {
    const f = await fake({ rejectToken: true });
    const bot = runCompiled('src/main.ts', { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: f.restApi }, []);
    expect(await bot.exited).toBe(1);
    expect(lines(bot.stderr())).toEqual([expect.stringMatching(/^Discord rejected the token/)]);
    expect(bot.stdout() + bot.stderr()).not.toContain(FAKE_TOKEN);
    // It was tried, against the fake only.
    expect(f.requests.find((r) => r.path === '/api/v10/gateway/bot')?.auth).toBe(`Bot ${FAKE_TOKEN}`);
  });
});

describe.concurrent('a malformed environment', { timeout: PROCESS_TIMEOUT_MS }, () => {
  // The other malformed values (LOG_LEVEL, LOG_FORMAT, ids) are checked in-process in transport.test.ts.
  it('npm start with a token that is not shaped like one: one line naming it, exit 1, the value not printed', async ({
    expect,
  }) => {
    const pasted = 'my-client-secret-pasted-here';
    const bot = runCompiled('src/main.ts', { DISCORD_TOKEN: pasted, DISCORD_API_URL: 'http://127.0.0.1:9/api' }, []);
    expect(await bot.exited).toBe(1);
    expect(lines(bot.stderr())).toEqual([
      expect.stringMatching(/^Configuration error: DISCORD_TOKEN is not shaped like a bot token/),
    ]);
    expect(bot.stderr()).not.toContain(pasted);
  });

  it('deploy-commands without a token or client id: a line for each, exit 1', async ({ expect }) => {
    const deploy = runCompiled('src/discord/deploy.ts', {}, []);
    expect(await deploy.exited).toBe(1);
    expect(lines(deploy.stderr())).toEqual([
      expect.stringMatching(/DISCORD_TOKEN is not set/),
      expect.stringMatching(/DISCORD_CLIENT_ID is not set/),
    ]);
  });
});

describe.concurrent('npm run deploy-commands', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it('--dry-run prints the JSON it would send, with no token', async ({ expect }) => {
    const deploy = runCompiled('src/discord/deploy.ts', {}, ['--dry-run']);
    expect(await deploy.exited).toBe(0);
    expect(JSON.parse(deploy.stdout())).toEqual(commandDefinitions(testDeps()));
  });

  it("registers the router's definitions to the guild, valid by Discord's schema, and reports what it added", async ({
    expect,
  }) => {
    const f = await fake();
    const env = {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_CLIENT_ID: f.appId,
      DISCORD_GUILD_ID: f.guildId,
      DISCORD_API_URL: f.restApi,
    };
    const first = runCompiled('src/discord/deploy.ts', env, []);
    expect(await first.exited).toBe(0);
    const names = commandDefinitions(testDeps()).map((d) => `/${d.name}`);
    expect(first.stdout()).toContain(`Registered ${names.length} commands for guild ${f.guildId}`);
    expect(first.stdout()).toMatch(new RegExp(`added: +${names.join(', ')}`));
    const put = f.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/api/v10/applications/${f.appId}/guilds/${f.guildId}/commands`);
    expect(put?.body).toEqual(commandDefinitions(testDeps()));
    expect(f.violations).toEqual([]);

    expect(first.stdout() + first.stderr()).not.toContain(FAKE_TOKEN);
  });
});

describe.concurrent(
  'npm start with no token and no terminal (a service started without its configuration)',
  { timeout: PROCESS_TIMEOUT_MS },
  () => {
    it('one line saying what to set, exit 1, and no console waiting on a closed input', async ({ expect }) => {
      const bot = runCompiled('src/main.ts', {}, []);
      expect(await bot.exited).toBe(1);
      expect(lines(bot.stderr())).toEqual([
        expect.stringMatching(
          /^DISCORD_TOKEN is not set and there is no terminal.*Set DISCORD_TOKEN in the environment .* or in a \.env file in the working directory/,
        ),
      ]);
      expect(bot.stdout()).toBe('');
    });

    it('--console still answers piped lines without a token', async ({ expect }) => {
      const bot = runCompiled('src/main.ts', {}, ['--console'], 'pipe');
      bot.child.stdin!.end('/about\n');
      expect(await bot.exited).toBe(0);
      expect(bot.stdout()).toMatch(/Smart City Initiative/);
    });
  },
);
