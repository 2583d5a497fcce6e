import type { Dataset } from '../dataset/index.js';
import { ANSWER_ZH } from '../i18n/answer.js';
import type { Locale } from '../i18n/locale.js';
import { toTraditional } from '../text/han.js';

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

/**
 * An empty question or the word "help": how to ask, only to the asker. `unread`: something was typed but no word
 * of it could be read ("??", emoji only) — said plainly first, so it never reads as an answer to what was typed.
 */
export function answerHelp(
  dataset: Dataset,
  locale: Locale = 'en',
  unread = false,
): { sentence: string; lines: string[] } {
  if (locale !== 'en') {
    // The initiative by the Chinese name a source gives it (Singapore's, PRNCN-3), its English name beside.
    const t = ANSWER_ZH[locale];
    // (Printed in simplified; a zh-TW reply is in one script.)
    const named = dataset.initiative.zh?.find((x) => /Singapore/.test(x.label ?? ''))?.name;
    const zh = named && locale === 'zh-TW' ? toTraditional(named) : named;
    const lead = t.helpLead(zh ? `${zh}（${dataset.initiative.name}）` : dataset.initiative.name);
    return { sentence: unread ? `${t.helpUnread}${lead}` : lead, lines: t.helpExamples.map((x) => `• ${x}`) };
  }
  const lead = `Ask me a question about the ${dataset.initiative.name} in your own words, with \`/ask question:\` or by mentioning me. For example:`;
  return {
    sentence: unread ? `I'm not sure what you're asking: there are no words in it I can read. ${lead}` : lead,
    lines: EXAMPLES.map((x) => `• ${x}`),
  };
}
