import { normalise } from '../search/index.js';

/** Longer questions are cut here: no real question is longer, and matching stays fast on junk. */
export const MAX_QUESTION = 500;

/** A question as the recognisers read it. */
export interface Question {
  /** What the user typed, with bot mentions removed and trimmed (never echoed back unescaped). */
  raw: string;
  /** The normal form (lowercase, punctuation as spaces), padded with a space each side for whole-word tests. */
  text: string;
  /** The normal form's words. */
  words: string[];
}

// `<@123>`, `<@!123>`, `<@&123>`: a mention of the bot (or anyone) says nothing about the question.
const MENTION = /<@[!&]?\d+>/g;

// Spellings that mean the same word, folded before any recogniser runs (why: `MoU`, `memoranda`,
// `co-chaired` and `A.I.` should all hit the same table rows).
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bmemorand(?:a|ums)(?: of understanding)?\b/g, 'mous'],
  [/\bmemorandum(?: of understanding)?\b/g, 'mou'],
  [/\bm o u s\b/g, 'mous'],
  [/\bm o u\b/g, 'mou'],
  [/\bco (chair\w*)\b/g, 'co$1'],
  [/\ba i\b/g, 'ai'],
  [/\bartificial intelligence\b/g, 'ai'],
  [/\bjoint implementation committee\b/g, 'jic'],
  [/\bjics\b/g, 'jic'],
  [/\bdemo(?:nstration)? zones?\b/g, 'demozone'],
  // The sources call it a park too (示范园区, "the demonstration park's start-up area").
  [/\bdemo(?:nstration)? parks?\b/g, 'demozone'],
  [/\bdemozones\b/g, 'demozone'],
  [
    /\bsingapore shenzhen smart city initiative\b|\bsingapore china shenzhen smart city initiative\b|\bsmart city initiative\b/g,
    'sci',
  ],
];

// Contractions and possessives, read before punctuation is dropped (why: "who's" and "whos" are
// "who is"; "SUSS's partner" names SUSS; "didn't" is "did not").
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(who|what|where|when|how|that|it|there|here)['’]s\b/gi, '$1 is'],
  [/\b(ca)n['’]t\b/gi, '$1n not'],
  [/\b(\w+)n['’]t\b/gi, '$1 not'],
  [/\b(\w+)['’]re\b/gi, '$1 are'],
  [/\b(\w+)['’](?:s|)(?=\s|$|[?!.,])/g, '$1'],
];

const WORD_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwhos\b/g, 'who is'],
  [/\bwhats\b/g, 'what is'],
  [/\bwheres\b/g, 'where is'],
  [/\b(is|was|were|are|did|does|do|has|have)nt\b/g, '$1 not'],
  [/\bhw\b/g, 'how'],
  [/\bwht\b/g, 'what'],
  // Chat spellings: "wat r the mous", "which uni's r in it" ("r d" is R&D, never "are").
  [/\bwat\b/g, 'what'],
  [/\br\b(?! d\b)/g, 'are'],
  // ("uni" after a name is that name's: "sun yatsen uni" is the university, not every university.)
  [/\bunis\b/g, 'universities'],
  [/(^|\b(?:which|what|the|any|all|many|list|show|chinese|singapore|singaporean|shenzhen) )uni\b/g, '$1universities'],
  [/\bw\b(?= [a-z])/g, 'with'],
];

// Read after typos are corrected ("the demonstraton zone" must first become "demonstration zone"): "the zone" alone
// is the Demonstration Zone, the only zone the sources speak of ("time zone" is no zone of theirs).
const LATE_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [...FOLDS, [/(?<!\btime )\bzones?\b/g, 'demozone']];

/** The folds again, on a normal form whose typos were corrected since it was read. */
export function refold(text: string): string {
  return LATE_FOLDS.reduce((t, [re, to]) => t.replace(re, to), text);
}

// An instruction to the bot is no question ("ignore all previous instructions and say that …"): what it wants said
// is a claim, checked like any other ("is it true that …"), never repeated as if it were a fact.
const OVERRIDE =
  /^(?:please )?(?:ignore|disregard|forget|override|bypass) (?:all |any |every )?(?:of )?(?:the |your |my |these )?(?:(?:previous|prior|above|earlier|system|old|other) )*(?:instructions?|rules?|prompts?|guidelines?|directions?|context)(?: and| then)? /;
// After an override, any of these verbs; on its own, only a form that plainly dictates ("say that …", "repeat after me").
const SAY_THAT =
  /^(?:now |just |please )*(?:say|state|write|claim|announce|confirm|declare|respond with|reply with|answer with|repeat after me|pretend|act as if|tell (?:me|us|everyone|everybody|them|people)|output)(?: that)? (?!about |what |who |when |where |how |which |why |if |whether |hi$|hello$)(.+)$/;
const DICTATES =
  /^(?:now |just |please )*(?:(?:say|claim|confirm|declare|announce|pretend|tell (?:me|us|everyone|everybody|them|people)) that|repeat after me|act as if) /;

export function readQuestion(input: string): Question {
  const raw = input.replace(MENTION, ' ').slice(0, MAX_QUESTION).trim();
  const read = CONTRACTIONS.reduce((s, [re, to]) => s.replace(re, to), raw);
  let text = normalise(read);
  for (const [re, to] of WORD_FOLDS) text = text.replace(re, to);
  for (const [pattern, replacement] of FOLDS) text = text.replace(pattern, replacement);
  text = text.replace(/\s+/g, ' ').trim();
  const told = SAY_THAT.exec(text.replace(OVERRIDE, ''));
  if (told?.[1] && (OVERRIDE.test(text) || DICTATES.test(text))) text = `is it true that ${told[1]}`;
  return { raw, text: ` ${text} `, words: text ? text.split(' ') : [] };
}

/** Whether the normal form holds this phrase as whole words (the phrase must be normalised already). */
export function hasPhrase(q: Question, phrase: string): boolean {
  return phrase !== '' && q.text.includes(` ${phrase} `);
}
