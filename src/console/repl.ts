import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { loadDepsOrExit } from '../deps.js';
import { commandDefinitions } from '../router.js';
import { choicesFor } from './reply-line.js';
import { completeLine, type Completion } from './complete.js';
import { createSession } from './session.js';
import { styleFor } from './style.js';

const EXIT_WORDS = new Set(['exit', 'quit', '.exit', '/exit', '/quit']);

/**
 * The interactive console `npm start` opens without a DISCORD_TOKEN: type what you would type in
 * Discord, see the card. Tab completes commands, options and values; a number follows a button or
 * select option of the last card; `exit` or Ctrl-D quits.
 */
export async function runConsole(): Promise<void> {
  const deps = loadDepsOrExit();
  const definitions = commandDefinitions(deps);
  const style = styleFor(process.stdout);
  const session = createSession(deps, style, definitions);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

  const completer = (line: string): Completion => {
    try {
      return completeLine(line, definitions, (parsed) => choicesFor(parsed, deps, session.locale));
    } catch {
      return [[], line]; // completion is a convenience: a failure in it must never end the session
    }
  };
  const rl = createInterface({ input: process.stdin, output: process.stdout, completer, terminal: interactive });
  rl.setPrompt(style.bold('sci> '));
  const prompt = () => {
    if (interactive) rl.prompt();
  };

  if (interactive) {
    const names = definitions.map((d) => `/${d.name}`).join(' ');
    process.stdout.write(
      `${style.bold('SCI Bot console')}: the Singapore–China (Shenzhen) Smart City Initiative, answered from the data on file.\n` +
        (names ? `Commands: ${names}\n` : 'No commands are registered yet.\n') +
        style.dim(
          'Type a command as in Discord (/help). Tab completes; a number follows a button; /locale zh-CN or zh-TW answers in Chinese; exit or Ctrl-D quits.',
        ) +
        '\n\n',
    );
  }
  prompt();

  rl.on('line', (line) => {
    if (EXIT_WORDS.has(line.trim().toLowerCase())) {
      rl.close();
      return;
    }
    const out = session.handle(line);
    if (out.kind === 'card') process.stdout.write(`${out.text}\n\n`);
    if (out.kind === 'error') process.stderr.write(`${out.text}\n`);
    prompt();
  });
  // Ctrl-C leaves like Ctrl-D: a console user expects it to quit, not to be ignored.
  rl.on('SIGINT', () => rl.close());

  await once(rl, 'close');
  if (interactive) process.stdout.write('\n');
}
