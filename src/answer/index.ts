import type { Deps } from '../command.js';
import type { ReplyData } from '../reply.js';
import type { Answer } from './answer.js';
import { findEntities } from './entities.js';
import { answerHelp } from './fallback.js';
import { answererFor, recogniseIntent } from './intents.js';
import { readQuestion } from './question.js';
import { renderAnswer } from './render.js';

export { readQuestion } from './question.js';
export { findEntities } from './entities.js';
export { recogniseIntent, scoreIntents, INTENT_RULES, type Intent } from './intents.js';
export type { Answer } from './answer.js';

/** A question in words → what to answer (before rendering). Pure; never throws on any input. */
export function answerOf(question: string, deps: Deps, hints: readonly string[] = []): Answer {
  const q = readQuestion(question);
  if (q.words.length === 0) return answerHelp(deps.dataset);
  const e = findEntities(q, deps);
  return answererFor(recogniseIntent(q, e))({ q, e, deps, hints });
}

/**
 * A question in words → the reply payload: the answer sentence first, then the cards behind it.
 * `hints` are the commands to offer when the question is not understood (/ask passes the router's).
 */
export function answerQuestion(question: string, deps: Deps, hints: readonly string[] = []): ReplyData {
  try {
    return renderAnswer(answerOf(question, deps, hints));
  } catch {
    // A bug must not leave the user without a reply; the tests hold every question to a real answer.
    return renderAnswer({ sentence: "Sorry, I couldn't answer that. Try `/help` for the commands.", embeds: [], ephemeral: true });
  }
}
