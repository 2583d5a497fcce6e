// A DOCUMENT (or someone unnamed) as the one who "says": "the press release says 29 MOUs. How many are on file?",
// "the article says 21, which is right?", "does the press release say where the 4th JIC was held?", "what did the
// announcement say about doubling?", "they said 21 MOUs, what do the meetings add up to?". What a document says is
// what the sources say — never a quote (a quote is a person's words on file): read as a quote, these got "the sources
// don't quote anyone saying that", which reads as "the sources don't say it". The say-frame is set aside and what it
// frames is asked plainly; "does the press release say X?" is asked as X, and the reply leads with Yes only where
// that document backs the answer (hearsayLead).
import type { Dataset } from '../dataset/index.js';
import { lowerFirst } from './say/common.js';

// The documents a question may name as the one saying: the kind of document, with up to three words before it
// ("the 4th JIC press release", "the MCI/IMDA release", "the Chinese report", "your sources").
const DOC_NOUN =
  '(?:press[- ]releases?|media releases?|news releases?|releases?|articles?|announcements?|news reports?|reports?|news|newspapers?|papers?|sources?|documents?|docs?|write-?ups?|stor(?:y|ies)|coverage|media|press|websites?|site|records?|data|database|files?|dataset)';
// Someone unnamed said it: a premise to check, never a speaker on file.
const ANYONE_SAID =
  '(?:they|people|someone|somebody|everyone|my (?:teacher|boss|friend|colleague|professor|prof|lecturer|manager|tutor|classmate)|i (?:heard|read|was told)(?: that)?|(?:it|they) (?:was|were) (?:said|reported)(?: that)?)';
/** Verbs of a document or person saying something ("the release says", "reported", "wrote"). */
export const SAY_VERB =
  '(?:says|said|say|states|stated|state|reports|reported|report|claims|claimed|claim|mentions|mentioned|mention|notes|noted|note|writes|wrote|write|puts it|put it|tells us|told us)';

const WORD_BEFORE = "(?:[\\w/&'’-]+\\s+){0,3}?";
const DOC = `\\b(?:the|this|that|a|an|your|their|its|one|each)\\s+${WORD_BEFORE}${DOC_NOUN}`;
// A document that states something in a message ("the article says 21"): the published kinds, not the bot's own records.
const DOC_STATING = `\\b(?:the|this|that|a|an|your|their|its|one|each)\\s+${WORD_BEFORE}${DOC_NOUN.replace('|records?|data|database|files?|dataset', '')}`;

// "Does the press release say (that) …", "did the article mention …": the claim, asked as a yes/no or a question.
const DOES_DOC_SAY = new RegExp(
  `^\\s*(?:so\\s+)?(?:does|did|do|is it true that|was it|has|have)\\s+(${DOC}|(?:the )?sources?)\\s+(?:really\\s+|actually\\s+|also\\s+)?(?:say|state|mention|report|claim|note|write|said|stated|mentioned|reported)(?:\\s+that)?\\s+(.+)$`,
  'i',
);
// A meeting as the one saying ("what did the 3rd JIC say about TusStar"): what its sources report.
const MEETING_SAYS =
  '(?:the\\s+)?(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|latest|last)\\s+(?:sci\\s+)?(?:jic|meeting)(?:\\s+meeting)?|jic\\s*\\d';
// The bodies whose announcements are the sources ("what did the MCI say about the 3rd JIC projects": the MCI/IMDA
// announcement of that meeting, which the sources report — never "the sources don't quote MCI").
const PUBLISHER_SAYS =
  '(?:the\\s+)?(?:mci\\s*(?:and|&|/)\\s*imda|imda\\s*(?:and|&|/)\\s*mci|mci|imda|ministry of communications and information|infocomm media development authority)';
// "What did the press release say about AI?", "what does the article say on the zone".
const WHAT_DOC_SAYS = new RegExp(
  `^\\s*(?:so\\s+)?(?:what|wat|wht)\\s+(?:did|does|do|has|have)\\s+(${DOC}|(?:the )?sources?|${MEETING_SAYS}|${PUBLISHER_SAYS})\\s+(?:say|said|state|mention|report|write|tell us)\\s+(?:about|on|of|regarding|concerning|re)\\s+(.+)$`,
  'i',
);
// "The press release says 29 MOUs …", "the article says 21", "they said 21 mous": the frame inside a longer message.
// (Not after an auxiliary: "which companies does the press release mention?" asks what the document names — its scope
// would be lost with the frame — and "how many mayors does the data mention" asks of the records themselves.)
const DOC_SAYS = new RegExp(
  `(?<!\\b(?:does|do|did|has|have|had|will|would|can|could)\\s+)(${DOC_STATING}|\\b${ANYONE_SAID})\\s+${SAY_VERB}(?:\\s+that)?\\s+(?=\\S)`,
  'i',
);
// After an auxiliary with a clause of its own: "how many MOUs did the press release say were signed?", "which projects
// did the HKCD report say made clear progress": the auxiliary, the document and its verb go ("how many MOUs were
// signed?"); what it frames is asked (its scope is the clause's own).
const DID_DOC_SAY = new RegExp(
  `\\b(?:does|do|did|has|have|had)\\s+(${DOC_STATING}|(?:the )?sources?)\\s+(?:say|said|state|stated|report|reported|claim|claimed|write|wrote|note|noted|mention|mentioned)(?:\\s+that)?\\s+((?:[a-z0-9'’-]+\\s+)+[a-z0-9'’-]+[?.!]*)\\s*$`,
  'i',
);

// What every frame below holds: a piece of one of its verbs of saying (say/said, state, report, claim, mention, note,
// write/wrote, put it, tell/told). A message with none has no frame, and skips the four searches (most have none).
// (Keep it in step with the verbs of DOES_DOC_SAY, WHAT_DOC_SAYS, DID_DOC_SAY and SAY_VERB.)
const SAYING = /say|said|stat|report|claim|mention|not|writ|wrote|put|tel|told/i;

/** A question with its say-frame set aside; `doc` the document asked about ("does the press release say …"). */
export interface Hearsay {
  question: string;
  /** Asked whether a document says it: the document's words, to lead the reply with Yes where it backs it. */
  doc?: string;
}

/**
 * The question with a document's (or someone unnamed's) say-frame set aside, or undefined when none is there (or
 * when a person is who says: that is a quote, for quotes.ts). English only.
 */
export function withoutHearsay(raw: string): Hearsay | undefined {
  if (raw.length > 600) return undefined;
  // "> quote\n> who did Keppel sign with": Discord's quote marks and a label line are how it was pasted, not a quote
  // asked for.
  const pasted = withoutQuoteLabel(raw);
  if (pasted) return withoutHearsay(pasted) ?? { question: pasted };
  if (!SAYING.test(raw)) return undefined;
  const does = DOES_DOC_SAY.exec(raw);
  if (does?.[2]) {
    // ("Does the press release mention TusStar?" asks whether a name is in it, not a claim: left to the name's readings.)
    if (!CLAUSE.test(does[2])) return undefined;
    const at = meetingWords(does[1] ?? '');
    const claim = at && !MEETING.test(does[2]) ? `${does[2].replace(/[?.!\s]+$/, '')} at ${at}` : does[2];
    return { question: asked(claim), doc: does[1] ?? '' };
  }
  const what = WHAT_DOC_SAYS.exec(raw);
  if (what?.[2]) {
    // (The document's own qualifiers — "the 3rd JIC announcement" — stay with the topic: "doubling at the 3rd jic".)
    const qualifiers = meetingWords(what[1] ?? '');
    return { question: `what about ${what[2].replace(/[?.!\s]+$/, '')}${qualifiers ? ` at ${qualifiers}` : ''}?` };
  }
  const did = DID_DOC_SAY.exec(raw);
  if (did) {
    const kept = meetingWords(did[1] ?? '');
    const question = `${raw.slice(0, did.index)}${did[2] ?? ''}${kept && !MEETING.test(raw.slice(0, did.index) + (did[2] ?? '')) ? ` at ${kept}` : ''}`;
    return { question: question.replace(/\s+/g, ' ').trim() };
  }
  const m = DOC_SAYS.exec(raw);
  if (!m) return undefined;
  // Only the document and its verb go; what it is said to say stays, as the premise of what is asked after it.
  const doc = m[1] ?? '';
  const kept = meetingWords(doc);
  const rest = `${raw.slice(0, m.index)}${kept ? `${kept} ` : ''}${raw.slice(m.index + m[0].length)}`;
  const question = rest.replace(/\s+/g, ' ').trim();
  // (Nothing asked once the frame is gone — "the press release says 8 MOUs" — is a claim: asked whether it holds.)
  return { question: /[?]|\b(?:right|true|correct)\b/i.test(question) ? question : `is it true that ${question}?` };
}

// What a document is said to say, as a clause: an indirect question or a claim with a verb (not a bare name).
const CLAUSE =
  /^(?:who|whom|whose|what|when|where|which|why|how|whether|if|that)\b|\b(?:is|are|was|were|be|been|has|have|had|did|does|do|will|would|signed|held|launched|initiated|agreed|started|set up|co-?chaired|chaired|established|took|take|takes|happened)\b/i;
// A meeting named in the claim already.
const MEETING =
  /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|latest|last|founding)\b|\bjic\s*\d\b|\b(?:19|20)\d\d\b/i;

// A line that only labels what follows ("quote", "Q:", "re:", "fwd:").
const LABEL_LINE = /^\s*(?:>\s*)*(?:quote|quoted|quoting|question|q|re|fwd?|from discord)\s*:?\s*$/i;

/** A message pasted as a Discord quote ("> …" lines) with a label line: its lines without the marks and the label. */
function withoutQuoteLabel(raw: string): string | undefined {
  const lines = raw.split(/\r?\n/);
  if (lines.length < 2 || !lines.some((l) => LABEL_LINE.test(l))) return undefined;
  const rest = lines
    .filter((l) => !LABEL_LINE.test(l))
    .map((l) => l.replace(/^\s*(?:>\s*)+/, ''))
    .join(' ')
    .trim();
  return rest || undefined;
}

/** The meeting a document is named by ("the 4th JIC press release" → "the 4th jic"), else ''. */
function meetingWords(doc: string): string {
  const m =
    /\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|latest|last)\s+(?:sci\s+)?(?:jic|meeting)(?:\s+meeting)?\b|\bjic\s*\d\b|\b(?:19|20)\d\d\b/i.exec(
      doc,
    );
  return m ? (/^the\s/i.test(m[0]) || /^(?:jic|19|20)/i.test(m[0]) ? m[0] : `the ${m[0]}`) : '';
}

/** What a document is said to say, asked as a question: "where the 4th JIC was held" stays; "8 MOUs were signed" is checked. */
function asked(claim: string): string {
  const c = claim.replace(/[?.!\s]+$/, '');
  return /^(?:who|whom|whose|what|when|where|which|why|how|whether|if)\b/i.test(c)
    ? `${c.replace(/^(?:whether|if)\s+/i, 'is it true that ')}?`
    : `is it true that ${c}?`;
}

// An answer that says the sources are silent, or that nothing is known: never led with Yes.
const SILENT =
  /\b(?:don['’]t|doesn['’]t|do not|does not|not stated|not named|no source|not sure|can['’]t|cannot|none of|nothing|differ|differs|disagree|release|article)\b/i;

/**
 * "Does the press release say where the 4th JIC was held?": the answer, led with "Yes:" where a document of the kind
 * asked is among the answer's sources and the answer is no silence or verdict of its own; otherwise as it is (the source
 * line shows which documents back it).
 */
export function hearsayLead(doc: string, sentence: string, sources: readonly string[], dataset: Dataset): string {
  if (/^(?:Yes|No|Not|Neither|None|Only)\b/.test(sentence) || SILENT.test(sentence)) return sentence;
  const ids = documentsNamed(doc, dataset);
  if (!ids.length || !sources.some((s) => ids.includes(s))) return sentence;
  return `Yes: ${lowerFirst(sentence)}`;
}

/** The documents a phrase names: a press release (or release, announcement), an article, the sources. */
function documentsNamed(doc: string, dataset: Dataset): string[] {
  const release = /release|announcement/i.test(doc);
  const article = /article|report|news|paper|stor|coverage|media|press(?! release)|write/i.test(doc) && !release;
  return dataset.sources
    .filter((s) => {
      const isRelease = /release/i.test(s.publisher);
      return release ? isRelease : article ? !isRelease : true;
    })
    .map((s) => s.id);
}
