import { createBot, type Bot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/discord/log.js';
import type { Handlers } from '../../src/discord/respond.js';
import { testDeps } from '../helpers.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './fake-discord.js';

/** Shaped like a bot token (the env schema checks the shape); only ever sent to the fake. */
export const FAKE_TOKEN = 'MTExMTExMTExMTExMTExMTEx.GfAkE1.e2e_fake_token_never_real_0123';

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  /** Every log line the bot wrote, parsed. */
  logs: LogLine[];
  stop(): Promise<void>;
}

/** A fake Discord and the real discord.js bot from src/discord logged in to it. */
export async function startHarness(
  options: { handlers?: Partial<Handlers>; deferAfterMs?: number; fake?: FakeDiscordOptions } = {},
): Promise<Harness> {
  const fake = await startFakeDiscord(options.fake);
  const logs: LogLine[] = [];
  const log = createLogger({
    level: 'debug',
    format: 'json',
    secrets: [FAKE_TOKEN],
    write: (line) => logs.push(JSON.parse(line) as LogLine),
  });
  const bot = createBot({
    token: FAKE_TOKEN,
    deps: testDeps(),
    log,
    restApi: fake.restApi,
    ...(options.handlers ? { handlers: options.handlers } : {}),
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  });
  try {
    await bot.start();
  } catch (err) {
    await fake.close();
    throw err;
  }
  return {
    fake,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** The log lines for one interaction or message id. */
export const logsFor = (logs: readonly LogLine[], id: string) => logs.filter((l) => l.id === id);
