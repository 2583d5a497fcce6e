import { existsSync } from 'node:fs';

// `.env` is read when present; variables already set in the environment win.
if (existsSync('.env')) process.loadEnvFile('.env');

// With a public key the bot serves Discord's Interactions Endpoint over HTTP; with a token, the
// gateway; with neither, the same handlers answer in a local console.
if (process.env.DISCORD_PUBLIC_KEY?.trim()) {
  const { runHttp } = await import('./http/run.js');
  await runHttp();
} else if (process.env.DISCORD_TOKEN?.trim()) {
  const { runBot } = await import('./discord/bot.js');
  await runBot();
} else {
  const { runConsole } = await import('./console/repl.js');
  await runConsole();
}
