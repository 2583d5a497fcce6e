// A yes/no question read as one claim: who or what it is about (subject), what it says of it (predicate), the thing it
// says that of (object) and the qualifiers that narrow it (meeting, date, place, count). A plain value: `--explain`
// prints it, tests assert on it, and one verifier per predicate (verify.ts) checks it against the Dataset.
import type { Plan } from '../plan/types.js';
import type { Result, Ref } from '../run.js';
import type { Bound } from '../countbound.js';
import type { Step } from './change.js';

/** A date as precisely as the question gives it. */
export interface When {
  year: number;
  month?: number;
  day?: number;
}

/** Something a claim is about or of. */
export type Thing =
  | { type: 'meeting'; number: number }
  | { type: 'person'; name: string }
  /** A partner: its words as typed, its ids (with its brand family). */
  | { type: 'org'; words: string; ids: string[] }
  /** A city or a way of meeting ("online"), as typed (normal form). */
  | { type: 'place'; words: string }
  | { type: 'date'; when: When }
  /** The first or the last of the meetings (of those held the way asked, if asked), by date. */
  | { type: 'rank'; which: 'first' | 'last' }
  /** A named outcome: its name as typed and the highlights it names. */
  | { type: 'outcome'; words: string; keys: string[] }
  | { type: 'initiative' }
  /** MOUs or projects, as counted at a meeting. */
  | { type: 'records'; select: 'mous' | 'projects' }
  /** A sort of partner: its country, its kind (KIND_TESTS' key), or both ("a Chinese university"). */
  | { type: 'sort'; country?: string; kind?: string }
  /** Words a passage of the sources must hold (a name only the sources' text gives, a thing done). */
  | { type: 'words'; words: string[] };

/**
 * What a claim says, one verifier each:
 * - held: a meeting was held at a place, in a way, or on a date;
 * - chaired: a person co-chaired a meeting;
 * - age: the SCI was so many years old in a year;
 * - happened: a passage of the sources (a meeting's outcome, a dated event) says it, at the meeting, date or place
 *   asked;
 * - saidWhen: a person said something about a topic at the date or meeting asked;
 * - count: a meeting signed or launched so many MOUs or projects (or any);
 * - ratio: one meeting's count is so many times another's ("twice as many", "half", "triple", "as many");
 * - role: a person holds a role of a place ("is Qin the mayor of Singapore?": the role the sources give, of Shenzhen);
 * - figure: a passage gives a number to the noun claimed ("118 partners": 13 partners, 118 suppliers);
 * - change: a running total went from one number to another ("did the MOU total go from 21 to 29?");
 * - isa: a named outcome is a thing of a kind the records hold ("is TradeTrust a joint project?");
 * - with: a partner signed or worked with one of several offered ("did QuikBot sign with Guardforce or Keppel?");
 * - party: a record has a party of a sort ("a Chinese partner"), made of every record of a set (each.ts).
 */
export type Predicate =
  | 'held'
  | 'chaired'
  | 'age'
  | 'happened'
  | 'saidWhen'
  | 'count'
  | 'figure'
  | 'ratio'
  | 'role'
  | 'change'
  | 'isa'
  | 'with'
  | 'party';

export interface ReadClaim {
  predicate: Predicate;
  subject: Thing;
  /** What the predicate says of the subject: a place, a date, a meeting… (several: each must hold). */
  objects: Thing[];
  /**
   * An alternative question ("held in Singapore or Shenzhen?", "which meeting, the 3rd or the 4th?", "Qin or Chen?"):
   * the things offered in place of the subject (`of: 'subject'`) or of the object; the answer is the one that holds.
   */
  either?: { of: 'subject' | 'object'; things: Thing[] };
  /**
   * More claims the question makes together with this one, each of which must hold too ("were 8 MOUs and 12 projects
   * launched at the 4th JIC?", "were 8 MOUs signed at the 4th JIC in Singapore?": its count and where it was held).
   */
  and?: ReadClaim[];
  /**
   * Made of every member of a set ("was every JIC meeting held online?": each meeting in turn as the subject; "did all
   * the 4th JIC projects have a Chinese partner?": each record), holding only if it holds of each (each.ts).
   */
  each?: { quantifier: 'every' | 'some' };
  qualifiers: {
    meeting?: number;
    when?: When;
    place?: string;
    /** A count claimed ("five years old"); a change's number it went to. */
    count?: number;
    /** figure: "exactly" asked (never the text's own bounded number). */
    exact?: boolean;
    /** change: the number it went from. */
    from?: number;
    /** change: a running total asked in so many words ("the total", "so far"), never one meeting's own count. */
    total?: boolean;
    /** change: the way it is claimed to have gone ("rose to 8", "went down to 4"). */
    direction?: 'up' | 'down';
    /** How the count is claimed: "over 20", "at least 8", "about 30" (countbound.ts); none, exactly. */
    bound?: Bound;
    /** The words of the act claimed ("met", "unveiled"), as typed. */
    act?: string;
    /** The act is making it known ("launched at the 1st JIC"): any outcome of the meeting is it. */
    announced?: boolean;
    /** ratio: the times claimed (2 for "twice", 0.5 for "half", 1 for "as many"). */
    factor?: number;
    /** happened: the act's clause names its doer after "by", another than the one asked: No, with that doer. */
    otherDoer?: boolean;
    /** happened: the question's words no passage of the outcome holds ("tourism"): the sources don't say so. */
    unsaid?: string[];
    /** figure: asked of a year other than the one the text gives it as at ("in 2020" of "as at 30 Jun 2021"): open. */
    otherYear?: boolean;
    /** figure: asked of now ("does it have …"), where the sources give a figure as at a date. */
    now?: boolean;
    /** Asked as a plan ("will TusStar set up…"): a passage stating it as to come holds it. */
    planned?: boolean;
  };
}

/** The plan of a claim read whole: the claim, and (for predicates checked by the existing checks) their plans. */
export interface ClaimPlan {
  op: 'claim';
  claim: ReadClaim;
}

/** A passage of the sources a claim is checked against: a meeting's outcome or a dated event. */
export interface Passage {
  text: string;
  /** The meeting it is at (a meeting's outcome), or none (an event outside the meetings). */
  meeting?: number;
  /** Its date: the event's, or the meeting's. */
  date: string;
  place?: string;
  sources: readonly string[];
  /** The act asked as the passage dates it itself ("launched on 25 Nov 2022"). */
  act?: string;
}

export type Verdict = 'yes' | 'no' | 'partly' | 'unknown';

export interface ClaimResult {
  op: 'claim';
  claim: ReadClaim;
  verdict: Verdict;
  /** An alternative question: which of the things offered hold (indexes into `either.things`). */
  holds?: number[];
  /** A claim of several parts (`claim.and`): each part's own result, this claim's first; the verdict is theirs together. */
  parts?: ClaimResult[];
  /** A claim made of every meeting (`claim.each`): each one's own result, in the meetings' order. */
  each?: ClaimResult[];
  /** party: each record's verdict (ids), and how many the sources report (null where they give no count). */
  records?: { select: 'mous' | 'projects'; each: Array<{ id: string; verdict: Verdict }>; reported: number | null };
  /** Results of the existing checks a predicate is verified by, one per object or alternative. */
  inner?: Result[];
  /** The passage that says it (happened, saidWhen), and the qualifier it misses ("not in 2023"). */
  passage?: Passage;
  missed?: 'meeting' | 'when' | 'place';
  /** held with a rank: the meeting that is first or last (of those held the way asked), and the ones before it. */
  ranked?: { meeting: number; way?: 'online' | 'in person'; before: number[] };
  /** count: the other kind's count at the meeting, when it is the number claimed ("14 MOUs": 14 projects). */
  also?: { select: 'mous' | 'projects'; value: number };
  /** count: no count given for the meeting, and the records on file from it. */
  uncounted?: { meeting: number; onFile: number };
  /** role: the roles the sources give the person that hold the role's words (but not its place). */
  roles?: string[];
  /** with: the records joining the partner and each alternative offered (ids, one list each). */
  joined?: string[][];
  /** isa: the record of the kind claimed named for the outcome, if one is. */
  record?: string;
  /** change: each meeting's running total, as reported and as the counts add up (those the answer shows). */
  steps?: Step[];
  /** change read of each meeting's own count ("from 4 to 8 between the 2nd and 3rd"): the two meetings, in order. */
  own?: Array<{ meeting: number; count: number | null }>;
  /** ratio: each meeting's count reported (null where the sources give none). */
  counts?: [number | null, number | null];
  /** age: the year it was launched and the year asked; the ordinal word its anniversary passage gives, if any. */
  age?: { launched: number; asked: number; years: number; anniversary?: Passage; word?: string };
  refs: Ref[];
  sources: string[];
}

export type { Plan };
