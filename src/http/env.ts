import { z } from 'zod';
import { healthEnv, LOG_FORMATS, LOG_LEVELS } from '../discord/env.js';

/** `KEY=` in a .env file means "not set", as in src/discord/env.ts. */
const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());

/**
 * What `npm start` needs to serve the Interactions Endpoint. The public key is not a secret (the
 * Developer Portal shows it to anyone with access), but a pasted token or client secret is caught
 * by its shape, and its value is never repeated in an error.
 */
export const httpEnvSchema = z.object({
  DISCORD_PUBLIC_KEY: z
    .string()
    .trim()
    .regex(
      /^[0-9a-fA-F]{64}$/,
      'must be the 64 hex characters of PUBLIC KEY on the General Information page of your application',
    ),
  PORT: optional(
    z.coerce.number().int('must be a whole number').min(0).max(65_535, 'must be a port number (0–65535)'),
  ).transform((v) => v ?? 8080),
  /** Where to listen: all interfaces by default (a container, or behind a proxy on another host); 127.0.0.1 behind a local proxy. */
  HOST: optional(z.string().trim().min(1)).transform((v) => v ?? '0.0.0.0'),
  /** REST base for deferred answers (the interaction webhook), for tests against a fake Discord. */
  DISCORD_API_URL: optional(
    z
      .string()
      .trim()
      .url('must be a URL such as http://127.0.0.1:3000/api')
      .refine((u) => !/\/v\d+\/?$/.test(u), 'must not end in a version (/v10); the bot adds it')
      .transform((u) => u.replace(/\/$/, '')),
  ),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS)).transform((v) => v ?? 'info'),
  LOG_FORMAT: optional(z.enum(LOG_FORMATS)).transform((v) => v ?? 'pretty'),
  /** /healthz is always on PORT; HEALTH_PORT adds it on a private port too, as in the gateway mode. */
  ...healthEnv,
});
export type HttpEnv = z.infer<typeof httpEnvSchema>;
