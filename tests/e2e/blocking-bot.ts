/**
 * A test-only bot process (run compiled: `node dist/tests/e2e/blocking-bot.js`): the real createBot
 * against the fake Discord named by DISCORD_API_URL, with every command handler made to compute
 * synchronously for BLOCK_MS before answering, so its whole thread is stuck. It runs apart from the
 * test (which holds the fake), so the fake's clock keeps running while the bot's thread is blocked.
 */
import { createBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/discord/log.js';
import { handleCommand } from '../../src/router.js';
import { testDeps } from '../helpers.js';
import { FAKE_TOKEN } from './helpers.js';

const blockMs = Number(process.env.BLOCK_MS ?? 3500);
const log = createLogger({ level: 'debug', format: 'json', secrets: [FAKE_TOKEN] });
const bot = createBot({
  token: FAKE_TOKEN,
  deps: testDeps(),
  log,
  restApi: process.env.DISCORD_API_URL!,
  handlers: {
    command: (name, options, deps) => {
      const until = Date.now() + blockMs;
      while (Date.now() < until) {
        // computing, with no await: no timer on this thread can fire
      }
      return handleCommand(name, options, deps);
    },
  },
});
await bot.start();
process.on('SIGTERM', () => void bot.stop().then(() => process.exit(0)));
