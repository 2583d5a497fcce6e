import type { Deps } from '../command.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/index.js';
import type { ParseError } from './parse.js';
import { answerLine, autocompleteLine } from './reply-line.js';
import { renderReply } from './render.js';
import type { Style } from './style.js';

export type Mode = 'human' | 'json' | 'autocomplete';

/** What one input line prints, and the exit code it asks for (0 answered, 2 unreadable, 1 a bug). */
export interface LineOutput {
  stdout?: string;
  stderr?: string;
  code: 0 | 1 | 2;
}

/**
 * One line of the `ask` CLI → its output. In a stdin batch with JSON output, a line that cannot be
 * read still prints one JSON line (`{"error":{…}}`), so output line N always answers input line N.
 */
export function answerForCli(
  line: string,
  mode: Mode,
  deps: Deps,
  style: Style,
  batch: boolean,
  locale: Locale = DEFAULT_LOCALE,
): LineOutput {
  try {
    if (mode === 'autocomplete') {
      const choices = autocompleteLine(line, deps, undefined, locale);
      return choices.ok
        ? { stdout: JSON.stringify({ choices: choices.value }), code: 0 }
        : failed(choices.error, mode, batch);
    }
    const reply = answerLine(line, deps, undefined, locale);
    if (!reply.ok) return failed(reply.error, mode, batch);
    return { stdout: mode === 'json' ? JSON.stringify(reply.value) : renderReply(reply.value, style).text, code: 0 };
  } catch (err) {
    const message = `Something went wrong answering "${line}": ${err instanceof Error ? err.message : String(err)}`;
    return {
      stderr: message,
      code: 1,
      ...(batch && mode !== 'human' ? { stdout: JSON.stringify({ error: { kind: 'internal', message } }) } : {}),
    };
  }
}

function failed(error: ParseError, mode: Mode, batch: boolean): LineOutput {
  const stdout = batch && mode !== 'human' ? JSON.stringify({ error }) : undefined;
  return { stderr: error.message, code: 2, ...(stdout ? { stdout } : {}) };
}
