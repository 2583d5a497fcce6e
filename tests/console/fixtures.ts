import { ApplicationCommandOptionType as T } from 'discord-api-types/v10';
import type { Definition } from '../../src/console/parse.js';

/**
 * Small command definitions in the shapes the real commands use (choices, integers, booleans,
 * required and autocomplete options), so the parser is tested on its own rules, not on today's registry.
 */
export const defs: Definition[] = [
  {
    name: 'partners',
    description: 'Which partners signed MOUs',
    options: [
      {
        type: T.String,
        name: 'country',
        description: 'Country',
        choices: [
          { name: 'Singapore', value: 'SG' },
          { name: 'China', value: 'CN' },
        ],
      },
      { type: T.Integer, name: 'meeting', description: 'Meeting number', min_value: 1, max_value: 9 },
      { type: T.String, name: 'pillar', description: 'Pillar' },
    ],
  },
  {
    name: 'ask',
    description: 'Ask in words',
    options: [{ type: T.String, name: 'question', description: 'Question', required: true }],
  },
  {
    name: 'meeting',
    description: 'A JIC meeting',
    options: [
      {
        type: T.Integer,
        name: 'number',
        description: 'Which meeting',
        required: true,
        choices: [
          { name: '3 · 3rd JIC meeting (25 Nov 2022)', value: 3 },
          { name: '4 · 4th JIC meeting (14 Dec 2023)', value: 4 },
        ],
      },
    ],
  },
  {
    name: 'project',
    description: 'A project',
    options: [
      { type: T.String, name: 'query', description: 'Name', required: true, autocomplete: true },
      { type: T.Boolean, name: 'hide', description: 'Only you see it' },
    ],
  },
  { name: 'rate', description: 'A number option', options: [{ type: T.Number, name: 'score', description: 'Score' }] },
  { name: 'about', description: 'About the bot' },
];
