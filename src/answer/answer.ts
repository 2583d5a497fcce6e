import type { APIEmbed } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Entities } from './entities.js';
import type { Question } from './question.js';

/** What an answer says: the sentence that answers first, more lines, and the cards behind it. */
export interface Answer {
  sentence: string;
  lines?: string[];
  embeds: APIEmbed[];
  /** Only the asker sees it (help, and the answer to an empty question). */
  ephemeral?: boolean;
}

/** Everything an answer is built from. */
export interface AnswerContext {
  q: Question;
  e: Entities;
  deps: Deps;
}

export type Answerer = (ctx: AnswerContext) => Answer;
