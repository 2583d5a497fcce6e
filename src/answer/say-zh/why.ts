// "为什么…?" in Chinese: as in English (say/why.ts), the aim the sources state, or that they don't say why.
import type { Understanding } from '../understand.js';
import type { Said } from '../say/common.js';
import { AIM, ENDING, WHY } from '../say/why.js';
import { ANSWER_ZH } from '../../i18n/answer.js';
import type { Zh } from './kit.js';

/** A sentence that already says it can't answer (unsure, not stated): no reason to add. */
const NO_ANSWER = /^(?:我不确定|我不確定|来源未|來源未|来源没有|來源沒有|资料中没有|資料中沒有)/;

/**
 * The answer to a "why" asked in Chinese: the reply said as the aim its sources state (the records' own English
 * words hold it: "aims to", "to promote"), or as the sources not saying why — never a description passed off as a reason.
 */
export function answerWhyZh(said: Said, u: Understanding, locale: Zh): Said {
  if (!WHY.test(u.q.text) || said.help || !said.sentence || NO_ANSWER.test(said.sentence)) return said;
  const t = ANSWER_ZH[locale];
  // "为什么智慧城市合作在2023年结束了", "吉宝为什么退出": an ending the sources never report, said so first (as English).
  if (ENDING.test(u.q.text)) return { ...said, sentence: t.whyNeverHappened(said.sentence) };
  return { ...said, sentence: AIM.test(said.sentence) ? t.whyAim(said.sentence) : t.whyNone(said.sentence) };
}
