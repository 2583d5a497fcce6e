/**
 * Step 2: what was understood → a small typed query over the Dataset. A plan is a plain value:
 * printable (`--explain`), comparable in tests, and the only thing `run` reads.
 *
 * plan() walks RECOGNISERS in order: the first reading that recognises the question gives its plan. The order is the
 * reading's logic (a narrower reading before a broader one that would also claim the question), so each entry says
 * why it sits where it does. To add a reading: write `(c: PlanContext) => Plan | undefined` in the module under
 * plan/ that holds its kind, and put it in the table just before the first reading that would otherwise claim its
 * questions.
 */
import { mentionsOf, type Understanding } from './understand.js';
import type { Dataset } from '../dataset/index.js';
import { planEveryMeeting, planTrend } from './trend.js';
import { LEXICONS } from './lexicon.js';
import { acronymAsked, acronymsOf } from './acronyms.js';
import { asksQuote, planQuote, quotesOnFile } from './quotes.js';
import { planPersonAt } from './people.js';
import { planRoster } from './roster.js';
import { planOwner } from './owner.js';
import { planEvent, planPersonMet } from './events.js';
import { SAY_VERB } from './hearsay.js';
import { planOutcomeByWords } from './outcomes.js';
import { eachPartnerAttribute, eachPartnerRecords } from './plan/per-entity.js';
import { planBrandEntity, planBrandPair, planMouAndProject, planOrder, planSeveral } from './pair.js';
import { counterparts, partnersCounted } from './counterparts.js';
import { planAttribute, TITLE } from './attribute.js';
import { planChairedRelative, planChairs } from './chairs.js';
import { planMeetingAreas, planMeetingFact } from './meetingfacts.js';
import { planZoneApart } from './zoneapart.js';
import { planZoneCheck, planZoneSignings } from './zonecheck.js';
import type { Plan } from './plan/types.js';
import { readClaim } from './claim/read.js';
import {
  addsUpAsked,
  authorsAsked,
  betweenAsked,
  chairsAsked,
  representativeAsked,
  notNamedAsked,
  strangerAskedOf,
  announcerAsked,
  unaskedOf,
  beyondTheSources,
  isoDateIn,
  publicationsNamed,
  pieceAsked,
} from './plan/asked.js';
import { singleRecord } from './plan/common.js';
import { councilChairs, strangerOfKind } from './plan/strangers.js';
import { figureHolder, partnerFigure } from './plan/partner-figure.js';
import { lookalikePerson } from './plan/lookalike.js';
import { meetingsCompared, runningTotalsAt, totalsChanged } from './plan/compare-meetings.js';
import { type PlanContext, planContext, type Recogniser } from './plan/context.js';
import { partClaimed, partOfDay } from './timing.js';
import {
  outcomeNotAtMeeting,
  outsideSources,
  partnerElsewhere,
  passingName,
  peopleEach,
  sameNameEachMeeting,
  topicAmidUnknown,
  topicDoers,
  unreadChinese,
  offTopic,
  strangerInChinese,
} from './plan/names.js';
import {
  foundingParties,
  foundingSigner,
  meetingsByFigureOrPlace,
  meetingsByMode,
  meetingsInRange,
  meetingsByRatio,
  meetingsListed,
  totalReached,
  meetingYearClaim,
} from './plan/meetings.js';
import {
  committeeItself,
  howOften,
  initiativeMarkets,
  initiativeStatus,
  initiativeOutput,
  namesInChinese,
  sourcesDiffer,
} from './plan/about-sci.js';
import { missingAttribute, personalDetail } from './plan/missing.js';
import { describedPartner } from './plan/described.js';
import { partnersByTally } from './plan/tally.js';
import { planNamedIn } from './named-in.js';
import { planNamedBy } from './named-by.js';
import {
  annex,
  annexGroups,
  earliestRecords,
  everyParty,
  latestRecords,
  linked,
  negatedFilter,
  negation,
  neitherCountry,
  onlyKind,
  partnersByCountry,
  pillar,
  pillarClaimed,
  sidelines,
  tier,
  withinRecord,
  zoneCompanies,
  kindNoTableKnows,
  zoneMous,
} from './plan/lists.js';
import {
  figuresRanked,
  comparedFigures,
  comparedGroups,
  comparedRecords,
  latestDated,
  meetingAtEnd,
  mostRunningTotal,
  ranked,
  kindsOfPartners,
} from './plan/ranks.js';
import { doubling, placeInPartnersName, yesNo, zonePlace } from './plan/checks.js';
import {
  countAsked,
  countRead,
  countZone,
  describeDetail,
  describeNamed,
  describeUnnamed,
  doerAsked,
  listAsked,
  notSure,
  personsBody,
  whenAsked,
  whereAsked,
  peopleListed,
  whoAsked,
  venueAsked,
  zoneAtMeeting,
  zoneProjectsCount,
  zonePurpose,
} from './plan/by-target.js';
export type { Attribute, Claim, Filter, Plan, Selection, Subjectref } from './plan/types.js';
export type { PlanContext, Recogniser } from './plan/context.js';
export { claimWordIn } from './plan/yes-no.js';

function help({ u }: PlanContext): Plan | undefined {
  if (u.flags.help || u.q.words.length === 0) return { op: 'help' };
  return undefined;
}

function sources({ u }: PlanContext): Plan | undefined {
  if (LEXICONS[u.lang]?.sources?.test(u.q.text)) return { op: 'sources' };
  return undefined;
}

// "What does MCI stand for?", "IMDA short for?", "meaning of eBL": what the short form stands for, or that the
// sources never spell it out (a name typed in full, "the full name of Keppel", is the record's, not this).
function acronym({ u, dataset }: PlanContext): Plan | undefined {
  const short = u.lang === 'en' ? (acronymAsked(u.q.text, u.q.raw, dataset) ?? termAsked(u, dataset)) : undefined;
  // (A longer name around it is that name's: "the full name of the NUS Business School" is the school's.)
  const longer = u.mentions.some(
    (m) =>
      m.type === 'org' && m.words !== short?.toLowerCase() && m.words.split(' ').includes(short?.toLowerCase() ?? ''),
  );
  // ("The full name of the QuikBot MOU" asks the MOU's title, not what "MOU" stands for.)
  const titled = TITLE.test(u.q.text) && singleRecord(u, dataset)?.type === 'record';
  if (short && !longer && !titled) return { op: 'acronym', short };
  return undefined;
}

// "What is an MOU?", "what's a JCBC": a short form the sources spell out, asked alone and naming nothing with a reading
// of its own (a partner, an outcome, the SCI or the JIC) — what it stands for.
function termAsked(u: Understanding, dataset: Dataset): string | undefined {
  const word = /^ (?:what|whats) (?:is|are|s)? ?(?:an? |the )?([a-z]{2,6}) $/.exec(u.q.text)?.[1];
  const x = word ? acronymsOf(dataset).get(word) : undefined;
  const own = [dataset.initiative.shortName, dataset.initiative.committee?.shortName];
  if (!x || x.ref || own.includes(x.short) || u.mentions.some((m) => m.type !== 'subject')) return undefined;
  return new RegExp(`\\b${word}\\b`, 'i').exec(u.q.raw)?.[0];
}

const unasked: Recogniser = ({ u, dataset }) => unaskedOf(u, dataset);
// A question about a source itself (who wrote it, where it ran, its link, when it came out): plan/asked.ts.
const piece: Recogniser = ({ u, dataset }) => pieceAsked(u, dataset);
// "Does the TechEdt piece name Qin Weizhong?": asked of that document alone (named-in.ts).
const namedIn: Recogniser = ({ u, dataset }) => planNamedIn(u, dataset);
// "Which release mentions TusStar?": the documents that name one thing (named-by.ts).
const namedBy: Recogniser = (c) => planNamedBy(c);

// A meeting named only by a date's words ("on dec 14 2022", "2022", "12 月 14 日"), never by its number or word.
const DATE_WORDS = /^(?:[a-z]+ )?(?:on )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:[a-z]+ )?20\d\d$|^\d{1,2} 月 \d{1,2} 日$/;

/**
 * "What happened on 14 Dec 2022?", "anything on 25 November 2021?": a full date with no meeting and no event on it —
 * said so, with what the sources report that year (never the year's meeting as if held that day).
 */
function noneOnDay({ u, dataset }: PlanContext): Plan | undefined {
  if (!['what', 'list', 'where', 'who'].includes(u.target) && !/ (?:happen|happened|anything|events?) /.test(u.q.text))
    return undefined;
  if (['count', 'compare', 'most', 'quote'].includes(u.target)) return undefined;
  const iso = isoDateIn(u.q.text);
  if (!iso || u.mentions.some((m) => !['meeting', 'number', 'subject', 'initiative'].includes(m.type)))
    return undefined;
  // (A meeting named by its number or word is asked about, whatever the date beside it.)
  if (mentionsOf(u, 'meeting').some((m) => !DATE_WORDS.test(m.words))) return undefined;
  const held = dataset.meetings.some((m) => m.date.value === iso);
  const event = (dataset.initiative.events ?? []).some((e) => e.date === iso);
  return held || event ? undefined : { op: 'noneOnDay', iso };
}

// Publishing a piece ("published", "dated", "issued", "put out"), not what the piece says ("did the release say …").
const PUBLISHED = / (?:published|dated|issued|released|put out|came out|went out|announced) /;
const SAYS = new RegExp(` ${SAY_VERB} `);

/**
 * "Was the press release published on 14 Dec 2023?", "新闻稿是2023年12月15日发布的吗？": a day claimed of a meeting's
 * announcement is checked against the date its release bears, never against the day the meeting was held (the 4th
 * JIC met on 14 Dec 2023; its release is dated 15 Dec). A meeting with no separate announcement date on file is
 * neither confirmed nor denied.
 */
function publicationDated({ u, meetingNums }: PlanContext): Plan | undefined {
  if (u.target !== 'yesno' || !PUBLISHED.test(u.q.text) || SAYS.test(u.q.text)) return undefined;
  const iso = isoDateIn(u.q.text);
  const number = meetingNums.length === 1 ? meetingNums[0] : undefined;
  if (!iso || number === undefined) return undefined;
  return {
    op: 'check',
    claim: { type: 'date', iso },
    plan: { op: 'read', about: { type: 'meeting', number }, attribute: 'announced' },
  };
}

/**
 * A yes/no question (or an alternative, "A or B?") read whole into one claim — subject, predicate, objects, qualifiers —
 * and checked by its predicate's verifier (claim/). A word the claim reader leaves unread leaves the question to the
 * readings after it.
 */
function claimRead({ asked, dataset }: PlanContext): Plan | undefined {
  // (The question as asked: plan()'s re-reading of its target — a sum of two meetings as a count — is not the claim's.)
  const claim = readClaim(asked, dataset);
  return claim ? { op: 'claim', claim } : undefined;
}

/** A meeting the sources never report: one numbered past the last, or the next one. */
function noSuchMeeting({ u, dataset, meetingNums }: PlanContext): Plan | undefined {
  const unknownMeeting = meetingNums.find((n) => !dataset.meetingByNumber(n));
  // ("What happened after the 4th JIC?": read as the 5th, which the sources never report — but a dated event after the
  // latest meeting is what happened then.)
  const happened = unknownMeeting !== undefined && / (?:happen|happened|came|come) /.test(u.q.text);
  const after = happened ? planEvent(u, dataset) : undefined;
  if (after) return after;
  if (unknownMeeting !== undefined) return { op: 'noMeeting', number: unknownMeeting, next: false };
  if (u.target === 'when' && / (?:next|upcoming|future) (?:jic|meeting)/.test(u.q.text))
    return { op: 'noMeeting', next: true };
  if (/ (?:is there|will there be|any) (?:a )?(?:5th|fifth|next) /.test(u.q.text))
    return { op: 'noMeeting', next: true };
  return undefined;
}

// "What will the SCI look like in 2030?", "who won the 2022 World Cup?": what the sources can't answer, said so.
const beyond: Recogniser = ({ u, dataset }) => beyondTheSources(u, dataset);
// Co-chairs across meetings ("who co-chaired the most meetings?", "did Singapore's co-chair change between the 2nd
// and 3rd?"): chairs.ts, never an MOU count.
const chairsAcrossMeetings: Recogniser = ({ u, dataset }) => planChairs(u, dataset);
const chairedRelative: Recogniser = ({ u, dataset }) => planChairedRelative(u, dataset);
// A person's or a role's part at one meeting ("did Ai Xuefeng chair the session?", "was the 2nd JIC chaired by a mayor?"):
// roster.ts, checked part by part.
const rosterAt: Recogniser = (c) => planRoster(c);
// One person's part beside the others at one meeting, or what a person signed (people.ts).
const personAtMeeting: Recogniser = ({ u, meetingNums, orgs, dataset }) =>
  planPersonAt(u, meetingNums, orgs.length, dataset);
// A brand of several entities with a partner each joined apart: every record that joins them (pair.ts).
const brandPair: Recogniser = ({ u, dataset }) => planBrandPair(u, dataset);
// Which of a brand's entities did something: each entity with its own records (pair.ts).
const brandEntity: Recogniser = ({ u }) => planBrandEntity(u);
// What someone said (or whether they said or mentioned something): quotes.ts.
// ("What did HKCD say were earlier projects with clear progress?": a publication as the one saying, and no speaker the
// quotes hold, is what the sources report — asked plainly by the readings after it, never "they don't quote HKCD".)
const quote: Recogniser = ({ u, dataset }) => {
  if (!asksQuote(u, dataset)) return undefined;
  const p = planQuote(u, dataset);
  if (p.op !== 'quotes' || p.people.length) return p;
  // (A publication that prints no quote — the HKCD's report — says what it reports, not anyone's words.)
  const printsNone =
    !!p.printedBy?.length &&
    !quotesOnFile(dataset).some((x) => x.quote.sources.some((id) => p.printedBy?.includes(id)));
  const bySource = p.unknownSpeaker || printsNone;
  if (!bySource || !publicationsNamed(u.q.text, dataset, u.q.raw).length) return p;
  // ("What does the HK Commercial Daily article say?": nothing asked of it but what it says — the one meeting it
  // reports, as "what did it say about the 4th JIC" is answered; anything else asked is the readings' after it.)
  if (!ONLY_SAYS.test(u.q.text) || u.mentions.length) return undefined;
  const ids = new Set(publicationsNamed(u.q.text, dataset, u.q.raw).map((x) => x.id));
  // (A report on a meeting may also give the founding MOU's title: the meeting it reports is the JIC one.)
  const reported = dataset.meetings.filter((m) => m.number > 0 && m.sources.some((id) => ids.has(id)));
  const only = reported.length === 1 ? reported[0] : undefined;
  return only && { op: 'read', about: { type: 'meeting', number: only.number }, attribute: 'about' };
};
// A piece asked only what it says: "what does the <publisher> article say", "what did <publisher> report".
const ONLY_SAYS =
  /^ (?:so )?(?:what|wat|wht) (?:does|did|do|is|was) (?:the |that |this )?(?:[a-z0-9]+ ){1,5}(?:(?:article|piece|story|report|news|item|write up|coverage|paper) )?(?:say|says|said|report|reported|write|wrote|cover|covered|tell us|about) $/;
// Whom a person met ("who did Qin Weizhong meet in 2024"): the dated events that name them (events.ts).
const personMet: Recogniser = ({ u, dataset }) => planPersonMet(u, dataset);
// A dated event outside the meetings, asked by its date or words (events.ts).
const event: Recogniser = ({ u, dataset }) => planEvent(u, dataset);
// A meeting's outcome asked by its own words, not its name (outcomes.ts).
const outcomeByWords: Recogniser = ({ u, dataset, meetingNums }) => planOutcomeByWords(u, dataset, meetingNums);
// A fact about a meeting, not its card ("what did the 4th JIC focus on", "which meeting was in 2022", "the first
// meeting held in Shenzhen", "how many days between the 3rd and 4th"): meetingfacts.ts.
const meetingFact: Recogniser = ({ u, dataset }) => planMeetingFact(u, dataset);
// "Was the 2nd JIC in the morning or the afternoon?": its date with the part of the day its record gives — an either-or
// is answered by which, never "Yes" to a word of it; one part claimed ("was the 1st JIC in the morning?") by Yes or No
// (say/read.ts); a meeting whose record gives none: "the sources don't say".
const timeOfDay: Recogniser = (c) => {
  // (The words first: what the question is about is worked out only where a part of the day is asked.)
  const { u, dataset } = c;
  if (u.target !== 'yesno' || (u.flags.missing !== 'time of day' && !partClaimed(u))) return undefined;
  const { about } = c;
  if (about?.type !== 'meeting') return undefined;
  const m = dataset.meetingByNumber(about.number);
  if (!m) return undefined;
  return partOfDay(m, u)
    ? { op: 'read', about, attribute: 'date' }
    : { op: 'missing', attribute: 'time of day', about };
};
// The areas a meeting's records were in, as the sources summarise them (meetingfacts.ts): never every record listed.
const meetingAreas: Recogniser = ({ u, dataset }) => planMeetingAreas(u, dataset);
// "Does the demo zone focus on fintech?", "has the demo park made progress?": checked against the zone's own areas and
// the report of its progress (zonecheck.ts).
const zoneCheck: Recogniser = ({ u, dataset }) => planZoneCheck(u, dataset);
// "The 4 demo zone signings, projects or companies?": the four companies' signings as each source calls them.
const zoneSignings: Recogniser = ({ u }) => planZoneSignings(u);
// "Were the 4 demo zone projects part of the 14?", "projects at the 4th JIC including the zone", "are the zone's MOUs
// in the 29?": the zone set apart from the meeting's MOUs and joint projects, as the sources give it (zoneapart.ts).
const zoneApart: Recogniser = ({ u, dataset }) => planZoneApart(u, dataset);
// One attribute of one thing ("which country is Hashmeta from", "who manages the Asian SME Hub", "how big is the
// CapitaLand fund"): that attribute, or "the sources don't say" naming it — never a profile (attribute.ts).
const attribute: Recogniser = ({ u, dataset, about }) => planAttribute(u, dataset, about);
// "Added between the 3rd and 4th JIC", "how many more after the 4th than after the 3rd": what came in between.
const between: Recogniser = ({ u, meetingNums }) => betweenAsked(u, meetingNums);
// "Which came first, A or B?": each one's meetings, in time (pair.ts).
const order: Recogniser = ({ u, dataset }) => planOrder(u, dataset);
// An MOU and a project of the same partners, asked as one or the other: both records (pair.ts).
const mouAndProject: Recogniser = ({ u, dataset }) => planMouAndProject(u, dataset);
// Two or more meetings, people or named things, and nothing narrowing them to records: an answer for each.
const several: Recogniser = ({ u, dataset, select }) => planSeveral(u, dataset, select);
// The writer of a source document ("who's Vivienne Tay?"), or who wrote a publisher's piece.
const writers: Recogniser = ({ u, dataset }) => authorsAsked(u, dataset);
// A name the sources never give, asked about taking part ("is Tencent involved?").
const stranger: Recogniser = ({ u, dataset }) => notNamedAsked(u, dataset);
// "How many MOUs did Tsinghua sign?", "when did Tencent sign with Keppel?": a name no source gives, asked of.
const strangerAsked: Recogniser = ({ u, dataset }) => strangerAskedOf(u, dataset);
// "Who announced the 4th JIC's outcomes?": the release's publisher, never the meeting's co-chairs.
const announcer: Recogniser = ({ u, meetingNums }) => announcerAsked(u, meetingNums);
// "Do the per-meeting MOU counts add up to 29?": the total reported then, beside what the counts add up to.
const addsUp: Recogniser = ({ u, dataset }) => addsUpAsked(u, dataset);
// "Who chairs the JIC?", "who leads the SCI?", "who represents Shenzhen at the JIC?": the co-chairs the sources
// name, meeting by meeting (one side, if asked), never "the sources don't say".
const trend: Recogniser = ({ u, dataset }) => planTrend(u, dataset);
const everyMeeting: Recogniser = ({ u, dataset }) => planEveryMeeting(u, dataset);
const representative: Recogniser = ({ u, dataset, meetingNums }) => representativeAsked(u, dataset, meetingNums);
const committeeChairs: Recogniser = ({ u, about, meetingNums, orgs, people }) =>
  chairsAsked(u, about, meetingNums, orgs, people);

/** "Isn't TradeTrust a Shenzhen government platform?": judged against the owner its outcome's text names (owner.ts). */
const ownerClaimed = ({ u, dataset }: PlanContext): Plan | undefined => planOwner(u, dataset);

/** The readings of a question, in the order they are tried: the first that recognises it gives the plan. */
export const RECOGNISERS: readonly Recogniser[] = [
  help, // nothing asked, or help asked: before anything reads the words
  namedBy, // which documents name one thing: those documents, before "sources" asks for all of them or the thing's profile
  sources, // "what are your sources": asked of the bot, whatever it names
  sourcesDiffer, // where the sources disagree: each place the data holds two readings, before a word of it is read
  acronym, // a short form asked to be spelt out, before the name is read as the record it names
  lookalikePerson, // a name sharing one part with a person on file ("Wang Weizhong"): not named, before that person is read
  unasked, // about the bot itself, or a follow-up to a question it cannot see: before any record is picked
  namedIn, // whether one publication names a person: that document's readings, before its title or the sources at large
  piece, // a source's author, publisher, link or date: before its meeting or a word of its title is read as a record
  noSuchMeeting, // a meeting past the last (or the next one): nothing on file may answer it
  personMet, // whom a person met: the events naming them, before their profile or their part at a meeting
  chairedRelative, // a person's co-chairing before or after one meeting: before their part at that meeting is the Yes
  rosterAt, // a person's or role's part at one meeting: before the claim reader reads it as co-chairing alone
  everyMeeting, // "did each meeting launch projects": each one's count, before a claim reads it as one deed
  ownerClaimed, // whose a named outcome is, where its text names the owner: before the claim reader finds its words unsaid
  claimRead, // a yes/no read whole into one claim: its predicate's verifier, before any reading of its wording
  meetingsByRatio, // meetings whose count is a factor of a named one's: before the named one's records or the one before it
  publicationDated, // a day claimed of a meeting's release: its date, before the day the meeting was held
  noneOnDay, // a full date with no meeting or event on it: said so, before the year's meeting answers
  beyond, // what the sources cannot know (the future, the world): before any reading finds a word it knows
  partnersByTally, // partners asked by how many records they are in: before the number is read as a figure or dropped
  totalsChanged, // how much the running totals changed between two meetings: before "totals" is read as a name
  trend, // trends and ratios over the meetings' counts (never with an unknown name): before "biggest" is read as a name
  latestDated, // the most recent event or thing the sources report: the newest dated, before "not sure"
  meetingAtEnd, // which meeting is the latest or earliest, the earliest event: by date, before "most" ranks MOUs
  figureHolder, // which partner has a figure its description gives ("the biggest network"): before the measure is read as a name
  sidelines, // signings on a meeting's sidelines: before "sidelines" is read as a topic or a name, or a meeting's fact
  strangerAsked, // a count, date or place asked of a name no source gives: before the rest is answered without it
  strangerOfKind, // a name no source gives before its kind ("Fudan University"): not named, before the kind's records
  strangerInChinese, // the same in Chinese, the name left in characters by the gloss: before the rest is answered without it
  councilChairs, // who chaired the JCBC: not said, before the founding MOU's signers are read as its chairs
  announcer, // who announced a meeting's outcomes: before "who … the 4th JIC" is read as its co-chairs
  outcomeNotAtMeeting, // a named outcome asked of a meeting that did not have it: before the meeting's card answers
  meetingsCompared, // meetings set against each other on one attribute: each one's, before their counts or order
  runningTotalsAt, // running totals at the meetings named: each one's, before their own counts added up or their order
  chairsAcrossMeetings, // co-chairs across meetings: before counts read "the most" as MOUs
  representative, // "the representative from the Chinese government": a meeting's co-chairs, before government bodies on file
  personalDetail, // a person's age, family, schooling: never given, before their profile answers
  personAtMeeting, // one person at a meeting or what they signed: before the meeting's card
  eachPartnerAttribute, // a country or kind asked of partners side by side: each one's, before a brand's records
  brandEntity, // which of a brand's entities did something: each with its records, before the brand's records listed
  brandPair, // a brand of several entities with a partner each: before one entity's records
  partnersCounted, // one partner's counterparts counted, or a number of them claimed: before a word of them is a topic
  counterparts, // a partner two named partners share ("both work with which uni"): before the named ones are filtered
  zonePurpose, // what the zone's projects are for: their record's own words, before their count or the zone's areas
  zoneSignings, // what was signed for the zone, as each source calls it: before "the release says" is read as a quote
  zoneCheck, // the zone's focus areas or progress (no one named): before "the report says" is read as a quote
  quote, // what someone said: before the speaker's profile or the records they name
  event, // a dated event outside the meetings: before a meeting of that date
  venueAsked, // a venue finer than the city asked of a meeting: its place, before "building" is read as an outcome's word
  outcomeByWords, // an outcome asked by its words: before those words are read as topics of records
  meetingAreas, // the areas a meeting's records were in: the sources' summaries, before the records listed
  timeOfDay, // the part of the day a meeting was held, asked either-or or claimed: before a word of it is checked as a claim
  meetingFact, // one fact of a meeting: before its whole card or its records
  zoneApart, // the zone set apart from the meeting's records: before either is counted alone
  meetingsInRange, // meetings before/after a year: before the first of them is read alone
  totalReached, // when a running total reached a number: that meeting's total, before "when" reads the SCI's launch
  attribute, // one attribute of one thing: before its profile
  partnerElsewhere, // a partner asked at meetings it has no record at: before its records elsewhere answer
  meetingYearClaim, // "was the 2nd JIC in 2020": the year is a claim, before it is read as a second meeting
  between, // what came between two meetings: before each meeting is answered apart
  order, // which came first of two: before each is answered apart
  mouAndProject, // an MOU and a project of the same partners: before one of them alone
  eachPartnerRecords, // partners named side by side, a kind asked: each one's records, before what joins them
  several, // several things named, nothing narrowing them: an answer for each, before one of them
  writers, // who wrote a source: before the name is looked for in the records
  addsUp, // do the counts add up: before the total alone, and before a word of it ("per-meeting") is read as a name
  stranger, // a name the sources never give: before a word of it matches a record
  passingName, // a name only the sources' text holds: before "not sure"
  sameNameEachMeeting, // one outcome name at several meetings: each, before one is read as the whole story
  outsideSources, // asked what the sources leave outside: not sure, before any record is offered
  foundingParties, // the founding MOU's parties: its signatories, before the records on file (none is from it)
  foundingSigner, // "did MCI sign the founding MOU": its official did, before "none on file names MCI"
  howOften, // how often the JIC meets: the dates it met, before a meeting's card
  meetingsByMode, // meetings by how they were held: before a place is read as a meeting
  meetingsByFigureOrPlace, // meetings picked by a figure or place: before the figure is read as a count
  meetingsListed, // every meeting with an attribute: before a ranking by MOUs
  tier, // flagship or key projects: before every project
  namesInChinese, // the names in Chinese: whatever the target, before the thing's profile
  unreadChinese, // Chinese the tables could not read: not sure, before a known word answers alone
  doerAsked, // who does what one record says ("who will open an office in Qianhai"): its parties, before "not sure"
  topicDoers, // who does something about a topic: the partners of its records, before the verb is an unknown word
  topicAmidUnknown, // one topic word amid unknown words: not sure, before the records of that topic
  offTopic, // nothing named, in words no source uses: not sure, before a value is said missing or a word's records listed
  committeeChairs, // who chairs the JIC: the co-chairs, before "the sources don't say"
  figuresRanked, // the figures one outcome's text gives, ranked: before "biggest" is read as a size never given
  missingAttribute, // a value the sources never give: said so, before any record or count
  pillarClaimed, // a word claimed a pillar ("is sustainability a pillar?"): the pillars, before records about the word
  pillar, // a pillar's MOUs: the groups, before MOUs sharing a word
  committeeItself, // "what is the JIC": the committee, before its meetings
  // (from here on, f is read)
  zoneMous, // MOUs about the zone: before every MOU
  zoneCompanies, // the zone's companies: the 4 reported, before partners on file
  kindNoTableKnows, // a kind of organisation no table knows ("hospitals", "business schools"): before every partner
  onlyKind, // partners only in one kind of record: before every partner of that kind
  neitherCountry, // "neither from Singapore nor China": partners from elsewhere, before one country is read as asked
  negatedFilter, // "other than Keppel's": left out, before it is listed
  negation, // "MOUs with no project": the negation as a filter, before every record
  linked, // records linked to the other kind: before every record
  annexGroups, // Annex A's groups themselves ("how many groups", "its headings"): before the annex's records
  annex, // an annex's own records: before the running total
  initiativeOutput, // what the SCI has produced overall: the running totals, before its profile or launch date
  initiativeStatus, // is the SCI still active: the latest dated, before its profile
  kindsOfPartners, // the partners' kinds asked: every kind with its count, before every partner listed
  partnersByCountry, // partners by country: a ranking, before a list
  earliestRecords, // the first MOU ever: the earliest meeting's, before every record
  latestRecords, // the newest project: the latest meeting's, before every record
  comparedGroups, // two Annex A groups compared or ranked: before any other comparison
  comparedFigures, // figures one named outcome states: before records counted
  comparedRecords, // two records or counts compared (compare.ts): the last reading of a comparison
  mostRunningTotal, // "the most recent total": the running total, before a ranking
  ranked, // "the most …": the ranking asked, before the target's general readings
  peopleEach, // two or more people only: each one's role
  doubling, // "did the projects double": a comparison with the meeting before, before a plain check
  withinRecord, // several parties of a kind in one record: before partners of that kind
  everyParty, // every party of a kind: before partners of that kind
  initiativeMarkets, // which market the SCI opens: its aim, before partners from a country
  zonePlace, // a place asked of the zone: checked against the zone's place, before the meeting held there
  placeInPartnersName, // a partner in a city: those whose names state it, before a Yes for a word
  partnerFigure, // a figure claimed of a partner an outcome's text gives figures for: that text, before its MOUs counted
  yesNo, // every other yes/no (planYesNo): the last reading of a yes/no
  countRead, // a count one thing's record or text gives: before the records are counted
  countZone, // the zone's counts, and a meeting's agreements with the zone's: before its MOUs alone
  countAsked, // every other count: the last reading of a count
  personsBody, // the body a person works in ("which ministry is Leong from"): their title, before bodies of the kind listed
  whenAsked, // when: the date of what is named
  whereAsked, // where: the place of what is named
  peopleListed, // people asked as a kind ("which officials took part"): everyone named, before partners listed
  whoAsked, // who: the co-chairs, the role, the parties
  listAsked, // lists: the records, partners or meetings asked
  zoneProjectsCount, // "the zone's projects": the 4 reported, before the zone's profile
  describeDetail, // a record's group or title, a person's meetings, a meeting's chairs or records: the detail asked
  zoneAtMeeting, // the zone at one meeting: its part of that meeting, before the meeting's whole card
  describeNamed, // anything else about a named thing: its profile
  describedPartner, // one partner told by what it does ("the combat sports company"): its records, before the kind's list
  describeUnnamed, // nothing named: the zone, the pillars, the committee, the SCI, or the records filtered
];

/**
 * The readings that can give a plan answering several things at once — each one's, compared, quotes, co-chairs (`each`,
 * `compare`, `quotes`, `chairs`, which parts.ts keeps whole) — in RECOGNISERS' order. Every other reading builds no such
 * plan, nor calls anything that does: tests/answer/whole-readings.test.ts walks the code's references (each name as
 * TypeScript resolves it) and fails when a reading not listed here can reach a `{ op: 'each' | 'compare' | 'quotes' |
 * 'chairs' }`.
 */
export const WHOLE_READINGS: readonly Recogniser[] = [
  sourcesDiffer,
  lookalikePerson,
  totalsChanged,
  sidelines,
  councilChairs,
  meetingsCompared,
  runningTotalsAt,
  chairsAcrossMeetings,
  chairedRelative,
  personAtMeeting,
  eachPartnerAttribute,
  quote,
  outcomeByWords,
  meetingAreas,
  meetingFact,
  eachPartnerRecords,
  several,
  sameNameEachMeeting,
  kindNoTableKnows,
  comparedRecords,
  ranked,
  peopleEach,
  doubling,
  yesNo,
  countRead,
  countZone,
  peopleListed,
  whoAsked,
  listAsked,
  describedPartner,
  describeUnnamed,
];
const WHOLE_IN_ORDER = RECOGNISERS.filter((r) => WHOLE_READINGS.includes(r));

/**
 * Whether a question's plan may be one of `ops` (some of each/compare/quotes/chairs), read without planning it whole:
 * false is certain — the first of WHOLE_READINGS to recognise the question gives another op (the plan's own first
 * reading is that one or one before it, which gives none of those ops), or none of them recognises it; true only says
 * plan() must decide. ("Who are NTU's and NUS's partners?": split in two, its whole plan was worked out only to be
 * thrown away.)
 */
export function mayPlanAs(asked: Understanding, dataset: Dataset, ops: ReadonlySet<Plan['op']>): boolean {
  const c = planContext(asked, dataset);
  try {
    for (const reading of WHOLE_IN_ORDER) {
      const p = reading(c);
      if (p) return ops.has(p.op);
    }
  } catch {
    // (A reading run out of its turn that fails: plan() decides, as it always did.)
    return true;
  }
  return false;
}

/** The plan for a question and the name of the reading that gave it (tests assert the order with it). */
export function recognise(asked: Understanding, dataset: Dataset): { by: string; plan: Plan } {
  const c = planContext(asked, dataset);
  for (const reading of RECOGNISERS) {
    const p = reading(c);
    if (p) return { by: reading.name, plan: p };
  }
  // Nothing recognised the question: not sure, with the words nothing read.
  return { by: notSure.name, plan: notSure(c) };
}

/** The plan for a question. Pure. */
export function plan(asked: Understanding, dataset: Dataset): Plan {
  return recognise(asked, dataset).plan;
}
