// A premise a question takes for granted ("since the 1st JIC was in Shenzhen, who attended?", "Keppel signed with
// Tsinghua, what was it about?", "who co-chaired the 4th JIC in Singapore?"): checked as the yes/no it states, and
// where the sources say otherwise, corrected before the question is answered — never silently accepted.
import { singleCheck } from './claim/verify.js';
import type { Deps } from '../command.js';
import { plan } from './plan.js';
import { run } from './run.js';
import { say, type Said } from './say.js';
import { understand, type Understanding } from './understand.js';
import { sayVerdict, superlativeVerdict } from './superlative.js';

// "Since / given that / now that / as / because X, <question>": X is the premise (up to the comma, or up to the
// question word when no comma is typed).
// (Each part bounded and its classes apart, so no text makes the match backtrack without end: a run of 6,000 newlines
// once took 87 s.)
const CLAUSE_COMMA =
  /^\s*(?:since|given that|now that|seeing that|considering that|considering|assuming that|assuming|as|because) +(\S[^,;:?\n]{5,200}?)[ \t]?[,;:][ \t]*(\S.*)$/i;
const CLAUSE_BARE =
  /^ (?:since|given that|now that|seeing that|considering that|assuming that|because) (.{6,}?) (?=(?:who|whom|whose|what|when|where|which|how|why) )/;
// "Keppel signed with Tsinghua, what was it about?": a statement, a comma, then a question.
const STATEMENT_THEN_QUESTION =
  /^\s*(\S[^,;:?\n]{5,200}?)[ \t]?[,;:][ \t]*((?:who|whom|whose|what|when|where|which|how|why|did|does|do|is|are|was|were|has|have|had|can|could|tell me|list|name)\b.*)$/i;
// A statement states something: a verb of what happened, and no question word first.
const STATES =
  /\b(?:signed|sign|inked|launched|held|hosted|chaired|co-?chaired|joined|was|were|is|are|has|had|have|started|began|took place)\b/i;
const ASKS_FIRST =
  /^\s*(?:who|whom|whose|what|when|where|which|how|why|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|tell|list|show|name|give|please|hi|hey|hello|so|and|but|also|if|whether)\b/i;

/** The premise a question states before asking, as written (undefined when it states none). */
export function premiseIn(question: string, u: Understanding): string | undefined {
  const clause = CLAUSE_COMMA.exec(question)?.[1] ?? CLAUSE_BARE.exec(u.q.text)?.[1];
  if (clause) return clause;
  const stated = STATEMENT_THEN_QUESTION.exec(question)?.[1];
  if (stated && STATES.test(stated) && !ASKS_FIRST.test(stated)) return stated;
  return placedMeeting(u);
}

/**
 * "Who co-chaired the 4th JIC in Singapore?": a place put on one meeting named by its number, where the question asks
 * something else of it — the place is a premise ("the 4th JIC was held in Singapore").
 */
function placedMeeting(u: Understanding): string | undefined {
  // (Asked who, how many or when of it; never "the first meeting held in Shenzhen", which picks a meeting by place.)
  if (!['who', 'count', 'when', 'list'].includes(u.target)) return undefined;
  if (/ (?:first|last|earliest|latest|only|which|what) (?:sci )?(?:jic|meeting)/.test(u.q.text)) return undefined;
  // (A place beside what was announced or published of it is where that was done: "who announced the outcomes of the
  // 4th JIC in Singapore" — MCI and IMDA, in Singapore — no claim of where the meeting was.)
  if (/ (?:announc\w*|publish\w*|releas\w*|report\w*|said|says|wrote|written|press) /.test(u.q.text)) return undefined;
  const meetings = u.mentions.filter((m) => m.type === 'meeting' && !/^20\d\d$/.test(m.words));
  const m = meetings.length === 1 ? meetings[0] : undefined;
  if (!m) return undefined;
  const place =
    /^ (?:meeting )?(?:held |hosted )?((?:in person |physically |face to face )?in (?:singapore|shenzhen|chongqing|beijing|shanghai|hong kong|qianhai)) /.exec(
      u.q.text.slice(m.end),
    )?.[1];
  return place ? `the ${m.words} was held ${place}` : undefined;
}

// What a premise's yes/no says when the sources say otherwise: "No: …", "No, not in one city: …", "No record on file
// names X …", "The sources don't name X at …".
const CONTRADICTED = /^No(?:, not in one city)?: (.+)$/s;
const NOT_NAMED = /^(?:No record on file names |The sources don't name |[^:]{1,80} is not named in the sources)/;

/**
 * The premise checked: where the sources contradict it, the sentence that says so ("That isn't what the sources say:
 * the 1st JIC meeting (17 Jun 2020) was held virtually."), else undefined (the question is answered as it is).
 */
export function premiseCorrection(premise: string, deps: Deps): Said | undefined {
  const asked = understand(`is it true that ${premise}`, deps, 'en');
  // (A claim read whole that runs one existing check is that check: its claim's type says what was claimed.)
  const planned = plan(asked, deps.dataset);
  const checked = planned.op === 'claim' ? (singleCheck(planned) ?? planned) : planned;
  // "Since the 2nd JIC had the most MOUs, …": a superlative claimed, checked against the ranking.
  if (checked.op === 'rank') {
    const ranked = run(checked, deps);
    const top = superlativeVerdict(asked, checked, ranked, deps.dataset);
    if (top?.verdict !== 'no') return undefined;
    const said = sayVerdict(top, say(ranked, asked, deps.dataset, 'en'));
    return { ...said, sentence: `That isn't what the sources say: ${said.sentence.replace(/^No: /, '')}` };
  }
  if (asked.target !== 'yesno' || (checked.op !== 'check' && checked.op !== 'notNamed')) return undefined;
  // ("Projects launched up to early 2023, how many?": a year that bounds a count claims no meeting was held then.)
  if (checked.op === 'check' && checked.claim.type === 'year' && asked.mentions.some((m) => m.asOf)) return undefined;
  const said = say(run(checked, deps), asked, deps.dataset, 'en');
  const no = CONTRADICTED.exec(said.sentence)?.[1];
  if (no) return { ...said, sentence: `That isn't what the sources say: ${no}` };
  if (NOT_NAMED.test(said.sentence)) return { ...said, sentence: said.sentence.split(/(?<=\.)\s/)[0] ?? said.sentence };
  return undefined;
}

// What a question after its premise calls the premise's subject: "how many did IT sign", "what were ITS MOUs about".
const PRONOUN = / (?:it|its|they|their|them|he|his|she|her) /;
const SUBJECTS = new Set(['meeting', 'org', 'record', 'person', 'highlight', 'initiative']);

/**
 * The question after a premise clause ("since the 2nd JIC had the most MOUs, how many did it sign?" → "how many did
 * 2nd jic sign"), its pronoun read as the premise's subject; undefined where the clause has no question after it or
 * the question needs the clause to be understood ("…, who attended?").
 */
export function questionAfter(
  question: string,
  u: Understanding,
  read: (text: string, lang: string) => Understanding,
): string | undefined {
  const comma = CLAUSE_COMMA.exec(question);
  const bare = comma ? undefined : CLAUSE_BARE.exec(u.q.text);
  const premise = comma?.[1] ?? bare?.[1];
  const rest = comma?.[2] ?? (bare ? u.q.text.slice(bare[0].length) : undefined);
  if (!premise || !rest) return undefined;
  const asked = read(rest, 'en');
  const pronoun = PRONOUN.exec(asked.q.text);
  // (The premise is read for its subject only where a pronoun stands for it.)
  const subject = pronoun ? read(premise, 'en').mentions.find((m) => SUBJECTS.has(m.type))?.words : undefined;
  if (pronoun && subject)
    return `${asked.q.text.slice(0, pronoun.index)} ${subject} ${asked.q.text.slice(pronoun.index + pronoun[0].length)}`.trim();
  return asked.mentions.some((m) => SUBJECTS.has(m.type)) ? rest : undefined;
}

/**
 * "There's no MOU between QuikBot and Guardforce, correct?": the answer was worked out for the positive claim, so its
 * Yes or No is said of the negated statement as asked — the records show one: "No, that isn't so"; they show none:
 * "Yes, that's right". Any other opening (the sources differ, don't say, a count) stands as it is.
 */
export function asNegated(said: Said): Said {
  const m = /^(Yes|No)(?:, [^:]{0,40})?: /.exec(said.sentence);
  if (!m) return said;
  const lead = m[1] === 'Yes' ? "No, that isn't so: " : "Yes, that's right: ";
  return { ...said, sentence: `${lead}${said.sentence.slice(m[0].length)}` };
}

/** The answer to the question, after the correction of its premise (their sources and records together). */
export function corrected(correction: Said, answer: Said): Said {
  return {
    ...answer,
    sentence: `${correction.sentence.trim()} ${answer.sentence}`,
    refs: [...correction.refs, ...answer.refs].slice(0, 5),
    sources: [...new Set([...correction.sources, ...answer.sources])],
  };
}
