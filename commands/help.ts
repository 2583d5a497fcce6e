import type { Command } from '../src/command.js';
import { forReader, helpReply } from '../src/cards/index.js';
import { slash } from './shared/definition.js';

/** /help: every registered command with its example, read from the router (so new ones appear). */
export const help: Command = {
  name: 'help',
  define: () => slash('help', 'Every command, with an example').toJSON(),
  example: '/help',
  hint: 'every command, with an example',
  execute: ({ deps, registry, locale }) =>
    helpReply(
      forReader(deps, locale),
      registry.registered.map(({ command, definition }) => ({ definition, example: command.example })),
    ),
};
