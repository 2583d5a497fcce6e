import type { Dataset } from '../dataset/index.js';
import { ANSWER_ZH } from '../i18n/answer.js';
import type { Locale } from '../i18n/locale.js';

/** Example questions, for help and for an empty question. */
export const EXAMPLES: readonly string[] = [
  'How many MOUs have been signed?',
  'How many projects were launched at the 3rd JIC?',
  'Who signed with Keppel?',
  'Which Chinese universities take part?',
  'Which meeting launched the most projects?',
  'When and where was the 4th JIC?',
  'Who co-chaired the 4th JIC?',
  'What is the Asian SME Hub?',
];

/** An empty question or the word "help": how to ask, only to the asker. */
export function answerHelp(dataset: Dataset, locale: Locale = 'en'): { sentence: string; lines: string[] } {
  if (locale !== 'en') {
    // The initiative by the Chinese name a source gives it (Singapore's, PRNCN-3), its English name beside.
    const t = ANSWER_ZH[locale];
    const zh = dataset.initiative.zh?.find((x) => /Singapore/.test(x.label ?? ''))?.name;
    return {
      sentence: t.helpLead(zh ? `${zh}（${dataset.initiative.name}）` : dataset.initiative.name),
      lines: t.helpExamples.map((x) => `• ${x}`),
    };
  }
  return {
    sentence: `Ask me a question about the ${dataset.initiative.name} in your own words, with \`/ask question:\` or by mentioning me. For example:`,
    lines: EXAMPLES.map((x) => `• ${x}`),
  };
}
