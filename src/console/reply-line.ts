import type { Deps } from '../command.js';
import type { Result } from '../dataset/index.js';
import type { ReplyData } from '../reply.js';
import { isHelpRequest } from '../cards/help.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/index.js';
import { commandDefinitions, handleAutocomplete, handleCommand } from '../router.js';
import {
  choicesOf,
  parseForAutocomplete,
  parseLine,
  type Definition,
  type ParseError,
  type ParsedAutocomplete,
} from './parse.js';

/** An autocomplete choice as Discord shows it; static choices of integer options keep their numbers. */
export interface ShownChoice {
  name: string;
  value: string | number;
}

const MAX_CHOICES = 25;

/** One typed line → the reply the command gives, or why the line could not be read. */
export function answerLine(
  line: string,
  deps: Deps,
  definitions: readonly Definition[] = commandDefinitions(deps),
  locale: Locale = DEFAULT_LOCALE,
): Result<ReplyData, ParseError> {
  // "help", "commands", "what can you do" typed as plain words answer with help, as in Discord.
  if (!line.trim().startsWith('/') && isHelpRequest(line))
    return { ok: true, value: handleCommand('help', {}, deps, locale) };
  const parsed = parseLine(line, definitions);
  if (!parsed.ok) return parsed;
  return { ok: true, value: handleCommand(parsed.value.name, parsed.value.options, deps, locale) };
}

/** A line being typed → the choices Discord would offer for its last option. */
export function autocompleteLine(
  line: string,
  deps: Deps,
  definitions: readonly Definition[] = commandDefinitions(deps),
  locale: Locale = DEFAULT_LOCALE,
): Result<ShownChoice[], ParseError> {
  const parsed = parseForAutocomplete(line, definitions);
  if (!parsed.ok) return parsed;
  return { ok: true, value: choicesFor(parsed.value, deps, locale) };
}

/**
 * Static choices are filtered by the Discord client itself (the bot is never asked), so the
 * console does the same; options marked `autocomplete` ask the command; other options offer nothing.
 */
export function choicesFor(parsed: ParsedAutocomplete, deps: Deps, locale: Locale = DEFAULT_LOCALE): ShownChoice[] {
  // The client shows a choice's name in the user's language where the definition has one.
  const statics = choicesOf(parsed.focusedOption).map((c) => ({
    name: (locale !== 'en' && c.name_localizations?.[locale]) || c.name,
    value: c.value,
  }));
  if (statics.length > 0) {
    const typed = parsed.focused.value.trim().toLowerCase();
    return statics
      .filter((c) => c.name.toLowerCase().includes(typed) || String(c.value).toLowerCase().startsWith(typed))
      .slice(0, MAX_CHOICES);
  }
  if (!('autocomplete' in parsed.focusedOption && parsed.focusedOption.autocomplete)) return [];
  return handleAutocomplete(parsed.name, parsed.focused, parsed.options, deps, locale);
}
