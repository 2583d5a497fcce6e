/**
 * What ends the bot for good: Discord refusing the token or the session. Each is one line naming
 * the cause and what to do, then exit code 1, so a supervisor restarts it or alerts someone.
 * No discord.js import here: `deploy-commands` reads these too.
 */

/** Gateway close codes after which Discord will not take the session back (discord.js stops reconnecting). */
export const FATAL_CLOSES: Readonly<Record<number, string>> = {
  4004: 'Discord closed the gateway session with 4004 Authentication failed: the token was reset or revoked. Put the new token from the Bot page of your application in DISCORD_TOKEN and restart.',
  4010: 'Discord closed the gateway session with 4010 Invalid shard: the shard settings are wrong. This bot runs one shard; remove any SHARDS/SHARD_COUNT settings and restart.',
  4011: 'Discord closed the gateway session with 4011 Sharding required: the bot is in too many servers for one connection (2,500+). It needs sharding before it can serve again.',
  4012: 'Discord closed the gateway session with 4012 Invalid API version: this discord.js is too old for Discord. Update the dependencies (npm ci with a current lockfile), rebuild and restart.',
  4013: 'Discord closed the gateway session with 4013 Invalid intents: the intents this build asks for are not valid. Update the bot and restart.',
  4014: 'Discord closed the gateway session with 4014 Disallowed intents: the bot asks for an intent the application is not allowed. Turn it on under Bot → Privileged Gateway Intents in the Developer Portal (or remove it from the code) and restart.',
};

export const TOKEN_REJECTED_AT_START =
  'Discord rejected the token (401 Unauthorized): DISCORD_TOKEN is wrong or was reset. Copy a fresh one from the Bot page of your application.';

export const TOKEN_REJECTED_WHILE_SERVING =
  'Discord rejected the token (401 Unauthorized) while serving: it was reset or revoked. Put the new token from the Bot page of your application in DISCORD_TOKEN and restart.';

/** Whether a failure means Discord refused the token (REST 401, discord.js's TokenInvalid, or a 4004 close). */
export function isTokenRejection(err: unknown): boolean {
  const e = err as { code?: unknown; status?: unknown } | null;
  return e?.code === 'TokenInvalid' || e?.status === 401 || e?.code === 4004;
}
