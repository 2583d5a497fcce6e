// "How many buyers did OneSME have?", "how many trials did DBS run?", "how big is TusStar's network?": the figure a
// sourced text itself states for what the question counts — never a count of records on file, never the whole text
// as if it were the answer. Pure: a text and the question's normal form in, the words of the text out.
import { MONTH_ABBR, MONTH_ABBR_TITLE, monthNumber } from '../text/months.js';

/** A figure a text states: its own words around the number, and the date it is given "as at", if the text has one. */
export interface Figure {
  /** The text's words that state the figure ("118 Singapore SME suppliers", "DBS one"), as the text writes them. */
  span: string;
  /** "as at 30 Jun 2021", when the text dates its figures and the span does not say it. */
  asAt?: string;
  /** The noun the question counts, for a span that ends on its number ("UOB ran two" → "trials"): not the text's words. */
  noun?: string;
}

const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|dozens?|hundreds?|thousands?';
// A number with what qualifies it ("more than 10,000"), never a year or a day of a date ("Sept 2020", "30 Jun 2021").
const NUMBER = new RegExp(
  `(?:\\b(?:more than|over|about|around|nearly|almost|at least|up to|some) )?(?:\\b\\d[\\d,]*(?:\\.\\d+)?\\b(?! (?:${MONTH_ABBR_TITLE})[a-z]*\\b)|\\b(?:${NUMBER_WORD})\\b)`,
  'gi',
);
const YEAR = /^(?:19|20)\d\d$/;
export const AS_AT = /\bas (?:at|of) \d{1,2} [A-Z][a-z]+ \d{4}\b/;
// Pieces of a text: its clauses and list items (a comma inside a number, "10,000", is no break).
const BREAK = /,(?!\d)|;|:|\(|\)|\band\b/;
// Words that only shape a question about a figure ("how many … did … have"): never what is counted.
const SHAPE = new Set(
  (
    'how many much big large size number figure count total did does do have has had run ran was were is are there ' +
    'the an of in on at for to with by from and or what which who whom whose when where why that this these those ' +
    'it its they them their there you your me tell know say said says sci jic all any some use used using get got'
  ).split(' '),
);
// Words that end a figure's noun phrase ("163 Chinese enterprise buyers | as at …").
const PHRASE_END = /^(?:as|at|in|on|for|with|by|to|from|of|and|or|which|that|who|launched|since)$/i;

// An ordinal tells apart figures the same text gives ("10 in its first batch, 8 in its second").
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)$/i;

const stem = (w: string) =>
  w
    .toLowerCase()
    .replace(/(?:ies|es|s)$/, '')
    .slice(0, 6);

// Everyday words for the texts' "companies", by stem ("how many startups did XNode take in altogether").
const EVERYDAY: Readonly<Record<string, string>> = { startu: 'compan', firm: 'compan', busine: 'compan' };

/** The question's own words a figure is asked by ("sme suppliers onesme"), by stem. */
function askedWords(question: string): Set<string> {
  return new Set(
    question
      .split(' ')
      .filter((w) => w.length >= 3 && !SHAPE.has(w) && !/^\d/.test(w))
      .map((w) => EVERYDAY[stem(w)] ?? stem(w)),
  );
}

interface Piece {
  text: string;
  words: string[];
  /** Index in `words` of each number that is a figure (not a year). */
  numbers: number[];
  hits: number[];
}

function piecesOf(text: string, asked: Set<string>): Piece[] {
  return text
    .split(BREAK)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const words = p.split(/\s+/);
      const numbers: number[] = [];
      for (const m of p.matchAll(NUMBER)) {
        const bare = m[0].replace(/^(?:more than|over|about|around|nearly|almost|at least|up to|some) /i, '');
        if (YEAR.test(bare)) continue;
        numbers.push(p.slice(0, m.index).split(/\s+/).filter(Boolean).length);
      }
      const hits = words.flatMap((w, i) => (asked.has(stem(w.replace(/[^\p{L}\p{N}-]/gu, ''))) ? [i] : []));
      return { text: p, words, numbers, hits };
    })
    .filter((p) => p.numbers.length > 0);
}

/** The words of a piece that state its figure: from the asked word or the number, to the end of its noun phrase. */
function spanOf(p: Piece): string {
  const num = p.numbers[0] ?? 0;
  let from = num;
  // (Its qualifier: "more than 10,000"; then a name asked right before it: "DBS one".)
  while (
    from > 0 &&
    /^(?:more|than|over|about|around|nearly|almost|at|least|up|to|some)$/i.test(p.words[from - 1] ?? '')
  )
    from -= 1;
  if (p.hits.includes(from - 1)) from -= 1;
  else if (p.hits.includes(from - 2) && /^(?:ran|run|had|has|have|was|were|is|are|did)$/i.test(p.words[from - 1] ?? ''))
    from -= 2;
  let to = num + 1;
  while (to < p.words.length && !PHRASE_END.test(p.words[to] ?? '')) to += 1;
  const last = Math.max(to, ...p.hits.map((i) => i + 1));
  return p.words.slice(from, last).join(' ');
}

const LARGEST = / (?:biggest|largest|most|highest|greatest|top) /;
const SMALLEST = / (?:smallest|fewest|least|lowest) /;

/**
 * "Which was the biggest: partners, suppliers or buyers?", "the smallest batch": of the pieces set against each other,
 * the one with the largest (smallest) number — never all of them, as if the question had not picked one. Where a piece
 * the question's words missed holds a number beyond it ("8 in its second" beside "10 … in its first batch"), none:
 * the pick could be the wrong one, so no figure leads.
 */
function extreme(chosen: Piece[], all: Piece[], question: string): Piece[] {
  const most = LARGEST.test(question);
  if (!most && !SMALLEST.test(question)) return chosen;
  const value = (p: Piece) => Number((p.words[p.numbers[0] ?? 0] ?? '').replace(/[^\d.]/g, '')) || undefined;
  if (chosen.some((p) => value(p) === undefined)) return chosen;
  const beyond = (a: Piece, b: Piece) => (value(b) ?? 0) > (value(a) ?? 0) === most && value(b) !== value(a);
  const pick = chosen.reduce((a, b) => (beyond(a, b) ? b : a));
  return all.some((p) => !chosen.includes(p) && value(p) !== undefined && beyond(pick, p)) ? [] : [pick];
}

/**
 * The figure a text gives for what the question counts: the pieces that hold a number and most of the question's
 * own words (several when they tie, or when the question sets them against each other: "suppliers vs buyers").
 * Undefined when no piece with a number shares a word with the question.
 */
export function figureIn(text: string, question: string): Figure | undefined {
  const asked = askedWords(question);
  if (!asked.size) return undefined;
  // A piece that names another ordinal than the question's answers another question ("the second batch" is never
  // the first batch's 10); one that names the question's own ordinal is the one asked.
  const ordinals = question.split(' ').filter((w) => ORDINAL.test(w));
  const ordinalsOf = (p: Piece) =>
    p.words.map((w) => w.replace(/\W/g, '').toLowerCase()).filter((w) => ORDINAL.test(w));
  const pieces = piecesOf(text, asked)
    .filter((p) => !ordinals.length || ordinalsOf(p).every((o) => ordinals.includes(o)))
    .map((p) => ({ ...p, hits: [...p.hits, ...(ordinalsOf(p).length ? p.hits.slice(0, 1) : [])] }));
  const best = Math.max(0, ...pieces.map((p) => p.hits.length));
  if (best === 0) return undefined;
  const against = / (?:vs|versus|against|compared|and|or) /.test(question);
  const chosen = extreme(
    pieces.filter((p) => p.hits.length === best || (against && p.hits.length > 0)),
    pieces,
    question,
  );
  if (!chosen.length) return undefined;
  const spans = [...new Set(chosen.map(spanOf))];
  const span = spans.join(', ');
  // ("How many trials did UOB run?": a span that ends on its number — "UOB ran two" — is said with the noun counted.)
  const counted = / how many (?:[a-z]+ ){0,3}?([a-z]{3,}s) (?:did|does|do|were|was|are|is|has|have|had) /.exec(
    question,
  )?.[1];
  const bare = spans.length === 1 && new RegExp(`(?:\\d|\\b(?:${NUMBER_WORD}))$`, 'i').test(span);
  const noun = counted && bare ? (/\b(?:one|1)$/i.test(span) ? counted.replace(/s$/, '') : counted) : undefined;
  const asAt = AS_AT.exec(text)?.[0];
  return { span, ...(asAt && !span.includes(asAt) ? { asAt } : {}), ...(noun ? { noun } : {}) };
}

const WORD_VALUE: Record<string, number> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, i + 1]),
);

/**
 * Asked which of a text's figures is the largest or the smallest ("which OneSME figure was biggest?", "which XNode
 * batch was bigger?", "more suppliers or buyers?"): its order, or undefined where nothing is ranked.
 */
export function rankAsked(question: string, most: boolean): 'most' | 'fewest' | undefined {
  if (/ (?:smallest|fewest|lowest|least|minimum) /.test(question)) return 'fewest';
  if (most || / (?:biggest|largest|highest|greatest|maximum) /.test(question)) return 'most';
  // (A comparative ranks only where the question sets things against each other: "which …", "A or B".)
  const against = / (?:which|or) /.test(question);
  if (against && / (?:fewer|smaller|lower) /.test(question)) return 'fewest';
  if (against && / (?:more|bigger|larger|higher|greater) /.test(question)) return 'most';
  return undefined;
}

// A sum asked of a text's figures: "combined", "in total", "altogether", "across both batches", "added up".
const SUM =
  / (?:combined|together|altogether|in total|total|in all|all told|sum|add up|added up|adds up|across both|both batches) /;

/**
 * "How many companies did XNode take in across both batches?", "OneSME suppliers and buyers combined?": the figures of
 * one text the question names, added up — "18 (10 companies in its first batch + 8 in its second)" — never the first
 * figure alone as if it were the total. A figure the question's words miss joins one they name when both are told apart
 * by an ordinal ("8 in its second" beside "10 … in its first batch"). Undefined for fewer than two, or no sum asked.
 */
export function summedIn(text: string, question: string): string | undefined {
  if (!SUM.test(question)) return undefined;
  const asked = askedWords(question);
  const figures = figuresOf(text.replace(AS_AT, ''));
  const named = (words: string) =>
    words.split(/\s+/).some((w) => asked.has(stem(w.replace(/[^\p{L}\p{N}-]/gu, ''))) && !/^\d/.test(w));
  const ordinal = (words: string) => words.split(/\s+/).some((w) => ORDINAL.test(w.replace(/\W/g, '')));
  const chosen = figures.filter((f) => named(f.words));
  const series = chosen.some((f) => ordinal(f.words)) ? figures.filter((f) => ordinal(f.words)) : [];
  const added = [...new Set([...chosen, ...series])];
  if (added.length < 2) return undefined;
  const total = added.reduce((n, f) => n + f.value, 0);
  const asAt = AS_AT.exec(text)?.[0];
  return `${total} in all (${added.map((f) => f.words).join(' + ')})${asAt ? `, ${asAt}` : ''}`;
}

/** A figure's value as a number ("10,000" → 10000, "two" → 2); undefined for words like "dozens". */
function valueOf(figure: string): number | undefined {
  const bare = figure.replace(/^(?:more than|over|about|around|nearly|almost|at least|up to|some) /i, '').toLowerCase();
  if (/^\d/.test(bare)) return Number(bare.replace(/,/g, ''));
  return WORD_VALUE[bare];
}

/**
 * Every figure a text states, with its own words ("163 Chinese enterprise buyers", "10 companies in its first batch",
 * "UOB ran two") and its value: one a piece, so a question that ranks them ("which OneSME figure was biggest?",
 * "which bank ran the most trials?") reads them off the text. The text's "as at" date is left to the caller.
 */
export function figuresOf(text: string): Array<{ words: string; value: number }> {
  const out: Array<{ words: string; value: number }> = [];
  for (const p of piecesOf(text.replace(AS_AT, ''), new Set())) {
    const at = p.numbers[0] ?? 0;
    const figure = [...p.text.matchAll(NUMBER)].map((m) => m[0]).find((m) => !YEAR.test(m.replace(/^\D+ /, '')));
    const value = figure ? valueOf(figure) : undefined;
    if (value === undefined || p.numbers.length !== 1) continue;
    // (Its words: the piece, without a verb of having before the number — "had 13 partners" → "13 partners".)
    const words = p.words
      .slice(at > 0 && /^(?:had|has|have|with|of)$/i.test(p.words[at - 1] ?? '') ? at : 0)
      .join(' ')
      .replace(/[\s.;:]+$/, '');
    out.push({ words, value });
  }
  return out;
}

// "When was OneSME launched?": the date the text gives for that very act, never the date of the meeting that reported
// it. Verbs by family, so "started" finds "launched" and "unveiled" finds only an unveiling.
const DATED = new RegExp(
  `\\b(launched|started|established|set up|founded|opened|created|began|unveiled|signed)\\s+(?:on|in)\\s+((?:\\d{1,2}\\s+)?(?:${MONTH_ABBR_TITLE})[a-z]*\\.?\\s+\\d{4}|(?:19|20)\\d\\d)\\b`,
  'g',
);
const VERB_FAMILIES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    / (?:launch|launched|launches|start|started|starts|begin|began|begun|set up|establish|established|found|founded|open|opened|create|created|created|go live|went live|kick off|kicked off) /,
    /^(?:launched|started|established|set up|founded|opened|created|began)$/,
  ],
  [/ (?:unveil|unveiled|unveiling) /, /^unveiled$/],
  [/ (?:sign|signed|signing|inked) /, /^signed$/],
];

const MONTH_IN_SPAN = new RegExp(`\\b(${MONTH_ABBR})[a-z]*\\b`, 'i');

/**
 * The parts a dated span gives ("launched on 25 Nov 2022" → year 2022, month 11, day 25; "launched in 2020" → the year
 * alone): one reading for the yes/no that checks a claimed date and for the order of two dated acts.
 */
export function datedParts(span: string): { year?: number; month?: number; day?: number } {
  const year = /\b(?:19|20)\d\d\b/.exec(span)?.[0];
  const mon = MONTH_IN_SPAN.exec(span)?.[1];
  const day = Number(/\b(\d{1,2})\s+[A-Za-z]/.exec(span)?.[1]) || undefined;
  return {
    ...(year ? { year: Number(year) } : {}),
    ...(mon ? { month: monthNumber(mon) } : {}),
    ...(day ? { day } : {}),
  };
}

/**
 * "When was the Med-Arb Protocol signed?" of "…Protocol, launched on 25 Nov 2022": the one act the text dates itself,
 * and the verb asked when it is another act's (undefined when the text dates nothing, or dates the very act asked).
 */
export function ownDateBesides(text: string, question: string): { span: string; asked?: string } | undefined {
  if (datedIn(text, question)) return undefined;
  const span = DATED.exec(text)?.[0];
  DATED.lastIndex = 0;
  if (!span) return undefined;
  const asked = VERB_FAMILIES.find(([re]) => re.test(question))?.[0]
    .exec(question)?.[0]
    .trim();
  return { span, ...(asked ? { asked } : {}) };
}

/** The words of a text that date the act the question asks about ("launched in Sept 2020"), if it dates it. */
export function datedIn(text: string, question: string): string | undefined {
  const family = VERB_FAMILIES.find(([asked]) => asked.test(question))?.[1];
  if (!family) return undefined;
  for (const m of text.matchAll(DATED)) if (family.test(m[1] ?? '')) return m[0];
  return undefined;
}
