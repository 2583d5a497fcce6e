import type { Command } from '../src/command.js';
import { aboutReply } from '../src/cards/index.js';
import { slash } from './shared/definition.js';

/** /about: what the SCI is, its pillars, how far the data reaches, and the sources. */
export const about: Command = {
  definition: slash('about', 'What the Smart City Initiative is, how far the data reaches, and the sources').toJSON(),
  execute: ({ deps }) => aboutReply(deps),
};
