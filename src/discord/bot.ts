import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Client, DiscordjsErrorCodes, Events, GatewayIntentBits, Partials, type Interaction, type Message } from 'discord.js';
import type { Deps } from '../command.js';
import { loadDepsOrExit } from '../deps.js';
import { commandDefinitions } from '../router.js';
import { botEnvSchema, parseEnvOrExit } from './env.js';
import { createLogger, errorFields, type Logger } from './log.js';
import { answerInteraction, answerMention, describeInteraction, routerHandlers, type Handlers, type Outcome, type RespondContext } from './respond.js';

export interface BotOptions {
  token: string;
  deps: Deps;
  log: Logger;
  /** REST base URL (discord.js `rest.api`, without `/v10`): a fake Discord in tests. */
  restApi?: string;
  /** Replace some handlers (tests inject a throwing or slow one). */
  handlers?: Partial<Handlers>;
  /** Defer a first response not ready after this many ms (default 2000; Discord's limit is 3000). */
  deferAfterMs?: number;
}

export interface Bot {
  readonly client: Client;
  /** Logs in and resolves once the client is ready to serve. */
  start(): Promise<void>;
  /** Stops taking new interactions, waits for the ones in flight, then disconnects. */
  stop(): Promise<void>;
  /** Interactions and mentions being answered right now. */
  inFlight(): number;
}

// Guilds: slash commands in servers; GuildMessages + DirectMessages: messages that mention the bot.
// Discord sends a mention's text without the privileged MessageContent intent.
const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

export function createBot(options: BotOptions): Bot {
  const { log, deps } = options;
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel], // DM channels are not cached until used; without this, DM mentions are dropped
    allowedMentions: { parse: [], repliedUser: false },
    ...(options.restApi ? { rest: { api: options.restApi } } : {}),
  });
  const ctx: RespondContext = {
    handlers: { ...routerHandlers, ...options.handlers },
    deps,
    log,
    deferAfterMs: options.deferAfterMs ?? 2000,
  };
  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;

  /** Runs one piece of work, tracked for a graceful stop, and logs one line with its latency. */
  const serve = (id: string, what: { kind: string; command: string }, work: () => Promise<Outcome>) => {
    const started = performance.now();
    const done = work()
      .catch((err: unknown): Outcome => {
        log.error('unexpected error', { id, ...what, error: errorFields(err) });
        return 'error';
      })
      .then((outcome) => {
        if (outcome === 'ignored') return;
        const latency_ms = Math.round((performance.now() - started) * 10) / 10;
        (outcome === 'ok' || outcome === 'deferred' ? log.info : log.warn)('interaction', { id, ...what, latency_ms, outcome });
      })
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (stopping) return log.debug('ignored during shutdown', { id: interaction.id });
    const { kind, command } = describeInteraction(interaction);
    serve(interaction.id, { kind, command }, () => answerInteraction(interaction, ctx));
  });

  client.on(Events.MessageCreate, (message: Message) => {
    const me = client.user;
    if (stopping || !me || message.author.bot || message.author.id === me.id) return;
    serve(message.id, { kind: 'mention', command: 'mention' }, () => answerMention(message, me.id, ctx));
  });

  client.on(Events.Error, (err) => log.error('discord client error', { error: errorFields(err) }));
  client.on(Events.Warn, (msg) => log.warn('discord client warning', { msg }));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn('gateway disconnected', { shard, code: event.code }));
  client.on(Events.ShardReconnecting, (shard) => log.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => log.info('gateway resumed', { shard, replayed }));
  client.rest.on('rateLimited', (info) => log.warn('rate limited', { route: info.route, retry_after_ms: info.retryAfter, global: info.global }));
  // An unexpected 429 or a 5xx is retried by discord.js without an event of its own; the bucket
  // route (ids and tokens replaced by :id/:token) says where.
  client.rest.on('response', (request, response) => {
    if (response.status === 429) log.warn('rate limited', { route: request.route, retry_after_s: Number(response.headers.get('retry-after')) });
    else if (response.status >= 500) log.warn('Discord server error, retrying', { route: request.route, status: response.status, retry: request.retries });
  });

  return {
    client,
    async start() {
      const ready = once(client, Events.ClientReady);
      await client.login(options.token);
      await ready;
      log.info('ready', {
        user: client.user?.tag,
        application: client.application?.id,
        guilds: client.guilds.cache.size,
        commands: commandDefinitions(deps).length,
      });
    },
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
    inFlight: () => inFlight.size,
  };
}

/** Whether a login failure means Discord refused the token (REST 401 or a rejected identify). */
export function isTokenRejection(err: unknown): boolean {
  const e = err as { code?: unknown; status?: unknown } | null;
  return e?.code === DiscordjsErrorCodes.TokenInvalid || e?.status === 401 || e?.code === 4004;
}

/** `npm start` with DISCORD_TOKEN: serve Discord until SIGINT/SIGTERM. */
export async function runBot(): Promise<void> {
  const env = parseEnvOrExit(botEnvSchema);
  const log = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT, secrets: [env.DISCORD_TOKEN] });
  const deps = loadDepsOrExit();
  const bot = createBot({ token: env.DISCORD_TOKEN, deps, log, ...(env.DISCORD_API_URL ? { restApi: env.DISCORD_API_URL } : {}) });

  // A stray rejection is logged, not fatal: one bad event must not take the bot down for everyone.
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: errorFields(reason) }));

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal, in_flight: bot.inFlight() });
    // Should a request hang, do not hang with it: in-flight answers get 10 s at most.
    setTimeout(() => process.exit(0), 10_000).unref();
    void bot.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        log.error('error while stopping', { error: errorFields(err) });
        process.exit(0);
      },
    );
  };
  // `on`, not `once`: a second signal (a wrapper relaying it, an impatient Ctrl-C) must not kill
  // the process with the default action while the answers in flight are being finished.
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  try {
    await bot.start();
  } catch (err) {
    if (isTokenRejection(err)) {
      process.stderr.write('Discord rejected the token (401 Unauthorized): DISCORD_TOKEN is wrong or was reset. Copy a fresh one from the Bot page of your application.\n');
    } else {
      const reason = String(errorFields(err).message).split(env.DISCORD_TOKEN).join('[redacted]');
      process.stderr.write(`Could not connect to Discord: ${reason}\n`);
    }
    await bot.client.destroy().catch(() => undefined);
    process.exit(1);
  }
  if (env.DISCORD_CLIENT_ID && bot.client.application && env.DISCORD_CLIENT_ID !== bot.client.application.id) {
    log.warn('DISCORD_CLIENT_ID is not the id of the application this token belongs to; deploy-commands will register the commands elsewhere', {
      configured: env.DISCORD_CLIENT_ID,
      actual: bot.client.application.id,
    });
  }
}
