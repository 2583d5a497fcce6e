import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { REST } from '@discordjs/rest';
import { Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { loadDepsOrExit } from '../deps.js';
import { createRouter } from '../router.js';
import { deployEnvSchema, parseEnv } from './env.js';
import { errorFields } from './log.js';
import { isTokenRejection } from './fatal.js';

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface DeployOptions {
  definitions: readonly Definition[];
  token: string;
  clientId: string;
  /** Register to this guild only (instant; for development). Without it, globally. */
  guildId?: string;
  /** REST base URL without `/v10` (a fake Discord in tests). */
  api?: string;
}

export interface DeployReport {
  target: string;
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: string[];
}

/** Fields Discord echoes back that are not part of what we define. */
const SERVER_FIELDS = new Set(['id', 'application_id', 'guild_id', 'version', 'dm_permission']);

// Discord omits defaults in what it returns (required:false, empty lists, null permissions), so two
// definitions are compared with those removed and keys sorted.
function canonical(value: unknown, top = true): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, false));
  if (value && typeof value === 'object') {
    // A definition without a type is a slash command (type 1); Discord returns it with the type.
    const out: Record<string, unknown> = top ? { type: 1 } : {};
    for (const key of Object.keys(value).sort()) {
      if (top && SERVER_FIELDS.has(key)) continue;
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || v === null || v === false) continue;
      if (Array.isArray(v) && v.length === 0) continue;
      if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0) continue;
      out[key] = canonical(v, false);
    }
    return out;
  }
  return value;
}

/** What registering `next` over `existing` changes, by command name. */
export function diffCommands(
  existing: readonly { name: string }[],
  next: readonly Definition[],
): Omit<DeployReport, 'target'> {
  const before = new Map(existing.map((c) => [c.name, JSON.stringify(canonical(c))]));
  const report = { added: [] as string[], updated: [] as string[], removed: [] as string[], unchanged: [] as string[] };
  for (const def of next) {
    const old = before.get(def.name);
    if (old === undefined) report.added.push(def.name);
    else if (old === JSON.stringify(canonical(def))) report.unchanged.push(def.name);
    else report.updated.push(def.name);
  }
  const names = new Set(next.map((d) => d.name));
  report.removed = existing.map((c) => c.name).filter((n) => !names.has(n));
  return report;
}

/** Registers the definitions with one bulk overwrite (only new commands count toward Discord's daily limit). */
export async function deployCommands(options: DeployOptions): Promise<DeployReport> {
  const rest = new REST(options.api ? { api: options.api } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.clientId, options.guildId)
    : Routes.applicationCommands(options.clientId);
  const existing = (await rest.get(route)) as { name: string }[];
  const diff = diffCommands(existing, options.definitions);
  await rest.put(route, { body: options.definitions });
  return { target: options.guildId ? `guild ${options.guildId}` : 'all servers (global)', ...diff };
}

export function formatReport(report: DeployReport): string {
  const list = (names: string[]) => (names.length ? names.map((n) => `/${n}`).join(', ') : '—');
  const lines = [
    `Registered ${report.added.length + report.updated.length + report.unchanged.length} commands for ${report.target}.`,
    `  added:     ${list(report.added)}`,
    `  updated:   ${list(report.updated)}`,
    `  removed:   ${list(report.removed)}`,
    `  unchanged: ${list(report.unchanged)}`,
  ];
  if (!report.target.startsWith('guild'))
    lines.push(
      'Global commands can take up to an hour to appear; set DISCORD_GUILD_ID for instant updates while developing.',
    );
  return lines.join('\n');
}

/** `npm run deploy-commands [-- --dry-run]`: registers the definitions the router builds from the data. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { definitions } = createRouter(loadDepsOrExit());
  if (argv.includes('--dry-run')) {
    const target = env.DISCORD_GUILD_ID?.trim() ? `guild ${env.DISCORD_GUILD_ID.trim()}` : 'all servers (global)';
    process.stderr.write(`Dry run: would register ${definitions.length} commands for ${target}:\n`);
    process.stdout.write(`${JSON.stringify(definitions, null, 2)}\n`);
    return 0;
  }
  const parsed = parseEnv(deployEnvSchema, env);
  if (!parsed.ok) {
    for (const line of parsed.error) process.stderr.write(`Configuration error: ${line}\n`);
    return 1;
  }
  const e = parsed.value;
  try {
    const report = await deployCommands({
      definitions,
      token: e.DISCORD_TOKEN,
      clientId: e.DISCORD_CLIENT_ID,
      ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
      ...(e.DISCORD_API_URL ? { api: e.DISCORD_API_URL } : {}),
    });
    process.stdout.write(`${formatReport(report)}\n`);
    return 0;
  } catch (err) {
    const status = (err as { status?: unknown }).status;
    if (isTokenRejection(err))
      process.stderr.write('Discord rejected the token (401 Unauthorized): DISCORD_TOKEN is wrong or was reset.\n');
    else if (status === 403 || status === 404)
      process.stderr.write(
        `Discord refused (${String(status)}): check DISCORD_CLIENT_ID, and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope.\n`,
      );
    else
      process.stderr.write(
        `Registering the commands failed: ${String(errorFields(err).message).split(e.DISCORD_TOKEN).join('[redacted]')}\n`,
      );
    return 1;
  }
}

// Run as a script (not when a test imports the functions above).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (existsSync('.env')) process.loadEnvFile('.env');
  process.exitCode = await main(process.argv.slice(2), process.env);
}
