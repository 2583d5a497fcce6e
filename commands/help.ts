import type { Command } from '../src/command.js';
import { helpReply } from '../src/cards/index.js';
import { slash } from './shared/definition.js';
import { commands } from './index.js';

/** /help: every registered command with an example, read from the registry (so new ones appear). */
export const help: Command = {
  definition: slash('help', 'Every command, with an example').toJSON(),
  // `commands` is read when /help runs, not when this module loads (the registry imports this file).
  execute: ({ deps }) => helpReply(deps, commands.map((c) => c.definition)),
};
