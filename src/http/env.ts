// zod/mini, as src/discord/env.ts (whose pieces it shares): every failing check carries its message.
import * as z from 'zod/mini';
import { apiUrl, healthEnv, loggingEnv, optional, port, trimmed, withDefault } from '../discord/env.js';

/**
 * What `npm start` needs to serve the Interactions Endpoint. The public key is not a secret (the
 * Developer Portal shows it to anyone with access), but a pasted token or client secret is caught
 * by its shape, and its value is never repeated in an error.
 */
export const httpEnvSchema = z.object({
  DISCORD_PUBLIC_KEY: trimmed().check(
    z.regex(
      /^[0-9a-fA-F]{64}$/,
      'must be the 64 hex characters of PUBLIC KEY on the General Information page of your application',
    ),
  ),
  PORT: z.pipe(
    optional(port('0–65535', '0–65535')),
    z.transform((v: number | undefined) => v ?? 8080),
  ),
  /** Where to listen: all interfaces by default (a container, or behind a proxy on another host); 127.0.0.1 behind a local proxy. */
  HOST: withDefault(trimmed(), '0.0.0.0'),
  /** REST base for deferred answers (the interaction webhook), for tests against a fake Discord. */
  DISCORD_API_URL: optional(apiUrl('the bot')),
  ...loggingEnv,
  /** /healthz is always on PORT; HEALTH_PORT adds it on a private port too, as in the gateway mode. */
  ...healthEnv,
});
export type HttpEnv = z.infer<typeof httpEnvSchema>;
