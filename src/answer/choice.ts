/**
 * A multiple-choice question (session 19, answer3): "which meeting was in Singapore: (a) the 2nd (b) the 3rd (c) the
 * 4th?", "pick one: how many MOUs were signed at the 3rd JIC? 4, 8 or 14", "options: 1) … 2) …", "选择题：…A. … B. …".
 * Read whole, the options were words of the question: "the 4th" became a meeting asked about (a card of three
 * meetings), "4, 8 or 14" a sum of the 3rd and 4th JICs' MOUs. The question without its options (the stem) is what the
 * pipeline answers well; each option is then found in that answer — by the names the data gives what it names (an
 * option "PKU" is Peking University, "the second" the 2nd JIC), numbers never read off a date — and the reply leads
 * with the option(s) the answer names, or says none of them does.
 *
 * Safe by construction: an option is "right" only when the answer's own lead names it (the words before its first
 * ':' or ';', where the answer's verdict is; the rest of the sentence only when the lead names none and is no "No"); a
 * stem the pipeline can't answer leaves the question as it was.
 */
import { SMALL_NUMBER_WORDS, SMALL_ORDINAL_WORDS } from '../text/number-words.js';

/** One option offered: its label as written ("a", "B", "2", or "" for an unlabelled list) and its words. */
export interface Choice {
  label: string;
  text: string;
}

export interface Choices {
  /** The question without its options (and without "pick one:", "options:"…). */
  stem: string;
  choices: Choice[];
  /**
   * What is asked of the pipeline: the stem; a stem that asks yes or no or ends where its answer goes ("was the 4th JIC
   * held in: …", "the founding MOU was signed in ___") with the options as its alternatives ("… in Singapore, Shenzhen
   * or Beijing?"); a stem asking which is NOT so, without its "not" (the options it names are then the ones that are).
   */
  asked: string;
  /** Asked which is not so: the options its answer does not name are the answer. */
  negated: boolean;
}

// A cheap gate before any parsing: a label ("(a)", "b)", "C.", "2)", "A、") or a word that offers choices.
const GATE =
  /(?:^|[\s:：;；,，?？(（])[(（]?(?:[a-eA-E1-5])[)）.．:：、]|\b(?:options?|choices?|pick one|choose one|choose from|select one|multiple[- ]choice|quiz)\b|选择题|单选|多选|选项|\b(?:was|is)\s+it\s+\S[^?]*,[^?]*\bor\b/i;

// A label and where it sits: "(a)", "（A）" anywhere (Chinese runs them on: "…？（A）4（B）8"); "a)", "a.", "a:", "A、"
// after the start, a space or punctuation.
const LABEL =
  /(?:(^|[\s:：;；,，?？!！—–-])|(?=[(（]))(?:[(（]([a-eA-E1-5])[)）]|(?<![^\s:：;；,，?？!！—–-])([a-eA-E1-5])[)）.．:：、])(?=\s*\S)/g;

// Words that offer the choices, cut from the stem ("multiple choice:", "pick one —", "…? options:").
const CUE_LEAD =
  /^\s*(?:(?:multiple[- ]choice(?:\s+question)?|quiz(?:\s+question)?|quick\s+quiz|pick\s+one|choose\s+one|select\s+one|one\s+answer)\s*[:：,—–-]*\s*|选择题\s*[:：]?\s*|单选题?\s*[:：]?\s*|多选题?\s*[:：]?\s*)/i;
const CUE_TAIL =
  /[\s,，;；:：—–-]*(?:(?:the\s+)?(?:options?|choices?|answers?)(?:\s+are)?|pick\s+one|choose\s+one|choose\s+from|select\s+one|选项(?:有|是)?)?\s*[:：—–-]?\s*$/i;

type Found = Pick<Choices, 'stem' | 'choices'>;

/** The options a question offers, and the question without them; undefined when it offers none. */
export function choicesIn(raw: string): Choices | undefined {
  const text = raw.trim();
  if (!GATE.test(text)) return undefined;
  const found = labelled(text) ?? listed(text);
  return found && { ...found, ...askedOf(found.stem, found.choices) };
}

// A stem that asks yes or no, or stops where its answer goes: the options are its alternatives.
const YES_NO = /^(?:was|were|is|are|did|does|do|has|have|had|can|could|will|would)\b/i;
const OPEN_END = /(?:\b(?:in|at|on|by|with|from|to|of|for|as|between)|_{2,}|\.{3}|…)\s*[?？]?$/i;
const WH = /\b(?:which|what|who|whom|whose|when|where|how)\b/i;
const NOT = /\b(?:not|never)\b|\b(is|was|are|were|did|does|do|has|have|had)n[’']t\b/i;

function askedOf(stem: string, choices: readonly Choice[]): { asked: string; negated: boolean } {
  if (/\p{Script=Han}/u.test(stem)) return { asked: stem, negated: false };
  const bare = stem
    .replace(/[?？]$/, '')
    .replace(/_{2,}|\.{3}|…/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (WH.test(bare) && NOT.test(bare) && !/\bor not\b/i.test(bare))
    return {
      asked: `${bare
        .replace(NOT, (_, aux?: string) => aux ?? '')
        .replace(/\s+/g, ' ')
        .trim()}?`,
      negated: true,
    };
  if (YES_NO.test(bare) || (OPEN_END.test(stem) && !WH.test(bare))) {
    const texts = choices.map((c) => c.text);
    const alts = `${texts.slice(0, -1).join(', ')} or ${texts[texts.length - 1] ?? ''}`;
    // ("The founding MOU was signed in: …" asked as "was the founding MOU signed in …": a statement of the first
    // option would be read as a premise to correct.)
    const stated = YES_NO.test(bare) ? undefined : /^(.+?)\s+(was|were|is|are)\s+(.+)$/i.exec(bare);
    const q = stated ? `${stated[2] ?? ''} ${stated[1] ?? ''} ${stated[3] ?? ''}` : bare;
    return { asked: `${q} ${alts}?`, negated: false };
  }
  return { asked: stem, negated: false };
}

/** "(a) X (b) Y (c) Z", "A. X B. Y", "1) X 2) Y": labels in order from a/A/1, two at least, to the end. */
function labelled(text: string): Found | undefined {
  const found: { at: number; end: number; key: string }[] = [];
  for (const m of text.matchAll(LABEL)) {
    const key = (m[2] ?? m[3] ?? '').toLowerCase();
    const at = (m.index ?? 0) + (m[1] ?? '').length;
    found.push({ at, end: (m.index ?? 0) + m[0].length, key });
  }
  const order = (k: string) => ('abcde'.includes(k) ? 'abcde'.indexOf(k) : Number(k) - 1);
  for (let i = 0; i < found.length; i += 1) {
    const first = found[i];
    if (!first || order(first.key) !== 0) continue;
    const run = [first];
    const digits = /\d/.test(first.key);
    for (const next of found.slice(i + 1)) {
      if (/\d/.test(next.key) === digits && order(next.key) === run.length) run.push(next);
    }
    if (run.length < 2) continue;
    const choices = run.map((l, k) => ({
      label: text
        .slice(l.at, l.end)
        .replace(/[^a-zA-Z0-9]/g, '')
        .toLowerCase(),
      text: clean(text.slice(l.end, run[k + 1]?.at ?? text.length)),
    }));
    if (choices.some((c) => !c.text || c.text.length > 80)) continue;
    const stem = stemOf(text.slice(0, first.at));
    if (!stem) continue;
    return { stem, choices };
  }
  return undefined;
}

/**
 * Unlabelled options after a word that offers them: "pick one: how many MOUs at the 3rd JIC? 4, 8 or 14", "when was
 * the 1st JIC? options: 2019, 2020, 2021", "where was the 4th JIC, was it Singapore, Shenzhen or Beijing?".
 */
function listed(text: string): Found | undefined {
  const cued = CUE_LEAD.test(text) || /\b(?:options?|choices?)\s*[:：]|选项/i.test(text);
  let stem: string;
  let rest: string;
  const wasIt = /^(.*?\S)[\s,，;；:—–-]+(?:so\s+)?(?:was|is)\s+it\s+([^?]*,[^?]*\bor\b[^?]*)\??\s*$/i.exec(text);
  if (wasIt && /\b(?:what|which|who|when|where|how)\b/i.test(wasIt[1] ?? '')) {
    stem = wasIt[1] ?? '';
    rest = wasIt[2] ?? '';
  } else if (cued) {
    const cue = /(?:\b(?:the\s+)?(?:options?|choices?)(?:\s+are)?\s*[:：]|选项(?:有|是)?\s*[:：]?)/i.exec(text);
    const q = /[?？](?=\s*\S)/g;
    let last = -1;
    for (const m of text.matchAll(q)) last = m.index ?? last;
    const cut = cue && cue.index > 0 ? cue.index : last >= 0 ? last + 1 : -1;
    if (cut < 0) return undefined;
    stem = text.slice(0, cut);
    rest = text.slice(cue && cue.index > 0 ? cue.index + cue[0].length : cut);
  } else return undefined;
  const choices = rest
    .split(/\s*(?:,|，|、|\/|;|；|\bor\b|还是|或者?)\s*/i)
    .map(clean)
    .filter(Boolean)
    .map((t) => ({ label: '', text: t }));
  if (choices.length < 2 || choices.length > 6 || choices.some((c) => c.text.length > 60)) return undefined;
  const s = stemOf(stem);
  return s ? { stem: s, choices } : undefined;
}

/** An option's words without the joiners and the question's end ("Chongqing?", "8, or", "the 4th."). */
const clean = (s: string) =>
  s
    .trim()
    .replace(/^(?:or\s+|还是|或者?)/i, '')
    .replace(/(?:[\s,，;；、]+(?:or|还是|或者?))?[\s,，;；、.。?？!！]*$/i, '')
    .trim();

/** The question before its options, with the words that offer them cut, asked as a question. */
function stemOf(before: string): string | undefined {
  const s = before.replace(CUE_LEAD, '').replace(CUE_TAIL, '').trim();
  if (s.split(/\s+/).length < 2 && [...s].length < 4) return undefined;
  return /[?？]$/.test(s) ? s : `${s}${/\p{Script=Han}/u.test(s) ? '？' : '?'}`;
}

// ── Finding an option in the answer ──

const WORD_NUMBERS: Record<string, number> = {
  zero: 0,
  ...SMALL_NUMBER_WORDS,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const ZH_DIGITS = ['零', '一', '二', '三', '四', '五'];
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
// A date written out: its numbers are no count ("14 Dec 2023" holds no 14 projects), nor a year's.
const DATES =
  /\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\d{4}年\d{1,2}月(?:\d{1,2}日)?/gi;
const YEARS = /\b(?:19|20)\d\d\b|(?:19|20)\d\d年/g;

const ordinalOf = (n: number) => `${n}${(['th', 'st', 'nd', 'rd'] as const)[n] ?? 'th'}`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name in a text: at word edges where it is written in letters, anywhere where in Chinese characters. */
// (A word joined to another by a dash is part of another name: "China–Singapore Joint Council" names no Singapore.)
const nameIn = (name: string, text: string) =>
  name.length >= 2 &&
  new RegExp(
    `${/^\w/.test(name) ? '(?<![\\w–—-])' : ''}${esc(name).replace(/\s+/g, '\\s+')}${/\w$/.test(name) ? '(?![\\w–—-])' : ''}`,
    'i',
  ).test(text);

/** What an option names, for finding it in a text: a meeting, a count, a year, a date, names, or its words. */
export type Finder = (text: string) => boolean;

/**
 * How to find an option in an answer. `names` gives the names the data has for what the option's words name (an
 * organisation's name and short names, a person's), from the pipeline's own reading of them.
 */
export function finderOf(option: string, names: (text: string) => string[]): Finder {
  const t = option
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .trim();
  const low = t.toLowerCase();
  // A meeting by its ordinal: "the 2nd", "second", "2nd JIC", "JIC 2", "第二次".
  const ord =
    /^(\d)(?:st|nd|rd|th)\b(?:\s+(?:jic|meeting|jic meeting|one))?$/.exec(low)?.[1] ??
    /^(?:jic|meeting)\s*(\d)$/.exec(low)?.[1] ??
    String(
      SMALL_ORDINAL_WORDS[
        /^(first|second|third|fourth|fifth)\b(?:\s+(?:jic|meeting|jic meeting|one))?$/.exec(low)?.[1] ?? ''
      ] ?? '',
    );
  const zhOrd = /^第([一二三四五1-5])次/.exec(t)?.[1];
  const meeting = Number(ord || (zhOrd ? (WORD_NUMBERS[zhOrd] ?? zhOrd) : NaN));
  if (meeting >= 1 && meeting <= 5) {
    const re = new RegExp(
      `\\b${ordinalOf(meeting)}\\b|${ORDINAL_WORDS_OF[meeting] ?? 'x^'}|第${ZH_DIGITS[meeting]}次`,
      'i',
    );
    return (x) => re.test(x);
  }
  // A year: "2019", "in 2019", "2019年".
  const year = /^(?:in\s+)?((?:19|20)\d\d)年?$/.exec(low)?.[1];
  if (year) return (x) => new RegExp(`\\b${year}\\b|${year}年`).test(x);
  // A date: "15 Oct 2019", "October 2019", "Oct 15, 2019".
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i.exec(low);
  if (month && /\d/.test(low)) {
    const m = month[1] ?? '';
    const y = /\b((?:19|20)\d\d)\b/.exec(low)?.[1];
    const d = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(low.replace(/\b(?:19|20)\d\d\b/, ''))?.[1];
    const mm = MONTHS.indexOf(m) + 1;
    const en = new RegExp(`${d ? `\\b${Number(d)}\\s+` : '\\b'}${m}[a-z]*\\.?${y ? `\\s+${y}\\b` : ''}`, 'i');
    const zh = new RegExp(`${y ?? '\\d{4}'}年${mm}月${d ? `${Number(d)}日` : ''}`);
    return (x) => en.test(x) || zh.test(x);
  }
  // A count: "8", "eight", "八", "8 MOUs" — never a number of a date, a year or an ordinal.
  const num =
    /^(\d+|[a-z]+|[一二两三四五六七八九十])(?:\s*(?:mous?|projects?|partners?|meetings?|个|份|项|次))?$/i.exec(
      low,
    )?.[1];
  const n = num === undefined ? NaN : /^\d+$/.test(num) ? Number(num) : (WORD_NUMBERS[num] ?? NaN);
  if (!Number.isNaN(n)) {
    const re = new RegExp(
      `(?<![\\d.,])${n}(?![\\d]|st\\b|nd\\b|rd\\b|th\\b|年|月|日)|\\b${NUMBER_WORDS_OF[n] ?? 'x^'}\\b`,
      'i',
    );
    return (x) => re.test(x.replace(DATES, ' ').replace(YEARS, ' '));
  }
  // Names the data gives what the words name; else the words themselves.
  const known = names(t);
  const all = [t, ...known].filter((s) => s.length >= 2);
  return (x) => all.some((s) => nameIn(s, x));
}

const ORDINAL_WORDS_OF: Record<number, string> = Object.fromEntries(
  Object.entries(SMALL_ORDINAL_WORDS).map(([w, n]) => [n, w]),
);
const NUMBER_WORDS_OF: Record<number, string> = Object.fromEntries(
  Object.entries(WORD_NUMBERS)
    .filter(([k]) => /^[a-z]+$/.test(k))
    .map(([k, v]) => [v, k]),
);

/** The lead of an answer: its words before the first ':' or ';' outside brackets (where its verdict is). */
export function leadOf(sentence: string): string {
  let depth = 0;
  for (let i = 0; i < sentence.length; i += 1) {
    const ch = sentence[i] ?? '';
    if ('(（'.includes(ch)) depth += 1;
    else if (')）'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ':;：；'.includes(ch)) return sentence.slice(0, i);
  }
  return sentence;
}

// An answer whose lead says nothing matches ("No JIC meeting … was held in Singapore: …"): its rest lists others.
const NO_LEAD =
  /^(?:No|None|Neither|Not|Nothing|Nobody|That isn't|The sources (?:don't|do not|give no|name no)|没有|并非|不是|资料中没有)/;

/** The options an answer names: in its lead first; else in the rest of it, unless its lead says no. */
export function chosen(c: Choices, finders: readonly Finder[], sentence: string, lines: readonly string[]): number[] {
  const lead = leadOf(sentence);
  const inLead = finders.flatMap((f, i) => (f(lead) ? [i] : []));
  const rest = [sentence, ...lines].join('\n');
  const named =
    inLead.length || NO_LEAD.test(sentence.trim()) ? inLead : finders.flatMap((f, i) => (f(rest) ? [i] : []));
  return c.negated ? c.choices.flatMap((_, i) => (named.includes(i) ? [] : [i])) : named;
}

/** An option as the reply names it: "(b) Peking University", "B（深圳）", or its words alone where unlabelled. */
const named = (c: Choice, zh: boolean) =>
  c.label ? (zh ? `${c.label.toUpperCase()}（${c.text}）` : `(${c.label}) ${c.text}`) : c.text;

const joined = (xs: string[], zh: boolean) =>
  zh ? xs.join('、') : xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1] ?? ''}`;

/** The answer's sentence led by the option(s) it names, or by "none of the options" where it names none. */
export function choiceLead(
  choices: readonly Choice[],
  picked: readonly number[],
  sentence: string,
  zh?: 'zh-CN' | 'zh-TW',
): string {
  const names = picked.map((i) => named(choices[i] as Choice, !!zh));
  if (zh) {
    const tw = zh === 'zh-TW';
    if (!picked.length) return `${tw ? '所給選項都不符合來源' : '所给选项都不符合来源'}：${sentence}`;
    return `${tw ? '選' : '选'} ${joined(names, true)}：${sentence}`;
  }
  if (!picked.length) return `None of the options given: ${sentence}`;
  return `${joined(names, false)} — ${sentence}`;
}
