import { createInterface } from 'node:readline';
import { loadDeps } from '../start.js';
import { parseCliArgs, USAGE } from './args.js';
import { answerForCli, type LineOutput, type Mode } from './oneshot.js';
import { explainQuestion } from '../answer/index.js';
import { styleFor } from './style.js';

/**
 * `npm run ask -- "<line>"`: one answer, then exit. With no line, every line of standard input
 * gets one answer, in order. Only answers go to stdout (so `--json` output is clean to pipe);
 * messages go to stderr. Exit code: the worst of the lines (2 unreadable line, 1 a bug).
 */
// A reader that stops early (`… | head -3`) closes the pipe: what it did not read was not wanted, so a write that
// meets the closed pipe ends the run quietly, as any Unix filter does (never a stack trace, never a failure status).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const args = parseCliArgs(process.argv.slice(2));
if (!args.ok) {
  process.stderr.write(`${args.error}\n\n${USAGE}\n`);
  process.exit(2);
}
if (args.value.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const { json, autocomplete, explain, line, locale } = args.value;
const mode: Mode = autocomplete ? 'autocomplete' : json ? 'json' : 'human';
const deps = await loadDeps();
const style = styleFor(process.stdout);

const emit = (out: LineOutput, prefix = '', input?: string) => {
  // --explain: the plan of a question in words (`/ask question:…` or plain words), before its answer.
  const question =
    input === undefined
      ? undefined
      : (/^\s*\/ask\b\s*(?:question:)?([\s\S]*)$/i.exec(input)?.[1] ??
        (input.trim().startsWith('/') ? undefined : input));
  if (explain && question !== undefined) process.stdout.write(`${explainQuestion(question, deps)}\n\n`);
  if (out.stdout !== undefined) process.stdout.write(`${out.stdout}\n`);
  if (out.stderr !== undefined) process.stderr.write(`${prefix}${out.stderr}\n`);
};

let code = 0;
if (line !== undefined) {
  const out = answerForCli(line, mode, deps, style, false, locale);
  emit(out, '', line);
  code = out.code;
} else {
  if (process.stdin.isTTY) process.stderr.write('Reading lines from standard input (Ctrl-D to end).\n');
  let n = 0;
  let answered = 0;
  for await (const input of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    n += 1;
    if (input.trim() === '') continue;
    // Human-readable answers are separated by a blank line, as cards in a chat are.
    if (mode === 'human' && answered > 0) process.stdout.write('\n');
    const out = answerForCli(input, mode, deps, style, true, locale);
    emit(out, `line ${n}: `, input);
    if (out.stdout !== undefined) answered += 1;
    code = worst(code, out.code);
  }
}
// exitCode rather than exit(): a piped stdout is flushed before the process ends.
process.exitCode = code;

/** 2 (the user's line) outranks 1 (a bug), which outranks 0: the user's fix comes first. */
function worst(a: number, b: number): number {
  return a === 2 || b === 2 ? 2 : Math.max(a, b);
}
