import type { Dataset } from '../dataset/index.js';
import type { Answer, AnswerContext } from './answer.js';
import { listEmbed } from './backing.js';
import { KIND_LABEL } from '../cards/style.js';

/** Example questions, for help and for questions that found nothing. */
export const EXAMPLES: readonly string[] = [
  'How many MOUs have been signed?',
  'How many projects were launched at the 3rd JIC?',
  'Who signed with Keppel?',
  'Who signed the energy storage MOU?',
  'Which projects involve Sun Yat-sen University?',
  'Which projects are about logistics?',
  'When and where was the 4th JIC?',
  'Who co-chaired the 4th JIC?',
  'What are the pillars of the SCI?',
  'Tell me about the QuikBot project',
];

const listed = (heading: string, items: readonly string[]) => (items.length ? [heading, ...items.map((x) => `• ${x}`)] : []);

/** Anything else: the closest records, and the commands that could help (each command's hint). */
export function answerFallback({ e, deps, hints }: AnswerContext): Answer {
  const hits = e.hits.slice(0, 5);
  if (!hits.length)
    return {
      sentence: "I couldn't match that to anything in the sources. I answer questions about the SCI's MOUs, joint projects, partners and JIC meetings.",
      lines: ['Try for example:', ...EXAMPLES.slice(0, 5).map((x) => `• ${x}`), ...listed('Or a command:', hints)],
      embeds: [],
    };
  return {
    sentence: "I'm not sure what you're asking; these are the closest records in the sources.",
    lines: listed('Commands that may help:', hints),
    embeds: [listEmbed(deps.dataset, 'Closest records', hits.map((h) => `${KIND_LABEL[h.kind]}: ${h.label}`), [])],
  };
}

/** An empty question: how to ask, only to the asker. */
export function answerHelp(dataset: Dataset): Answer {
  return {
    sentence: `Ask me a question about the ${dataset.initiative.name} in your own words, with \`/ask question:\` or by mentioning me. For example:`,
    lines: [...EXAMPLES.map((x) => `• ${x}`)],
    embeds: [],
    ephemeral: true,
  };
}
