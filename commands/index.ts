import type { Command } from '../src/command.js';

/** Every slash command. The router, the console and the deploy script all read this one list. */
export const commands: readonly Command[] = [];
