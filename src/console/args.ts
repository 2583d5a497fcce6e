import { parseArgs } from 'node:util';
import type { Result } from '../dataset/index.js';
import { DEFAULT_LOCALE, isKnownLocale, localeOf, type Locale } from '../i18n/index.js';

export const USAGE = `Usage: npm run --silent ask -- [--json | --autocomplete | --explain] [--locale <code>] ["<line>"]

  "<line>"        one line as typed in Discord, e.g. "/project query:quikbot"; without it,
                  lines are read from standard input, one answer per line
  --json          print the reply payload (Discord's interaction response data) as one line of JSON
  --autocomplete  print {"choices":[...]} for the last option on the line, e.g. "/project query:quik"
  --explain       for /ask (or plain words): print how the question was read and the plan run for it,
                  then the answer
  --locale <code> answer as Discord answers a user with that client language: zh-CN (简体中文),
                  zh-TW (繁體中文), or en (the default; any other Discord locale is answered in English)
  --help          this text

Exit codes: 0 answered, 2 a line could not be read (unknown command or option, bad value), 1 broken data.`;

/** What the one-shot CLI was asked to do. `line` undefined: read lines from standard input. */
export interface CliArgs {
  json: boolean;
  autocomplete: boolean;
  explain: boolean;
  help: boolean;
  /** The language replies are written in (`--locale`). */
  locale: Locale;
  line: string | undefined;
}

export function parseCliArgs(argv: readonly string[]): Result<CliArgs, string> {
  let raw;
  try {
    raw = parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean' },
        autocomplete: { type: 'boolean' },
        explain: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        locale: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    // parseArgs throws on unknown flags; here that is just a usage error.
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  // parseArgs in strict mode has already refused unknown options and values given to a flag; what
  // is left to check is the locale's name (no zod here: this runs on every one-shot `ask`).
  const { values, positionals } = raw;
  if (values.locale !== undefined && !isKnownLocale(values.locale))
    return { ok: false, error: `Unknown locale "${values.locale}": use en, zh-CN or zh-TW.` };
  // Unquoted words (`npm run ask -- /totals meeting:3`) are one line, as a shell would have split it.
  const line = positionals.length > 0 ? positionals.join(' ') : undefined;
  if (line !== undefined && line.trim() === '') return { ok: false, error: 'The line to answer is empty.' };
  const flags = {
    json: values.json ?? false,
    autocomplete: values.autocomplete ?? false,
    explain: values.explain ?? false,
    help: values.help ?? false,
    locale: values.locale === undefined ? DEFAULT_LOCALE : localeOf(values.locale),
  };
  return { ok: true, value: { ...flags, line } };
}
