import { z } from 'zod';
import type { Result } from '../dataset/validate.js';

/** `KEY=` in a .env file means "not set", not "set to the empty string". */
const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());
const required = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema);

// A bot token is three base64url segments joined by dots. Checking the shape catches a pasted
// client secret or public key before Discord has to reject it.
const token = z
  .string()
  .trim()
  .regex(
    /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/,
    'is not shaped like a bot token (three dot-separated parts); copy it again from the Bot page of your application',
  );
const snowflake = z
  .string()
  .trim()
  .regex(/^\d{17,20}$/, 'must be a numeric Discord id (17–20 digits)');
const apiUrl = z
  .string()
  .trim()
  .url('must be a URL such as http://127.0.0.1:3000/api')
  .refine((u) => !/\/v\d+\/?$/.test(u), 'must not end in a version (/v10); discord.js adds it')
  .transform((u) => u.replace(/\/$/, ''));

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['pretty', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

const logging = {
  LOG_LEVEL: optional(z.enum(LOG_LEVELS)).transform((v) => v ?? 'info'),
  LOG_FORMAT: optional(z.enum(LOG_FORMATS)).transform((v) => v ?? 'pretty'),
  /** Override the REST base URL, for tests against a fake Discord (e.g. http://127.0.0.1:PORT/api). */
  DISCORD_API_URL: optional(apiUrl),
};

/** The health check (src/health): off unless HEALTH_PORT is set. Any serving mode can spread this in. */
export const healthEnv = {
  HEALTH_PORT: optional(
    z.coerce
      .number()
      .int('must be a whole number')
      .min(0, 'must be a port number (1–65535, or 0 for any free port)')
      .max(65535, 'must be a port number (1–65535)'),
  ),
  /** 127.0.0.1 by default: the supervisor on this machine; 0.0.0.0 when an orchestrator probes from outside. */
  HEALTH_HOST: optional(z.string().trim().min(1)).transform((v) => v ?? '127.0.0.1'),
};

/** What `npm start` needs with a token: the token itself; the client id is only checked when given. */
export const botEnvSchema = z.object({
  DISCORD_TOKEN: required(token),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  ...logging,
  ...healthEnv,
});
export type BotEnv = z.infer<typeof botEnvSchema>;

/** What `npm run deploy-commands` needs: whom to register the commands for. */
export const deployEnvSchema = botEnvSchema.extend({ DISCORD_CLIENT_ID: required(snowflake) });
export type DeployEnv = z.infer<typeof deployEnvSchema>;

/**
 * Parses the environment. The error is one line per problem naming the variable; it never repeats
 * a value, because the value may be a secret.
 */
export function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): Result<z.infer<T>, string[]> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: parsed.error.issues.map(describeIssue) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const name = String(issue.path[0] ?? 'environment');
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `${name} is not set; add it to .env (see .env.example)`;
  if (issue.code === 'invalid_value') return `${name} must be one of: ${issue.values.join(', ')}`;
  return `${name} ${issue.message}`;
}

/** For a program's start-up: a bad environment ends it with one line per problem and exit code 1. */
export function parseEnvOrExit<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const result = parseEnv(schema, env);
  if (result.ok) return result.value;
  for (const line of result.error) process.stderr.write(`Configuration error: ${line}\n`);
  process.exit(1);
}
