import type { APIEmbed } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Dataset, RecordKind } from '../dataset/index.js';
import { recordReply } from '../cards/index.js';
import { LIMITS } from '../cards/limits.js';
import { truncate, sourcesText } from './format.js';

// The embeds that back an answer: the shared record cards (src/cards), and a list card of this
// module's own for answers that name many records at once.

const footer = (dataset: Dataset, ids: readonly string[]) => ({ text: truncate(`Sources: ${sourcesText(dataset, ids)}`, 1000) });

const COLOUR = 0x2b6cb0;

/** The shared card of one record (none when the id is unknown). */
export function recordEmbed(deps: Deps, kind: RecordKind, id: string): APIEmbed | undefined {
  return recordReply(deps, { kind, id })?.embeds?.[0];
}

/** The buttons and selects of one record's card, which the router already knows how to open. */
export function recordComponents(deps: Deps, kind: RecordKind, id: string) {
  return recordReply(deps, { kind, id })?.components ?? [];
}

/** A list card: one line per item, cut to fit, with its sources. */
export function listEmbed(dataset: Dataset, title: string, lines: readonly string[], sources: readonly string[]): APIEmbed {
  let description = '';
  for (const [i, line] of lines.entries()) {
    const next = `${description}${description ? '\n' : ''}• ${line}`;
    if (next.length > 3000) {
      description += `\n… and ${lines.length - i} more`;
      break;
    }
    description = next;
  }
  return {
    title: truncate(title, LIMITS.embedTitle),
    color: COLOUR,
    description: description || 'none on file',
    ...(sources.length ? { footer: footer(dataset, sources) } : {}),
  };
}

