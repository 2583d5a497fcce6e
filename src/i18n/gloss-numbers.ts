/**
 * A number claimed in a Chinese question, in the English words the claim reader reads (src/answer/countbound.ts,
 * claim/change.ts, claim/read.ts's ratios): its bound ("至少8份" = "at least 8", "8份以上" the same, "大约30个" = "about
 * 30", "8到10份" = "between 8 and 10"), a running total's change ("从29个增加到43个" = "increase from 29 to 43") and one
 * count so many times another ("两倍" = "twice", "减半" = "half"). Run on the question once its Chinese numerals are
 * digits; language only, never facts.
 */

/** A measure word after a count (份 of MOUs, 个/项 of projects, 家/所/位 of partners). */
const MEASURE = '[份个项家所位]';
/** A verb between a bound and its number ("至少签了8份" = signed at least 8): kept before it. */
const VERB = '((?:签署|签订|签约|签|启动|推出|宣布|召开|举行|开|有|是|达到|达)?\\s*(?:了|过)?)';

/** Words that bound a count, by how they hold the number: above it, below it, at or above it, at or below it. */
const BOUND_WORDS = {
  more: '超过|超出|多于|多过|高于|大于|逾|不止',
  // (没有超过 is "not more than": at most, read before 超过 — but 有没有超过 asks whether it is more.)
  atMost: '不超过|(?<!有)没有?超过|不多于|不高于|不大于|至多|最多|顶多|充其量',
  atLeast: '至少|最少|起码|最低|不少于|不低于|不小于',
  fewer: '少于|少过|低于|小于|不到|不足|未满|不满|没有到|没到',
  // (约 after 签/合/条/预/公/邀/节/制/相/契 is a word of its own: 签约8份 is signed 8.)
  about: '大约|大概|大致|约莫|(?<![签合条预公邀节制相契])约|差不多|将近|接近',
} as const;

const COUNT_BOUND = new RegExp(
  `(?:(${BOUND_WORDS.atMost})|(${BOUND_WORDS.atLeast})|(${BOUND_WORDS.more})|(${BOUND_WORDS.fewer})|(${BOUND_WORDS.about}))\\s*${VERB}\\s*(\\d{1,5})` +
    `|比\\s*(\\d{1,5})\\s*${MEASURE}?\\s*(?:还|更)?(多|少)` +
    `|(\\d{1,5})\\s*${MEASURE}?\\s*(?:(?:或者?|及)?\\s*(以上|以下)|(?:或者?)\\s*(更多|更少)|(左右|上下))`,
  'g',
);

/** What a bound says in English, as countbound.ts reads it before the number. */
type Bound = 'more than' | 'fewer than' | 'at least' | 'at most' | 'about';

function countBound(
  m: string,
  atMost?: string,
  atLeast?: string,
  more?: string,
  fewer?: string,
  about?: string,
  verb = '',
  n?: string,
  than?: string,
  side?: string,
  edge?: string,
  beyond?: string,
  orMore?: string,
  around?: string,
  at = 0,
  whole = '',
): string {
  const value = n ?? than ?? edge;
  const bound: Bound | undefined = n
    ? atMost
      ? 'at most'
      : atLeast
        ? 'at least'
        : more
          ? 'more than'
          : fewer
            ? 'fewer than'
            : about
              ? 'about'
              : undefined
    : than
      ? side === '多'
        ? 'more than'
        : 'fewer than'
      : // (以上/以下 take the number in, as Chinese counts them: "30份以上" is 30 or more.)
        beyond === '以上' || orMore === '更多'
        ? 'at least'
        : beyond === '以下' || orMore === '更少'
          ? 'at most'
          : around
            ? 'about'
            : undefined;
  if (!bound || value === undefined) return m;
  // With no record word in the question, what is counted is said: "签的不到4份" — 份 and signing are an MOU's.
  const unnamed =
    !/备忘录|项目|专案|计划|公司|企业|大学|伙伴|合作方|买家|供应商/.test(whole) &&
    (/^\s*份/.test(whole.slice(at + m.length)) || /份/.test(m) || /签/.test(verb + whole.slice(0, at)));
  return ` ${verb} ${bound} ${value}${unnamed ? ' mous' : ''} `;
}

// A meeting by its number ("第一次", "第2届联委会会议"), written once for FROM_TO and TWO_CLAUSES; MEETING_AT with "上"
// or "时" (at it) after it.
const MEETING_ZH = '第(?:[一二三四五六七八九]|\\d{1,2})\\s*[次届]\\s*(?:联合执委会|联委会|执委会)?\\s*(?:会议|会)?';
const MEETING_AT = `${MEETING_ZH}\\s*(?:上|时)?`;

// "从29个增加到43个", "由20份增长到28份", "从21份变成了29份": a running total from one number to another (English's
// "increase from 29 to 43", which claim/change.ts reads), never the second number read as the count claimed (否 to a
// true change). (Years — "从2021年到2023年" — are a span, read elsewhere.)
// (A meeting may stand before either number, "从第一次的8份减少到第二次会议的4份": each meeting's own count, English's
// "from 8 at the 1st to 4 at the 2nd".)
const AT_MEETING = `(?:(${MEETING_ZH})\\s*(?:上|时)?\\s*的?\\s*)?`;
const FROM_TO = new RegExp(
  `(?:从|由|自)\\s*${AT_MEETING}(\\d{1,5})\\s*${MEASURE}?\\s*(?:(增加|增长|上升|提高|提升|攀升|跃升|涨|升|增|减少|下降|降低|降|减|跌|变成|变为|变|跳)\\s*了?\\s*)?(到|至|为|成)?\\s*了?\\s*${AT_MEETING}(\\d{1,5})(?!\\s*[\\d年月日号])`,
  'g',
);
const CHANGE_WORD: ReadonlyArray<readonly [RegExp, string]> = [
  [/增|涨|升|提/, 'increase'],
  [/减|降|跌/, 'drop'],
];

// "8到10份", "在5到7份之间", "介于10和20个之间", "40至45个": between two numbers (English's "between 8 and 10",
// countbound.ts's range), never "到" left as a word and the second number read as the count claimed (否 to 8 of
// "8到10份"). (Ordinals, years and days are never counts: "第3到4次", "2021到2023年" are left.)
// (A record word right before the range goes after it, as English says it: "项目介于10和15个之间" = "between 10 and 15
// projects" — English reads "projects between 10 and 15" as the low end claimed.)
const BETWEEN = new RegExp(
  `(?:(谅解备忘录|备忘录|项目)\\s*(?:的?(?:数量|数目|总数|数))?\\s*(?:一共|总共|共)?\\s*(?:是|有|为)?\\s*)?(介于|在)?\\s*(?<![第\\d])(\\d{1,5})\\s*(${MEASURE})?\\s*(到|至|~|～|—|-|和|与)\\s*(\\d{1,5})(?!\\s*[\\d年月日号次届])\\s*(${MEASURE})?\\s*(之间)?`,
  'g',
);

// "三十多个", "20余份": more than a round number and fewer than the next (31 to 39), never the round number itself.
const ODD = new RegExp(`(?<!\\d)([1-9]0)\\s*(?:多|余|来)\\s*(?=${MEASURE})`, 'g');

/** One count so many times another ("第四次的备忘录是第二次的两倍", "比第一次减少了一半"), in English's words. */
const TIMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:翻了?一番|翻了?一倍|翻番|翻倍|(?:增加|多)了?一倍)/g, ' doubled '],
  [/(?:两|二|2|双)倍/g, ' twice '],
  [/(?:三|3)倍/g, ' three times '],
  [/(?:减半|(?:减少|少|下降)了?一半|一半)/g, ' half '],
];
/** The words TIMES reads, tested before it runs (most questions have none). */
const TIMES_WORDS = /倍|番|一半|减半/;

/** The words TIMES leaves in the question (a ratio claimed). */
export const TIMES_SAID = / (?:doubled|twice|three times|half) /;

// "第一次会议签了8份备忘录，第二次减到4份", "第二次有4份项目，第四次增加到8份了吗", "第一次签了8份备忘录，第二次只有4份，是减少了吗":
// each meeting's count said in its own clause, then the change — the one change asked ("备忘录从第一次的8份减少到第二次的4份",
// which FROM_TO reads), never the two counts summed and the change unread.
const CHANGE_VERB = '增加|增长|上升|提高|涨|升|增|减少|下降|降低|降|减|跌|变成|变为|变';
const TWO_CLAUSES = new RegExp(
  `(${MEETING_AT})([^，,。？?\\d]{0,10}?)(\\d{1,5})\\s*${MEASURE}\\s*(谅解备忘录|备忘录|项目)?[^，,。？?\\d]{0,4}[，,]\\s*(?:而|但|到了?|然后)?\\s*(${MEETING_AT})\\s*(?:则|就|只|却|又|才|仅)?\\s*` +
    `(?:(?:(?:签|启动)了?|有)?\\s*(${CHANGE_VERB})\\s*了?\\s*(?:到|至|为|成)\\s*(\\d{1,5})|(?:签了?|启动了?|有|是)\\s*(\\d{1,5})\\s*${MEASURE}?\\s*[，,]?\\s*(?:是|这是|算是)?\\s*(${CHANGE_VERB}))`,
);

// "一年多", "超过1年", "6个月以内", "400多天": a span of time claimed (English's "more than a year", "within 6 months", which
// timing.ts's spanClaimed reads), never 年 or 天 left as words no table reads. (Years of the calendar — 2022年 — have 4
// digits; a date's 12月, 25日 are no spans.)
const SPAN =
  /(?<![\d第每哪这那同上下])(\d{1,3}|[一两二三四五六七八九十])\s*(多|余)?\s*(年|个月|个星期|星期|周(?!年)|天)\s*(多|以上|有余|之久)?\s*(以内|之内|内)?/g;
const SPAN_UNIT: Readonly<Record<string, string>> = {
  年: 'year',
  个月: 'month',
  个星期: 'week',
  星期: 'week',
  周: 'week',
  天: 'day',
};
// "比第二次会议晚", "比会议早": later or earlier than the thing after 比 (English's "after", "before").
const LATER_THAN = /比\s*(第\S{1,2}[次届](?:联合执委会|联委会|执委会)?(?:会议|会)?|会议)\s*(晚|早)了?/g;

/** The question (its Chinese numerals already digits) with its claimed numbers said in English's words. */
export function glossNumbers(t: string): string {
  let out = t;
  if (TIMES_WORDS.test(out)) {
    // ("只有第一次的一半", "仅是第二次的两倍": only is how the times are said, no word of its own.)
    out = out.replace(/(?:只有|只是|仅有|仅是|仅仅|仅|只)(?=[^，,。？?]{0,16}(?:一半|倍))/g, '');
    for (const [re, to] of TIMES) out = out.replace(re, to);
  }
  // ("会议后一天": the day after, English's words for it — never a span of one day read as "after the 1st".)
  if (/[后前]一天/.test(out))
    out = out.replace(/([后前])一天/g, (_m, side: string) => ` the day ${side === '后' ? 'after' : 'before'} `);
  // ("半年内": half a year is 6 months — not 上半年, the first half of a year.)
  if (out.includes('半年')) out = out.replace(/(?<![上下])半年/g, '6个月');
  if (/[年月周期天]/.test(out))
    out = out.replace(SPAN, (_m, said: string, more1?: string, unit = '', more2?: string, within?: string) => {
      const more = !!more1 || (!!more2 && more2 !== '之久');
      const n = /\d/.test(said) ? Number(said) : '〇一二三四五六七八九十'.indexOf(said.replace('两', '二'));
      return ` ${within ? 'within ' : more ? 'more than ' : ''}${n} ${SPAN_UNIT[unit] ?? unit}${n === 1 ? '' : 's'} `;
    });
  if (/[晚早]/.test(out))
    out = out.replace(
      LATER_THAN,
      (_m, what: string, side: string) => ` ${side === '晚' ? 'after' : 'before'} ${what} `,
    );
  if (!/\d/.test(out)) return out;
  if (/[，,]/.test(out))
    out = out.replace(
      TWO_CLAUSES,
      (
        m: string,
        atA: string,
        verbA: string,
        a: string,
        kind = '',
        atB: string,
        v1 = '',
        b1 = '',
        b2 = '',
        v2 = '',
      ) => {
        const record = kind || (/备忘录|项目/.exec(out)?.[0] ?? '');
        if (!record) return m;
        return `${kind ? '' : verbA}${record}从${atA}的${a}份${v1 || v2}到${atB}的${b1 || b2}份`;
      },
    );
  if (/从|由|自/.test(out))
    out = out.replace(
      FROM_TO,
      (
        m: string,
        atA: string | undefined,
        a: string,
        verb: string | undefined,
        to: string | undefined,
        atB: string | undefined,
        b: string,
      ) => {
        if (!verb && !to) return m;
        const change = verb ? (CHANGE_WORD.find(([re]) => re.test(verb))?.[1] ?? 'change') : 'go';
        const at = (x: string | undefined) => (x ? ` at the ${x} ` : ' ');
        return ` ${change} from ${a}${at(atA)}to ${b}${at(atB)}`;
      },
    );
  // ("每次会议签的备忘录从8份减到4份": the count of each meeting, English's "per meeting", never every meeting claimed.)
  if (out.includes(' from ') && out.includes('每'))
    out = out.replace(/每一?[次届]\s*(?:联合执委会|联委会|执委会)?\s*(?:会议|会)?(?:上|时)?/g, ' per meeting ');
  if (/[到至~～—\-和与]/.test(out))
    out = out.replace(
      BETWEEN,
      (m: string, what = '', lead = '', a: string, m1 = '', by: string, b: string, m2 = '', between = '') => {
        const named = lead === '介于' || between !== '';
        if (/和|与/.test(by) ? !named : !(named || m1 || m2)) return m;
        if (Number(a) >= Number(b)) return m;
        return ` ${lead === '在' && !named ? lead : ''} between ${a} and ${b}${m2 || m1}${what} `;
      },
    );
  if (/[多余来]/.test(out)) out = out.replace(ODD, (_m, n: string) => ` between ${Number(n) + 1} and ${Number(n) + 9}`);
  return out.replace(COUNT_BOUND, countBound);
}
