import type { Deps } from '../command.js';
import { CATALOGUES, DEFAULT_LOCALE, isKnownLocale, localeOf, messages, type Locale } from '../i18n/index.js';
import type { ComponentReply, ReplyData } from '../reply.js';
import { commandDefinitions, findCommand, handleComponent, handleMention } from '../router.js';
import { answerLine } from './reply-line.js';
import type { Definition } from './parse.js';
import { renderReply, type Action } from './render.js';
import { PLAIN, type Style } from './style.js';

/** What the console prints for one input: a card on stdout, or a short message on stderr. */
export type Output = { kind: 'card'; text: string } | { kind: 'error'; text: string } | { kind: 'none' };

export interface Session {
  /** One line the user typed → what to print. Never throws. */
  handle(line: string): Output;
  /** How many numbered buttons/options the last card offers. */
  readonly actionCount: number;
  /** The language replies are written in; `/locale zh-CN` switches it. */
  readonly locale: Locale;
}

/** `/locale zh-TW`: the console's way to be a Discord user with another client language. */
const LOCALE_LINE = /^\/locale(?:\s+(\S+))?\s*$/i;

/**
 * The console's state between lines: the numbered buttons and options of the last card, so typing
 * a number clicks one. Everything else is the router's, exactly as Discord would call it.
 */
export function createSession(
  deps: Deps,
  style: Style = PLAIN,
  definitions: readonly Definition[] = commandDefinitions(deps),
  initialLocale: Locale = DEFAULT_LOCALE,
): Session {
  let actions: Action[] = [];
  let locale = initialLocale;

  const switchLocale = (code: string | undefined): Output => {
    if (code === undefined)
      return { kind: 'card', text: messages(locale).console.locale(CATALOGUES[locale].language, locale) };
    if (!isKnownLocale(code)) return { kind: 'error', text: messages(locale).console.unknownLocale(code) };
    locale = localeOf(code);
    return { kind: 'card', text: messages(locale).console.locale(CATALOGUES[locale].language, locale) };
  };

  const show = (reply: ReplyData, replaces: boolean): Output => {
    const rendered = renderReply(reply, style);
    // A new card's buttons replace the old ones; a bare note (e.g. "that button no longer works")
    // leaves the card it answered still clickable, as it stays in Discord.
    if (replaces || rendered.actions.length > 0) actions = rendered.actions;
    const hint = rendered.actions.length > 0 ? `\n${style.dim('Type a number to follow it.')}` : '';
    return { kind: 'card', text: rendered.text + hint };
  };

  const follow = (n: number): Output => {
    const action = actions[n - 1];
    if (!action) {
      return {
        kind: 'error',
        text:
          actions.length === 0
            ? 'There is nothing numbered to follow yet.'
            : `Choose a number from 1 to ${actions.length}.`,
      };
    }
    const result: ComponentReply = handleComponent(action.customId, action.values, deps, locale);
    return show(result.data, result.type === 'update');
  };

  const guarded = (f: () => Output): Output => {
    try {
      return f();
    } catch (err) {
      // A bug in a handler must not end the session; the message says what broke.
      return {
        kind: 'error',
        text: `Something went wrong answering that: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
  };

  return {
    get actionCount() {
      return actions.length;
    },
    get locale() {
      return locale;
    },
    handle(line) {
      const text = line.trim();
      if (text === '') return { kind: 'none' };
      if (/^\d+$/.test(text)) return guarded(() => follow(Number(text)));
      const switched = LOCALE_LINE.exec(text);
      if (switched) return switchLocale(switched[1]);
      if (!text.startsWith('/')) {
        // Plain words are what a mention of the bot carries, when the bot can answer them.
        if (findCommand('ask')) return guarded(() => show(handleMention(text, deps, locale), true));
        return { kind: 'error', text: 'A command starts with /, e.g. /help. Type exit to quit.' };
      }
      return guarded(() => {
        const answer = answerLine(text, deps, definitions, locale);
        return answer.ok ? show(answer.value, true) : { kind: 'error', text: answer.error.message };
      });
    },
  };
}
