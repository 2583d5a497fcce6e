// "happened": a claim some passage of the sources states — a meeting's outcome ("the 4th JIC unveiled the zone's
// start-up area") or a dated event ("Heng met Qin in Shenzhen") — read as the words one clause of it must hold, in the
// question's order where the order says who did what, and checked against the meeting, date and place asked. A word no
// clause holds leaves the claim unread (the existing readings answer): silence in the sources is never a No.
import type { Dataset } from '../../dataset/index.js';
import { norm, perDataset } from '../records.js';
import { normalForm } from '../question.js';
import { type Mention, mentionsOf } from '../understand.js';
import { datedIn } from '../figures.js';
import { isoDateIn } from '../plan/asked.js';
import { monthNumber } from '../../text/months.js';
import type { ClaimResult, Passage, ReadClaim, Thing, When } from './types.js';
import { partyIds } from '../records.js';
import { boundAt, boundBefore, claimedRange, rangeVerdict } from '../countbound.js';
import { mark, offered, type Sentence, unread } from './sentence.js';
import { ANNOUNCED, CHAIRED, HELD, PLANNED, QUANTITY, SAID, SHAPE, SYMMETRIC, VERB_FORMS } from './words.js';

/** A clause of a passage: its words in order, each word's stem, and every word and stem it holds. */
interface Clause {
  words: string[];
  stems: string[];
  vocab: Set<string>;
}

/** A passage with its clauses in the question's normal form. */
interface Indexed extends Passage {
  clauses: Clause[];
  /** Every word and stem of every clause: a passage lacking a word asked is passed over at once. */
  vocab: Set<string>;
  /** A meeting's outcome: what that meeting made known (an announcing verb holds of it). */
  outcome: boolean;
  key?: string;
  /** The partners it names (a record's parties, an outcome's). */
  parties: readonly string[];
}

/**
 * What a result shows of an indexed passage: its own facts without the index, the place only where the caller gives
 * it, and the act asked as the passage words it.
 */
function shown(p: Indexed, act: string | undefined, place?: string): Passage {
  return {
    text: p.text,
    date: p.date,
    sources: p.sources,
    ...(p.meeting !== undefined ? { meeting: p.meeting } : {}),
    ...(place ? { place } : {}),
    ...(act !== undefined ? { act } : {}),
  };
}

const passages = perDataset((dataset: Dataset): Indexed[] => {
  const clausesOf = (text: string): Clause[] =>
    text
      .split(/(?<=[.;])\s+/)
      .map((c) => norm(normalForm(c)).split(' ').filter(Boolean))
      .filter((c) => c.length)
      .map((words) => {
        const stems = words.map(stem);
        return { words, stems, vocab: new Set([...words, ...stems]) };
      });
  const out: Indexed[] = [];
  for (const m of dataset.meetings)
    m.highlights.forEach((h, i) =>
      out.push({
        text: h.text,
        meeting: m.number,
        date: m.date.value,
        ...(m.place.value ? { place: m.place.value } : {}),
        sources: h.sources,
        clauses: clausesOf(h.text),
        vocab: new Set<string>(),
        outcome: true,
        key: `${m.number}:${i}`,
        parties: h.parties ?? [],
      }),
    );
  // An MOU's or a project's own words, at the meeting it is from, with its parties.
  for (const r of [...dataset.mous, ...dataset.projects]) {
    const m = dataset.meeting(r.meeting);
    if (!m || !r.description?.text) continue;
    out.push({
      text: r.description.text,
      meeting: m.number,
      date: m.date.value,
      sources: r.description.sources ?? r.sources,
      clauses: clausesOf(r.description.text),
      vocab: new Set<string>(),
      outcome: true,
      parties: partyIds(r),
    });
  }
  for (const e of dataset.initiative.events ?? [])
    out.push({
      text: e.text,
      date: e.date,
      ...(e.place?.value ? { place: e.place.value } : {}),
      sources: e.sources,
      clauses: clausesOf(e.text),
      vocab: new Set<string>(),
      outcome: false,
      parties: [],
    });
  for (const p of out) p.vocab = new Set(p.clauses.flatMap((c) => [...c.vocab]));
  return out;
});

/** Every word and stem of the passages → the passages holding it: a question's words pick their few passages at once. */
const passageIndex = perDataset((dataset: Dataset): Map<string, number[]> => {
  const index = new Map<string, number[]>();
  passages(dataset).forEach((p, i) => {
    for (const w of p.vocab) {
      const at = index.get(w);
      if (at) at.push(i);
      else index.set(w, [i]);
    }
  });
  return index;
});

function stem(w: string): string {
  return w.length >= 5 ? w.slice(0, 5) : w;
}

/** A word of the question as a clause may hold it: its forms (an irregular verb's too) and, if long, its stem. */
interface Asked {
  w: string;
  forms: readonly string[];
  stem?: string;
}

const askedOf = (w: string): Asked => ({
  w,
  // (A short word's own endings too: "fund" is "funds", "funded".)
  forms: [w, ...(VERB_FORMS[w] ?? []), ...(w.length < 5 ? [`${w}s`, `${w}ed`, `${w}es`, `${w}ing`] : [])],
  ...(w.length >= 5 ? { stem: stem(w) } : {}),
});

/** Whether a clause (or a passage) holds a word asked at all. */
const holds = (vocab: ReadonlySet<string>, a: Asked) =>
  a.forms.some((f) => vocab.has(f)) || (!!a.stem && vocab.has(a.stem));

/** Where in a clause a word of the question stands (its form, its stem, or an irregular form of the verb), or -1. */
function at(clause: Clause, a: Asked): number {
  if (!holds(clause.vocab, a)) return -1;
  return clause.words.findIndex(
    (x, i) => a.forms.includes(x) || (!!a.stem && x.length >= 5 && clause.stems[i] === a.stem),
  );
}

const VERBISH = /(?:ed|ing)$/;
const ORDER_WORDS = new Set([
  'before',
  'after',
  'first',
  'last',
  'earlier',
  'later',
  'than',
  'since',
  'until',
  'till',
  'prior',
  'then',
  'ago',
  'yet',
  'still',
  'already',
  'ever',
  'never',
  'again',
  'also',
  'only',
  'both',
  'either',
  'neither',
  'all',
  'each',
  'every',
]);
const PARTICLES = new Set(['up', 'out', 'off']);
export const isVerb = (w: string): boolean =>
  w in VERB_FORMS ||
  ANNOUNCED.has(w) ||
  SAID.has(w) ||
  HELD.has(w) ||
  VERBISH.test(w) ||
  AGENT.test(w) ||
  /^(?:sign|fund|build|expand|join|run|host|open|attend|give|visit|meet|call|develop|manage|operate|organise|organize|own|create|found|start)s?$/.test(
    w,
  );
// (The one who did it, named by the act: "the developer of", "its operator" — the act's stem: "developed".)
const AGENT = /^(?:develop|manag|operat|organis|organiz|found|fund|build|host|launch|creat)(?:er|or)s?$/;

/** The words of a mention a clause must hold: a person's or partner's name as typed, a topic's words. */
const anchorWords = (m: Mention): string[] => m.words.split(' ').filter((w) => w.length > 1);

export interface Found {
  passage: Indexed;
  planned: boolean;
  /** The act asked, as the passage dates it itself ("launched on 25 Nov 2022"): its date, not its meeting's. */
  dated?: { words: string; when: When };
}

// Verbs of making a thing known, read as the passage's dated act of launching ("come out", "released").
const AS_LAUNCH = new Set([
  'announce',
  'announced',
  'release',
  'released',
  'come',
  'came',
  'out',
  'introduce',
  'introduced',
  'unveil',
  'launch',
  'launched',
  'rolled',
  'roll',
]);

/** The date a passage gives its own act ("launched on 25 Nov 2022", "launched in Sept 2020"), as precise as it is. */
function datedAct(text: string, verb: string): Found['dated'] {
  const words = datedIn(text, ` ${AS_LAUNCH.has(verb) ? 'launched' : verb} `);
  if (!words) return undefined;
  const plain = ` ${norm(words)} `;
  const iso = isoDateIn(plain);
  if (iso) {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    return { words, when: { year, month, day } };
  }
  const my = / ([a-z]+) (\d{4}) $/.exec(plain);
  const month = my ? monthNumber(my[1] ?? '') : undefined;
  const year = Number(/(\d{4})/.exec(plain)?.[1] ?? NaN);
  return Number.isNaN(year) ? undefined : { words, when: { year, ...(month ? { month } : {}) } };
}

/**
 * The passages one clause of which holds every word asked (and, for a named outcome, that outcome's own passages),
 * in the question's order from its subject to its verb (unless the verb goes both ways: "meet").
 */
export function findPassages(
  dataset: Dataset,
  words: readonly string[],
  outcomeKeys: readonly string[],
  verb: string | undefined,
  orgs: readonly Thing[] = [],
  announcing = false,
  others?: Indexed[],
): Found[] {
  const found: Found[] = [];
  const subjectFirst = !!verb && words.indexOf(verb) > 0;
  // (A partner's words are held by the passage naming it as a party, whatever name its text gives it.)
  const party = new Map(
    orgs.flatMap((o) =>
      o.type === 'org' ? anchorWords({ words: o.words } as Mention).map((w) => [w, o.ids] as const) : [],
    ),
  );
  const asked = words.map(askedOf);
  const all = passages(dataset);
  // The passages that could hold every word: each word's passages (by its forms and stem), a partner's passages by its
  // parties, an announcing verb's by any outcome — the rarest word first; the rest are never read.
  const index = passageIndex(dataset);
  let candidates: number[] | undefined;
  for (const a of asked) {
    if (a.w === verb && announcing) continue;
    if (party.has(a.w)) continue;
    const holding = new Set<number>();
    for (const f of [...a.forms, ...(a.stem ? [a.stem] : [])]) for (const i of index.get(f) ?? []) holding.add(i);
    candidates = candidates ? candidates.filter((i) => holding.has(i)) : [...holding];
    if (!candidates.length) return found;
  }
  for (const i of candidates ?? all.map((_, j) => j)) {
    const p = all[i] as Indexed;
    if (outcomeKeys.length && !outcomeKeys.includes(p.key ?? '')) continue;
    const named = (w: string) => party.get(w)?.some((id) => p.parties.includes(id)) ?? false;
    const announced = announcing && !!verb && ANNOUNCED.has(verb) && p.outcome;
    // (A passage holding none of a word asked, in any clause, is passed over before any clause is read.)
    if (!asked.every((a) => holds(p.vocab, a) || (a.w === verb && announced) || named(a.w))) continue;
    for (const clause of p.clauses) {
      const where = asked.map((a) => at(clause, a));
      const ok = words.every((w, i) => (where[i] ?? -1) >= 0 || (w === verb && announced) || named(w));
      if (!ok) continue;
      const v = verb ? where[words.indexOf(verb)] : -1;
      // (Who did it: the subject before the verb in the clause too — "Heng called the SCI a pathfinder" is no "did the
      // SCI call Heng…". A passive clause or a verb of both sides keeps no order.)
      // (A clause that names its doer after "by" — "developed and managed by OneConnect" — has its doer there: the
      // subject asked must be it, never a name before the verb, "YiQiYe's SME buyers".)
      const s0 = where[0] ?? -1;
      if (subjectFirst && verb && !SYMMETRIC.has(verb) && v !== undefined && v >= 0) {
        const by = clause.words.slice(v + 1, v + 5).indexOf('by');
        const doerAt = by >= 0 ? v + 1 + by : -1;
        const first = asked[0];
        const doer =
          !!first &&
          at(
            {
              ...clause,
              words: clause.words.slice(doerAt + 1, doerAt + 4),
              stems: clause.stems.slice(doerAt + 1, doerAt + 4),
            },
            first,
          ) >= 0;
        if (doerAt >= 0 && !doer) {
          // (The act's clause names another doer: "developed and managed by OneConnect" asked of YiQiYe.)
          others?.push(p);
          continue;
        }
        if (doerAt < 0 && s0 > v) continue;
      }
      // (As to come: the few words right before the verb say so — "poised to expand", "will establish"; a verb the
      // clause does not hold, held by an outcome announced, is the announcement itself.)
      const before = v !== undefined && v >= 0 ? ` ${clause.words.slice(Math.max(0, v - 4), v + 1).join(' ')} ` : '';
      found.push({ passage: p, planned: PLANNED.test(before) });
      break;
    }
  }
  return found;
}

/** happened: the words nothing else read, each held by one clause of a passage. */
export function readHappened(s: Sentence): ReadClaim | undefined {
  const { u } = s;
  const orgMentions = mentionsOf(u, 'org');
  // Partners offered as alternatives ("which university set up the Success Academy, NUS or SUSS?"): the one a passage
  // names. (The kind asked of them is theirs.)
  const offeredOrgs = orgMentions.length > 1 ? offered(s, orgMentions) : undefined;
  // (Kinds, countries, groups, counts and records are other predicates' claims.)
  const others = u.mentions.filter(
    (m) => ['kind', 'country', 'group', 'pillar', 'record', 'number'].includes(m.type) && !/^year:/.test(m.value),
  );
  if (others.some((m) => !(offeredOrgs && m.type === 'kind'))) return undefined;
  for (const m of others) mark(s, m);
  const meetings = [...new Set(s.meetings.map((m) => Number(m.value)))];
  if (meetings.length > 1) return undefined;
  for (const m of s.meetings) mark(s, m);
  const outcomeKeys = [...new Set(s.outcomes.map((m) => m.value))];
  for (const m of s.outcomes) mark(s, m);
  // Names and topics read by understand() are words the clause must hold, as typed; a partner, or its name in the
  // passage's parties.
  const anchors = u.mentions.filter((m) => ['person', 'org', 'topic'].includes(m.type) && !offeredOrgs?.includes(m));
  // (A named outcome as the doer — "did DBS launch a pilot?", DBS named only in an outcome — is a word the act's clause
  // must hold, as a partner's name is: never the whole outcome's text doing what one of its parties did.)
  const doing = s.outcomes.filter((m) => /^ (?:did|does|do|has|have|had) (?:the )?$/.test(u.q.text.slice(0, m.start)));
  const subjectMentions = [...u.mentions.filter((m) => m.type === 'subject' && m.value === 'demozone'), ...doing];
  const left = unread(s).map((x) => x.w);
  const asked: string[] = [];
  const orgs: Thing[] = [];
  for (const m of [...anchors, ...subjectMentions].sort((a, b) => a.start - b.start)) {
    const ws = m.type === 'person' ? [norm(m.value).split(' ').pop() ?? m.words] : anchorWords(m);
    if (m.type === 'org') orgs.push(orgThing(m));
    for (const w of ws) if (!asked.includes(w)) asked.push(w);
  }
  const covered = new Set(
    [...anchors, ...subjectMentions, ...(offeredOrgs ?? [])].flatMap((m) =>
      s.words.filter((x) => x.start >= m.start && x.end <= m.end).map((x) => x.w),
    ),
  );
  const rest = left.filter((w) => !covered.has(w));
  // (A verb's particle is the verb's: "set up", "come out", "roll out".)
  const particle = (w: string, i: number) => PARTICLES.has(w) && i > 0 && isVerb(rest[i - 1] ?? '');
  const words = [...asked, ...rest.filter((w, i) => !asked.includes(w) && !particle(w, i))];
  // The order in the question: the words as they stand in it.
  const pos = (w: string) =>
    s.words.findIndex((x) => x.w === w || (s.u.q.text.includes(` ${w} `) && x.w.startsWith(w)));
  words.sort((a, b) => pos(a) - pos(b));
  if (!words.length || mentionsOf(u, 'initiative').length) return undefined;
  // A thing done is asked: its verb. Chairing, saying and changes in number are other predicates' claims (chairs,
  // quotes, comparisons), never a clause that happens to hold their words.
  // (The verb is the question's own word, never a word of a name or topic it names: "the start-up area".)
  // (A one-word topic that is a verb of doing — "fund" — is the act asked: "did the Call fund tourism projects?".)
  const oneWordTopics = new Set(
    anchors.filter((m) => m.type === 'topic' && !m.words.includes(' ')).map((m) => m.words),
  );
  const verb = words.find((w) => isVerb(w) && (rest.includes(w) || oneWordTopics.has(w)));
  // (An outcome's own name is no verb of saying: "the Joint Innovation Call".)
  const named = new Set(doing.flatMap(anchorWords));
  if (!verb || words.some((w) => !named.has(w) && (CHAIRED.has(w) || SAID.has(w) || QUANTITY.has(w)))) return undefined;
  // Places named are words a clause may hold, or a qualifier the passage's place is checked against.
  const placeWords = s.places.map((x) => x.w).filter((w) => !words.includes(w));
  // (An announcing verb of nothing but what the question names — "was the Asian SME Hub launched at the 1st JIC?" —
  // is the meeting making it known; with more words of its own — "did MUFG start a pilot?" — the clause must say it.)
  const announcing = ANNOUNCED.has(verb) && rest.every((w, i) => w === verb || particle(w, i));
  // (The meeting as the one doing it — "did the 4th JIC unveil…", "was the founding MOU signed in…": only its own
  // passages say it; another meeting's passage is no answer.)
  const verbAt = s.words.findIndex((x) => x.w === verb);
  const meetingFirst = s.meetings.some((m) => m.start < (s.words[verbAt]?.start ?? 0));
  const either = offeredOrgs ? offeredOrgs.map(orgThing) : undefined;
  const tries = either ? either.map((t) => withOrg(words, orgs, t)) : [{ words, orgs }];
  const find = (extra: readonly string[]) =>
    tries.some((x) =>
      findPassages(s.dataset, [...x.words, ...extra], outcomeKeys, verb, x.orgs, announcing).some(
        (f) => !meetingFirst || f.passage.meeting === meetings[0],
      ),
    );
  const withPlace = placeWords.length > 0 && find(placeWords);
  const otherDoer: Indexed[] = [];
  if (!withPlace && !either && !placeWords.length && verb && !ANNOUNCED.has(verb)) {
    findPassages(s.dataset, words, outcomeKeys, verb, orgs, false, otherDoer);
    if (otherDoer.length && !find([])) {
      s.read.fill(true);
      return {
        predicate: 'happened',
        subject: outcomeKeys.length
          ? { type: 'outcome', words: s.outcomes[0]?.words ?? '', keys: outcomeKeys }
          : { type: 'words', words },
        objects: [{ type: 'words', words }, ...orgs],
        qualifiers: { act: verb, otherDoer: true, ...(meetings.length ? { meeting: meetings[0] } : {}) },
      };
    }
  }
  if (!withPlace && !find([])) {
    const split = otherDoerSplit(s, words, verb, outcomeKeys, orgs, meetings, either);
    if (split) return split;
    // A named outcome doing the act asked, but of words its text does not hold ("fund tourism projects"): the sources
    // don't say so — with what they say, never a No.
    const at = verb ? words.indexOf(verb) : -1;
    const core = words.slice(0, at + 1);
    const unsaid = words.slice(at + 1);
    if (
      !outcomeKeys.length ||
      s.outcomes.length !== 1 ||
      at < 0 ||
      !unsaid.length ||
      meetings.length ||
      s.when ||
      either
    )
      return undefined;
    // (Words of time, order or comparison are another claim's: "did OneSME launch before the GIA node?".)
    if (unsaid.some((w) => ORDER_WORDS.has(w) || QUANTITY.has(w))) return undefined;
    // (A word no passage holds at all may be a name the sources never give — "with Temasek": said so by the readings
    // of strangers.)
    const index = passageIndex(s.dataset);
    if (unsaid.some((w) => !askedOf(w).forms.some((f) => index.has(f)) && !index.has(stem(w)))) return undefined;
    if (!findPassages(s.dataset, core, outcomeKeys, verb, orgs, false).length) return undefined;
    s.read.fill(true);
    return {
      predicate: 'happened',
      subject: { type: 'outcome', words: s.outcomes[0]?.words ?? '', keys: outcomeKeys },
      objects: [{ type: 'words', words: core }, ...orgs],
      qualifiers: { ...(verb ? { act: verb } : {}), unsaid },
    };
  }
  // (Read whole: every word is the claim's.)
  s.read.fill(true);
  const all = withPlace ? [...words, ...placeWords] : words;
  return {
    predicate: 'happened',
    subject: outcomeKeys.length
      ? { type: 'outcome', words: s.outcomes[0]?.words ?? '', keys: outcomeKeys }
      : { type: 'words', words: all },
    objects: [{ type: 'words', words: all }, ...orgs],
    ...(either ? { either: { of: 'subject' as const, things: either } } : {}),
    qualifiers: {
      ...(meetings.length ? { meeting: meetings[0] } : {}),
      ...(s.when ? { when: s.when } : {}),
      ...(!withPlace && placeWords[0] ? { place: placeWords[0] } : {}),
      ...(verb ? { act: verb } : {}),
      ...(announcing ? { announced: true } : {}),
      ...(PLANNED.test(u.q.text) || / (?:going to|plan to|plans to|planned to|intend to) /.test(u.q.text)
        ? { planned: true }
        : {}),
    },
  };
}

/**
 * The doer asked named in the passage, but apart from the act: "did UOB launch a TradeTrust pilot?" of "(UOB ran two,
 * DBS one; Bank of China, ICBC and MUFG to launch pilots)" — the act's own clause has other doers, so the sources don't
 * say the one asked did it (never a Yes read off the whole passage): what they say.
 */
function otherDoerSplit(
  s: Sentence,
  words: readonly string[],
  verb: string,
  outcomeKeys: readonly string[],
  orgs: readonly Thing[],
  meetings: readonly number[],
  either: readonly Thing[] | undefined,
): ReadClaim | undefined {
  const at = words.indexOf(verb);
  const doer = words.slice(0, at);
  const act = words.slice(at);
  if (at < 1 || either || orgs.length || s.when || meetings.length || act.length < 2) return undefined;
  const found = findPassages(s.dataset, act, outcomeKeys, verb, [], ANNOUNCED.has(verb));
  // (The doer must be named in that very passage, in another of its clauses.)
  const hit = found.find((f) => doer.every((w) => holds(f.passage.vocab, askedOf(w))));
  if (!hit) return undefined;
  s.read.fill(true);
  // (The doer asked is the outcome's own name, outside its list of who did what — "did TradeTrust launch trials?" of
  // "TradeTrust … trials (UOB ran two, …)": the outcome is the frame, never one doer among its parties; the act alone
  // is the claim, a plan where its clause says so — "did TradeTrust launch pilots?".)
  const frame = ` ${norm(normalForm(hit.passage.text.split('(')[0] ?? ''))} `;
  if (outcomeKeys.length && hit.passage.text.includes('(') && doer.every((w) => frame.includes(` ${w} `)))
    return {
      predicate: 'happened',
      subject: { type: 'outcome', words: s.outcomes[0]?.words ?? '', keys: [...outcomeKeys] },
      objects: [{ type: 'words', words: act }],
      qualifiers: { act: verb, ...(ANNOUNCED.has(verb) ? { announced: true } : {}) },
    };
  return {
    predicate: 'happened',
    subject: outcomeKeys.length
      ? { type: 'outcome', words: s.outcomes[0]?.words ?? '', keys: [...outcomeKeys] }
      : { type: 'words', words: [...words] },
    objects: [{ type: 'words', words: act }],
    qualifiers: { act: verb, unsaid: doer, ...(ANNOUNCED.has(verb) ? { announced: true } : {}) },
  };
}

/** A partner as a claim names it: its words as typed and its ids (with its brand family). */
const orgThing = (m: Mention): Thing => ({ type: 'org', words: m.words, ids: [m.value, ...(m.also ?? [])] });

/** The words and partners of one alternative: the claim's, with the alternative's in the place it stood. */
function withOrg(words: readonly string[], orgs: readonly Thing[], alt: Thing): { words: string[]; orgs: Thing[] } {
  return alt.type === 'org'
    ? { words: [...anchorWords({ words: alt.words } as Mention), ...words], orgs: [...orgs, alt] }
    : { words: [...words], orgs: [...orgs] };
}

/** Whether a date holds the date asked, as precisely as asked. */
function sameWhen(iso: string, when: When): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  return y === when.year && (!when.month || m === when.month) && (!when.day || d === when.day);
}

/** Whether a date a passage gives (as precise as it is) holds the date asked: never Yes for a month a day alone leaves open. */
function sameAs(given: When, asked: When): boolean {
  if (given.year !== asked.year) return false;
  if (asked.month && given.month !== undefined && given.month !== asked.month) return false;
  if (asked.day && given.day !== undefined && given.day !== asked.day) return false;
  return (!asked.month || given.month !== undefined) && (!asked.day || given.day !== undefined);
}

/** The passage that says it, and whether it is at the meeting, date and place asked. */
export function passageVerdict(claim: ReadClaim, dataset: Dataset): ClaimResult {
  const words = claim.objects.flatMap((o) => (o.type === 'words' ? o.words : []));
  const orgs = claim.objects.filter((o) => o.type === 'org');
  if (!claim.either) return verdictOf(claim, dataset, words, orgs);
  // An alternative: each one's claim; the ones a passage says hold.
  const each = claim.either.things.map((t) => {
    const x = withOrg(words, orgs, t);
    return verdictOf(claim, dataset, x.words, x.orgs);
  });
  const holds = each.flatMap((r, i) => (r.verdict === 'yes' || r.verdict === 'partly' ? [i] : []));
  const first = each[holds[0] ?? -1];
  return first ? { ...first, holds } : { op: 'claim', claim, verdict: 'unknown', holds, refs: [], sources: [] };
}

function verdictOf(claim: ReadClaim, dataset: Dataset, words: readonly string[], orgs: readonly Thing[]): ClaimResult {
  const keys = claim.subject.type === 'outcome' ? claim.subject.keys : [];
  const verb = claim.qualifiers.act;
  const q = claim.qualifiers;
  // (The act's own date, where the passage gives one, is read only of the passages found.)
  if (q.otherDoer) {
    const others: Indexed[] = [];
    findPassages(dataset, words, keys, verb, orgs, false, others);
    const p = others[0];
    const by = p ? new RegExp(`\\b[\\w-]+(?:,? and [\\w-]+)? by [^,.;:]+`, 'i').exec(p.text)?.[0] : undefined;
    const meeting = p?.meeting !== undefined ? dataset.meetingByNumber(p.meeting) : undefined;
    return {
      op: 'claim',
      claim,
      verdict: p && by ? 'no' : 'unknown',
      ...(p ? { passage: shown(p, by) } : {}),
      refs: meeting ? [{ kind: 'meeting', id: meeting.id }] : [],
      sources: [...(p?.sources ?? [])],
    };
  }
  const found = findPassages(dataset, words, keys, verb, orgs, !!q.announced).map((f) => {
    const dated = verb ? datedAct(f.passage.text, verb) : undefined;
    return dated ? { ...f, dated } : f;
  });
  // (A passage that dates the act itself is at that date, and at a meeting only if one was held that very day.)
  const meetingOf = (f: Found) =>
    f.dated
      ? f.dated.when.day
        ? dataset.meetings.find((m) => sameWhen(m.date.value, f.dated?.when as When))?.number
        : undefined
      : f.passage.meeting;
  const misses = (f: Found): ClaimResult['missed'] =>
    q.meeting !== undefined && meetingOf(f) !== q.meeting
      ? 'meeting'
      : q.when && !(f.dated ? sameAs(f.dated.when, q.when) : sameWhen(f.passage.date, q.when))
        ? 'when'
        : q.place &&
            !norm(f.passage.place ?? '')
              .split(' ')
              .includes(q.place)
          ? 'place'
          : undefined;
  const hit = found.find((f) => !misses(f)) ?? found[0];
  const missed = hit ? misses(hit) : undefined;
  // (Asked as a plan — "will TusStar set up in Singapore?" — a passage that states it as to come says Yes.)
  const verdict =
    !hit || q.unsaid ? 'unknown' : missed ? 'no' : hit.planned && !claim.qualifiers.planned ? 'partly' : 'yes';
  const p = hit?.passage;
  const passage: Passage | undefined = p ? shown(p, hit?.dated?.words, p.place) : undefined;
  const meeting = p?.meeting !== undefined ? dataset.meetingByNumber(p.meeting) : undefined;
  return {
    op: 'claim',
    claim,
    verdict,
    ...(passage ? { passage } : {}),
    ...(missed ? { missed } : {}),
    refs: meeting ? [{ kind: 'meeting', id: meeting.id }] : [],
    sources: [...(p?.sources ?? [])],
  };
}

/**
 * figure: a number claimed of a thing a passage counts ("did OneSME have 118 partners?", "were there 13 Chinese buyers
 * on OneSME?"): the number the passage puts right before that noun — never a Yes for a number the text gives another
 * noun ("118 Singapore SME suppliers").
 */
export function readFigure(s: Sentence): ReadClaim | undefined {
  const { u } = s;
  const numbers = mentionsOf(u, 'number').filter((m) => !m.value.startsWith('year:'));
  const number = numbers[0];
  if (numbers.length !== 1 || !number || s.people.length) return undefined;
  const value = Number(number.value);
  if (!Number.isFinite(value)) return undefined;
  // The noun counted: the words after the number up to a word that only shapes the question ("13 chinese buyers on").
  const after = s.words.filter((x) => x.start >= number.end);
  const noun: string[] = [];
  for (const x of after) {
    if (SHAPE.has(x.w) || /^\d/.test(x.w)) break;
    noun.push(x.w);
  }
  const head = noun[noun.length - 1];
  if (!head) return undefined;
  // What is counted must be named: a named outcome, or a partner whose outcomes' passages count it.
  const keys = [...new Set(s.outcomes.map((m) => m.value))];
  const orgs = mentionsOf(u, 'org');
  if (!keys.length && !orgs.length) return undefined;
  const passagesAsked = figurePassages(
    s.dataset,
    keys,
    orgs.flatMap((m) => [m.value, ...(m.also ?? [])]),
    head,
  );
  if (!passagesAsked.length) return undefined;
  for (const m of [...s.outcomes, ...orgs, number]) mark(s, m);
  // ("OneSME had 163 buyers by mid 2021": the year the figure's own text gives it as at — "as at 30 Jun 2021" — is its
  // time, read; another year stays unread: no figure as at 2021 answers for 2020.)
  let otherYear = false;
  const years = new Set(
    passagesAsked.flatMap((f) => /\bas (?:at|of)\b[^.;,]*?\b(20\d\d)\b/.exec(f.passage.text)?.[1] ?? []),
  );
  for (const m of mentionsOf(u, 'meeting')) {
    const year = /\b20\d\d\b/.exec(u.q.text.slice(m.start, m.end))?.[0];
    if (year && years.has(year)) {
      mark(s, m);
      markWords(s, TIME_WORDS);
    } else if (year && years.size) {
      mark(s, m);
      otherYear = true;
    }
  }
  for (const x of after.slice(0, noun.length)) mark(s, x);
  // ("More than 10,000 companies", "over 100 suppliers": the range claimed.)
  const bound = boundAt(u.q.text, number.start, number.end);
  if (bound) mark(s, bound);
  // ("Its network", "on OneSME", "have", "were there": read; any other word left is not this claim's.)
  for (const m of u.mentions) if (m.type === 'subject' || m.type === 'country' || m.type === 'kind') mark(s, m);
  markWords(s, FIGURE_SHAPE);
  // (The outcome's own words around its name — "the OneSME platform" — are what the passage calls it, no other claim.)
  if (keys.length)
    markWords(
      s,
      new Set(
        s.words
          .map((x) => x.w)
          .filter(
            (w) =>
              passagesAsked.some((f) => f.passage.vocab.has(w)) &&
              !/^\d/.test(w) &&
              // (Never an order word or ordinal, "its second batch": that picks a figure.)
              !ORDER_WORDS.has(w) &&
              !/^(?:first|second|third|fourth|fifth|batch|batches)$/.test(w),
          ),
      ),
    );
  return {
    predicate: 'figure',
    subject: keys.length
      ? { type: 'outcome', words: s.outcomes[0]?.words ?? '', keys }
      : { type: 'org', words: orgs[0]?.words ?? '', ids: orgs.flatMap((m) => [m.value, ...(m.also ?? [])]) },
    objects: [{ type: 'words', words: [head] }],
    // (Asked of now — "does OneSME have 200 buyers?" — a figure the sources give as at a date is no No for today.)
    qualifiers: {
      count: value,
      ...(bound ? { bound: bound.bound } : {}),
      ...(/ exactly /.test(u.q.text) ? { exact: true } : {}),
      ...(askedOfNow(u.q.text) ? { now: true } : {}),
      ...(otherYear ? { otherYear } : {}),
    },
  };
}

/**
 * Asked of now — "does OneSME have 200 buyers?", "is it true that OneSME has …" — by the claim's own verb: a statement
 * framed as a question ("is it true that OneSME HAD more than 200 buyers") is asked of its time, not of today.
 */
function askedOfNow(t: string): boolean {
  const framed = /^ is it (?:true|correct|right|the case|accurate) that (.+)$/.exec(t)?.[1];
  return framed ? / (?:has|have|is|are|does|do) /.test(` ${framed}`) : /^ (?:does|do|has|have|is|are) /.test(t);
}

// Words around a time a figure is given as at ("by mid 2021", "as of the middle of 2021", "at the end of june 2021").
const TIME_WORDS = new Set(['by', 'mid', 'middle', 'as', 'at', 'of', 'in', 'end', 'june', 'jun', 'the']);

// Words of having a count ("did OneSME have", "were there", "in its network", "more than").
const FIGURE_SHAPE = new Set([
  'have',
  'has',
  'had',
  'there',
  'its',
  'network',
  'total',
  'about',
  'around',
  'exactly',
  'reach',
  'reached',
]);

function markWords(s: Sentence, set: ReadonlySet<string>): void {
  s.words.forEach((x, i) => {
    if (set.has(x.w)) s.read[i] = true;
  });
}

/** The passages of the outcomes (or partners) asked whose clauses count the noun: a number right before it. */
function figurePassages(dataset: Dataset, keys: readonly string[], orgs: readonly string[], head: string): Figure[] {
  const a = askedOf(head);
  const out: Figure[] = [];
  for (const p of passages(dataset)) {
    if (keys.length ? !keys.includes(p.key ?? '') : !p.parties.some((id) => orgs.includes(id))) continue;
    if (!holds(p.vocab, a)) continue;
    for (const clause of p.clauses) {
      const h = at(clause, a);
      if (h < 0) continue;
      // (The number before the noun, a few words back at most, with no other number between: "163 chinese enterprise buyers".)
      for (let i = h - 1; i >= Math.max(0, h - 4); i--) {
        const w = clause.words[i] ?? '';
        if (/^\d+$/.test(w)) {
          // (The text's own bound on it — "more than 10,000 companies" — makes its figure a range.)
          const own = boundBefore(` ${clause.words.slice(Math.max(0, i - 3), i).join(' ')} `);
          // (Said as the passage writes it, with its bound: "163 Chinese enterprise buyers", "more than 10,000 companies".)
          const digits = w.replace(/\B(?=(?:\d{3})+$)/g, ',?');
          const typed = new RegExp(
            `\\b${own ? `(?:${QUALIFIER})\\s+` : ''}${digits}\\s+(?:[\\w-]+\\s+){0,3}?${stem(clause.words[h] ?? '')}\\w*`,
            'i',
          ).exec(p.text)?.[0];
          out.push({
            passage: p,
            value: Number(w),
            range: claimedRange(Number(w), own?.bound),
            words: typed ?? clause.words.slice(i, h + 1).join(' '),
          });
          break;
        }
      }
    }
  }
  return out;
}

// The words a text bounds its own figure with ("more than 10,000"), as written.
const QUALIFIER = 'more than|fewer than|less than|over|under|about|around|nearly|almost|at least|up to|some';

interface Figure {
  passage: Indexed;
  value: number;
  /** The values the text allows: its number, or the range its own bound gives ("more than 10,000"). */
  range: [number, number];
  /** The number and its noun as the passage gives them ("13 partners"). */
  words: string;
}

/** figure: the number the passage gives the noun, against the number claimed. */
export function figureVerdict(claim: ReadClaim, dataset: Dataset): ClaimResult {
  const keys = claim.subject.type === 'outcome' ? claim.subject.keys : [];
  const orgs = claim.subject.type === 'org' ? claim.subject.ids : [];
  const head = claim.objects[0]?.type === 'words' ? (claim.objects[0].words[0] ?? '') : '';
  const found = figurePassages(dataset, keys, orgs, head);
  const claimed = claimedRange(claim.qualifiers.count ?? NaN, claim.qualifiers.bound);
  const hit = found.find((f) => rangeVerdict(f.range, claimed) === 'yes') ?? found[0];
  const p = hit?.passage;
  const meeting = p?.meeting !== undefined ? dataset.meetingByNumber(p.meeting) : undefined;
  // (An unbounded number asked that is the text's own bounded one — "10k companies" of "more than 10,000" — is the
  // text's figure; "exactly 10,000" is not.)
  const own = hit && !claim.qualifiers.bound && !claim.qualifiers.exact && hit.value === claim.qualifiers.count;
  const held = own ? 'yes' : hit ? rangeVerdict(hit.range, claimed) : 'unknown';
  return {
    op: 'claim',
    claim,
    // (Asked of now, a No stands only below what the text gives: a count as at a date may have grown since, not shrunk
    // — "does TusStar have under 5,000 companies" of "more than 10,000" is No; "does OneSME have 200 buyers" of 163 is open.)
    verdict:
      claim.qualifiers.otherYear || (held === 'no' && claim.qualifiers.now && !(hit && claimed[1] < hit.range[0]))
        ? 'unknown'
        : held,
    ...(p ? { passage: shown(p, hit.words) } : {}),
    refs: meeting ? [{ kind: 'meeting', id: meeting.id }] : [],
    sources: [...(p?.sources ?? [])],
  };
}
