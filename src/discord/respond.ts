import {
  DiscordAPIError,
  RESTJSONErrorCodes,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type Message,
  type MessageComponentInteraction,
  type MessageReplyOptions,
  type RepliableInteraction,
} from 'discord.js';
import { handleAutocomplete, handleCommand, handleComponent, handleMention } from '../router.js';
import { EPHEMERAL, ephemeral, type Choice, type ComponentReply, type ReplyData } from '../reply.js';
import type { CommandOptions, Deps } from '../command.js';
import { LIMITS } from '../cards/limits.js';
import { localeOf, localeOfText, messages, type Locale } from '../i18n/index.js';
import { errorFields, type Logger } from './log.js';
import { flattenOptions } from './options.js';
import { mentionedText } from './mention.js';

type MaybePromise<T> = T | Promise<T>;

/** The pure handlers the transport calls; the router's by default, replaceable in tests. */
export interface Handlers {
  command(name: string, options: CommandOptions, deps: Deps, locale: Locale): MaybePromise<ReplyData>;
  autocomplete(name: string, focused: { name: string; value: string }, options: CommandOptions, deps: Deps, locale: Locale): MaybePromise<Choice[]>;
  component(customId: string, values: readonly string[], deps: Deps, locale: Locale): MaybePromise<ComponentReply>;
  mention(text: string, deps: Deps, locale: Locale): MaybePromise<ReplyData>;
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
  /** A first response not ready after this long is deferred (Discord drops it after 3 s). */
  deferAfterMs: number;
}

/** How an interaction ended, as logged: answered, answered after a defer, error shown, or too late. */
export type Outcome = 'ok' | 'deferred' | 'error' | 'expired' | 'ignored';

export const ERROR_SENTENCE = messages('en').errors.failed;

// ReplyData is Discord's wire format; discord.js takes the same fields except allowed_mentions,
// which it reads as `allowedMentions` (and would otherwise replace with the client default).
function toReply(data: ReplyData): InteractionReplyOptions {
  const { allowed_mentions, ...rest } = data;
  return { ...rest, allowedMentions: allowed_mentions } as InteractionReplyOptions;
}

// Edits cannot change a message's flags (ephemeral is fixed when the response is first sent).
function toEdit(data: ReplyData): InteractionEditReplyOptions & InteractionUpdateOptions {
  const { allowed_mentions, flags: _flags, ...rest } = data;
  return { ...rest, allowedMentions: allowed_mentions } as InteractionEditReplyOptions & InteractionUpdateOptions;
}

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

const LATE = Symbol('late');

/** The work's value, or LATE if it is not ready within `ms`. */
async function withinMs<T>(work: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(resolve, ms, LATE);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts a handler; a synchronous throw becomes a rejection, and an early rejection is not "unhandled". */
function start<T>(fn: () => MaybePromise<T>): Promise<T> {
  const work = Promise.resolve().then(fn);
  work.catch(() => undefined);
  return work;
}

export function isUnknownInteraction(err: unknown): boolean {
  return err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownInteraction;
}

/** What the log calls an interaction: the command name or the component's custom_id. */
export function describeInteraction(interaction: Interaction): { kind: string; command: string; options?: CommandOptions } {
  if (interaction.isChatInputCommand()) return { kind: 'command', command: interaction.commandName, options: flattenOptions(interaction.options.data) };
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', command: interaction.commandName, options: flattenOptions(interaction.options.data) };
  if (interaction.isButton()) return { kind: 'button', command: interaction.customId };
  if (interaction.isAnySelectMenu()) return { kind: 'select', command: interaction.customId, options: { values: interaction.values.join(',') } };
  return { kind: `type-${interaction.type}`, command: '' };
}

async function answerCommand(interaction: ChatInputCommandInteraction, ctx: RespondContext): Promise<Outcome> {
  const options = flattenOptions(interaction.options.data);
  const work = start(() => ctx.handlers.command(interaction.commandName, options, ctx.deps, localeOf(interaction.locale)));
  const first = await withinMs(work, ctx.deferAfterMs);
  if (first !== LATE) {
    await interaction.reply(toReply(first));
    return 'ok';
  }
  await interaction.deferReply();
  await interaction.editReply(toEdit(await work));
  return 'deferred';
}

async function answerAutocomplete(interaction: AutocompleteInteraction, ctx: RespondContext): Promise<Outcome> {
  // Autocomplete cannot be deferred: whatever the handler gives is sent, capped at Discord's 25.
  const focused = interaction.options.getFocused(true);
  const options = flattenOptions(interaction.options.data);
  const choices = await ctx.handlers.autocomplete(interaction.commandName, { name: focused.name, value: String(focused.value) }, options, ctx.deps, localeOf(interaction.locale));
  await interaction.respond(choices.slice(0, LIMITS.choices));
  return 'ok';
}

async function answerComponent(interaction: MessageComponentInteraction, ctx: RespondContext): Promise<Outcome> {
  const values = interaction.isAnySelectMenu() ? interaction.values : [];
  const work = start(() => ctx.handlers.component(interaction.customId, values, ctx.deps, localeOf(interaction.locale)));
  const first = await withinMs(work, ctx.deferAfterMs);
  if (first !== LATE) {
    if (first.type === 'update') await interaction.update(toEdit(first.data));
    else await interaction.reply(toReply(first.data));
    return 'ok';
  }
  // A deferred update shows no spinner; the answer then edits the card or arrives as a follow-up.
  await interaction.deferUpdate();
  const late = await work;
  if (late.type === 'update') await interaction.editReply(toEdit(late.data));
  else await interaction.followUp(toReply(late.data));
  return 'deferred';
}

/** The one error path: the user gets one short sentence, only they can see. */
async function tellUserItFailed(interaction: Interaction, err: unknown, log: Logger): Promise<Outcome> {
  if (isUnknownInteraction(err)) return 'expired'; // the token is dead: nothing can reach the user
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      await sendError(interaction);
    }
  } catch (second) {
    log.warn('could not tell the user about the error', { id: interaction.id, error: errorFields(second) });
    return isUnknownInteraction(second) ? 'expired' : 'error';
  }
  return 'error';
}

async function sendError(interaction: RepliableInteraction): Promise<void> {
  const reply = ephemeral(messages(localeOf(interaction.locale)).errors.failed);
  // A deferred slash command shows "thinking…" until its reply is edited; anything else gets a follow-up.
  if (interaction.deferred && !interaction.replied && interaction.isChatInputCommand()) await interaction.editReply(toEdit(reply));
  else if (interaction.deferred || interaction.replied) await interaction.followUp(toReply(reply));
  else await interaction.reply(toReply(reply));
}

/** Routes one interaction to its handler and sends the answer; never throws. */
export async function answerInteraction(interaction: Interaction, ctx: RespondContext): Promise<Outcome> {
  try {
    if (interaction.isChatInputCommand()) return await answerCommand(interaction, ctx);
    if (interaction.isAutocomplete()) return await answerAutocomplete(interaction, ctx);
    if (interaction.isMessageComponent()) return await answerComponent(interaction, ctx);
    return 'ignored';
  } catch (err) {
    const { kind, command, options } = describeInteraction(interaction);
    ctx.log.error('interaction failed', { id: interaction.id, kind, command, options, error: errorFields(err) });
    return tellUserItFailed(interaction, err, ctx.log);
  }
}

/** A message that mentions the bot → the answer, as a reply to that message. Never throws. */
export async function answerMention(message: Message, botId: string, ctx: RespondContext): Promise<Outcome> {
  const text = mentionedText(message.content, botId);
  if (text === null) return 'ignored';
  // A message has no user locale: the server's language, unless the question is written in Chinese.
  const locale = localeOfText(text, localeOf(message.guild?.preferredLocale));
  try {
    const data = await ctx.handlers.mention(text, ctx.deps, locale);
    await message.reply(toMessageReply(data));
    return 'ok';
  } catch (err) {
    ctx.log.error('mention failed', { id: message.id, kind: 'mention', command: 'mention', options: { text }, error: errorFields(err) });
    try {
      await message.reply(toMessageReply(ephemeral(messages(locale).errors.mentionFailed)));
    } catch (second) {
      ctx.log.warn('could not tell the user about the error', { id: message.id, error: errorFields(second) });
    }
    return 'error';
  }
}
