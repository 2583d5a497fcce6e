/**
 * Step 2: what was understood → a small typed query over the Dataset. A plan is a plain value:
 * printable (`--explain`), comparable in tests, and the only thing `run` reads.
 */
import { followedByMou, type Mention, mentionedOrgIds, mentionsOf, type Understanding } from './understand.js';
import type { Dataset } from '../dataset/index.js';
import { LEXICONS } from './lexicon.js';
import { acronymAsked } from './acronyms.js';
import { figureIn } from './figures.js';
import { asksQuote, peopleByRole, planQuote } from './quotes.js';
import { planPersonAt } from './people.js';
import { planEvent } from './events.js';
import { planOutcomeByWords } from './outcomes.js';
import { planBrandPair, planMouAndProject, planOrder, planSeveral } from './pair.js';
import { planCompare, planDoubling } from './compare.js';
import { planAttribute, TITLE } from './attribute.js';
import { planChairs } from './chairs.js';
import { planMeetingFact } from './meetingfacts.js';
import { planZoneApart } from './zoneapart.js';
import { foundingSigners } from './say/org.js';
import type { Filter, Plan, Selection, Subjectref } from './plan/types.js';
import {
  addsUpAsked,
  annexAsked,
  authorsAsked,
  betweenAsked,
  chairsAsked,
  linkedAsked,
  notNamedAsked,
  PROGRESS,
  recordsCompared,
  unaskedOf,
  beyondTheSources,
} from './plan/asked.js';
import {
  contentWords,
  demoZoneId,
  filterOf,
  has,
  isPersonRecord,
  meetingsOf,
  modeAsked,
  passagesNaming,
  personRole,
  pillarWords,
  selection,
  singleRecord,
  thereIn,
  viaOf,
} from './plan/common.js';
import { freeTopics, highlightKeys, highlightText, namedInPassing, ownText, planYesNo } from './plan/yes-no.js';
export type { Attribute, Claim, Filter, Plan, Selection, Subjectref } from './plan/types.js';
export { claimWordIn } from './plan/yes-no.js';

/** The plan for a question. Pure. */
export function plan(asked: Understanding, dataset: Dataset): Plan {
  const u = superlativeCount(asked)
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
  if (u.flags.help || u.q.words.length === 0) return { op: 'help' };
  if (LEXICONS[u.lang]?.sources?.test(u.q.text)) return { op: 'sources' };
  // "What does MCI stand for?", "IMDA short for?", "meaning of eBL": what the short form stands for, or that the
  // sources never spell it out (a name typed in full, "the full name of Keppel", is the record's, not this).
  const short = u.lang === 'en' ? acronymAsked(u.q.text, u.q.raw, dataset) : undefined;
  // (A longer name around it is that name's: "the full name of the NUS Business School" is the school's.)
  const longer = u.mentions.some(
    (m) =>
      m.type === 'org' && m.words !== short?.toLowerCase() && m.words.split(' ').includes(short?.toLowerCase() ?? ''),
  );
  // ("The full name of the QuikBot MOU" asks the MOU's title, not what "MOU" stands for.)
  const titled = TITLE.test(u.q.text) && singleRecord(u, dataset)?.type === 'record';
  if (short && !longer && !titled) return { op: 'acronym', short };
  const unasked = unaskedOf(u, dataset);
  if (unasked) return unasked;
  const f = filterOf(u, dataset);
  const meetingNums = meetingsOf(u);
  const unknownMeeting = meetingNums.find((n) => !dataset.meetingByNumber(n));
  if (unknownMeeting !== undefined) return { op: 'noMeeting', number: unknownMeeting, next: false };
  if (u.target === 'when' && / (?:next|upcoming|future) (?:jic|meeting)/.test(u.q.text))
    return { op: 'noMeeting', next: true };
  if (/ (?:is there|will there be|any) (?:a )?(?:5th|fifth|next) /.test(u.q.text))
    return { op: 'noMeeting', next: true };

  // "What will the SCI look like in 2030?", "who won the 2022 World Cup?": what the sources can't answer, said so.
  const beyond = beyondTheSources(u, dataset);
  if (beyond) return beyond;

  const orgs = mentionedOrgIds(u);
  const people = [...new Set(mentionsOf(u, 'person').map((m) => m.value))];
  // A meeting named beside a named outcome picks that meeting's outcome of the name, never another's.
  const namedOutcomes = mentionsOf(u, 'highlight').filter((m) => m.words !== '(words)');
  const highlights = highlightKeys(u, dataset);
  const record = singleRecord(u, dataset);
  if (
    meetingNums.length &&
    namedOutcomes.length &&
    !highlights.length &&
    !record &&
    !orgs.length &&
    !people.length &&
    !['quote', 'compare', 'most', 'count'].includes(u.target)
  )
    return {
      op: 'notAt',
      words: namedOutcomes[0]?.words ?? '',
      highlights: [...new Set(namedOutcomes.map((m) => m.value))],
      meetings: meetingNums,
    };
  // A named outcome outranks a record picked by one topic word ("what does the Joint Innovation Call fund?"
  // is not the CapitaLand development-fund MOU).
  const byTopicOnly = record && !mentionsOf(u, 'record').length && !orgs.length;
  const outcomeFirst =
    byTopicOnly && namedOutcomes.length && highlights[0]
      ? ({ type: 'highlight', key: highlights[0] } as const)
      : undefined;
  const about: Subjectref | undefined =
    outcomeFirst ??
    record ??
    (orgs.length === 1 && orgs[0] ? { type: 'org', ids: orgs[0] } : undefined) ??
    (orgs.length > 1 ? { type: 'orgs', groups: orgs } : undefined) ??
    (people[0] ? { type: 'person', name: people[0] } : undefined) ??
    (highlights[0] ? { type: 'highlight', key: highlights[0] } : undefined) ??
    (has(u, 'demozone') && !meetingNums.length
      ? { type: 'record', kind: 'project', id: demoZoneId(dataset) }
      : undefined) ??
    (meetingNums.length === 1 && meetingNums[0] !== undefined
      ? { type: 'meeting', number: meetingNums[0] }
      : undefined);

  // Co-chairs across meetings ("who co-chaired the most meetings?", "did Singapore's co-chair change between the 2nd
  // and 3rd?"): chairs.ts, never an MOU count.
  const chairs = planChairs(u, dataset);
  if (chairs) return chairs;
  // One person's part beside the others at one meeting, or what a person signed (people.ts).
  const personAtMeeting = planPersonAt(u, meetingNums, orgs.length);
  if (personAtMeeting) return personAtMeeting;
  // A brand of several entities with a partner each joined apart: every record that joins them (pair.ts).
  const brandPair = planBrandPair(u, dataset);
  if (brandPair) return brandPair;
  // What someone said (or whether they said or mentioned something): quotes.ts.
  if (asksQuote(u, dataset)) return planQuote(u, dataset);
  // A dated event outside the meetings, asked by its date or words (events.ts).
  const event = planEvent(u, dataset);
  if (event) return event;
  // A meeting's outcome asked by its own words, not its name (outcomes.ts).
  const outcome = planOutcomeByWords(u, dataset, meetingNums);
  if (outcome) return outcome;
  // A fact about a meeting, not its card ("what did the 4th JIC focus on", "which meeting was in 2022", "the first
  // meeting held in Shenzhen", "how many days between the 3rd and 4th"): meetingfacts.ts.
  const meetingFact = planMeetingFact(u, dataset);
  if (meetingFact) return meetingFact;
  // "Were the 4 demo zone projects part of the 14?", "projects at the 4th JIC including the zone", "are the zone's MOUs
  // in the 29?": the zone set apart from the meeting's MOUs and joint projects, as the sources give it (zoneapart.ts).
  const zoneApart = planZoneApart(u, dataset);
  if (zoneApart) return zoneApart;
  // "Which meetings happened before 2022?", "what meetings were held after 2021?": the meetings of that range, listed
  // with their dates — never the first of them alone.
  const ranged = mentionsOf(u, 'meeting');
  if (
    ranged.length >= 2 &&
    ranged.every(
      (m) => m.words === ranged[0]?.words && / (?:before|after|since|prior to|from) /.test(` ${m.words} `),
    ) &&
    / (?:which|what|list|name) (?:jic |sci )?(?:meetings|jics|jic meetings) /.test(u.q.text) &&
    !has(u, 'mou') &&
    !has(u, 'project') &&
    !orgs.length
  )
    return { op: 'list', select: 'meetings', filter: { meetings: meetingNums }, show: ['date'] };
  // One attribute of one thing ("which country is Hashmeta from", "who manages the Asian SME Hub", "how big is the
  // CapitaLand fund"): that attribute, or "the sources don't say" naming it — never a profile (attribute.ts).
  const attribute = planAttribute(u, dataset, about);
  if (attribute) return attribute;
  // "What did NCS sign in 2023?", "who did Keppel sign with at the 2nd JIC?": a year or meeting asked of one partner
  // with no record there is that meeting's records naming it — none, said so, with what it did sign elsewhere — never
  // its records of another meeting given as the answer.
  const elsewhere = partnerElsewhere(u, dataset, about, meetingNums, people);
  if (elsewhere) return elsewhere;
  // "Which came first, A or B?": each one's meetings, in time (pair.ts).
  // "Was the 2nd JIC in 2020?": the year is the claim about the meeting named, not a second meeting.
  const years = mentionsOf(u, 'meeting').filter((m) => /^20\d\d$/.test(m.words));
  const byOrdinal = mentionsOf(u, 'meeting').filter((m) => !/^20\d\d$/.test(m.words));
  const namedNums = [...new Set(byOrdinal.map((m) => Number(m.value)))];
  if (u.target === 'yesno' && years.length === 1 && namedNums.length === 1 && namedNums[0] !== Number(years[0]?.value))
    return {
      op: 'check',
      claim: { type: 'year', value: Number(years[0]?.words) },
      plan: { op: 'read', about: { type: 'meeting', number: namedNums[0] ?? 0 }, attribute: 'date' },
    };
  // "Added between the 3rd and 4th JIC", "how many more after the 4th than after the 3rd": what came in between.
  const between = betweenAsked(u, meetingNums);
  if (between) return between;
  const order = planOrder(u, dataset);
  if (order) return order;
  // An MOU and a project of the same partners, asked as one or the other: both records (pair.ts).
  const pair = planMouAndProject(u, dataset);
  if (pair) return pair;
  // Two or more meetings, people or named things, and nothing narrowing them to records: an answer for each.
  const several = planSeveral(u, dataset, selection(u));
  if (several) return several;
  // The writer of a source document ("who's Vivienne Tay?"), or who wrote a publisher's piece.
  const writers = authorsAsked(u, dataset);
  if (writers) return writers;
  // A name the sources never give, asked about taking part ("is Tencent involved?").
  const stranger = notNamedAsked(u);
  if (stranger) return stranger;
  // A name only the sources' text holds (no record, person or outcome of that name): where the text names it.
  if ((!about || about.type === 'person') && !orgs.length && u.target !== 'count' && u.target !== 'list') {
    const passing = namedInPassing(u, dataset, people);
    if (passing) return passing;
  }
  // One name in several meetings' outcomes ("TradeTrust": the 2nd JIC's trials, the 3rd's expansion) and no
  // meeting asked: each meeting's, in order, never one of them as if it were the whole story.
  const sameName = namedOutcomes.filter((m) => m.words === namedOutcomes[0]?.words).map((m) => m.value);
  if (
    about?.type === 'highlight' &&
    !meetingNums.length &&
    new Set(sameName).size > 1 &&
    ['what', 'who', 'list'].includes(u.target) &&
    !u.flags.missing
  )
    return {
      op: 'each',
      plans: [...new Set(sameName)]
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .map((key) => ({ op: 'read', about: { type: 'highlight', key }, attribute: 'about' }) as const),
    };
  if (u.flags.missing === 'outside') return { op: 'unsure', words: '' };
  // "Do the per-meeting MOU counts add up to 29?": the total reported then, beside what the counts add up to.
  const addsUp = addsUpAsked(u);
  if (addsUp) return addsUp;

  // The founding MOU's parties ("is the founding MOU between governments?", "what kind of partners signed it?"): the
  // two officials the sources name as its signatories, never the records on file (none is from it).
  if (
    meetingNums.length === 1 &&
    meetingNums[0] === 0 &&
    !orgs.length &&
    !people.length &&
    (mentionsOf(u, 'kind').length > 0 ||
      has(u, 'partner') ||
      / (?:between|signed by|signatories|parties|partners|who signed|sides?) /.test(u.q.text))
  )
    return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' };
  // "Did MCI sign the founding MOU?": its official signed it (the role the sources give names the body) — who signed
  // it, never "none on file names MCI".
  if (
    meetingNums.length === 1 &&
    meetingNums[0] === 0 &&
    orgs.length === 1 &&
    orgs[0] &&
    foundingSigners(dataset, orgs[0]).length &&
    !people.length
  )
    return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' };
  // "How often does the JIC meet?", "do they meet every year?": the dates it met; the sources state no schedule.
  if (
    !meetingNums.length &&
    !orgs.length &&
    / (?:meet|meets|met|meeting|meetings|jic|convene|convenes) /.test(u.q.text) &&
    / how (?:often|frequently|regularly) | (?:meet|meets|met|held|convene|convenes) (?:every year|annually|yearly|each year|once a year|regularly) /.test(
      u.q.text,
    )
  )
    return { op: 'read', about: { type: 'committee' }, attribute: 'about' };
  // "Which JIC launched 14 projects?", "which meeting was held in Shenzhen?": meetings picked by a figure or a place.
  // "Which meetings were online?", "were any meetings face to face?", "list the virtual meetings": meetings by how
  // they were held, as their records give it.
  // "Which meetings were not in Shenzhen?", "which JIC didn't sign 8 MOUs?": the others, never the ones named.
  const notMeetings = / (?:not|never|other than|except|excluding) /.test(u.q.text);
  const mode = modeAsked(u);
  if (mode)
    return {
      op: 'list',
      select: 'meetings',
      filter: { place: notMeetings ? (mode === 'video' ? 'in person' : 'video') : mode },
    };
  if (/ (?:which|what|how many|number of|count of) (?:jic|meetings?|jic meetings?) /.test(u.q.text)) {
    const num = mentionsOf(u, 'number').find((m) => !m.value.startsWith('year:'));
    const place = / (?:held |took place |was |were )?(?:in|by) ([a-z]+) /.exec(u.q.text)?.[1];
    const what = has(u, 'project') ? 'projects' : has(u, 'mou') ? 'mous' : undefined;
    const exclude = notMeetings ? { exclude: true } : {};
    if (num && what)
      return {
        op: 'list',
        select: 'meetings',
        filter: { reported: { select: what, value: Number(num.value) }, ...exclude },
      };
    if (place && !/^(?:20\d\d|total|the|a|an)$/.test(place) && !meetingNums.length && !orgs.length)
      return { op: 'list', select: 'meetings', filter: { place, ...exclude } };
  }
  // "List every JIC meeting with its date", "each meeting and where it was held": every meeting with what was asked of
  // it (a date the sources give two readings of, with both), never their MOU counts.
  const listed = meetingsListed(u, meetingNums, orgs, people);
  if (listed) return listed;
  // "How many flagship projects?", "which were the key projects?": a tier the sources sort projects into.
  const tier = tierAsked(u.q.text, dataset, meetingNums);
  if (
    (tier === 'flagship' || tier === 'key') &&
    dataset.meetings.some((m) => m.projectGroups?.some((g) => g.tier === tier))
  )
    return { op: 'tier', tier, meetings: meetingNums };
  // "What is the JIC called in Chinese?": the names the sources print, whatever the target.
  if (
    / (?:chinese|mandarin) (?:name|names|title|characters)| (?:name|names|title) in (?:chinese|mandarin) | (?:called|say|write|written|named|spelt|spelled)(?: [a-z]+){0,3} in (?:chinese|mandarin) /.test(
      u.q.text,
    )
  ) {
    const named =
      (about?.type === 'record' && about.id === demoZoneId(dataset)) || (has(u, 'demozone') && !about)
        ? ({ type: 'demozone' } as const)
        : (about ??
          (/ (?:jic|committee) /.test(u.q.text)
            ? ({ type: 'committee' } as const)
            : ({ type: 'initiative' } as const)));
    return { op: 'names', about: named };
  }
  // Chinese the tables could not read, and nothing named: the question is not one of the kinds its known
  // words ask ("什么是<unknown>企业<unknown>" is no list of companies) — say not sure.
  const named = u.mentions.some(
    (m) => !['subject', 'kind', 'country', 'number', 'initiative', 'topic'].includes(m.type),
  );
  // (A word asked "about" — "关于无人机的项目" — is what the records must be about: read, not unread.)
  const asTopic = new Set(freeTopics(u));
  const unread = u.rest.split(' ').filter((w) => /\p{Script=Han}{2,}/u.test(w) && !asTopic.has(w));
  if (unread.length && !named) return { op: 'unsure', words: '' };
  // A topic word amid words nothing on file knows ("quantum blockchain synergy"): the question is
  // not about the records that share that one word, so say so rather than answer with them.
  const unknown = u.rest.split(' ').filter((w) => w.length >= 4);
  const topics = mentionsOf(u, 'topic');
  const namedBeyondTopics = u.mentions.some((m) => !['topic', 'subject', 'number'].includes(m.type));
  if (topics.length && !namedBeyondTopics && unknown.length >= 2 && unknown.length > topics.length)
    return { op: 'unsure', words: topics.map((m) => m.words).join(' ') };
  // "Who chairs the JIC?", "who leads the SCI?", "who represents Shenzhen at the JIC?": the co-chairs the sources
  // name, meeting by meeting (one side, if asked), never "the sources don't say".
  const committeeChairs = chairsAsked(u, about, meetingNums, orgs, people);
  if (committeeChairs) return committeeChairs;
  // "Who manages the Asian SME Hub?": the highlight says who; elsewhere the sources never do.
  const saidByHighlight = u.flags.missing === 'who runs it' && about?.type === 'highlight';
  // "TusStar's network size": a size the subject's own text gives in figures is no missing value.
  const sizeGiven = / size /.test(u.q.text) && /\d/.test(ownText(about, dataset));
  // Where a partner is based: never given; a meeting's or the zone's place is on file.
  const placeOnFile = u.flags.missing === 'where it is based' && about?.type !== 'org';
  // "How long has the SCI been running?" asks since when (given: 2019), not when it ends (never given).
  const runningSince =
    u.flags.missing === 'how long it runs' &&
    !about &&
    mentionsOf(u, 'initiative').length > 0 &&
    / how long (?:has|have|had|is|was) (?:the )?(?:sci|initiative|it)(?: been)? | how long (?:has|have) it (?:existed|been) /.test(
      u.q.text,
    );
  // "Has it been completed yet?" asks whether it came about (planYesNo), not when it ends.
  const progressAsked = u.target === 'yesno' && u.flags.missing === 'how long it runs' && PROGRESS.test(u.q.text);
  // ("What time did the 2nd JIC start?": its record says it was held in the morning — no missing time of day.)
  const timeGiven =
    u.flags.missing === 'time of day' &&
    about?.type === 'meeting' &&
    /\b(?:morning|afternoon|evening)\b/i.test(
      dataset
        .meetingByNumber(about.number)
        ?.highlights.map((h) => h.text)
        .join(' ') ?? '',
    );
  // "Biggest MOU count at a single JIC", "largest number of projects": a count ranked, never a size the sources don't give.
  const countRanked =
    u.target === 'most' &&
    (has(u, 'mou') || has(u, 'project')) &&
    / (?:count|number|numbers|tally|total|jic|meeting|meetings|year) /.test(u.q.text);
  if (
    u.flags.missing &&
    !countRanked &&
    u.target !== 'list' &&
    !saidByHighlight &&
    !sizeGiven &&
    !placeOnFile &&
    !runningSince &&
    !progressAsked &&
    !timeGiven
  )
    return {
      op: 'missing',
      attribute: u.flags.missing,
      ...(about ? { about } : {}),
      ...(about?.type === 'highlight' && namedOutcomes[0] ? { words: namedOutcomes[0].words } : {}),
    };

  // "Digital connectivity MOUs": a pillar's MOUs. The sources never file MOUs under a pillar (only the
  // 4th JIC's under Annex A headings), so say that and give the groups, not MOUs that share a word.
  // ("The talent pillar", "under digital connectivity", "projects in the innovation pillar": a pillar as a filter too.)
  const records = has(u, 'mou') || has(u, 'project');
  const pillarAsked = pillarWords(dataset).find(
    ({ full, short, first, under }) =>
      [full, short].some(
        (words, i) =>
          followedByMou(u.q.text, words) ||
          (records && / pillar /.test(u.q.text) && u.q.text.includes(` ${words} `)) ||
          (records && under[i]?.test(u.q.text)),
      ) ||
      (records && first.length >= 5 && u.q.text.includes(` ${first} pillar `)),
  )?.pillar;
  if (pillarAsked && !u.mentions.some((m) => m.type === 'group') && !orgs.length && u.target !== 'yesno')
    return {
      op: 'rank',
      select: has(u, 'project') && !has(u, 'mou') ? 'projects' : 'mous',
      by: 'group',
      order: 'most',
      filter: {},
      pillar: pillarAsked.name,
    };
  // "What is the JIC?", "what does the joint implementation committee do?": the committee itself, not its meetings.
  if (
    u.target === 'what' &&
    !u.flags.chairing &&
    / (?:jic|committee) /.test(u.q.text) &&
    !/\b(?:JICs|meetings?|mtgs?)\b/i.test(u.q.raw) &&
    !meetingNums.length &&
    !u.mentions.some((m) => !['subject', 'initiative'].includes(m.type))
  )
    return { op: 'read', about: { type: 'committee' }, attribute: 'about' };
  const select = selection(u);
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
      .filter(
        (w) =>
          w.length >= 5 &&
          !f.topics?.some((t) => t.includes(w)) &&
          dataset.meetings.some((m) => m.highlights.some((h) => new RegExp(`\\b${w}\\b`, 'i').test(h.text))),
      );
    if (extra.length) f.topicsAlso = extra;
  }
  // "How many MOUs were signed on the sidelines of the 4th JIC?": the meeting's MOUs (the sources say they were signed
  // on its sidelines) and the zone's four companies' signings there — never "sidelines" as a topic ("0 MOUs about it").
  const sidelines = sidelinesAsked(u, dataset, select, meetingNums);
  if (sidelines) return sidelines;
  // MOUs about the zone: those whose topics name it (the CapitaLand–Qianhai fund for its park).
  if (has(u, 'demozone') && select === 'mous')
    return { op: 'list', select: 'mous', filter: { ...f, topics: [...(f.topics ?? []), 'demonstration zone'] } };
  // "The zone's first batch of companies", "who signed to operate in the zone": the 4 reported, unnamed.
  if (select === 'demozone-companies' && ['what', 'who', 'list'].includes(u.target))
    return { op: 'count', select, filter: {}, cumulative: false, before: false };
  // "Which partners only joined projects?", "partners that only signed MOUs": named in that kind and in none of the
  // other (never every partner of that kind, as if "only" were not said).
  const onlyKind =
    / only (?:joined|join|joins|signed|sign|signs|inked|in|took part in|take part in|have|had|has|appear in|appears in) (?:an? |any |the )?(projects?|mous?|agreements?) /.exec(
      u.q.text,
    )?.[1];
  if (onlyKind && select === 'partners' && u.target !== 'yesno' && u.target !== 'compare') {
    const via = /^project/.test(onlyKind) ? 'projects' : 'mous';
    const filter: Filter = { ...f, via, without: via === 'mous' ? 'projects' : 'mous' };
    return u.target === 'count'
      ? { op: 'count', select, filter, cumulative: false, before: false }
      : { op: 'list', select, filter };
  }
  // "MOUs other than Keppel's at the 4th JIC", "projects not launched at the 4th JIC", "universities besides PKU": what a
  // negation takes away is left out of what is listed or counted, never listed as the answer.
  if (
    (f.notOrgs || f.notMeetings || (f.notGroups && select === 'mous')) &&
    (select === 'mous' || select === 'projects' || select === 'partners') &&
    u.target !== 'yesno' &&
    u.target !== 'compare'
  ) {
    const filter: Filter = select === 'partners' && (has(u, 'mou') || has(u, 'project')) ? { ...f, ...viaOf(u) } : f;
    return u.target === 'count'
      ? { op: 'count', select, filter, cumulative: false, before: false }
      : { op: 'list', select, filter };
  }
  // "Which MOUs have no project?", "partners without an MOU", "projects not linked to any MOU": the negation is a
  // filter (none of that kind on file), never ignored; one that cannot be read so gets "not sure", not every record.
  const negation = / (?:no(?! of )|without|not|never|none|lacks?|lacking|non|outside(?: of)?) /.exec(u.q.text);
  if (
    negation &&
    u.target !== 'yesno' &&
    u.target !== 'compare' &&
    (select === 'mous' || select === 'projects' || select === 'partners')
  ) {
    // Right before a kind or country ("with no Chinese partner", "not from Singapore", "without a university"):
    // that filter negated, never the filter as asked.
    const negated = u.mentions.find(
      (m) =>
        (m.type === 'kind' || m.type === 'country') &&
        m.start > negation.index &&
        m.start - negation.index <= 24 &&
        !/ (?:mous?|projects?) /.test(u.q.text.slice(negation.index, m.start)),
    );
    // Partners of a kind and a country, the other named before the negation ("companies not from China"): only
    // the one after it is negated — never "not (Chinese companies)", which lists Singapore universities as companies.
    // ("Non-Singapore universities": the kind after the country negated is kept as asked too.)
    const other = u.mentions.find(
      (m) =>
        (m.type === 'kind' || m.type === 'country') &&
        m.type !== negated?.type &&
        (m.start < negation.index || / (?:non|outside(?: of)?) $/.test(u.q.text.slice(0, (negated?.start ?? 0) + 0))),
    );
    const exclude =
      select === 'partners' && negated && f.kind && f.country && other ? (negated.type as 'kind' | 'country') : true;
    if (negated && !f.without)
      return u.target === 'count'
        ? { op: 'count', select, filter: { ...f, exclude }, cumulative: false, before: false }
        : { op: 'list', select, filter: { ...f, exclude } };
    const after = u.mentions.filter(
      (m) => m.type === 'subject' && (m.value === 'mou' || m.value === 'project') && m.start > negation.index,
    )[0];
    const without = after ? (after.value === 'mou' ? 'mous' : 'projects') : undefined;
    const what = select === 'partners' ? 'partners' : select;
    if (without && (what === 'partners' || without !== what)) {
      const filter: Filter = { ...f, without };
      return u.target === 'count'
        ? { op: 'count', select: what, filter, cumulative: false, before: false }
        : { op: 'list', select: what, filter };
    }
    // A negation right before a filter this cannot read ("MOUs not about AI"): not sure, never every record.
    if (
      / (?:no|not|never|without) (?:about|on|with|in|from|involving|involve|signed|linked|related|having|any|an?) /.test(
        u.q.text,
      )
    )
      return { op: 'unsure', words: u.rest };
  }
  // "Which MOUs became projects?", "how many MOUs have a matching project?": records linked to one of the other kind on
  // file (the data's twin links), never every record. Yes/no forms: planYesNo.
  const linked = linkedAsked(u, select);
  if (linked && u.target !== 'yesno' && u.target !== 'compare')
    return u.target === 'count'
      ? { op: 'count', select: linked.select, filter: { ...f, linked: linked.to }, cumulative: false, before: false }
      : { op: 'list', select: linked.select, filter: { ...f, linked: linked.to } };
  // "How many MOUs in Annex A?", "projects listed in the press release": the annex's own records, never the running total.
  const annex = annexAsked(u, dataset);
  if (annex && ['count', 'list', 'what'].includes(u.target) && !orgs.length && !mentionsOf(u, 'record').length) {
    const filter: Filter = { ...f, meetings: [annex.meeting], annex: annex.annex };
    return u.target === 'count'
      ? { op: 'count', select: annex.select, filter, cumulative: false, before: false }
      : { op: 'list', select: annex.select, filter };
  }
  // "Is the SCI still active?": the sources record dates, not the present — the latest they record.
  if (
    mentionsOf(u, 'initiative').length &&
    !meetingNums.length &&
    (/ (?:still|active|ongoing|going on|still going|alive|continuing|continue|over|ended|finished|dead) /.test(
      u.q.text,
    ) ||
      / (?:how long|how many years|how old) /.test(u.q.text))
  )
    return { op: 'read', about: { type: 'initiative' }, attribute: 'status' };
  // "Partners by country", "the split of partners per side": how many partners each country has on file.
  if (
    / (?:by|per|each|across) (?:country|countries|side|sides) /.test(u.q.text) &&
    (select === 'partners' || has(u, 'partner'))
  )
    return { op: 'rank', select: 'mous', by: 'country', order: 'most', filter: f.kind ? { kind: f.kind } : {} };
  // "The first MOU ever signed", "which project is the oldest": the earliest meeting's records on file, and what came
  // before them that the sources report without naming (said by the sayer) — never every record, never "not sure".
  const earliestKind =
    / (?:first|earliest|oldest)(?: ever)? (?:[a-z]+ )?(mous?|projects?|agreements?) /.exec(u.q.text)?.[1] ??
    / (mous?|projects?|agreements?) (?:is|was|are|were|came) (?:the )?(?:first|earliest|oldest) /.exec(u.q.text)?.[1];
  if (earliestKind && !meetingNums.length && !orgs.length && u.target !== 'yesno' && u.target !== 'compare') {
    const sel = /mou|agreement/.test(earliestKind) ? 'mous' : 'projects';
    const first = dataset.meetings.find(
      (m) => m.number > 0 && (sel === 'mous' ? dataset.mousAt(m.id) : dataset.projectsAt(m.id)).length,
    );
    if (first) return { op: 'list', select: sel, filter: { ...f, meetings: [first.number], earliest: true } };
  }
  // "The newest project", "latest MOUs", "most recent agreements": the records of the latest meeting that has
  // any of that kind (reported or on file), said as that meeting's — never "not sure".
  const latestKind = / (?:latest|newest|most recent|recent|last) (?:[a-z]+ )?(mous?|projects?|agreements?) /.exec(
    u.q.text,
  );
  if (latestKind?.[1] && !meetingNums.length && !orgs.length && u.target !== 'yesno') {
    const sel = /mou|agreement/.test(latestKind[1]) ? 'mous' : 'projects';
    const held = dataset.meetings.filter(
      (m) =>
        m.number > 0 &&
        ((sel === 'mous' ? m.newMous.value : m.newProjects.value) ||
          (sel === 'mous' ? dataset.mousAt(m.id) : dataset.projectsAt(m.id)).length),
    );
    const last = held[held.length - 1];
    if (last) return { op: 'list', select: sel, filter: { ...f, meetings: [last.number] } };
  }
  switch (u.target) {
    case 'compare': {
      // "The talent exchange group vs the AI group: which has more MOUs?": the groups' MOUs side by side.
      const groupsAsked = groupsCompared(u);
      if (groupsAsked) return groupsAsked;
      // "OneSME's suppliers vs its buyers": figures one named outcome states side by side, never records counted.
      if (about?.type === 'highlight' && namedOutcomes.length && figureIn(highlightText(dataset, about.key), u.q.text))
        return { op: 'read', about, attribute: 'about' };
      const records = recordsCompared(u, dataset);
      if (records) return records;
      const compared = planCompare(u, dataset, select);
      if (compared) return compared;
      break;
    }
    case 'most': {
      const groupsAsked = groupsCompared(u);
      if (groupsAsked) return groupsAsked;
      // "The most recent total of projects", "the biggest MOU total reported so far": the running total reported last
      // (totals only grow), with the meeting it was reported at — never "not sure".
      if (
        / (?:total|totals|running total|tally) /.test(u.q.text) &&
        has(u, 'mou') !== has(u, 'project') &&
        !meetingNums.length &&
        !orgs.length &&
        !u.flags.fewest
      )
        return {
          op: 'count',
          select: has(u, 'project') ? 'projects' : 'mous',
          filter: {},
          cumulative: true,
          before: false,
        };
      const what = has(u, 'project') && !has(u, 'mou') ? 'projects' : select === 'projects' ? 'projects' : 'mous';
      const order = u.flags.fewest ? 'fewest' : 'most';
      if (/ (?:year) /.test(u.q.text)) return { op: 'rank', select: what, by: 'year', order, filter: {} };
      // "Which project has the most partners?": the records themselves, by the parties each names.
      if (
        (has(u, 'project') || has(u, 'mou')) &&
        / (?:most|fewest|least|biggest number of|largest number of) (?:partners|parties|members|organisations|organizations|companies|signatories|participants) /.test(
          u.q.text,
        )
      )
        return { op: 'rank', select: what, by: 'record', order, filter: {} };
      if (/ (?:group|annex|heading|category) /.test(u.q.text) || (has(u, 'pillar') && what === 'mous'))
        return { op: 'rank', select: 'mous', by: 'group', order, filter: {} };
      // "The most common type of partner": partners by kind; "which meeting had the most partners": each meeting's
      // partners on file — never one partner's records.
      if (
        / (?:most common|commonest|most frequent|most usual|most popular|main|dominant) (?:type|kind|sort|category|form)s? | (?:type|kind|sort|category) of (?:partner|organisation|organization|org|entity|participant)s? (?:is |are )?(?:the )?most /.test(
          u.q.text,
        )
      )
        return { op: 'rank', select: 'mous', by: 'kind', order, filter: {} };
      if (
        / (?:which|what) (?:jic |meeting|jic) /.test(u.q.text) &&
        / (?:partners|parties|organisations|organizations|orgs|companies|participants|signatories|members|universities|institutes|firms) /.test(
          u.q.text,
        ) &&
        !meetingNums.length
      )
        return { op: 'rank', select: 'mous', by: 'meetingPartners', order, filter: f.kind ? { kind: f.kind } : {} };
      if (/ (?:country|side) /.test(u.q.text))
        return { op: 'rank', select: what, by: 'country', order, filter: f.kind ? { kind: f.kind } : {} };
      if (
        / (?:partners?|compan(?:y|ies)|organi[sz]ations?|orgs?|firms?|entit(?:y|ies)|universit(?:y|ies)|institutes?|institutions?|who|signers?|signator(?:y|ies)|parties|party|participants?) /.test(
          u.q.text,
        ) ||
        f.kind
      )
        return {
          op: 'rank',
          select: what,
          by: 'partner',
          order,
          filter: {
            ...(f.kind ? { kind: f.kind } : {}),
            ...(f.country ? { country: f.country } : {}),
            // "Who is in the most 4th-JIC records?": that meeting's records only, never every meeting's.
            ...(f.meetings?.length ? { meetings: f.meetings } : {}),
          },
          // Neither kind named nor signing asked ("the most records", "the most active partner"): both kinds.
          ...(!has(u, 'mou') && !has(u, 'project') && !u.flags.signing ? { records: true } : {}),
        };
      // "Which JIC was the biggest?": no unit asked, so both the MOUs and the projects each meeting reported.
      if (
        / (?:meetings?|jic) /.test(u.q.text) &&
        / (?:biggest|largest|smallest|busiest) /.test(u.q.text) &&
        !has(u, 'mou') &&
        !has(u, 'project')
      )
        return {
          op: 'each',
          plans: (['mous', 'projects'] as const).map(
            (sel) => ({ op: 'rank', select: sel, by: 'meeting', order, filter: {} }) as const,
          ),
        };
      if (/ (?:meetings?|jic) /.test(u.q.text) && !/ (?:earliest|first ever|oldest) /.test(u.q.text))
        return { op: 'rank', select: what, by: 'meeting', order, filter: {} };
      if (/ (?:earliest|first ever|oldest|first) /.test(u.q.text))
        return { op: 'read', about: { type: 'meeting', number: 1 }, attribute: 'about' };
      break;
    }
    default:
      break;
  }

  // Two or more people and nothing else named: the same question for each.
  if (people.length > 1 && !orgs.length && !meetingNums.length && (u.target === 'who' || u.target === 'what'))
    return {
      op: 'each',
      plans: people.map((name) => ({ op: 'read', about: { type: 'person', name }, attribute: 'role' }) as const),
    };
  // "Did the projects double at the 3rd JIC?": a comparison with the meeting before (compare.ts).
  const doubled = u.target === 'yesno' || u.target === 'compare' ? planDoubling(u, dataset, select) : undefined;
  if (doubled) return doubled;
  // "Is there an MOU between two Singapore companies?", "projects whose partners are all Chinese": the kind or country
  // asked of every party of a record — never the partners of that kind who signed anything.
  // "MOUs signed by two universities", "which MOUs have two Chinese parties": at least that many parties of the kind or
  // country in one record — never every record with one of them. "Projects with exactly two partners", "only one
  // partner": records with that many parties.
  const within = withinRecordAsked(u, f);
  if (within && ['yesno', 'count', 'list', 'what', 'which'].includes(u.target)) {
    const counted = {
      op: 'count',
      select: within.select,
      filter: within.filter,
      cumulative: false,
      before: false,
    } as const;
    if (u.target === 'yesno') return { op: 'check', claim: { type: 'some' }, plan: counted };
    return u.target === 'count' ? counted : { op: 'list', select: within.select, filter: within.filter };
  }
  const every = everyPartyAsked(u, f);
  if (every && ['yesno', 'count', 'list', 'what', 'which'].includes(u.target)) {
    const filter: Filter = { ...f, everyParty: true };
    const counted = { op: 'count', select: every, filter, cumulative: false, before: false } as const;
    if (u.target === 'yesno') return { op: 'check', claim: { type: 'some' }, plan: counted };
    return u.target === 'count' ? counted : { op: 'list', select: every, filter };
  }
  // "Where does the SCI want Singapore firms to tap the Chinese market?", "which market do SG firms get access to under the
  // SCI?": the markets the initiative's stated aim names, never a list of partners from a country.
  if (
    (u.target === 'where' || / (?:which|what) (?:markets?|regions?|areas?|countries) /.test(u.q.text)) &&
    / (?:markets?|tap|expand|enter|access|go into|break into|reach|bring|regions?) /.test(u.q.text) &&
    (mentionsOf(u, 'initiative').length || / (?:sci|initiative) /.test(u.q.text)) &&
    !orgs.length &&
    !meetingNums.length
  )
    return { op: 'read', about: { type: 'initiative' }, attribute: 'about' };
  // "Is the demo zone in Chongqing?": a place asked of the zone is checked against the zone's place, never read as the
  // meeting held there (the founding MOU was signed in Chongqing).
  const zonePlace = mentionsOf(u, 'meeting').find(
    (m) => !/\d|first|second|third|fourth|founding|meeting|jic|mou/.test(m.words),
  );
  if (u.target === 'yesno' && has(u, 'demozone') && zonePlace && !orgs.length && !has(u, 'mou'))
    return {
      op: 'check',
      claim: { type: 'place', words: zonePlace.words },
      plan: { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'place' },
    };
  // "Did any Hong Kong uni take part?", "is any partner based in Beijing?": the partners whose own names state the place
  // (the sources give partners' countries, never their cities), listed — never a Yes for a name that holds the word.
  if (u.target === 'yesno' && f.named && !f.orgs?.length && !f.meetings?.length)
    return { op: 'list', select: 'partners', filter: f };
  if (u.target === 'yesno') return accountedFor(planYesNo(u, dataset, f, about, select), u);

  if (u.target === 'count') {
    if (select === 'pillars') return { op: 'list', select: 'pillars', filter: {} };
    // "How many parties signed the CapitaLand MOU?", "how many organisations are in the QuikBot project?": the parties
    // of that one record, counted — never the partners the named one signed with elsewhere.
    if (
      (about?.type === 'record' || about?.type === 'records') &&
      !has(u, 'demozone') &&
      / (?:parties|partners|signatories|organisations|organizations|members|participants|companies|entities|sides) /.test(
        u.q.text,
      )
    )
      return { op: 'read', about, attribute: 'parties' };
    // "How many companies are in TusStar's network?": a figure the sources give about the partner itself.
    if (orgs.length === 1 && orgs[0] && !has(u, 'mou') && !has(u, 'project') && !u.flags.signing)
      return { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'about' };
    if (!select && about && (about.type === 'org' || about.type === 'highlight'))
      return { op: 'read', about, attribute: 'about' };
    // "How many buyers did OneSME have?", "companies in XNode's batch": a figure the named outcome itself gives,
    // never a count of the partners on file.
    if (about?.type === 'highlight' && namedOutcomes.length && /\d/.test(highlightText(dataset, about.key)))
      return { op: 'read', about, attribute: 'about' };
    if (select === 'demozone-projects' || select === 'demozone-companies')
      return { op: 'count', select, filter: {}, cumulative: false, before: false };
    // "How many agreements were signed at the 4th JIC (in total)?": its MOUs and the zone's companies' signings there,
    // each as the sources give it (they differ on what the latter were) — never only one of them as "the agreements".
    const signedThere = meetingNums.length === 1 ? dataset.meetingByNumber(meetingNums[0] ?? -1) : undefined;
    if (
      select === 'mous' &&
      signedThere?.demoZone?.companies &&
      !orgs.length &&
      !u.flags.cumulative &&
      !u.flags.before &&
      Object.keys(f).every((k) => k === 'meetings') &&
      (/ (?:agreements?|deals?|signings?|contracts?) /.test(u.q.text) || meetingOwnTotal(asked))
    )
      return {
        op: 'each',
        plans: [
          { op: 'count', select: 'mous', filter: f, cumulative: false, before: false },
          { op: 'count', select: 'demozone-companies', filter: {}, cumulative: false, before: false },
        ],
      };
    if (select && select !== 'highlights')
      return {
        op: 'count',
        select,
        filter: select === 'partners' && (has(u, 'mou') || has(u, 'project')) ? { ...f, ...viaOf(u) } : f,
        cumulative: u.flags.cumulative,
        before: u.flags.before,
        ...(has(u, 'mou') && has(u, 'project') ? { both: true } : {}),
        ...(thereIn(u, f, select) ? { withTotal: true } : {}),
      };
    if (/ totals? /.test(u.q.text))
      return { op: 'count', select: 'mous', filter: f, cumulative: true, before: u.flags.before, both: true };
    if (meetingNums.length || orgs.length)
      return { op: 'count', select: 'mous', filter: f, cumulative: u.flags.cumulative, before: u.flags.before };
    if (about) return { op: 'read', about, attribute: 'about' };
    return { op: 'count', select: 'mous', filter: f, cumulative: true, before: false };
  }

  if (u.target === 'when') {
    if (about?.type === 'meeting' && u.flags.announced) return { op: 'read', about, attribute: 'announced' };
    if (about?.type === 'orgs' || about?.type === 'org') return { op: 'read', about, attribute: 'date' };
    if (about) return { op: 'read', about, attribute: 'date' };
    if (has(u, 'meeting') && / (?:start|begin|began|first) /.test(u.q.text))
      return { op: 'read', about: { type: 'meeting', number: 1 }, attribute: 'date' };
    if (mentionsOf(u, 'initiative').length || / (?:start|begin|began|launch|launched|founded) /.test(u.q.text))
      return { op: 'read', about: { type: 'initiative' }, attribute: 'launched' };
  }

  if (u.target === 'where') {
    if (about?.type === 'record' && about.id === demoZoneId(dataset)) return { op: 'read', about, attribute: 'place' };
    if (about) return { op: 'read', about, attribute: about.type === 'meeting' ? 'place' : 'about' };
    if (has(u, 'demozone'))
      return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'place' };
  }

  if (u.target === 'who') {
    if (about?.type === 'meeting') {
      // "Who are the partners at the 4th JIC (in the AI group)?": its partners, never its co-chairs.
      const narrowed = ['group', 'kind', 'country', 'place'].some((t) => mentionsOf(u, t as Mention['type']).length);
      if (!u.flags.chairing && about.number > 0 && (narrowed || has(u, 'partner') || has(u, 'company')))
        // ("Who are the Singapore parties to the 4th JIC MOUs?": the parties of its MOUs, not of its projects too.)
        return {
          op: 'list',
          select: 'partners',
          filter: { ...f, ...(has(u, 'mou') || has(u, 'project') ? viaOf(u) : {}) },
        };
      if (u.flags.signing && !u.flags.chairing && about.number > 0)
        return { op: 'list', select: 'mous', filter: { meetings: [about.number] } };
      return { op: 'read', about, attribute: 'chairs' };
    }
    if (about?.type === 'person') return { op: 'read', about, attribute: 'role' };
    // "Who was the mayor when the SCI was founded?": who signed the founding MOU.
    if (
      !about &&
      mentionsOf(u, 'initiative').length &&
      / (?:founded|founding|launched|started|began|set up|created) /.test(u.q.text)
    )
      return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' };
    // "Who is the Shenzhen mayor?", "who's MCI's permanent secretary?": everyone the sources give that role, each
    // with the meetings they held it at (never only the latest meeting's co-chairs).
    const byRole =
      !meetingNums.length && !people.length && (!about || about.type === 'org') ? peopleByRole(u, dataset) : [];
    // (A role only a quote's speaker holds — "the deputy prime minister", Heng Swee Keat — has no person record:
    // the passages that name the speaker, as for "who's Heng Swee Keat?".)
    if (byRole.length)
      return {
        op: 'each',
        plans: byRole.map((name) => (isPersonRecord(dataset, name) ? personRole(name) : passagesNaming(dataset, name))),
      };
    if (/ (?:committee) /.test(u.q.text) && u.flags.chairing)
      return { op: 'read', about: { type: 'meeting', number: dataset.latestMeeting.number }, attribute: 'chairs' };
    if (has(u, 'demozone'))
      return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'parties' };
    if (about) return { op: 'read', about, attribute: 'parties' };
    if (select === 'partners' || select === 'mous') return { op: 'list', select: 'partners', filter: f };
  }

  if (u.target === 'list') {
    if (/ (?:which|what) (?:group|annex|heading|category|pillar) /.test(u.q.text) && record)
      return { op: 'read', about: record, attribute: 'group' };
    if (/ (?:meetings?|jic) /.test(u.q.text) && about?.type === 'person')
      return { op: 'read', about, attribute: 'meetings' };
    if (/ (?:which|what) (?:meeting|jic) /.test(u.q.text) && about && about.type !== 'meeting')
      return { op: 'read', about, attribute: 'date' };
    if (select === 'highlights' && meetingNums.length) return { op: 'list', select: 'highlights', filter: f };
    if (select === 'meetings') return { op: 'list', select: 'meetings', filter: {} };
    if (select === 'partners' && orgs.length === 1 && orgs[0])
      return { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'parties' };
    if (select === 'partners' && (has(u, 'mou') || has(u, 'project')))
      return { op: 'list', select, filter: { ...f, ...viaOf(u) } };
    if (select) {
      if ((select === 'mous' || select === 'projects') && !Object.keys(f).length && about)
        return { op: 'read', about, attribute: 'parties' };
      if (select === 'partners' && (about?.type === 'record' || about?.type === 'records'))
        return { op: 'read', about, attribute: 'parties' };
      return { op: 'list', select, filter: f };
    }
    if (about && about.type !== 'meeting')
      return { op: 'read', about, attribute: /university|company|partner/.test(u.q.text) ? 'parties' : 'about' };
  }

  if (select === 'demozone-projects' && / projects /.test(u.q.text) && !/ (?:about|focus|do|what are) /.test(u.q.text))
    return { op: 'count', select, filter: {}, cumulative: false, before: false };
  // what / anything else: describe what the question names.
  if (/ (?:which|what) (?:group|annex|heading|category) /.test(u.q.text) && record)
    return { op: 'read', about: record, attribute: 'group' };
  if (/ title /.test(u.q.text) && record) return { op: 'read', about: record, attribute: 'title' };
  if (about?.type === 'person' && / (?:meetings?|jic) /.test(u.q.text))
    return { op: 'read', about, attribute: 'meetings' };
  // "Name the Shenzhen mayor at the 3rd JIC": a role at a meeting is its co-chairs.
  if (about?.type === 'meeting' && / (?:mayor|permanent secretary|cochairs?|chairs?) /.test(u.q.text))
    return { op: 'read', about, attribute: 'chairs' };
  // "NTU's MOUs?", "keppel projects": a partner's records of one kind, listed (none on file is said honestly).
  if (about?.type === 'org' && !u.rest && has(u, 'mou') !== has(u, 'project') && / (?:mous|projects) /.test(u.q.text))
    return { op: 'list', select: has(u, 'mou') ? 'mous' : 'projects', filter: f };
  // "The projects of 2022?", "the 8 MOUs of the 4th JIC": a meeting's records of one kind, listed (those the sources
  // name, with the count reported), never the meeting's whole card.
  if (
    about?.type === 'meeting' &&
    (select === 'mous' || select === 'projects') &&
    / (?:mous|projects|agreements|ventures) /.test(u.q.text) &&
    !/ (?:besides|apart from|aside from|other than|except|excluding|beyond) /.test(u.q.text)
  )
    return { op: 'list', select, filter: f };
  // "Chinese signatories of the 4th JIC MOUs": a meeting's partners of a side or kind, through its records asked.
  if (
    about?.type === 'meeting' &&
    about.number > 0 &&
    select === 'partners' &&
    (mentionsOf(u, 'country').length || mentionsOf(u, 'kind').length)
  )
    return {
      op: 'list',
      select: 'partners',
      filter: { ...f, ...(has(u, 'mou') || has(u, 'project') ? viaOf(u) : {}) },
    };
  if (about) return { op: 'read', about, attribute: about.type === 'person' ? 'role' : 'about' };
  if (has(u, 'demozone'))
    return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'about' };
  if (select === 'pillars') return { op: 'list', select: 'pillars', filter: {} };
  if (/ (?:jic|joint implementation committee|committee) /.test(u.q.text) && !select)
    return { op: 'read', about: { type: 'committee' }, attribute: 'about' };
  // ("Anything sports related in the SCI?": the SCI is where to look, the topic is what is asked.)
  if (mentionsOf(u, 'initiative').length && u.q.words.length <= 8 && !select && !f.topics?.length)
    return { op: 'read', about: { type: 'initiative' }, attribute: 'about' };
  if (select && select !== 'highlights' && (Object.keys(f).length || select === 'meetings'))
    return { op: 'list', select, filter: f };
  if (f.topics?.length) return { op: 'list', select: 'projects', filter: f };
  // "Why are only 12 of the MOUs named?": the records as reported and as named on file.
  if (
    (select === 'mous' || select === 'projects') &&
    / (?:named|unnamed|on file|listed|not named|missing) /.test(u.q.text)
  )
    return { op: 'list', select, filter: f };
  return { op: 'unsure', words: u.rest };
}

/**
 * The kind of record whose parties must ALL be of the kind or country asked: "between two Singapore companies", "both
 * parties Chinese", "all (of its) partners from Singapore" — with a word for MOUs or projects and no partner named.
 */
function everyPartyAsked(u: Understanding, f: Filter): 'mous' | 'projects' | undefined {
  if (!(f.kind || f.country) || f.orgs?.length || f.exclude) return undefined;
  const t = u.q.text;
  const every =
    / between (?:two|2|both) /.test(t) ||
    / (?:both|all|every|each) (?:of (?:the|its|their) )?(?:parties|partners|sides|signatories|members)(?: of it| in it| of (?:an?|any|the|its|their|one) (?:mou|project|agreement)s?)? (?:are|were|is|was|being|from) /.test(
      t,
    ) ||
    / (?:only|just|purely|solely) (?:singapore|singaporean|chinese|china|shenzhen) (?:parties|partners|companies|firms|universities|organisations|organizations) /.test(
      t,
    );
  if (!every) return undefined;
  const mou = has(u, 'mou');
  const project = has(u, 'project');
  return mou && !project ? 'mous' : project && !mou ? 'projects' : undefined;
}

/** A meeting whose sources speak of signings on its sidelines (a disagreement or an outcome naming them). */
const sidelinesOf = (dataset: Dataset) =>
  dataset.meetings.filter(
    (m) =>
      m.number > 0 &&
      [...(m.disagreements ?? []).map((d) => d.topic), ...m.highlights.map((h) => h.text)].some((t) =>
        / sidelines /.test(` ${t.toLowerCase()} `),
      ),
  );

function sidelinesAsked(
  u: Understanding,
  dataset: Dataset,
  select: Selection | undefined,
  meetingNums: readonly number[],
): Plan | undefined {
  // ("Were four projects signed on the sidelines?": the press release's summary says so, its body says four companies
  // signed MOUs for the zone — the same signings, read as the sources give them, never "0 projects about sidelines".)
  if (
    !/ sidelines? /.test(u.q.text) ||
    (select && select !== 'mous' && select !== 'demozone-companies' && select !== 'projects')
  )
    return undefined;
  if (!['count', 'list', 'what', 'who', 'yesno'].includes(u.target) || mentionedOrgIds(u).length) return undefined;
  if (meetingNums.length > 1) return undefined;
  const held = sidelinesOf(dataset);
  // A meeting whose sources say nothing of sidelines ("the sidelines of the 3rd JIC"): its MOUs, as signed at it.
  const asked = meetingNums[0] !== undefined ? dataset.meetingByNumber(meetingNums[0]) : undefined;
  const m = asked ?? (held.length === 1 ? held[0] : undefined);
  if (!m || m.number === 0) return undefined;
  const mous: Plan = {
    op: 'count',
    select: 'mous',
    filter: { meetings: [m.number] },
    cumulative: false,
    before: false,
  };
  const zone: Plan = { op: 'count', select: 'demozone-companies', filter: {}, cumulative: false, before: false };
  if (u.target === 'yesno' && select !== 'projects') return { op: 'check', claim: { type: 'some' }, plan: mous };
  return m.demoZone?.companies && held.includes(m) ? { op: 'each', plans: [mous, zone] } : mous;
}

/**
 * "How many agreements were signed at the 4th JIC in total?", "MOUs inked at jic 3 altogether": "in total" said of what
 * one meeting signed ("at"/"during" it) is that meeting's own count, never the running total reported then ("by",
 * "after", "to date", "running total" keep asking for that).
 */
function meetingOwnTotal(u: Understanding): boolean {
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

/** One partner asked at meetings where no record of its family is on file: those meetings' records naming it (none). */
function partnerElsewhere(
  u: Understanding,
  dataset: Dataset,
  about: Subjectref | undefined,
  meetingNums: readonly number[],
  people: readonly string[],
): Plan | undefined {
  if (about?.type !== 'org' || people.length || !meetingNums.length || meetingNums.includes(0)) return undefined;
  if (!['what', 'list', 'who'].includes(u.target) || mentionedOrgIds(u).length !== 1) return undefined;
  const asked = new Set(meetingNums.map((n) => dataset.meetingByNumber(n)?.id));
  const mous = about.ids.flatMap((id) => dataset.mousOf(id));
  const projects = about.ids.flatMap((id) => dataset.projectsOf(id));
  if ([...mous, ...projects].some((r) => asked.has(r.meeting))) return undefined;
  if (!mous.length && !projects.length) return undefined;
  const select = has(u, 'project') || (!has(u, 'mou') && !mous.length) ? 'projects' : 'mous';
  return { op: 'list', select, filter: { orgs: [about.ids], meetings: [...meetingNums] } };
}

/**
 * The tier of projects asked ("flagship projects", "the key ones"). A tier negated ("the key (not flagship) projects",
 * "which 3rd JIC projects were not flagship") is the other tier the sources sort the same meeting's projects into —
 * only where they sort them into exactly two — never the tier the question excluded.
 */
function tierAsked(t: string, dataset: Dataset, meetingNums: readonly number[]): string | undefined {
  const negated =
    / (?:not|non|other than|besides|except|excluding|rather than|apart from|aside from) (?:the |a |an )?(flagship|key)\b/.exec(
      t,
    );
  // ("The key (not flagship) projects": the tier named as asked wins over the one negated.)
  const named = / (flagship|key) (?:projects?|ones?) /.exec(t.replace(negated?.[0] ?? '\u0000', ' '))?.[1];
  if (named) return named;
  if (negated?.[1]) {
    const tiers = new Set(
      dataset.meetings
        .filter((m) => !meetingNums.length || meetingNums.includes(m.number))
        .flatMap((m) => (m.projectGroups ?? []).map((g) => g.tier as string)),
    );
    tiers.delete(negated[1]);
    return tiers.size === 1 ? [...tiers][0] : negated[1];
  }
  return / flagship /.test(t) ? 'flagship' : undefined;
}

// Words that ask about taking part, not what was done ("collaborate", "run a project", "with anyone"): never a claim.
const TAKING_PART =
  /^(?:anyone|anybody|someone|somebody|collaborat\w*|cooperat\w*|participat\w*|partnerships?|relationships?|run|runs|running|ran|start|starts|started|matching|related|linked|connected|ties|tied|deal|deals|jointly|ever|yet|already|actively|officially|formally)$/;

/**
 * "Did QuikBot and Guardforce agree to build drones?", "did Keppel fund the PKU project?": a yes/no about partners
 * and their records carries the question's words beyond what it names (build, drones, fund), so a Yes stands only
 * where the records behind it say them. (Claims of their own — a number, a place, a topic, words — check theirs.)
 */
function accountedFor(p: Plan, u: Understanding): Plan {
  if (p.op !== 'check' || !(p.claim.type === 'together' || p.claim.type === 'some')) return p;
  if (p.claim.type === 'some' && !(p.plan.op === 'count' && p.plan.filter.orgs?.length) && p.plan.op !== 'read')
    return p;
  const also = contentWords(u).filter((w) => !TAKING_PART.test(w));
  // (What joins two partners must be about the topics asked too: "did Keppel fund the PKU project?")
  const topics = p.claim.type === 'together' ? mentionsOf(u, 'topic').flatMap((m) => m.value.split(' ')) : [];
  const all = [...new Set([...also, ...topics])];
  return all.length ? { ...p, also: all } : p;
}

/**
 * Every meeting asked with an attribute of each ("list all JIC meetings with dates", "when and where was each meeting
 * held", "give me the meetings and their venues"): the meetings listed with those attributes. Nothing else named (no
 * meeting, partner, person, record or count), so never a ranking by MOUs.
 */
function meetingsListed(
  u: Understanding,
  meetingNums: readonly number[],
  orgs: readonly string[][],
  people: readonly string[],
): Plan | undefined {
  const t = u.q.text;
  if (meetingNums.length || orgs.length || people.length || has(u, 'demozone')) return undefined;
  // "List the meetings by MOU count", "sort the JIC meetings by projects": each meeting with its count (by size when
  // sorted or ranked), never the running total.
  if (has(u, 'mou') !== has(u, 'project')) {
    if (
      !/ (?:meetings|jics|jic meetings) /.test(t) ||
      !/ (?:by|per|sort|sorted|order|ordered|rank|ranked|arrange) /.test(t) ||
      / (?:how many|which|most|fewest|least) /.test(t) ||
      u.mentions.some((m) => !['subject', 'initiative'].includes(m.type))
    )
      return undefined;
    const ranked =
      / (?:sort|sorted|order|ordered|rank|ranked|arrange) /.test(t) && !/ (?:in time|by date|chronolog)/.test(t);
    return {
      op: 'rank',
      select: has(u, 'project') ? 'projects' : 'mous',
      by: 'meeting',
      order: u.flags.fewest ? 'fewest' : 'most',
      filter: {},
      all: true,
      ...(ranked ? {} : { inTime: true }),
    };
  }
  if (has(u, 'mou') || has(u, 'project')) return undefined;
  if (u.mentions.some((m) => !['subject', 'initiative'].includes(m.type))) return undefined;
  if (!/ (?:meetings|jics|jic meetings|(?:every|each|all)(?: the| of the)?(?: [a-z]+)? (?:jic|meeting))/.test(t))
    return undefined;
  if (!/ (?:list|every|each|all|give|show|name|enumerate|tell|what|when|where) /.test(t)) return undefined;
  if (
    / (?:how many|which|number of|count|most|fewest|least|first|last|latest|earliest|start|started|starts|begin|began|commence|commenced|next) /.test(
      t,
    )
  )
    return undefined;
  const show: Array<'date' | 'place'> = [];
  if (/ (?:dates?|dated|when|days?|years?) /.test(t)) show.push('date');
  if (/ (?:where|places?|venues?|locations?|locales?|cities|city|format|mode|how (?:it was|they were) held) /.test(t))
    show.push('place');
  if (!show.length) {
    if (
      !/ (?:list|every|each|all) /.test(t) ||
      / (?:co ?chairs?|chair|chaired|chairs|cochairs?|outcomes?|happened|about) /.test(t)
    )
      return undefined;
    show.push('date');
  }
  return { op: 'list', select: 'meetings', filter: {}, show };
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

/** Two or more Annex A groups named to compare: their MOUs side by side (more or fewer, as asked). */
function groupsCompared(u: Understanding): Plan | undefined {
  const groups = [...new Set(mentionsOf(u, 'group').map((m) => m.value))];
  if (groups.length < 2 || has(u, 'project')) return undefined;
  const fewer = u.flags.fewest || / (?:fewer|less|smaller|fewest|least) /.test(u.q.text);
  return { op: 'rank', select: 'mous', by: 'group', order: fewer ? 'fewest' : 'most', filter: {}, groups };
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

/** Constraints within one record: at least N parties of a kind or country, or exactly N parties (see the caller). */
function withinRecordAsked(u: Understanding, f: Filter): { select: 'mous' | 'projects'; filter: Filter } | undefined {
  const mou = has(u, 'mou');
  const project = has(u, 'project');
  if (mou === project || f.orgs?.length || f.exclude) return undefined;
  const select = mou ? 'mous' : 'projects';
  const t = u.q.text;
  const n = (w: string) =>
    /^(?:one|1|a single|single|just one|only one)$/.test(w)
      ? 1
      : /^(?:two|2)$/.test(w)
        ? 2
        : /^(?:three|3)$/.test(w)
          ? 3
          : /^(?:four|4)$/.test(w)
            ? 4
            : 0;
  // "exactly two partners", "only one partner", "a single party", "three parties".
  const exact =
    / (?:exactly|precisely|just|only) (one|two|three|four|1|2|3|4) (?:named )?(?:partners?|parties|party|signatories|signatory|organi[sz]ations?|members?) /.exec(
      t,
    ) ??
    / (?:with|has|have|having|involving) (?:only |just )?(a single|one|1) (?:named )?(?:partners?|party|signatory|organi[sz]ation) /.exec(
      t,
    );
  if (exact?.[1] && n(exact[1]) && !f.kind && !f.country) return { select, filter: { ...f, partyCount: n(exact[1]) } };
  // "signed by two universities", "with two Chinese parties", "involving 2 companies" — not "between two" (every party).
  if (!(f.kind || f.country) || / between (?:two|2|both) /.test(t)) return undefined;
  const many =
    / (?:by|with|have|has|having|involving|involve|includes?|including|of|joining|join|among|that|which|where) (?:at least |two or more |2 or more )?(two|2|three|3) (?:[a-z]+ )?(?:[a-z]+ )?(?:universities|companies|firms|institutes|parties|partners|signatories|organisations|organizations|bodies|entities) /.exec(
      t,
    );
  if (!many?.[1]) return undefined;
  return { select, filter: { ...f, atLeast: n(many[1]) } };
}
