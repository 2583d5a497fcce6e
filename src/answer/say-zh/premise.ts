// A Chinese question that puts a meeting somewhere it wasn't ("为什么第四次会议搬到了新加坡", "第四次会议在新加坡开的时候
// 谁主持的"): as in English (premise.ts meetingPremise), the place, year or way of meeting put on one numbered meeting
// is checked first, and where the sources say otherwise that is said in Chinese — never "the sources don't say why"
// beside a move that never happened.
import type { Deps } from '../../command.js';
import type { Said } from '../say/common.js';
import { meetingPremise, type MeetingPremise } from '../premise.js';
import type { Understanding } from '../understand.js';
import { plan } from '../plan.js';
import { run } from '../run.js';
import { say } from '../say.js';
import { ANSWER_ZH } from '../../i18n/answer.js';
import type { Zh } from './kit.js';

/** What a premise's yes/no says in Chinese when the sources say otherwise: "否：…", "否，并非在某一个城市举行：…". */
const CONTRADICTED_ZH = /^否(?:，[^：]*)?：(.+)$/s;

/** The premise a glossed Chinese question puts on one meeting, and its correction; undefined where it holds. */
export function meetingPremiseZh(
  u: Understanding,
  deps: Deps,
  locale: Zh,
  read: (text: string, lang: string) => Understanding,
): { stated: MeetingPremise; fix: Said } | undefined {
  // (A day written in Chinese, "12月14日", names the meeting held that day: a date asked of, never a premise.)
  if (u.mentions.some((m) => m.type === 'meeting' && /月|日/.test(m.words))) return undefined;
  const stated = meetingPremise(u);
  if (!stated) return undefined;
  const asked = read(`is it true that ${stated.premise}`, 'en');
  const checked = plan(asked, deps.dataset);
  // (A yes/no read by the claim reader, or by a check of its own.)
  if (asked.target !== 'yesno' || (checked.op !== 'check' && checked.op !== 'claim')) return undefined;
  const said = say(run(checked, deps), asked, deps.dataset, locale);
  const no = CONTRADICTED_ZH.exec(said.sentence)?.[1];
  return no ? { stated, fix: { ...said, sentence: ANSWER_ZH[locale].notWhatSourcesSay(no) } } : undefined;
}

/**
 * "说第四次会议在深圳举行是错的吗" (English's "is it false that …"): the answer worked out for the statement itself, its
 * 是/否 said of its being false — "不，这是对的：…" where it holds, "是的，这是错的：…" where it doesn't. (Any other
 * opening — the sources differ, don't say — stands as it is.)
 */
export function asFalseZh(said: Said, locale: Zh): Said {
  const m = /^(是|否)(?:，[^：]{0,20})?：/.exec(said.sentence);
  if (!m) return said;
  const t = ANSWER_ZH[locale];
  return {
    ...said,
    sentence: `${m[1] === '是' ? t.falseAskedTrue : t.falseAskedFalse}${said.sentence.slice(m[0].length)}`,
  };
}

/**
 * "第三次会议的备忘录一份都没有公开名称吗" (English's "were none of … named?"): the answer worked out for the positive
 * claim, its 是/否 said of the negation as asked — "是的，没错：…" where the records show none, "不，并非如此：…" where
 * they show one. (Any other opening stands as it is.)
 */
export function asNegatedZh(said: Said, locale: Zh): Said {
  const m = /^(是|否)(?:，[^：]{0,20})?：/.exec(said.sentence);
  if (!m) return said;
  const t = ANSWER_ZH[locale];
  return { ...said, sentence: `${m[1] === '是' ? t.negatedYes : t.negatedNo}${said.sentence.slice(m[0].length)}` };
}
