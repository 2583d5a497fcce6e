/**
 * The sentences /ask writes in Chinese (src/answer/say-zh.ts), kept apart from the cards' catalogues
 * (en.ts, zh-CN.ts) so the two can change without touching each other. zh-CN is written
 * (answer-zh-CN.ts); zh-TW is generated from it (answer-zh-TW.ts) and has its type, so a sentence
 * missing from one is a compile error.
 */
import { answerZhCN, partnerLabelsZhCN, type AnswerZh } from './answer-zh-CN.js';
import { answerZhTW, partnerLabelsZhTW } from './answer-zh-TW.js';
import type { Locale } from './index.js';

type Zh = Exclude<Locale, 'en'>;

export const ANSWER_ZH: Readonly<Record<Zh, AnswerZh>> = { 'zh-CN': answerZhCN, 'zh-TW': answerZhTW };

/** Kinds of partner as Chinese counts them (measure word and noun). */
export const PARTNER_LABELS: Readonly<Record<Zh, Readonly<Record<string, string>>>> = {
  'zh-CN': partnerLabelsZhCN,
  'zh-TW': partnerLabelsZhTW,
};
