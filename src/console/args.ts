import { parseArgs } from 'node:util';
// zod's tree-shakable build: the one-shot `ask` bundles only the few checks used here.
import * as z from 'zod/mini';
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

/** The shape node's parseArgs produces, checked before it is trusted. */
const flag = () => z._default(z.boolean(), false);
const Parsed = z.object({
  values: z.strictObject({
    json: flag(),
    autocomplete: flag(),
    explain: flag(),
    help: flag(),
    locale: z._default(
      z.pipe(
        z.string().check(
          z.refine(isKnownLocale, {
            error: (issue) => `Unknown locale "${String(issue.input)}": use en, zh-CN or zh-TW.`,
          }),
        ),
        z.transform((code: string) => localeOf(code)),
      ),
      DEFAULT_LOCALE,
    ),
  }),
  // Unquoted words (`npm run ask -- /totals meeting:3`) are one line, as a shell would have split it.
  positionals: z.pipe(
    z.array(z.string()),
    z.transform((words) => (words.length > 0 ? words.join(' ') : undefined)),
  ),
});

export function parseCliArgs(argv: readonly string[]): Result<CliArgs, string> {
  let raw: unknown;
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
  const parsed = Parsed.safeParse(raw);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  const { values, positionals: line } = parsed.data;
  if (line !== undefined && line.trim() === '') return { ok: false, error: 'The line to answer is empty.' };
  return { ok: true, value: { ...values, line } };
}
