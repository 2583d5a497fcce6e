// zod's tree-shakable build: the gateway chunk bundles only these few checks, and `npm start` never
// loads classic zod (~6.5 MB resident). zod/mini has no English locale loaded, so every check that can
// fail on an environment value carries its own message.
import * as z from 'zod/mini';
import type { Result } from '../dataset/validate.js';

/** `KEY=` in a .env file means "not set", not "set to the empty string". */
const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
export const optional = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform(blankIsUnset), z.optional(schema));
const required = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform(blankIsUnset), schema);
/** An optional variable with a default: the default when unset (or blank). */
export const withDefault = <T extends z.ZodMiniType<string>>(schema: T, fallback: z.output<T>) =>
  z.pipe(
    optional(schema),
    z.transform((v: z.output<T> | undefined) => v ?? fallback),
  );
/** A trimmed string (the check and the messages of an edge variable work on what is left). */
export const trimmed = () => z.string().check(z.trim());

// A bot token is three base64url segments joined by dots. Checking the shape catches a pasted
// client secret or public key before Discord has to reject it.
const token = trimmed().check(
  z.regex(
    /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/,
    'is not shaped like a bot token (three dot-separated parts); copy it again from the Bot page of your application',
  ),
);
const snowflake = trimmed().check(z.regex(/^\d{17,20}$/, 'must be a numeric Discord id (17–20 digits)'));
/** A REST base URL for tests against a fake Discord; `adds` names who appends the version. */
export const apiUrl = (adds: string) =>
  z.pipe(
    z.pipe(trimmed(), z.url('must be a URL such as http://127.0.0.1:3000/api')),
    z.pipe(
      z.string().check(z.refine((u) => !/\/v\d+\/?$/.test(u), `must not end in a version (/v10); ${adds} adds it`)),
      z.transform((u: string) => u.replace(/\/$/, '')),
    ),
  );
/** A TCP port as an environment string: a whole number in range. */
export const port = (range: string, zero: string) =>
  z.coerce
    .number({ error: `must be a port number (${range})` })
    .check(
      z.int('must be a whole number'),
      z.gte(0, `must be a port number (${zero})`),
      z.lte(65_535, `must be a port number (${range})`),
    );

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['pretty', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** How to log: shared with the Interactions Endpoint's environment (src/http/env.ts). */
export const loggingEnv = {
  LOG_LEVEL: withDefault(z.enum(LOG_LEVELS), 'info'),
  LOG_FORMAT: withDefault(z.enum(LOG_FORMATS), 'pretty'),
};

/** The health check (src/health): off unless HEALTH_PORT is set. Any serving mode can spread this in. */
export const healthEnv = {
  HEALTH_PORT: optional(port('1–65535', '1–65535, or 0 for any free port')),
  /** 127.0.0.1 by default: the supervisor on this machine; 0.0.0.0 when an orchestrator probes from outside. */
  HEALTH_HOST: withDefault(trimmed(), '127.0.0.1'),
};

/** What `npm start` needs with a token: the token itself; the client id is only checked when given. */
export const botEnvSchema = z.object({
  DISCORD_TOKEN: required(token),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  ...loggingEnv,
  /** Override the REST base URL, for tests against a fake Discord (e.g. http://127.0.0.1:PORT/api). */
  DISCORD_API_URL: optional(apiUrl('discord.js')),
  ...healthEnv,
});
export type BotEnv = z.infer<typeof botEnvSchema>;

/** What `npm run deploy-commands` needs: whom to register the commands for. */
export const deployEnvSchema = z.extend(botEnvSchema, { DISCORD_CLIENT_ID: required(snowflake) });
export type DeployEnv = z.infer<typeof deployEnvSchema>;

/**
 * Parses the environment. The error is one line per problem naming the variable; it never repeats
 * a value, because the value may be a secret.
 */
export function parseEnv<T extends z.ZodMiniType>(schema: T, env: NodeJS.ProcessEnv): Result<z.infer<T>, string[]> {
  const parsed = z.safeParse(schema, env);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: parsed.error.issues.map((issue) => describeIssue(issue, env)) };
}

function describeIssue(issue: z.core.$ZodIssue, env: NodeJS.ProcessEnv): string {
  const name = String(issue.path[0] ?? 'environment');
  // Unset (or blank) is read from the environment itself: zod's issue carries no input, and a value
  // of the wrong kind (a port that is not a whole number) is an invalid_type issue too.
  if (issue.code === 'invalid_type' && blankIsUnset(env[name]) === undefined)
    return `${name} is not set; add it to .env (see .env.example)`;
  if (issue.code === 'invalid_value') return `${name} must be one of: ${issue.values.join(', ')}`;
  return `${name} ${issue.message}`;
}

/** For a program's start-up: a bad environment ends it with one line per problem and exit code 1. */
export function parseEnvOrExit<T extends z.ZodMiniType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const result = parseEnv(schema, env);
  if (result.ok) return result.value;
  for (const line of result.error) process.stderr.write(`Configuration error: ${line}\n`);
  process.exit(1);
}
