import { existsSync } from 'node:fs';
import { chooseMode } from './mode.js';

// `.env` is read from the working directory when present; variables already set in the environment win.
if (existsSync('.env')) process.loadEnvFile('.env');

const mode = chooseMode({
  env: process.env,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  argv: process.argv.slice(2),
  cwd: process.cwd(),
});

// Each mode loads only its own code: the console never loads discord.js.
switch (mode.kind) {
  case 'http': {
    const { runHttp } = await import('./http/run.js');
    await runHttp();
    break;
  }
  case 'gateway': {
    const { runBot } = await import('./discord/bot.js');
    await runBot();
    break;
  }
  case 'console': {
    const { runConsole } = await import('./console/repl.js');
    await runConsole();
    break;
  }
  case 'unconfigured':
    process.stderr.write(`${mode.message}\n`);
    process.exitCode = 1;
    break;
}
