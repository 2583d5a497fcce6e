// "What is TradeTrust?", "what's the Asian SME Hub?": what a meeting's named outcome IS, in its own text's words — the
// definition the text gives the name ("An Asian SME Hub: the B2B platform …", "TusStar, a technology incubator in China
// …", "IMDA's TradeTrust pilot for electronic Bills of Lading …", "the OneSME platform"), said before the meeting
// that reported it. Nothing is made up: every word after "is" is the text's own.
import type { Dataset } from '../dataset/index.js';
import type { Understanding } from './understand.js';

/** The question asks what something is or does, not one of its attributes. */
export const asksWhatItIs = (text: string): boolean =>
  / (?:what (?:is|are|was|were) |what does |what do |what s |tell me (?:about|what) |explain |describe |define |what .*\bmean |是什么|是甚麼|什么是|什麼是|是做什么|是做什麼|是干什么|做什么|做甚麼|介绍|介紹)/.test(
    ` ${text} `,
  ) && !/ (?:when|where|who|whom|how many|how much|why|which) /.test(` ${text} `);

export interface Definition {
  /** "The Asian SME Hub is the B2B platform Eezee.sg …" (no full stop). */
  sentence: string;
  /** The definition says the whole of the text (nothing else in it to report). */
  whole: boolean;
  /** The text without the definition, where the definition was a clause of it ("IMDA deepens … with TusStar: …"). */
  rest?: string;
}

const CAP = /^[A-Z][\w.'’]*$|^[\w.]*[A-Z][\w.]*$/;

/**
 * The name as the text spells it, around the words asked (`phrase`, normalised: lower case, spaces): widened to the
 * capitalised words before it ("Joint Innovation Call" → "Shenzhen–Singapore Joint Innovation Call").
 */
function nameIn(text: string, phrase: string): { start: number; end: number } | undefined {
  const words = phrase.split(' ').filter(Boolean);
  if (!words.length) return undefined;
  const esc = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(`(?<![\\w])${esc.join('[\\s–-]+')}(?![\\w])`, 'i').exec(text);
  if (!m) return undefined;
  let start = m.index;
  // (Capitalised words joined to it by a space or a dash belong to the name; "A", "An", "The" open the sentence.)
  for (;;) {
    const before = /([\w.'’]+)([\s–-])$/.exec(text.slice(0, start));
    if (!before?.[1] || !CAP.test(before[1]) || /^(?:A|An|The)$/.test(before[1])) break;
    if (/['’]s$/.test(before[1])) break;
    start -= before[0].length;
  }
  // (A name spelt on with a dot — "Eezee.sg" asked as "Eezee" — is the whole name.)
  const dotted = /^\.[a-z]\w*/.exec(text.slice(m.index + m[0].length));
  return { start, end: m.index + m[0].length + (dotted?.[0].length ?? 0) };
}

/** The text's own definition of the name asked, or undefined where its text gives none. */
export function definitionOf(text: string, phrase: string): Definition | undefined {
  // ("Progress on the first phase: the OneSME platform …": a label before the outcome is not part of it.)
  const body = text.replace(/^[A-Z][^:]{0,40}: (?=\S)/, (label) => (/[A-Z]{2}/.test(label) ? label : ''));
  const at = nameIn(body, phrase);
  if (!at) return undefined;
  const name = body.slice(at.start, at.end);
  const before = body.slice(0, at.start);
  const after = body.slice(at.end);
  const stop = (s: string) => s.replace(/\.$/, '');
  // "An Asian SME Hub: the B2B platform …" — the name opens the text, its definition after a colon.
  if (/^(?:(?:An?|The) )?$/.test(before) && after.startsWith(': '))
    return { sentence: `The ${name} is ${stop(after.slice(2))}`, whole: true };
  // "A Shenzhen–Singapore Joint Innovation Call funds joint R&D …" — the name opens the text and does something.
  if (/^(?:An?|The) $/.test(before) && /^ [a-z]+s\b/.test(after))
    return { sentence: `The ${name}${stop(after)}`, whole: true };
  // "… TusStar, a technology incubator in China with …:" — an appositive after the name.
  const appositive = /^, (an? [^:;]+?)(?:[:;]|, (?:and|which|who)\b|\.$|$)/.exec(after);
  if (appositive?.[1])
    return {
      sentence: `${name} is ${appositive[1]}`,
      whole: false,
      rest: `${before}${name}${after.slice(appositive[1].length + 2)}`,
    };
  // "IMDA's TradeTrust pilot for electronic Bills of Lading (eBLs) with …", "the OneSME platform, launched …" — the
  // name before its own noun, after a determiner or an owner.
  const owner = /(?:^|\s)(the|[A-Z][\w]*['’]s) $/.exec(before);
  const noun =
    /^ ((?:[a-z][\w-]*)(?: (?:for|of|on) [^,:;(]+?(?: \([^)]*\))?)?)(?= with\b| to\b| that\b|[,:;.(]|$)/.exec(after);
  if (owner?.[1] && noun?.[1]) {
    const det = owner[1] === 'the' ? (/^[aeiou]/i.test(noun[1]) ? 'an' : 'a') : owner[1];
    return { sentence: `${name} is ${det} ${noun[1].trim()}`, whole: false };
  }
  // "the accelerator XNode", "the B2B platform Eezee.sg" — the name after its own noun.
  const kind = /(?:^|\s)the ((?:[A-Za-z0-9-]+ )?[a-z][\w-]*) $/.exec(before);
  if (kind?.[1]) return { sentence: `${name} is ${/^[aeiou]/i.test(kind[1]) ? 'an' : 'a'} ${kind[1]}`, whole: false };
  // "… the SIMC–SCIA Med-Arb Protocol, launched on 25 Nov 2022: settlements mediated at SIMC can be enforced …" — when
  // it came, then what it does.
  const launched = /^, ((?:launched|set up|started|created|signed|unveiled) [^:;]+): ([^;]+?)\.?$/.exec(after);
  if (launched?.[1] && launched[2]) return { sentence: `The ${name}, ${launched[1]}: ${launched[2]}`, whole: false };
  return undefined;
}

/**
 * A partner named only in a meeting's outcome (TusStar), asked what it is: the outcome's definition of it, by the words
 * the question named it with, else its name and aliases.
 */
export function outcomeDefinition(
  text: string,
  u: Understanding,
  orgId: string,
  dataset: Dataset,
): Definition | undefined {
  if (!asksWhatItIs(u.q.text)) return undefined;
  const m = u.mentions.find((x) => x.type === 'org' && x.value === orgId);
  const o = dataset.organisation(orgId);
  const phrases = [m ? u.q.text.slice(m.start, m.end) : '', ...(o ? [o.name, ...o.aliases] : [])]
    .map((p) =>
      p
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .filter(Boolean);
  for (const p of phrases) {
    const d = definitionOf(text, p);
    if (d) return d;
  }
  return undefined;
}
