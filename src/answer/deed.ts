// A deed claimed of a subject and asked as yes/no — "NCS set up a lab, right?", "was the GIA node set up in Singapore?",
// "did DBS run one TradeTrust trial and UOB two?", "does OneSME link SG suppliers with Chinese buyers?" — read ONCE
// against the subject's own lines (the outcome lines that name it, its records' texts), whatever reading answered first.
// The clause of a line that holds what is claimed decides, and only it:
// - planned: it gives the deed as to come ("will also build a joint lab") → never a Yes, never a No;
// - stated-not: it puts the thing in another place than claimed ("node in Shenzhen"), or gives a party another number
//   than claimed ("UOB ran two, DBS one") → No, with the line;
// - stated-done: it states the deed (a past or present form of the act, or of the act's family), in the place and with
//   the numbers claimed → Yes, with the line;
// - silent: no line of the subject holds the thing claimed → the reply is left as it was.
// (Another record's deed — "NCS signed 3 MOUs" — is no answer to whether NCS built a lab: the clause must hold the lab.)
import type { Dataset, Meeting } from '../dataset/index.js';
import { mentionsOf, type Understanding } from './understand.js';
import { lowerFirst, type Said } from './say/common.js';
import { norm, partyIds, perDataset } from './records.js';
import { meetingDate } from './format.js';
import type { Ref } from './run.js';

// Acts in families: one asked is held by any form of its family in the line ("set up" by "launched", "unveiled").
// Making something (also what "is there X?" asks: a thing is there once made).
const MAKING =
  'set up|setup|sets up|setting up|build|built|builds|building|establish|established|establishes|open|opened|opens|launch|launched|launches|create|created|creates|found|founded|form|formed|start|started|starts|unveil|unveiled|unveils|develop|developed|develops|release|released|releases|roll out|rolled out|deploy|deployed|introduce|introduced|complete|completed|finish|finished'.split(
    '|',
  );
const RUNNING = 'run|ran|runs|conduct|conducted|conducts|carry out|carried out|hold|held|holds'.split('|');
// Relating two things ("link suppliers with buyers"): a line that holds both, of its subject, relates them.
const RELATING =
  'link|links|linked|linking|connect|connects|connected|connecting|match|matches|matched|matching|bring together|brings together|brought together|pair|pairs|paired'.split(
    '|',
  );
// A state come about — "is it up and running", "has it gone live": held only by a line that says it runs.
const STATE =
  'up and running|operational|in operation|gone live|went live|go live|goes live|operating|operates|in service'.split(
    '|',
  );
const FUNDING =
  'fund|funds|funded|funding|finance|finances|financed|financing|support|supports|supported|back|backs|backed'.split(
    '|',
  );
const FAMILIES: ReadonlyArray<readonly string[]> = [MAKING, RUNNING, RELATING, STATE, FUNDING];
const ACT = new RegExp(
  ` (${FAMILIES.flat()
    .sort((a, b) => b.length - a.length)
    .join('|')}) `,
);
// Asked as a deed: a yes/no with an act, or "is there X in Y" (a thing claimed to exist).
const THERE = / (?:is|are|was|were) there /;

// A form led by a plan word ("will also build", "to launch", "poised to expand").
// (Up to two words between: "will collaborate to co-develop", "will also jointly build".)
const PLAN_LED =
  / (?:will|shall|would|to|intends?|plans?|planned|aims?|poised|expected|set|committing|going)(?: [a-z]+){0,2} $/;
const family = (act: string) => FAMILIES.find((f) => f.includes(act));
// A clause giving what follows as to come ("will promote", "aims to nurture", "to develop").
const PLAN_AHEAD = / (?:will|shall|intends? to|plans? to|aims? to|poised to|expected to|set to|to) [a-z]+ /;
// Records named as such.
const RECORDS = / (?:projects?|mous?|agreements?|memorand[a-z]*) /;
// A plan asked, not a deed.
const PLAN_ASKED =
  / (?:will|shall|going to|about to|due to|still to|yet to|set to|slated to|scheduled to|plan|plans|planned|planning|intend|intends|intended|aim|aims|aimed|expected|poised|meant to|supposed to) /;
// Words that shape the question, never the thing claimed.
const SHAPE = new Set(
  'is it true that right correct yes no yeah not or did does do has have had was were is are be been being the a an its it their they there any some in at on of for with by from and already yet now finally actually ever still also really truly deal mou mous agreement project projects sci jic meeting anything something ok okay'.split(
    ' ',
  ),
);
// Places of the two sides, as a claim's "in <place>" names them.
const PLACE = / in (singapore|sg|shenzhen|sz|china|qianhai)\b/;
const sideOf = (w: string) => (/^(?:singapore|sg)$/.test(w) ? 'Singapore' : 'China');
const NUMBER_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');
const numberOf = (w: string): number | undefined =>
  /^\d{1,4}$/.test(w) ? Number(w) : NUMBER_WORDS.includes(w) ? NUMBER_WORDS.indexOf(w) : undefined;
// (A word's stem, short enough to hold its other forms: "robotics" robots, "agricultural" agriculture, "SMEs" SME.)
const stem = (w: string) =>
  w.length > 4 ? w.slice(0, Math.max(4, w.length - 3)) : w.length > 3 ? w.replace(/s$/, '') : w;

/** The reply first given: the records it opens, its sentence. */
type Shown = Pick<Said, 'refs' | 'sentence'>;

interface Line {
  text: string;
  meeting?: Meeting;
  sources: readonly string[];
  ref?: Ref;
  /** A record's name, said before its text. */
  name?: string;
  /** The partners it is theirs by (ids). */
  parties: readonly string[];
}

/**
 * The subject's own lines: outcome lines naming it (by key, party or the zone's name), its records' texts — or, where
 * the question names no partner or outcome ("was the tourism plugin launched?"), the records the reply opens or quotes. Each
 * with the partners it is theirs by (a record's parties, an outcome line's).
 */
function linesOf(u: Understanding, dataset: Dataset, shown?: Shown): Line[] {
  const keys = new Set(mentionsOf(u, 'highlight').map((m) => m.value));
  const orgs = mentionsOf(u, 'org').flatMap((m) => [m.value, ...(m.also ?? [])]);
  const zone = mentionsOf(u, 'subject').some((m) => m.value === 'demozone');
  const opened = !keys.size && !orgs.length && shown ? new Set(shown.refs.map((r) => `${r.kind}:${r.id}`)) : undefined;
  // (Nothing named and no reply to read: no line is the subject's.)
  if (!keys.size && !orgs.length && !zone && !opened) return [];
  const { outcomeLines, recordLines } = linesOnFile(dataset);
  const lines: Line[] = [];
  for (const { key, zoneLine, line } of outcomeLines)
    if (keys.has(key) || line.parties.some((p) => orgs.includes(p)) || (zone && zoneLine)) lines.push(line);
  for (const { id, head, line } of recordLines)
    if (line.parties.some((p) => orgs.includes(p)) || opened?.has(id) || (opened && shown?.sentence.includes(head)))
      lines.push(line);
  return lines;
}

/**
 * Every line a subject may own, worked out once per Dataset (each English yes/no with an act reads them): the outcome
 * lines with their key ("2:0") and whether they speak of the zone, then the records' texts with their ref ("mou:…") and
 * the head of their text a reply quotes.
 */
const linesOnFile = perDataset((dataset: Dataset) => ({
  outcomeLines: dataset.meetings.flatMap((m) =>
    m.highlights.map((h, i) => ({
      key: `${m.number}:${i}`,
      zoneLine: /demonstration zone/i.test(h.text),
      line: {
        text: h.text,
        meeting: m,
        sources: h.sources,
        ref: { kind: 'meeting', id: m.id },
        parties: h.parties ?? [],
      } satisfies Line,
    })),
  ),
  recordLines: [...dataset.mous, ...dataset.projects].map((r) => {
    const kind = 'parties' in r ? ('mou' as const) : ('project' as const);
    return {
      id: `${kind}:${r.id}`,
      head: r.description.text.slice(0, 60),
      line: {
        text: r.description.text,
        meeting: dataset.meetings.find((m) => m.id === r.meeting),
        sources: r.description.sources ?? r.sources,
        ref: { kind, id: r.id },
        name: r.name,
        parties: partyIds(r),
      } satisfies Line,
    };
  }),
}));

/** The clauses of a line (its sentences and the parts a colon or semicolon sets apart), as written. */
const clausesOf = (text: string) => text.split(/[;:]\s|\.\s/).filter((c) => c.trim());
const padded = (s: string) => ` ${norm(s)} `;

/**
 * Each party's number a clause gives it ("UOB ran two, DBS one"): a part of the clause (between commas or brackets)
 * that starts with the party's word, and a number within the next two words — never a number that only follows a name
 * inside a longer phrase ("the accelerator XNode (10 companies…").
 */
function numbersGiven(clause: string, words: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of clause.split(/[,()]/)) {
    const [first, ...rest] = norm(part).split(' ');
    if (!first || !words.includes(first)) continue;
    const n = rest
      .slice(0, 2)
      .map(numberOf)
      .find((x) => x !== undefined);
    if (n !== undefined) out.set(first, n);
  }
  return out;
}

/** Each party's number as the question claims it ("did DBS carry out 2 trials", "UOB two"): within three words after it. */
function numbersClaimed(text: string, parties: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const ws = text.trim().split(' ');
  ws.forEach((w, i) => {
    if (!parties.includes(w)) return;
    const n = ws
      .slice(i + 1, i + 4)
      .map(numberOf)
      .find((x) => x !== undefined);
    if (n !== undefined) out.set(w, n);
  });
  return out;
}

export type DeedStatus = 'done' | 'planned' | 'not' | 'silent';
export interface DeedRead {
  status: DeedStatus;
  line?: Line;
  /** stated-not by place: the line's place, and the one claimed. */
  place?: { said: string; asked: string };
}

/** The deed a yes/no claims of its subject, read against the subject's lines (undefined: not a deed asked). */
export function readDeed(u: Understanding, dataset: Dataset, shown?: Shown): DeedRead | undefined {
  if (u.target !== 'yesno' || u.lang !== 'en') return undefined;
  const text = u.q.text;
  // (An alternative offered — "in Shenzhen or Singapore?" — is either.ts's to answer, not a deed's.)
  if (/ or (?!not )/.test(text)) return undefined;
  const act = ACT.exec(text)?.[1];
  const place = PLACE.exec(text)?.[1];
  if (!act && !THERE.test(text) && !place) return undefined;
  // (A plan asked — "will TusStar open a hub?", "is R&T opening an office?", "did ICBC intend to…" — is no deed claimed.)
  if (PLAN_ASKED.test(text) || (!!act && /ing\b/.test(act) && family(act) !== STATE)) return undefined;
  // (A claim made of each of several — "did UOB and DBS each run two trials?" — is each.ts's, part by part.)
  if (/ (?:each|both|every|all|respectively|apiece) /.test(text)) return undefined;
  // (A record said to be launched or signed at a meeting — "was a music project launched at JIC 4?" — is that record's
  // own launch, which its meeting's list answers: never the plan its text states.)
  if (RECORDS.test(text) && mentionsOf(u, 'meeting').length) return undefined;
  const lines = linesOf(u, dataset, shown);
  if (!lines.length) return undefined;
  const named = [...mentionsOf(u, 'highlight'), ...mentionsOf(u, 'org')];
  // (A subject named by its kind — "did the law firm open an office in Qianhai?" — is the doer, not the thing claimed.)
  const names = [...named, ...(named.length ? [] : mentionsOf(u, 'kind'))].map((m) => m.words);
  // (A thing said to be there — "is there a lab in the NCS deal?" — is there once made: the making acts.)
  const forms = (act ? family(act) : MAKING) ?? [];
  // The thing claimed: the words left once the subject, the act, the place and the shape words are gone.
  const skip = new Set([...names.flatMap((n) => n.split(' ')), ...(act?.split(' ') ?? []), ...(place ? [place] : [])]);
  const words = text
    .trim()
    .split(' ')
    .filter((w) => w.length > 1 && !SHAPE.has(w) && !skip.has(w) && numberOf(w) === undefined);
  // (A clause holds the thing claimed by how many of its words it says.)
  const holds = (c: string) => words.filter((w) => c.includes(` ${stem(w)}`)).length;
  let best: { line: Line; clause: string; raw: string; n: number } | undefined;
  for (const line of lines)
    for (const raw of clausesOf(line.text)) {
      const clause = padded(raw);
      const n = holds(clause);
      if (n && (!best || n > best.n)) best = { line, clause, raw, n };
    }
  if (!best) return { status: 'silent' };
  const { line, clause, raw } = best;
  // (All of it: a word the clause lacks may be the claim's own doer — "did ICBC run trials" is not "UOB ran two".)
  const all = holds(clause) === words.length;
  // (The doer's own clause: the first thing the question names is in it — "did ICBC run trials with TradeTrust?" is
  // never answered by the clause "UOB ran two, DBS one".)
  // (Or the line is the doer's by its parties: "Rajah & Tann" is the record's party, however the clause spells it; a
  // question naming no doer reads only the records the reply opens.)
  const doer = [...named].sort((a, b) => a.start - b.start)[0];
  const doerIds = doer?.type === 'org' ? [doer.value, ...(doer.also ?? [])] : [];
  const own = !doer || clause.includes(` ${doer.words} `) || line.parties.some((p) => doerIds.includes(p));
  if (!own) return { status: 'silent' };
  // Each party's number claimed ("DBS one … UOB two") against the one the clause gives it: another is a No.
  // (A party may be the subject's own name — "DBS" names the trials' outcome — so any word of the question.)
  const given = numbersGiven(
    raw,
    text
      .trim()
      .split(' ')
      .filter((w) => !SHAPE.has(w)),
  );
  const claimed = numbersClaimed(text, [...given.keys()]);
  if ([...claimed].some(([p, n]) => given.get(p) !== n)) return { status: 'not', line };
  const counted = claimed.size > 0;
  // Another place than claimed: No.
  const where = / in (singapore|shenzhen|china|qianhai)\b/.exec(clause)?.[1];
  if (place && where && sideOf(place) !== sideOf(where) && all)
    return { status: 'not', line, place: { said: where, asked: place } };
  // The act's forms in the clause, each led by a plan word or not: all led → planned; one not → stated done.
  // (Only the act's own family: "established by SUSS" is no answer to "is the academy up and running".)
  const led = forms.flatMap((f) =>
    [...clause.matchAll(new RegExp(` ${f} `, 'g'))].map((m) => PLAN_LED.test(clause.slice(0, m.index + 1))),
  );
  if (all && led.length && led.every(Boolean)) return { status: 'planned', line };
  // (Or, the act not in it, the clause gives the thing claimed as to come: "will promote and facilitate talent
  // exchange" is no answer that the talent exchange started.)
  // (Before one of its words at least: a name may hold another — "International Talent Service Centre … will promote".)
  const last = Math.max(...words.map((w) => clause.indexOf(` ${stem(w)}`)));
  const ahead = PLAN_AHEAD.exec(clause);
  if (all && !led.length && forms !== RELATING && ahead && ahead.index < last) return { status: 'planned', line };
  const doneHere = led.some((x) => !x);
  const relates = forms === RELATING && holds(clause) >= 2;
  // (No act asked — "is the GIA node in Shenzhen?" — the place it is in is the claim.)
  const placed = !act && !!place && !!where;
  // (A Yes only where nothing else is claimed: a meeting, a date or a number the reading does not check is another
  // reading's to answer — "did the GIA node launch in 2021?" is No by its date.)
  const unchecked =
    u.mentions.some(
      (m) => m.type === 'meeting' || (m.type === 'number' && ![...claimed.values()].includes(Number(m.value))),
    ) ||
    text
      .trim()
      .split(' ')
      .some((w) => numberOf(w) !== undefined && ![...claimed.values()].includes(numberOf(w) ?? -1));
  if (unchecked) return { status: 'silent' };
  if (all && (doneHere || relates || counted || placed) && (!place || (where && sideOf(place) === sideOf(where))))
    return { status: 'done', line };
  // (A state asked — "is the e-invoicing up and running?" — of a line that holds the thing and says nothing of it
  // running: the sources don't say, whatever else the subject did — "DataPost signed 1 MOU" is no Yes to it.)
  if (all && forms === STATE && !led.length) return { status: 'silent', line };
  // (A thing made claimed of the subject that its lines hold only in part — "did Momentum Works open a Qianhai office?"
  // of an MOU "between Qianhai and Singapore" — was never said to be made: the sources don't say so, never a Yes.)
  if (!all && forms === MAKING && act && doer) return { status: 'silent', line };
  return { status: 'silent' };
}

/** Where a line is from, as a reply says it ("at the 2nd JIC meeting (18 Oct 2021)"). */
const whereOf = (l: Line) => (l.meeting ? `at the ${l.meeting.name} (${meetingDate(l.meeting)})` : 'the sources say');
const lineSaid = (l: Line) => `${whereOf(l)}: ${l.name ? `${l.name}: ` : ''}${l.text}`;

/**
 * The reply to a deed asked, where the subject's lines decide it and the reply does not already say the same: a
 * planned deed is no Yes or No; a deed stated otherwise is a No; a deed stated is a Yes. Any other reply as it is.
 */
export function deedAnswer(said: Said, u: Understanding, dataset: Dataset): Said {
  const read = readDeed(u, dataset, said);
  if (!read?.line) return said;
  const { line } = read;
  const base = { ...said, lines: [], refs: line.ref ? [{ ...line.ref }] : [], sources: [...line.sources] };
  if (read.status === 'silent')
    return /^Yes\b/.test(said.sentence)
      ? { ...base, sentence: `The sources don't say whether it has happened; what they say: ${lineSaid(line)}` }
      : said;
  if (read.status === 'planned')
    return /\bplan|don't say whether/.test(said.sentence)
      ? said
      : {
          ...base,
          sentence: `The sources don't say it has happened — they give it only as planned: ${lineSaid(line)}`,
        };
  if (read.status === 'not')
    return /^No\b/.test(said.sentence)
      ? said
      : {
          ...base,
          sentence: read.place
            ? `No — in ${capital(read.place.said)}, not ${capital(read.place.asked)}: ${lineSaid(line)}`
            : `No: ${lineSaid(line)}`,
        };
  return /^Yes\b/.test(said.sentence) ? said : { ...base, sentence: `Yes: ${lowerFirst(lineSaid(line))}` };
}

const capital = (w: string) =>
  w === 'sg' ? 'Singapore' : w === 'sz' ? 'Shenzhen' : w.charAt(0).toUpperCase() + w.slice(1);
