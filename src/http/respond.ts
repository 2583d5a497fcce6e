/**
 * One verified interaction → the HTTP response body, and, when the answer is not ready in time,
 * a deferral now and the answer later through the interaction webhook. The same handlers and the
 * same reply data as the gateway transport (src/discord/respond.ts); only the delivery differs:
 * the answer is the HTTP response itself.
 */
import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Handlers, Outcome } from '../discord/respond.js';
import { errorFields, type Logger } from '../discord/log.js';
import { LIMITS } from '../cards/limits.js';
import { EPHEMERAL, NO_MENTIONS, ephemeral, type ReplyData } from '../reply.js';
import { messages } from '../i18n/index.js';
import type { Work } from './interaction.js';
import { WebhookError, type Webhook } from './webhook.js';

// Discord's callback types (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type).
export const PONG = 1;
export const CHANNEL_MESSAGE = 4;
export const DEFERRED_CHANNEL_MESSAGE = 5;
export const DEFERRED_UPDATE_MESSAGE = 6;
export const UPDATE_MESSAGE = 7;
export const AUTOCOMPLETE_RESULT = 8;

/** The one error sentence, in English (tests); users get it in their language. */
export const ERROR_SENTENCE = messages('en').errors.failed;
const failed = (work: Work) => ephemeral(messages(work.locale).errors.failed);

/** One error line for a handler that failed: the interaction, what was asked (its options, if any) and the error. */
function logFailure(ctx: AnswerContext, work: Work, err: unknown): void {
  ctx.log.error('interaction failed', {
    id: ctx.id,
    kind: work.kind,
    command: 'command' in work ? work.command : '',
    ...('options' in work ? { options: work.options } : {}),
    error: errorFields(err),
  });
}
const MODAL_NOTE = "I don't recognise that form; it may be from an older version of the bot. Run the command again.";

export interface AnswerContext {
  handlers: Handlers;
  deps: Deps;
  log: Logger;
  /** Defer when the answer is not ready this long after the interaction was created (Discord drops it at 3 s). */
  deferAfterMs: number;
  /**
   * When the budget started (performance.now() scale): the interaction's creation, or the request's
   * arrival if that is later; never the handler's start.
   */
  startedAt: number;
  now: () => number;
  /** The interaction webhook, for what is sent after the HTTP response. */
  webhook: () => Webhook;
  /** Sends the HTTP response; called exactly once. */
  respond: (body: APIInteractionResponse) => void;
  id: string;
}

const LATE = Symbol('late');

/** The work's value, or LATE if it is not ready within `ms`. */
async function withinMs<T>(work: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, ms), LATE);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts a handler; a synchronous throw becomes a rejection, and an early rejection is not "unhandled". */
function start<T>(fn: () => T | Promise<T>): Promise<T> {
  const work = Promise.resolve().then(fn);
  work.catch(() => undefined);
  return work;
}

const message = (data: ReplyData): APIInteractionResponse => ({
  type: CHANNEL_MESSAGE,
  data: { ...data, allowed_mentions: NO_MENTIONS },
});
// An update cannot change the message's flags (ephemeral is fixed when it is first sent): as on the gateway.
const withoutFlags = ({ flags: _flags, ...data }: ReplyData) => ({ ...data, allowed_mentions: NO_MENTIONS });
const isPrivate = (data: ReplyData) => ((data.flags ?? 0) & EPHEMERAL) !== 0;
/** `hide:true` says before the answer exists that it will be private, so its deferral can be private too. */
const asksHidden = (options: Readonly<Record<string, unknown>>) => options.hide === true || options.hide === 'true';

/**
 * What is left of the budget. Work queued behind other requests (a burst, a synchronous handler)
 * may have used it all before it starts: then it is deferred before it runs.
 */
const budgetLeft = (ctx: AnswerContext) => ctx.deferAfterMs - (ctx.now() - ctx.startedAt);

/** Runs a webhook call after a deferral; a failure is logged, and the outcome says what the user saw. */
async function deliverLate(ctx: AnswerContext, send: () => Promise<void>, outcome: Outcome): Promise<Outcome> {
  try {
    await send();
    return outcome;
  } catch (err) {
    ctx.log.warn('could not send the deferred answer', { id: ctx.id, error: errorFields(err) });
    // 404: the token expired (15 minutes) or the interaction is unknown; nothing can reach the user now.
    return err instanceof WebhookError && err.status === 404 ? 'expired' : 'error';
  }
}

async function answerCommand(work: Extract<Work, { kind: 'command' }>, ctx: AnswerContext): Promise<Outcome> {
  const hidden = asksHidden(work.options);
  const run = () => start(() => ctx.handlers.command(work.command, work.options, ctx.deps, work.locale));
  const job = budgetLeft(ctx) > 0 ? run() : null;
  const first = job ? await withinMs(job, budgetLeft(ctx)) : LATE;
  if (first !== LATE) {
    ctx.respond(message(first));
    return 'ok';
  }
  // allowed_mentions is not needed on an empty "thinking…", but every response carries it all the same.
  ctx.respond({
    type: DEFERRED_CHANNEL_MESSAGE,
    data: { flags: hidden ? EPHEMERAL : 0, allowed_mentions: NO_MENTIONS } as { flags: number },
  });
  let data: ReplyData;
  let threw = false;
  try {
    data = await (job ?? run());
  } catch (err) {
    logFailure(ctx, work, err);
    data = failed(work);
    threw = true;
  }
  const webhook = ctx.webhook();
  // A public "thinking…" cannot become private: a private answer replaces it with a private follow-up.
  const send =
    isPrivate(data) && !hidden
      ? () => webhook.deleteOriginal().then(() => webhook.followUp(data))
      : () => webhook.editOriginal(data);
  return deliverLate(ctx, send, threw ? 'error' : 'deferred');
}

async function answerComponent(
  work: Extract<Work, { kind: 'button' | 'select' }>,
  ctx: AnswerContext,
): Promise<Outcome> {
  const run = () => start(() => ctx.handlers.component(work.customId, work.values, ctx.deps, work.locale));
  const job = budgetLeft(ctx) > 0 ? run() : null;
  const first = job ? await withinMs(job, budgetLeft(ctx)) : LATE;
  if (first !== LATE) {
    ctx.respond(
      first.type === 'update' ? { type: UPDATE_MESSAGE, data: withoutFlags(first.data) } : message(first.data),
    );
    return 'ok';
  }
  // As on the gateway: a deferred update shows no spinner; the answer then edits the card or
  // arrives as a (private, when it says so) follow-up.
  ctx.respond({ type: DEFERRED_UPDATE_MESSAGE });
  const webhook = ctx.webhook();
  try {
    const late = await (job ?? run());
    return await deliverLate(
      ctx,
      () => (late.type === 'update' ? webhook.editOriginal(late.data) : webhook.followUp(late.data)),
      'deferred',
    );
  } catch (err) {
    logFailure(ctx, work, err);
    return deliverLate(ctx, () => webhook.followUp(failed(work)), 'error');
  }
}

async function answerAutocomplete(work: Extract<Work, { kind: 'autocomplete' }>, ctx: AnswerContext): Promise<Outcome> {
  // Autocomplete cannot be deferred: late or failed, the user gets no suggestions rather than an error.
  try {
    const job = start(() => ctx.handlers.autocomplete(work.command, work.focused, work.options, ctx.deps, work.locale));
    const choices = await withinMs(job, budgetLeft(ctx));
    if (choices === LATE) {
      ctx.log.warn('autocomplete too slow; answered with no choices', { id: ctx.id, command: work.command });
      ctx.respond({ type: AUTOCOMPLETE_RESULT, data: { choices: [] } });
      return 'error';
    }
    ctx.respond({ type: AUTOCOMPLETE_RESULT, data: { choices: choices.slice(0, LIMITS.choices) } });
    return 'ok';
  } catch (err) {
    logFailure(ctx, work, err);
    ctx.respond({ type: AUTOCOMPLETE_RESULT, data: { choices: [] } });
    return 'error';
  }
}

/**
 * Answers one interaction: calls `ctx.respond` exactly once, then finishes any late delivery.
 * Never throws; the outcome is what the log line says.
 */
export async function answerInteraction(work: Work, ctx: AnswerContext): Promise<Outcome> {
  let responded = false;
  const once: AnswerContext = {
    ...ctx,
    respond: (body) => {
      if (responded) return;
      responded = true;
      ctx.respond(body);
    },
  };
  try {
    switch (work.kind) {
      case 'ping':
        once.respond({ type: PONG });
        return 'ok';
      case 'command':
        return await answerCommand(work, once);
      case 'autocomplete':
        return await answerAutocomplete(work, once);
      case 'button':
      case 'select':
        return await answerComponent(work, once);
      case 'modal':
        once.respond(message(ephemeral(MODAL_NOTE)));
        return 'ignored';
    }
  } catch (err) {
    logFailure(ctx, work, err);
    once.respond(message(failed(work)));
    return 'error';
  }
}
