import type { APIEmbed } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { ReplyData } from '../reply.js';
import type { Entities } from './entities.js';
import type { Question } from './question.js';

/** What an answer says: the sentence that answers first, more lines, and the cards behind it. */
export interface Answer {
  sentence: string;
  lines?: string[];
  embeds: APIEmbed[];
  /** Buttons or selects of the one card the answer is about (they open related records). */
  components?: ReplyData['components'];
  /** Only the asker sees it (help, and the answer to an empty question). */
  ephemeral?: boolean;
}

/** Everything an answer is built from. */
export interface AnswerContext {
  q: Question;
  e: Entities;
  deps: Deps;
  /** "`/project query:` a joint project": the commands, offered when a question is not understood. */
  hints: readonly string[];
}

export type Answerer = (ctx: AnswerContext) => Answer;
