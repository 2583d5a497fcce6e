import { existsSync } from 'node:fs';

// `.env` is read when present; variables already set in the environment win.
if (existsSync('.env')) process.loadEnvFile('.env');

// With a token the bot serves Discord; without one, the same handlers answer in a local console.
if (process.env.DISCORD_TOKEN?.trim()) {
  const { runBot } = await import('./discord/bot.js');
  await runBot();
} else {
  const { runConsole } = await import('./console/repl.js');
  await runConsole();
}
