import { describe, expect, it } from 'vitest';
import { chooseMode } from '../../src/mode.js';

const inputs = (env: Record<string, string>, stdinIsTTY = false) => ({
  env,
  stdinIsTTY,
  argv: [],
  cwd: '/srv/sci-bot',
});

describe('npm start picks the HTTP endpoint', () => {
  it('when DISCORD_PUBLIC_KEY is set, with or without a token or a terminal', () => {
    const key = 'a'.repeat(64);
    expect(chooseMode(inputs({ DISCORD_PUBLIC_KEY: key }))).toEqual({ kind: 'http' });
    expect(chooseMode(inputs({ DISCORD_PUBLIC_KEY: key, DISCORD_TOKEN: 'x.y.z' }))).toEqual({ kind: 'http' });
    expect(chooseMode(inputs({ DISCORD_PUBLIC_KEY: key }, true))).toEqual({ kind: 'http' });
  });

  it('not when it is blank (KEY= in .env, or `DISCORD_PUBLIC_KEY= npm start` for the one gateway process)', () => {
    expect(chooseMode(inputs({ DISCORD_PUBLIC_KEY: ' ', DISCORD_TOKEN: 'x.y.z' }))).toEqual({ kind: 'gateway' });
    expect(chooseMode(inputs({ DISCORD_PUBLIC_KEY: '' }, true))).toEqual({ kind: 'console' });
  });
});
