import type { Command } from '../src/command.js';
import { aboutReply, forReader } from '../src/cards/index.js';
import { slash } from './shared/definition.js';

/** /about: what the SCI is, its pillars, how far the data reaches, and the sources. */
export const about: Command = {
  name: 'about',
  define: () => slash('about', 'What the Smart City Initiative is, how far the data reaches, and the sources').toJSON(),
  example: '/about',
  hint: 'what the SCI is, how far the data reaches, and the sources',
  execute: ({ deps, locale }) => aboutReply(forReader(deps, locale)),
};
