import type { Command } from '../src/command.js';
import { project } from './project.js';
import { mou } from './mou.js';
import { partner } from './partner.js';
import { partners } from './partners.js';
import { totals } from './totals.js';
import { meeting } from './meeting.js';
import { search } from './search.js';
import { about } from './about.js';
import { help } from './help.js';
import { ask } from './ask.js';

/** Every slash command, in the order /help lists them. The router is built from this one list. */
export const commands: readonly Command[] = [
  project,
  mou,
  partner,
  partners,
  totals,
  meeting,
  search,
  about,
  help,
  ask,
];
