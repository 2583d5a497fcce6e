// Two wordings offered of what someone said: "did Leong say 'greater good' or 'common good'?", "did Heng call the SCI a
// pathfinder or a trailblazer?", "which did Leong say, 'A' or 'B'?", "was it 'A' or 'B' that Leong used?". Read as one
// claim ("greater good or common good"), no quote says both, and the reply was "the sources don't quote him saying
// that" — false where one of them is his. Each wording is asked as its own question ("did Leong say 'common good'?"),
// checked against the words on file, and the answers joined with the one he said first and any quote shown once.
import { lowerFirst, type Said } from './say/common.js';

/** The question asked of each wording, with the wording as asked (for the reply's labels). */
export interface EitherAsk {
  question: string;
  wording: string;
}

const OPEN = `["“‘']`;
const CLOSE = `["”’']`;
const INSIDE = `[^"“”‘’']{2,80}`;
// Two quoted wordings joined by "or" ("'greater good' or 'common good'", "“A”, or did he say “B”", "a 'X' or a 'Y'").
const QUOTED_PAIR = new RegExp(
  `(?:\\b(?:a|an|the)\\s+)?${OPEN}(${INSIDE})${CLOSE}\\s*,?\\s+or\\s+(?:(?:did|does|do)\\s+(?:he|she|they|it)\\s+(?:say|use|call it)\\s+|(?:was|is)\\s+it\\s+)?(?:(?:a|an|the)\\s+)?${OPEN}(${INSIDE})${CLOSE}`,
  'i',
);
// A verb of saying, after which an unquoted "A or B" is what was said.
const SAY =
  /\b(?:say|said|says|call|called|calls|describe|described|describes|use|used|uses|mention|mentioned|mentions|state|stated|write|wrote|refer(?:red)? to|(?:talk|talked|speak|spoke) (?:of|about)|put it as)\b/i;
// What closes the wordings asked and is not one of them ("… at the 4th JIC?", "… in 2023").
const AFTER =
  /\s+(?:at|in|during|on|back in|when|while)\s+(?:the\s+)?(?:\d|first|second|third|fourth|jic|meeting|19\d\d|20\d\d)[\s\S]*$/i;
const ARTICLE = /^(?:as\s+)?(?:a|an|the)\s+/i;

/** The two wordings a question offers, with the question asked of each; undefined when it offers no two. */
export function eitherWording(raw: string): [EitherAsk, EitherAsk] | undefined {
  const text = raw.trim();
  const quoted = QUOTED_PAIR.exec(text);
  if (quoted) {
    const [span, a = '', b = ''] = quoted;
    const head = text.slice(0, quoted.index);
    const tail = text.slice(quoted.index + span.length);
    return [a, b].map((w) => ({ question: asYesNo(head, `"${w}"`, tail), wording: w })) as [EitherAsk, EitherAsk];
  }
  // Unquoted: "did Heng call the SCI a pathfinder or a trailblazer?": the second wording's words, and as many words
  // before "or" as the first (the rest is what both share: "call the SCI").
  const verb = SAY.exec(text);
  if (!verb) return undefined;
  const from = verb.index + verb[0].length;
  const or = text.slice(from).search(/\s+or\s+/i);
  if (or < 0) return undefined;
  const left = text.slice(from, from + or);
  const rightAll = text.slice(from + or).replace(/^\s+or\s+/i, '');
  const after = AFTER.exec(rightAll);
  const tail = `${after ? after[0] : ''}`.replace(/[?.!\s]+$/, '');
  const right = (after ? rightAll.slice(0, after.index) : rightAll).replace(/[?.!\s]+$/, '').trim();
  const y = right.replace(ARTICLE, '');
  const n = y.split(/\s+/).length;
  const leftWords = left.trim().split(/\s+/);
  if (!y || n > 4 || SAY.test(y) || leftWords.length < n) return undefined;
  const x = leftWords.slice(-n).join(' ');
  const xs = leftWords.slice(0, -n);
  // ("a pathfinder or a trailblazer": the article before each is the question's, kept before the one asked.)
  const article = ARTICLE.test(x) ? '' : ARTICLE.test(right) ? (xs.pop() ?? '') : '';
  const head = `${text.slice(0, from)} ${xs.join(' ')}`.replace(/\s+/g, ' ');
  return [x, y].map((w) => ({
    question: asYesNo(head, `${article ? `${article} ` : ''}"${w.replace(ARTICLE, '')}"`, `${tail}?`),
    wording: w.replace(ARTICLE, ''),
  })) as [EitherAsk, EitherAsk];
}

/**
 * The question asked of one wording, as "did X say 'A'?": the forms that put the choice first ("which did Leong say,
 * 'A' or 'B'?", "was it 'A' or 'B' that Leong used?", "'A' or 'B': which did Leong say?") said as the claim they check.
 */
function asYesNo(head: string, wording: string, tail: string): string {
  const h = head
    .trim()
    .replace(/[,:;—-]+$/, '')
    .trim();
  const t = tail
    .trim()
    .replace(/^[,:;—-]+/, '')
    .trim();
  // "Which (one/wording) did Leong say, 'A' or 'B'?"
  const which =
    /^(?:so\s+)?(?:which|what)(?:\s+(?:one|wording|word|words|phrase|term|of these|of the two))?\s+(did|does|do|has|had)\s+(.+)$/i.exec(
      h,
    );
  if (which && !/[a-z]/i.test(t.replace(/[?.!]/g, ''))) return `${which[1]} ${which[2]} ${wording}?`;
  // "Was it 'A' or 'B' that Leong said (at the 4th JIC)?"
  const wasIt = /^(?:so\s+)?(?:was|is)\s+it$/i.exec(h);
  const that = /^(?:that|which)\s+(.+?)\s+(said|says|used|uses|called|calls|meant|mentioned)\b(.*)$/i.exec(t);
  if (wasIt && that) return `did ${that[1]} ${baseOf(that[2] ?? '')} ${wording}${that[3] ?? ''}`.replace(/\s+\?/, '?');
  // "'A' or 'B': which did Leong say?", "'A' or 'B' — what did Leong call it?"
  const after = /^(?:which|what)(?:\s+(?:one|of these|of the two))?\s+(did|does|do)\s+(.+?)\s*\??$/i.exec(t);
  if (!h && after) return `${after[1]} ${after[2]} ${wording}?`;
  return `${h} ${wording}${t ? (/^[?.!]/.test(t) ? t : ` ${t}`) : '?'}`.replace(/\s+/g, ' ').trim();
}

const BASE: Record<string, string> = {
  said: 'say',
  says: 'say',
  used: 'use',
  uses: 'use',
  called: 'call',
  calls: 'call',
  meant: 'mean',
  mentioned: 'mention',
};
const baseOf = (verb: string) => BASE[verb.toLowerCase()] ?? verb;

const YES = /^Yes\b/;
// A quotation in a sentence (curly quotes, as the replies print them).
const QUOTED = /“[^”]{20,}”/g;

/**
 * The answers to each wording as one reply: the one said first, each labelled with its wording; a quotation an earlier
 * answer shows is not shown again (the sentence that only repeats it goes, or it is pointed to); the same answer to
 * both ("the sources don't quote him saying that") said once, of neither.
 */
export function joinEither(asked: readonly EitherAsk[], said: readonly Said[]): Said[] {
  const order = said
    .map((s, i) => i)
    .sort((i, j) => Number(YES.test(said[j]?.sentence ?? '')) - Number(YES.test(said[i]?.sentence ?? '')));
  const [a, b] = said;
  if (a && b && a.sentence === b.sentence && !YES.test(a.sentence)) {
    const names = asked.map((x) => `“${x.wording}”`);
    return [{ ...a, sentence: `Neither ${names.join(' nor ')}: ${lowerFirst(a.sentence)}` }];
  }
  const shown: string[] = [];
  return order.map((i, k) => {
    const s = said[i] as Said;
    const sentence = k === 0 ? s.sentence : withoutRepeats(s.sentence, shown);
    shown.push(...(s.sentence.match(QUOTED) ?? []));
    return { ...s, sentence: `“${asked[i]?.wording ?? ''}” — ${sentence}` };
  });
}

/** A sentence with the quotations already shown cut: a sentence that carries one goes, unless it is the first. */
function withoutRepeats(text: string, shown: readonly string[]): string {
  // (Sentences are split outside the quotations: a quotation holds sentences of its own.)
  const quotes: string[] = [];
  const held = text.replace(QUOTED, (q) => `\u0000${quotes.push(q) - 1}\u0000`);
  const back = (x: string) => x.replace(/\u0000(\d+)\u0000/g, (_, i: string) => quotes[Number(i)] ?? '');
  const sentences = held.split(/(?<=[.\u0000])\s+(?=[A-Z\u0000])/).map(back);
  const repeats = (x: string) => (x.match(QUOTED) ?? []).some((q) => shown.includes(q));
  return sentences
    .filter((x, i) => i === 0 || !repeats(x))
    .map((x) =>
      repeats(x)
        ? x
            .replace(QUOTED, (q) => (shown.includes(q) ? '(the words quoted above)' : q))
            .replace(/:\s*\(the words quoted above\)$/, ' (the words quoted above).')
        : x,
    )
    .join(' ');
}
