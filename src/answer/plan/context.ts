// What every recogniser of plan() reads, built once per question: the question as plan() re-reads its target, the
// dataset, and the names and filters the readings share — each worked out the first time a recogniser asks for it, so
// a question claimed early (help, an acronym) never pays for the rest.
import { type Mention, mentionedOrgIds, mentionsOf, type Understanding } from '../understand.js';
import type { Dataset } from '../../dataset/index.js';
import type { Filter, Plan, Selection, Subjectref } from './types.js';
import { demoZoneId, filterOf, has, meetingsOf, selection, singleRecord } from './common.js';
import { freeTopics, highlightKeys } from './yes-no.js';
import { perDataset } from '../records.js';

/** One reading: the plan for a question of its kind, or undefined to leave it to the readings after it. */
export type Recogniser = (c: PlanContext) => Plan | undefined;

export interface PlanContext {
  /** The question as understood, before plan() re-read its target (meetingOwnTotal reads it so). */
  readonly asked: Understanding;
  /** The question with its target re-read (a superlative asked as a count is a "most", …). */
  readonly u: Understanding;
  readonly dataset: Dataset;
  readonly meetingNums: number[];
  readonly orgs: string[][];
  readonly people: string[];
  /** Outcomes named by their name (not by their words). */
  readonly namedOutcomes: Mention[];
  readonly highlights: string[];
  readonly record: Subjectref | undefined;
  /** The one thing the question is about, if it names one. */
  readonly about: Subjectref | undefined;
  readonly select: Selection | undefined;
  /** The filter the words ask, with the free topic words ("projects on carbon") the readings of records add. */
  readonly f: Filter;
}

const UNSET = Symbol('unset');
type Lazy<T> = T | typeof UNSET;

// A class, not an object literal of getters: every context shares one shape, so the readings' reads of it stay fast.
class Context implements PlanContext {
  readonly u: Understanding;
  #meetingNums: Lazy<number[]> = UNSET;
  #orgs: Lazy<string[][]> = UNSET;
  #people: Lazy<string[]> = UNSET;
  #namedOutcomes: Lazy<Mention[]> = UNSET;
  #highlights: Lazy<string[]> = UNSET;
  #record: Lazy<Subjectref | undefined> = UNSET;
  #about: Lazy<Subjectref | undefined> = UNSET;
  #select: Lazy<Selection | undefined> = UNSET;
  #f: Lazy<Filter> = UNSET;

  constructor(
    readonly asked: Understanding,
    readonly dataset: Dataset,
  ) {
    this.u = reread(asked);
  }
  get meetingNums(): number[] {
    if (this.#meetingNums === UNSET) this.#meetingNums = meetingsOf(this.u);
    return this.#meetingNums;
  }
  get orgs(): string[][] {
    if (this.#orgs === UNSET) this.#orgs = mentionedOrgIds(this.u);
    return this.#orgs;
  }
  get people(): string[] {
    if (this.#people === UNSET) this.#people = [...new Set(mentionsOf(this.u, 'person').map((m) => m.value))];
    return this.#people;
  }
  // A meeting named beside a named outcome picks that meeting's outcome of the name, never another's.
  get namedOutcomes(): Mention[] {
    if (this.#namedOutcomes === UNSET)
      this.#namedOutcomes = mentionsOf(this.u, 'highlight').filter((m) => m.words !== '(words)');
    return this.#namedOutcomes;
  }
  get highlights(): string[] {
    if (this.#highlights === UNSET) this.#highlights = highlightKeys(this.u, this.dataset);
    return this.#highlights;
  }
  get record(): Subjectref | undefined {
    if (this.#record === UNSET) this.#record = singleRecord(this.u, this.dataset);
    return this.#record;
  }
  get about(): Subjectref | undefined {
    if (this.#about === UNSET)
      this.#about = aboutOf(
        this.u,
        this.dataset,
        this.record,
        this.orgs,
        this.people,
        this.namedOutcomes,
        this.highlights,
        this.meetingNums,
      );
    return this.#about;
  }
  get select(): Selection | undefined {
    if (this.#select === UNSET) this.#select = selection(this.u);
    return this.#select;
  }
  get f(): Filter {
    if (this.#f === UNSET) this.#f = widened(this.u, this.dataset, filterOf(this.u, this.dataset), this.select);
    return this.#f;
  }
}

export function planContext(asked: Understanding, dataset: Dataset): PlanContext {
  return new Context(asked, dataset);
}

/** The target plan() answers: a superlative count is a "most", a sum of meetings a count, one meeting's total its own. */
function reread(asked: Understanding): Understanding {
  return superlativeCount(asked)
    ? {
        ...asked,
        target: 'most' as const,
        flags: { ...asked.flags, fewest: / (?:lowest|smallest|fewest|least|minimum|min) /.test(asked.q.text) },
      }
    : summed(asked)
      ? { ...asked, target: 'count' as const, flags: { ...asked.flags, cumulative: false } }
      : meetingOwnTotal(asked)
        ? { ...asked, flags: { ...asked.flags, cumulative: false } }
        : asked;
}

function aboutOf(
  u: Understanding,
  dataset: Dataset,
  record: Subjectref | undefined,
  orgs: string[][],
  people: string[],
  namedOutcomes: Mention[],
  highlights: string[],
  meetingNums: number[],
): Subjectref | undefined {
  // A named outcome outranks a record picked by one topic word ("what does the Joint Innovation Call fund?"
  // is not the CapitaLand development-fund MOU).
  const byTopicOnly = record && !mentionsOf(u, 'record').length && !orgs.length;
  const outcomeFirst =
    byTopicOnly && namedOutcomes.length && highlights[0]
      ? ({ type: 'highlight', key: highlights[0] } as const)
      : undefined;
  return (
    outcomeFirst ??
    record ??
    (orgs.length === 1 && orgs[0] ? { type: 'org', ids: orgs[0] } : undefined) ??
    (orgs.length > 1 ? { type: 'orgs', groups: orgs } : undefined) ??
    (people[0] ? { type: 'person', name: people[0] } : undefined) ??
    (highlights[0] ? { type: 'highlight', key: highlights[0] } : undefined) ??
    (has(u, 'demozone') && !meetingNums.length
      ? { type: 'record', kind: 'project', id: demoZoneId(dataset) }
      : undefined) ??
    (meetingNums.length === 1 && meetingNums[0] !== undefined ? { type: 'meeting', number: meetingNums[0] } : undefined)
  );
}

/**
 * The filter with the words no table knows that the records must be about. Only the readings of records (from
 * `sidelines` on, in RECOGNISERS) read the filter, so they all see it widened, as they did when plan() was one
 * function.
 */
function widened(u: Understanding, dataset: Dataset, f: Filter, select: Selection | undefined): Filter {
  // "Projects on carbon", "MOUs about drones": a word no table knows, after "on/about", is what the records must
  // be about (their text, in any form of the word) — never every record as if all were about it.
  if ((select === 'mous' || select === 'projects') && !f.topics?.length && !f.orgs?.length && !f.records?.length) {
    const free = freeTopics(u);
    if (free.length) f.topics = free;
  }
  // "Smart agriculture robots?", "carbon emissions": a word beside the topic that no table knows but a meeting's outcome
  // says — the records about the topic stay the answer (never denied for lacking the word), and the outcomes that
  // speak of both are said beside them.
  if (f.topics?.length && !f.orgs?.length && !f.records?.length) {
    const extra = u.rest
      .split(' ')
      .filter((w) => w.length >= 5 && !f.topics?.some((t) => t.includes(w)) && saidByAnOutcome(w, dataset));
    if (extra.length) f.topicsAlso = extra;
  }
  return f;
}

/**
 * "How many agreements were signed at the 4th JIC in total?", "MOUs inked at jic 3 altogether": "in total" said of what
 * one meeting signed ("at"/"during" it) is that meeting's own count, never the running total reported then ("by",
 * "after", "to date", "running total" keep asking for that).
 */
export function meetingOwnTotal(u: Understanding): boolean {
  const t = u.q.text;
  if (!u.flags.cumulative) return false;
  // "Total MOUs at the first two meetings", "how many projects in total at the 3rd and 4th": those meetings' counts
  // added up, never the running total after the first of them.
  const several = new Set(mentionsOf(u, 'meeting').map((m) => m.value)).size >= 2;
  if (
    several &&
    u.target === 'count' &&
    / (?:total|in total|altogether|in all|all told|combined|together) /.test(t) &&
    !/ (?:to date|so far|running|cumulative|had been|have been|by the|by end|up to|after|as of|since|until|till|reported|overall|change|grow|grew|increase|rise|rose) /.test(
      t,
    )
  )
    return true;
  if (!/ (?:in total|altogether|in all|all told) /.test(t)) return false;
  if (
    / (?:to date|so far|running|cumulative|had been|have been|by the|by end|by 20\d\d|up to|after|as of|since|until|till|reported|overall) /.test(
      t,
    )
  )
    return false;
  const meetings = u.mentions.filter((m) => m.type === 'meeting' && !/^20\d\d$/.test(m.words));
  // "At/during the 4th JIC … in total", "in all, what did the 4th JIC sign", and the gloss of "第四次会议一共签了"
  // ("4th meetings in total signed"): the meeting is where the signing happened.
  return (
    meetings.every(
      (m) =>
        / (?:at|during|in|on|did|does) (?:the )?$/.test(t.slice(0, m.start)) ||
        /^ ?(?:meetings? |jic )?(?:in total|altogether|in all) (?:signed|inked|launched|saw|had|started) /.test(
          t.slice(m.end),
        ),
    ) && meetings.length === 1
  );
}

/** "MOUs at the first 3 meetings combined", "projects of the 3rd and 4th JIC in total": a sum asked, not a list. */
function summed(u: Understanding): boolean {
  return (
    (u.target === 'list' || u.target === 'what') &&
    new Set(mentionsOf(u, 'meeting').map((m) => m.value)).size >= 2 &&
    has(u, 'mou') !== has(u, 'project') &&
    !mentionedOrgIds(u).length &&
    / (?:combined|altogether|in total|all together|summed(?: up)?|added up) $/.test(u.q.text)
  );
}

/** "The highest number of MOUs signed at one meeting", "the lowest project count": a superlative, asked as a count. */
function superlativeCount(u: Understanding): boolean {
  return (
    u.target === 'count' &&
    (has(u, 'mou') || has(u, 'project')) &&
    / (?:highest|largest|biggest|greatest|maximum|max|record|lowest|smallest|minimum|min) (?:number|count|tally|total) (?:of )?/.test(
      u.q.text,
    ) &&
    !mentionsOf(u, 'meeting').length
  );
}

/** The words of every meeting outcome's text (runs of ASCII letters, digits and _; then in lower case), once per Dataset. */
const outcomeWords = perDataset(
  (dataset: Dataset): ReadonlySet<string> =>
    new Set(
      dataset.meetings.flatMap((m) => m.highlights.flatMap((h) => h.text.split(/\W+/).map((x) => x.toLowerCase()))),
    ),
);

/**
 * Whether some meeting's outcome says this word, as a whole word in any case. A word of ASCII letters and digits is
 * one of the outcomes' words (what `\bword\b`, case-insensitive, finds); any other is matched as it was.
 */
function saidByAnOutcome(w: string, dataset: Dataset): boolean {
  if (/^\w+$/.test(w)) return outcomeWords(dataset).has(w.toLowerCase());
  return dataset.meetings.some((m) => m.highlights.some((h) => new RegExp(`\\b${w}\\b`, 'i').test(h.text)));
}
