import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import {
  Client,
  Events,
  type RestEvents,
  GatewayIntentBits,
  Options,
  Partials,
  Status,
  type Interaction,
  type Message,
} from 'discord.js';
import type { Deps } from '../command.js';
import { loadDeps } from '../start.js';
import { startHealthServer, type HealthReport } from '../health/index.js';
import { commandDefinitions } from '../router.js';
import { botEnvSchema, parseEnvOrExit } from './env.js';
import { FATAL_CLOSES, isTokenRejection, TOKEN_REJECTED_AT_START, TOKEN_REJECTED_WHILE_SERVING } from './fatal.js';
import { createLogger, errorFields, type Logger } from './log.js';
import {
  answerInteraction,
  answerMention,
  describeInteraction,
  routerHandlers,
  turnQueue,
  type Handlers,
  type Outcome,
  type RespondContext,
} from './respond.js';
import { stopOnSignals } from './stop.js';
import { startWatchdog } from './watchdog.js';
import { interactionRequests } from './requests.js';

export interface BotOptions {
  token: string;
  deps: Deps;
  log: Logger;
  /** REST base URL (discord.js `rest.api`, without `/v10`): a fake Discord in tests. */
  restApi?: string;
  /** Replace some handlers (tests inject a throwing or slow one). */
  handlers?: Partial<Handlers>;
  /** Defer a first response not sent this many ms after the interaction's creation (default 2500; Discord's limit is 3000). */
  deferAfterMs?: number;
  /** Defer from a second thread, so a busy or blocked main thread still defers in time (default true). */
  watchdog?: boolean;
}

export interface Bot {
  readonly client: Client;
  /** Logs in and resolves once the client is ready to serve. */
  start(): Promise<void>;
  /** Stops taking new interactions, waits for the ones in flight, then disconnects. */
  stop(): Promise<void>;
  /** Interactions and mentions being answered right now. */
  inFlight(): number;
  /** What GET /healthz reports. */
  health(): HealthReport;
  /** Resolves with one line (the cause and what to do) when Discord ends the session for good. */
  readonly fatal: Promise<string>;
}

// Guilds: slash commands in servers; GuildMessages + DirectMessages: messages that mention the bot.
// Discord sends a mention's text without the privileged MessageContent intent.
const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

// Keep only what the bot reads. It answers each mention as it arrives and never looks a message up
// again, so no message is cached (discord.js keeps 200 per channel by default, growing with every
// server); users and members arrive with each interaction and are not kept either (only the bot's own).
// Guilds, channels and roles stay cached: discord.js needs them to route and reply.
const own = (item: { id: string; client: Client }) => item.id === item.client.user?.id;
const CACHES = Options.cacheWithLimits({
  MessageManager: 0,
  DMMessageManager: 0,
  GuildMessageManager: 0,
  UserManager: { maxSize: 0, keepOverLimit: own },
  GuildMemberManager: { maxSize: 0, keepOverLimit: own },
  ThreadMemberManager: 0,
  PresenceManager: 0,
  VoiceStateManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  GuildEmojiManager: 0,
  BaseGuildEmojiManager: 0,
  GuildStickerManager: 0,
  GuildInviteManager: 0,
  GuildBanManager: 0,
  GuildScheduledEventManager: 0,
  StageInstanceManager: 0,
  AutoModerationRuleManager: 0,
  ApplicationCommandManager: 0,
  EntitlementManager: 0,
});

/** Discord ended the session for good; the message is the line to show. */
export class FatalSessionError extends Error {
  override readonly name = 'FatalSessionError';
}

/** Ids seen in the last one to two minutes: the same interaction or message delivered twice is answered once. */
function recentIds(windowMs = 60_000) {
  let current = new Map<string, number>();
  let previous = new Map<string, number>();
  let rotatedAt = Date.now();
  return {
    /** Records the id with its arrival time; false if it was already seen. */
    add(id: string): boolean {
      const now = Date.now();
      if (now - rotatedAt > windowMs) {
        previous = current;
        current = new Map();
        rotatedAt = now;
      }
      if (current.has(id) || previous.has(id)) return false;
      current.set(id, now);
      return true;
    },
    receivedAt: (id: string) => current.get(id) ?? previous.get(id),
  };
}

export function createBot(options: BotOptions): Bot {
  const { log, deps } = options;
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel], // DM channels are not cached until used; without this, DM mentions are dropped
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: CACHES,
    ...(options.restApi ? { rest: { api: options.restApi } } : {}),
  });
  const seen = recentIds();
  const watchdog =
    options.watchdog === false ? undefined : startWatchdog({ api: options.restApi ?? 'https://discord.com/api' });
  watchdog?.onEvent((e) => {
    if (e.kind === 'deferred') log.debug('deferred by the watchdog thread', { id: e.id, late_ms: e.late_ms });
    else log.warn('the deferral was refused', { id: e.id, status: e.status, error: e.error });
  });
  // First responses, edits, deletions and follow-ups as one HTTP request each, to the base the client
  // and the watchdog use (none carries the bot's token).
  const requests = interactionRequests({ api: options.restApi ?? 'https://discord.com/api', log });
  const ctx: RespondContext = {
    handlers: { ...routerHandlers, ...options.handlers },
    deps,
    log,
    deferAfterMs: options.deferAfterMs ?? 2500,
    ...(watchdog ? { watchdog } : {}),
    receivedAt: seen.receivedAt,
    queue: turnQueue(),
    requests,
  };
  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;
  let lastEventAt = 0;
  let serving = false; // ready once: a 401 before that is the start-up's own "token rejected"
  let endSession: (line: string) => void = () => {};
  const fatal = new Promise<string>((resolve) => (endSession = resolve));

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
        (outcome === 'ok' || outcome === 'deferred' ? log.info : log.warn)('interaction', {
          id,
          ...what,
          latency_ms,
          outcome,
        });
      })
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (stopping)
      return log.debug('interaction ignored', { id: interaction.id, type: interaction.type, reason: 'shutting down' });
    if (!seen.add(interaction.id))
      return log.debug('interaction ignored', {
        id: interaction.id,
        type: interaction.type,
        reason: 'delivered twice',
      });
    const { kind, command } = describeInteraction(interaction);
    serve(interaction.id, { kind, command }, () => answerInteraction(interaction, ctx));
  });

  client.on(Events.MessageCreate, (message: Message) => {
    const me = client.user;
    if (stopping || !me || message.author.bot || message.author.id === me.id) return;
    if (!seen.add(message.id)) return log.debug('message ignored', { id: message.id, reason: 'delivered twice' });
    serve(message.id, { kind: 'mention', command: 'mention' }, () => answerMention(message, me.id, ctx));
  });

  client.on(Events.Raw, () => (lastEventAt = Date.now()));
  client.on(Events.Error, (err) => log.error('discord client error', { error: errorFields(err) }));
  client.on(Events.Warn, (msg) => log.warn('discord client warning', { msg }));
  client.on(Events.ShardDisconnect, (event, shard) => {
    const line = FATAL_CLOSES[event.code];
    if (line) endSession(line);
    else log.warn('gateway disconnected', { shard, code: event.code });
  });
  client.on(Events.ShardReconnecting, (shard) => log.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => log.info('gateway resumed', { shard, replayed }));
  // discord.js's own account of the gateway (hello, identify, heartbeats, resumes), at debug only;
  // the line that shows the (censored) token is left out all the same.
  client.on(Events.Debug, (msg) => {
    if (!/token/i.test(msg)) log.debug('discord.js', { msg });
  });
  // Nothing about an interaction goes through discord.js's REST (src/discord/requests.ts sends it):
  // the client's REST carries the bot's own requests only (mention replies, the log-in).

  // discord.js's own pacing (it holds requests back before Discord would refuse them) is routine: debug.
  // A 429 Discord actually sends is a warning (below).
  const onRateLimited = (...[info]: RestEvents['rateLimited']) =>
    log.debug('waiting for a rate limit', { route: info.route, retry_after_ms: info.retryAfter, global: info.global });
  // An unexpected 429 or a 5xx is retried by discord.js without an event of its own; the bucket
  // route (ids and tokens replaced by :id/:token) says where. A 401 on a request made with the token
  // means the token is dead: discord.js forgets it and every later request would fail, so the bot ends.
  const onResponse = (...[request, response]: RestEvents['response']) => {
    if (response.status === 401 && request.data.auth !== false && serving) endSession(TOKEN_REJECTED_WHILE_SERVING);
    else if (response.status === 429)
      log.warn('rate limited', { route: request.route, retry_after_s: Number(response.headers.get('retry-after')) });
    else if (response.status >= 500)
      log.warn('Discord server error, retrying', {
        route: request.route,
        status: response.status,
        retry: request.retries,
      });
    else if (response.status >= 400)
      log.debug('Discord refused a request', { route: request.route, method: request.method, status: response.status });
  };
  client.rest.on('rateLimited', onRateLimited);
  client.rest.on('response', onResponse);

  return {
    client,
    fatal,
    async start() {
      const ready = once(client, Events.ClientReady);
      // A fatal close during the handshake (4004, 4014) ends the start with its own line.
      const ended = fatal.then((line) => Promise.reject(new FatalSessionError(line)));
      ended.catch(() => undefined);
      await Promise.race([client.login(options.token).then(() => ready), ended]);
      serving = true;
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
      requests.close();
      await watchdog?.close();
    },
    inFlight: () => inFlight.size,
    health() {
      const now = Date.now();
      const ping = client.ws.ping;
      const lastPing = client.ws.shards.first()?.lastPingTimestamp ?? -1;
      const last = Math.max(lastEventAt, lastPing);
      return {
        ready: !stopping && client.isReady() && client.ws.status === Status.Ready,
        mode: 'gateway',
        gateway_ping_ms: ping >= 0 ? ping : null,
        last_gateway_event_ms_ago: last > 0 ? now - last : null,
        in_flight: inFlight.size,
        guilds: client.guilds.cache.size,
        uptime_s: Math.round(process.uptime()),
      };
    },
  };
}

/** `npm start` with DISCORD_TOKEN: serve Discord until SIGINT/SIGTERM. */
export async function runBot(): Promise<void> {
  const env = parseEnvOrExit(botEnvSchema);
  const log = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT, secrets: [env.DISCORD_TOKEN] });
  const deps = await loadDeps();
  const bot = createBot({
    token: env.DISCORD_TOKEN,
    deps,
    log,
    ...(env.DISCORD_API_URL ? { restApi: env.DISCORD_API_URL } : {}),
  });
  if (env.HEALTH_PORT !== undefined) {
    try {
      const health = await startHealthServer({ port: env.HEALTH_PORT, host: env.HEALTH_HOST, report: bot.health });
      log.info('health check listening', { url: health.url });
    } catch (err) {
      process.stderr.write(
        `The health check could not listen on ${env.HEALTH_HOST}:${env.HEALTH_PORT} (${String(errorFields(err).message)}): choose another HEALTH_PORT.\n`,
      );
      process.exit(1);
    }
  }

  // A stray rejection is logged, not fatal: one bad event must not take the bot down for everyone.
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: errorFields(reason) }));

  stopOnSignals(log, bot);

  try {
    await bot.start();
  } catch (err) {
    if (err instanceof FatalSessionError) {
      process.stderr.write(`${err.message}\n`);
    } else if (isTokenRejection(err)) {
      process.stderr.write(`${TOKEN_REJECTED_AT_START}\n`);
    } else {
      const reason = String(errorFields(err).message).split(env.DISCORD_TOKEN).join('[redacted]');
      process.stderr.write(`Could not connect to Discord: ${reason}\n`);
    }
    await bot.client.destroy().catch(() => undefined);
    process.exit(1);
  }
  // Discord ended the session for good (token reset, intents refused): one line saying why and what
  // to do, exit code 1, so a supervisor restarts it or alerts someone instead of thinking all is well.
  void bot.fatal.then((line) => {
    log.error(line);
    void bot.client.destroy().catch(() => undefined);
    process.exit(1);
  });
  if (env.DISCORD_CLIENT_ID && bot.client.application && env.DISCORD_CLIENT_ID !== bot.client.application.id) {
    log.warn(
      'DISCORD_CLIENT_ID is not the id of the application this token belongs to; deploy-commands will register the commands elsewhere',
      {
        configured: env.DISCORD_CLIENT_ID,
        actual: bot.client.application.id,
      },
    );
  }
}
