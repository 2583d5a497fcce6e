// Chinese messages: what is said around the question, not asked of the sources. English sets such talk aside in
// src/answer/asker.ts ("don't lie to me, was the 2nd meeting held in Singapore?"); Chinese readers do the same in their
// own words ("别骗我，第二次会议是不是在新加坡开的", "你这破机器人是不是乱编的？第四次会议签了几份备忘录", "别废话，…", "谢谢！").
// And a Chinese question leaves out what the one before it named ("第四次会议在哪里开的？谁主持的？"): the second leans on
// the first and is read with it, never alone.

import { foldHan } from '../text/han.js';

/** A clause ends at its punctuation (kept with it, so a yes/no 吗？ stays what it is). */
const CLAUSE = /(?<=[，,；;：:！!？?。…\n])/;

/** Talk about the asker or to the bot: a person word, or words that only press, thank or accuse. */
const TALK =
  /我|你|您|咱|俺|废话|骗|拜托|求求|麻烦|谢谢|多谢|感谢|快点|赶紧|着急|急|说实话|老实说|胡说|乱编|瞎编|胡扯|扯淡|别扯|靠谱|你好|您好|哈喽|嗨|哈哈|呵呵|嘿嘿|喂|唉|哎|嗯|哦|噢|哇/;

/** TALK's words in either script, to look for them before folding the message to simplified. */
const TALK_EITHER = new RegExp(
  `${TALK.source}|廢話|騙|謝謝|說實話|老實說|胡說|亂編|瞎編|別扯|靠譜|麻煩|趕緊|著急|感謝`,
);

/** The bot called names ("你这破机器人", "这个烂bot"): it is who is spoken to, never the robotics the records name. */
const THE_BOT =
  /(?:(?:你|您)\s*(?:这个?)?|这个?|[破烂笨蠢傻臭]+)\s*[破烂笨蠢傻臭]*\s*(?:机器人|bot|程序|ai)(?!\s*(?:项目|备忘录|公司|技术))/giu;

/** A question word asked of something ("你知道谁主持的吗" asks who: never talk to set aside). */
const ASKS = /谁|什么|啥|哪|多少|几|何时|何地|为什么|为何|怎么|如何/;

/**
 * The Chinese message without the clauses of talk around its question; undefined when it has none (or nothing but talk).
 * `namesSomething` says whether a clause names anything the sources hold: such a clause is never set aside
 * ("我听说吉宝签了两份" is a premise to check).
 */
export function withoutTalkZh(raw: string, namesSomething: (clause: string) => boolean): string | undefined {
  // (Read in simplified: "別廢話" is 别废话. The message is folded only where a word of talk may be in it.)
  if (raw.length > 600 || !TALK_EITHER.test(raw)) return undefined;
  const clauses = raw.split(CLAUSE).filter((c) => c.trim());
  if (clauses.length < 2) return undefined;
  const kept = clauses.filter((c) => {
    const simple = foldHan(c);
    const said = simple.replace(THE_BOT, ' ');
    return !(TALK.test(simple) && !ASKS.test(said) && !namesSomething(said));
  });
  if (kept.length === clauses.length || !kept.some((c) => namesSomething(c))) return undefined;
  return kept.join('').trim();
}

/**
 * The parts of a Chinese message with each part that names nothing read with the one before it ("第四次会议在哪里开的？
 * 谁主持的？" is one question of the 4th meeting, asked twice over). `stands` says whether a part names a thing of its own.
 */
export function leaningJoined(parts: readonly string[], stands: (part: string) => boolean): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.length - 1;
    // (Joined as one question's two clauses: "第四次会议在哪里开的，谁主持的？".)
    if (last >= 0 && !stands(part)) out[last] = `${(out[last] ?? '').replace(/[？?。！!；;，,]*$/, '')}，${part}`;
    else out.push(part);
  }
  return out;
}
