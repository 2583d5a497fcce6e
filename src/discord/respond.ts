import {
  DiscordAPIError,
  RESTJSONErrorCodes,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type MessageComponentInteraction,
  type MessageReplyOptions,
  type RepliableInteraction,
} from 'discord.js';
import { handleAutocomplete, handleCommand, handleComponent, handleMention } from '../router.js';
import { EPHEMERAL, NO_MENTIONS, ephemeral, type Choice, type ComponentReply, type ReplyData } from '../reply.js';
import type { CommandOptions, Deps } from '../command.js';
import { LIMITS } from '../cards/limits.js';
import { localeOf, localeOfText, messages, type Locale } from '../i18n/index.js';
import { errorFields, type Logger } from './log.js';
import { flattenOptions } from './options.js';
import { mentionedText } from './mention.js';
import type { FirstResponse, Watchdog } from './watchdog.js';
import type { InteractionRequests } from './requests.js';

type MaybePromise<T> = T | Promise<T>;

/** The pure handlers the transport calls; the router's by default, replaceable in tests. */
export interface Handlers {
  command(name: string, options: CommandOptions, deps: Deps, locale?: Locale): MaybePromise<ReplyData>;
  autocomplete(
    name: string,
    focused: { name: string; value: string },
    options: CommandOptions,
    deps: Deps,
    locale?: Locale,
  ): MaybePromise<Choice[]>;
  component(customId: string, values: readonly string[], deps: Deps, locale?: Locale): MaybePromise<ComponentReply>;
  mention(text: string, deps: Deps, locale?: Locale): MaybePromise<ReplyData>;
}

export const routerHandlers: Handlers = {
  command: handleCommand,
  autocomplete: handleAutocomplete,
  component: handleComponent,
  mention: handleMention,
};

export interface RespondContext {
  handlers: Handlers;
  deps: Deps;
  log: Logger;
  /** A first response not sent this long after the interaction was created is deferred (Discord drops it after 3 s). */
  deferAfterMs: number;
  /** The thread that defers when this one cannot (absent: a timer on this thread does it). */
  watchdog?: Watchdog;
  /** When this process received an interaction (bounds a deadline read from a clock that may be skewed). */
  receivedAt?: (id: string) => number | undefined;
  /** Where handlers run: a queue running them in turns of the event loop (default: at once). */
  queue?: TurnQueue;
  /** Sends what goes out about an interaction (first response, edit, deletion, follow-up) as one HTTP request each. */
  requests: InteractionRequests;
}

export interface TurnQueue {
  /**
   * Runs `fn` on a later turn. `urgent`: work nothing can defer (an autocomplete must carry its
   * choices within Discord's 3 s), taken before any other waiting work.
   */
  run<T>(fn: () => MaybePromise<T>, urgent?: boolean): Promise<T>;
  /** How long a handler queued now would wait, from the recent pace of the queue (ms). */
  expectedWaitMs(): number;
  /** Whether a burst is being read right now (handlers held back until it is). */
  holding(): boolean;
}

/** A turn queue's burst guard: how fast arrivals must come to hold handlers back, and for how long at most. */
export interface BurstHold {
  /** Arrivals within one look (`everyMs`) that make a burst. */
  arrivals: number;
  /** How often a holding queue looks again. */
  everyMs: number;
  /** The longest a burst holds handlers back; then one per turn again, however fast they come. */
  maxMs: number;
}

/** 8 in 5 ms is 1,600 a second: far above a busy bot's steady pace, what a burst's gateway reads bring. */
export const BURST_HOLD: BurstHold = { arrivals: 8, everyMs: 5, maxMs: 1000 };

/**
 * How long one turn runs handlers before the loop reads again (always at least one). One handler a
 * turn paid a whole turn of the loop (the poll phase with every HTTP response of a burst) per
 * handler: in a burst of 5,000, the 1,500 autocompletes, which cannot be deferred, drained that
 * slowly past their 3 s. A few ms keeps reads and deferrals as prompt as one handler did.
 */
export const TURN_SLICE_MS = 4;

/**
 * Handlers run in turns of the event loop, in arrival order, each turn for `sliceMs` at most (one
 * handler at least). Between two turns the loop reads the gateway again, so every interaction that
 * has arrived is registered (its deferral armed) before it waits behind others' work; a burst then
 * waits deferred, not unseen. The queue also measures its pace (time per handler, everything else the
 * loop did included), so an interaction that will not reach the head in time can be deferred at once
 * instead of at the last moment.
 *
 * In a burst it reads before it answers: while interactions keep arriving faster than `hold.arrivals`
 * per `hold.everyMs` (a rate, over the time since it last counted), no handler that can be deferred
 * runs (for `hold.maxMs` at most). Turns are not enough there, because each answer sent is an HTTP
 * request whose completion the same poll phase of the loop handles, so thousands of them push the
 * last gateway reads seconds late, past the deferral's deadline. Held, every interaction is read and
 * armed first, and what is read during the hold is deferred at once (`deferralTime`).
 *
 * Urgent work (autocompletes) goes before the rest, and runs during a hold too (in turns, reads
 * between them): nothing can defer it, while a command or click behind it is deferred by the
 * watchdog and loses nothing by waiting. In a burst of 5,000 the autocompletes (a third of the load
 * mix) were the only answers later than 3 s until they went first.
 */
export function turnQueue(
  hold: BurstHold = BURST_HOLD,
  sliceMs = TURN_SLICE_MS,
  clock: () => number = () => performance.now(),
): TurnQueue {
  const queue: (() => void)[] = [];
  const urgentQueue: (() => void)[] = [];
  let scheduled = false;
  let lastTurn = 0;
  let lastRan = 0; // handlers run in the last turn
  let pace = 0; // ms per handler, moving average while the queue is busy
  let arrived = 0; // queued since the last look
  let holdingSince: number | null = null; // when the current hold began
  let lastLook = 0; // when arrivals were last counted
  let nextLook = 0; // in a hold, when to count them again
  const schedule = (delayMs: number) => {
    scheduled = true;
    if (delayMs > 0) setTimeout(drain, delayMs);
    else setImmediate(drain);
  };
  /** Runs what `next` gives for one turn: `sliceMs` at most, one at least. */
  const turn = (next: () => (() => void) | undefined, start: number) => {
    let ran = 0;
    for (let work = next(); work; work = clock() - start < sliceMs ? next() : undefined) {
      work();
      ran++;
    }
    return ran;
  };
  /** In a hold: urgent work still runs, in turns (reads between them); the rest waits for the hold to end. */
  const heldTurn = (now: number) => {
    turn(() => urgentQueue.shift(), now);
    if (urgentQueue.length > 0) schedule(0);
    else schedule(Math.max(1, nextLook - clock()));
  };
  const drain = () => {
    scheduled = false;
    const now = clock();
    const held = holdingSince !== null && now - holdingSince < hold.maxMs;
    if (held && now < nextLook) return heldTurn(now);
    // A burst is a rate: `hold.arrivals` per `hold.everyMs`, over the time since the last look. A loop
    // held up by other work reads what came meanwhile all at once, at its usual rate: not a burst.
    const burst = arrived * hold.everyMs >= hold.arrivals * Math.max(hold.everyMs, now - lastLook);
    arrived = 0;
    lastLook = now;
    if (burst && (holdingSince === null || held)) {
      holdingSince ??= now;
      lastTurn = 0; // a hold is not the queue's pace
      nextLook = now + hold.everyMs;
      return heldTurn(now);
    }
    if (!burst) holdingSince = null;
    if (lastTurn > 0) pace = pace * 0.9 + ((now - lastTurn) / lastRan) * 0.1;
    lastRan = turn(() => urgentQueue.shift() ?? queue.shift(), now);
    if (queue.length + urgentQueue.length > 0 && !scheduled) {
      lastTurn = now;
      schedule(0);
    } else lastTurn = 0;
  };
  return {
    run: <T>(fn: () => MaybePromise<T>, urgent = false) =>
      new Promise<T>((resolve, reject) => {
        arrived++;
        (urgent ? urgentQueue : queue).push(() => {
          try {
            resolve(fn());
          } catch (err) {
            reject(err);
          }
        });
        if (!scheduled) schedule(0);
      }),
    expectedWaitMs: () => (queue.length + urgentQueue.length) * pace,
    holding: () => holdingSince !== null && clock() - holdingSince < hold.maxMs,
  };
}

const runNow = <T>(fn: () => MaybePromise<T>, _urgent?: boolean) => Promise.resolve().then(fn);
const run = (ctx: RespondContext) => (ctx.queue ? ctx.queue.run : runNow);

/** Time to send a first response once it is ready; a queue longer than the budget minus this defers at once. */
const SEND_MARGIN_MS = 300;

/** How an interaction ended, as logged: answered, answered after a defer, error shown, or too late. */
export type Outcome = 'ok' | 'deferred' | 'error' | 'expired' | 'ignored';

export const ERROR_SENTENCE = messages('en').errors.failed;

// A channel message has no ephemeral form; the reply to a mention pings no one, not even its author.
function toMessageReply(data: ReplyData): MessageReplyOptions {
  const { allowed_mentions: _am, flags, ...rest } = data;
  const kept = (flags ?? 0) & ~EPHEMERAL;
  return {
    ...rest,
    ...(kept ? { flags: kept } : {}),
    allowedMentions: { parse: [], repliedUser: false },
    failIfNotExists: false,
  } as MessageReplyOptions;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs a handler to its end; a synchronous throw or a rejection becomes a value. */
async function settle<T>(fn: () => MaybePromise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * When an interaction's deferral goes out if no answer has by then (epoch ms): `deferAfterMs` after
 * its creation (or its arrival, if a skewed clock puts that earlier), or now when it is sure to wait
 * longer: behind a queue that will not drain in time (defer while there is time to send it), or while
 * a burst is being read (its answers come after it; deferring each as it is read spreads the
 * deferrals over the reads instead of sending thousands at once when their 2.5 s run out).
 */
export function deferralTime(at: {
  createdAt: number;
  receivedAt: number | undefined;
  now: number;
  deferAfterMs: number;
  queue: Pick<TurnQueue, 'expectedWaitMs' | 'holding'> | undefined;
}): number {
  const { now, queue } = at;
  const deferAt = Math.min(at.createdAt, at.receivedAt ?? now) + at.deferAfterMs;
  if (queue?.holding()) return now;
  const wait = queue?.expectedWaitMs() ?? 0;
  return wait > 0 && now + wait + Math.min(SEND_MARGIN_MS, at.deferAfterMs / 2) > deferAt ? now : deferAt;
}

/**
 * The first response of one interaction, from arrival to answer. The deferral is armed before the
 * handler runs, with its deadline counted from the interaction's creation (its snowflake), so it
 * fires whether the handler is slow, synchronous or still queued.
 */
function firstResponse(
  interaction: ChatInputCommandInteraction | MessageComponentInteraction,
  ctx: RespondContext,
  ephemeral: boolean,
): FirstResponse {
  const deferAt = deferralTime({
    createdAt: interaction.createdTimestamp,
    receivedAt: ctx.receivedAt?.(interaction.id),
    now: Date.now(),
    deferAfterMs: ctx.deferAfterMs,
    queue: ctx.queue,
  });
  const type = interaction.isChatInputCommand() ? 5 : 6;
  return (
    ctx.watchdog?.watch({ id: interaction.id, token: interaction.token, deferAt, type, ephemeral }) ??
    timerDeferral(interaction, ctx, deferAt, type, ephemeral)
  );
}

/** The same contract with a timer on this thread: used only when the watchdog thread is unavailable. */
function timerDeferral(
  interaction: ChatInputCommandInteraction | MessageComponentInteraction,
  ctx: RespondContext,
  deferAt: number,
  type: 5 | 6,
  ephemeral: boolean,
): FirstResponse {
  let state: 'armed' | 'main' | 'deferring' = 'armed';
  let result: Promise<'deferred' | 'failed'> = Promise.resolve('failed');
  const timer = setTimeout(
    () => {
      if (state !== 'armed') return;
      state = 'deferring';
      const body = type === 5 && ephemeral ? { type, data: { flags: EPHEMERAL } } : { type };
      result = ctx.requests.callback(interaction.id, interaction.token, body).then(
        () => 'deferred' as const,
        () => 'failed' as const,
      );
    },
    Math.max(0, deferAt - Date.now()),
  );
  return {
    claim: () => (state === 'armed' ? ((state = 'main'), clearTimeout(timer), true) : false),
    settled: () => result,
    release: () => clearTimeout(timer),
  };
}

/** After the watchdog deferred on its own thread, discord.js must learn it, so edits and follow-ups go where they should. */
function markDeferred(interaction: ChatInputCommandInteraction | MessageComponentInteraction, ephemeral: boolean) {
  if (interaction.deferred) return;
  interaction.deferred = true;
  if (interaction.isChatInputCommand()) interaction.ephemeral = ephemeral;
}

const isEphemeral = (data: ReplyData) => ((data.flags ?? 0) & EPHEMERAL) !== 0;

// Every request about an interaction goes out through ctx.requests (one HTTP request each, no
// discord.js payloads). The interaction object only keeps the state they leave (replied, deferred,
// ephemeral), which the error path reads to choose how the user is told.

async function replyFirst(
  interaction: ChatInputCommandInteraction | MessageComponentInteraction,
  data: ReplyData,
  ctx: RespondContext,
): Promise<void> {
  await ctx.requests.callback(interaction.id, interaction.token, { type: 4, data: withNoMentions(data) });
  interaction.replied = true;
  interaction.ephemeral = isEphemeral(data);
}

async function updateFirst(interaction: MessageComponentInteraction, data: ReplyData, ctx: RespondContext) {
  const { flags: _flags, ...kept } = withNoMentions(data); // an update cannot change the message's flags
  await ctx.requests.callback(interaction.id, interaction.token, { type: 7, data: kept });
  interaction.replied = true;
}

async function respondFirst(interaction: AutocompleteInteraction, choices: Choice[], ctx: RespondContext) {
  await ctx.requests.callback(interaction.id, interaction.token, { type: 8, data: { choices } });
  interaction.responded = true;
}

const withNoMentions = (data: ReplyData): ReplyData => ({ ...data, allowed_mentions: NO_MENTIONS });

/** What a webhook call needs from an interaction. */
type Sent = Pick<ChatInputCommandInteraction, 'applicationId' | 'token'>;

const editOriginal = (interaction: Sent, data: ReplyData, ctx: RespondContext) =>
  ctx.requests.editOriginal(interaction.applicationId, interaction.token, data);

/** A private answer after a public "thinking…": the public message goes, the answer follows privately. */
async function replacePublicDeferral(interaction: Sent, data: ReplyData, ctx: RespondContext) {
  await ctx.requests.deleteOriginal(interaction.applicationId, interaction.token);
  await followUp(interaction, data, ctx);
}

const followUp = (interaction: Sent, data: ReplyData, ctx: RespondContext) =>
  ctx.requests.followUp(interaction.applicationId, interaction.token, data);

/**
 * Runs the handler and sends its answer: directly if no deferral went out first, else as the edit
 * of the deferral. A deferral is private exactly when the answer is; when the answer turns out
 * otherwise (a note or an error after a public "thinking…"), the deferral is deleted and the answer
 * follows as a follow-up of its own kind, so nothing private is ever shown to the channel.
 */
async function answerCommand(interaction: ChatInputCommandInteraction, ctx: RespondContext): Promise<Outcome> {
  const options = flattenOptions(interaction.options.data);
  const hidden = options.hide === true;
  const first = firstResponse(interaction, ctx, hidden);
  try {
    const result = await settle(() =>
      run(ctx)(() => ctx.handlers.command(interaction.commandName, options, ctx.deps, localeOf(interaction.locale))),
    );
    if (first.claim() || (await first.settled()) === 'failed') {
      if (!result.ok) throw result.error;
      await replyFirst(interaction, result.value, ctx);
      return 'ok';
    }
    markDeferred(interaction, hidden);
    ctx.log.debug('deferred', {
      id: interaction.id,
      kind: 'command',
      command: interaction.commandName,
      ephemeral: hidden,
      age_ms: Date.now() - interaction.createdTimestamp,
    });
    if (!result.ok) throw result.error;
    if (isEphemeral(result.value) === hidden) await editOriginal(interaction, result.value, ctx);
    else await replacePublicDeferral(interaction, result.value, ctx);
    return 'deferred';
  } finally {
    first.release();
  }
}

async function answerAutocomplete(interaction: AutocompleteInteraction, ctx: RespondContext): Promise<Outcome> {
  // Autocomplete cannot be deferred: whatever the handler gives is sent, capped at Discord's 25.
  const focused = interaction.options.getFocused(true);
  const options = flattenOptions(interaction.options.data);
  const choices = await run(ctx)(
    () =>
      ctx.handlers.autocomplete(
        interaction.commandName,
        { name: focused.name, value: String(focused.value) },
        options,
        ctx.deps,
        localeOf(interaction.locale),
      ),
    true,
  );
  await respondFirst(interaction, choices.slice(0, LIMITS.choices), ctx);
  return 'ok';
}

async function answerComponent(interaction: MessageComponentInteraction, ctx: RespondContext): Promise<Outcome> {
  const values = interaction.isAnySelectMenu() ? interaction.values : [];
  // A deferred update shows nothing, so it is never "public" or "private": the answer decides.
  const first = firstResponse(interaction, ctx, false);
  try {
    const result = await settle(() =>
      run(ctx)(() => ctx.handlers.component(interaction.customId, values, ctx.deps, localeOf(interaction.locale))),
    );
    if (first.claim() || (await first.settled()) === 'failed') {
      if (!result.ok) throw result.error;
      if (result.value.type === 'update') await updateFirst(interaction, result.value.data, ctx);
      else await replyFirst(interaction, result.value.data, ctx);
      return 'ok';
    }
    markDeferred(interaction, false);
    ctx.log.debug('deferred', {
      id: interaction.id,
      kind: 'component',
      command: interaction.customId,
      age_ms: Date.now() - interaction.createdTimestamp,
    });
    if (!result.ok) throw result.error;
    // The answer then edits the card, or arrives as a follow-up (private when it is).
    if (result.value.type === 'update') await editOriginal(interaction, result.value.data, ctx);
    else await followUp(interaction, result.value.data, ctx);
    return 'deferred';
  } finally {
    first.release();
  }
}

/** The one error path: the user gets one short sentence, only they can see. */
async function tellUserItFailed(interaction: Interaction, err: unknown, ctx: RespondContext): Promise<Outcome> {
  if (isUnknownInteraction(err)) return 'expired'; // the token is dead: nothing can reach the user
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await respondFirst(interaction, [], ctx);
    } else if (interaction.isRepliable()) {
      await sendError(interaction, ctx);
    }
  } catch (second) {
    ctx.log.warn('could not tell the user about the error', { id: interaction.id, error: errorFields(second) });
    return isUnknownInteraction(second) ? 'expired' : 'error';
  }
  return 'error';
}

async function sendError(interaction: RepliableInteraction, ctx: RespondContext): Promise<void> {
  const reply = ephemeral(messages(localeOf(interaction.locale)).errors.failed);
  if (interaction.deferred && !interaction.replied && interaction.isChatInputCommand()) {
    // A private "thinking…" becomes the error; a public one is removed, and the error sent privately.
    if (interaction.ephemeral) return void (await editOriginal(interaction, reply, ctx));
    await ctx.requests.deleteOriginal(interaction.applicationId, interaction.token).catch(() => undefined);
    await followUp(interaction, reply, ctx);
  } else if (interaction.deferred || interaction.replied) await followUp(interaction, reply, ctx);
  else if (interaction.isChatInputCommand() || interaction.isMessageComponent())
    await replyFirst(interaction, reply, ctx);
}

export function isUnknownInteraction(err: unknown): boolean {
  return err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownInteraction;
}

/** What the log calls an interaction: the command name or the component's custom_id. */
export function describeInteraction(interaction: Interaction): {
  kind: string;
  command: string;
  options?: CommandOptions;
} {
  if (interaction.isChatInputCommand())
    return { kind: 'command', command: interaction.commandName, options: flattenOptions(interaction.options.data) };
  if (interaction.isAutocomplete())
    return {
      kind: 'autocomplete',
      command: interaction.commandName,
      options: flattenOptions(interaction.options.data),
    };
  if (interaction.isButton()) return { kind: 'button', command: interaction.customId };
  if (interaction.isAnySelectMenu())
    return { kind: 'select', command: interaction.customId, options: { values: interaction.values.join(',') } };
  return { kind: `type-${interaction.type}`, command: '' };
}

/** Routes one interaction to its handler and sends the answer; never throws. */
export async function answerInteraction(interaction: Interaction, ctx: RespondContext): Promise<Outcome> {
  try {
    if (interaction.isChatInputCommand()) return await answerCommand(interaction, ctx);
    if (interaction.isAutocomplete()) return await answerAutocomplete(interaction, ctx);
    if (interaction.isMessageComponent()) return await answerComponent(interaction, ctx);
    ctx.log.debug('interaction ignored', {
      id: interaction.id,
      type: interaction.type,
      reason: 'not a command, autocomplete or component',
    });
    return 'ignored';
  } catch (err) {
    const { kind, command, options } = describeInteraction(interaction);
    ctx.log.error('interaction failed', { id: interaction.id, kind, command, options, error: errorFields(err) });
    return tellUserItFailed(interaction, err, ctx);
  }
}

/** A message that mentions the bot → the answer, as a reply to that message. Never throws. */
export async function answerMention(message: Message, botId: string, ctx: RespondContext): Promise<Outcome> {
  const text = mentionedText(message.content, botId);
  if (text === null) return 'ignored';
  // A message has no user locale: the server's language, unless the question is written in Chinese.
  const locale = localeOfText(text, localeOf(message.guild?.preferredLocale));
  try {
    const data = await run(ctx)(() => ctx.handlers.mention(text, ctx.deps, locale));
    await message.reply(toMessageReply(data));
    return 'ok';
  } catch (err) {
    ctx.log.error('mention failed', {
      id: message.id,
      kind: 'mention',
      command: 'mention',
      options: { text },
      error: errorFields(err),
    });
    try {
      await message.reply(toMessageReply(ephemeral(messages(locale).errors.mentionFailed)));
    } catch (second) {
      ctx.log.warn('could not tell the user about the error', { id: message.id, error: errorFields(second) });
    }
    return 'error';
  }
}
