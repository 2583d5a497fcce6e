// Readings of what a name asks beyond its record: an outcome named at a meeting that did not have it, a partner asked
// where it has no record, a name only the sources' text holds, one name at several meetings, people named alone —
// and words nothing on file reads (not sure, never the records sharing one word).
import { titledStranger } from './titled.js';
import { isSpeltInRecords, mentionedOrgIds, mentionsOf } from '../understand.js';
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { has } from './common.js';
import { notSure } from './by-target.js';
import { freeTopics, highlightText, namedInPassing } from './yes-no.js';
import { datedIn } from '../figures.js';
import { isOrdinaryChinese } from '../lexicon.js';

/** Two Chinese characters side by side: what any word the readings below look for holds. */
const HAN_WORD = /\p{Script=Han}{2}/u;

const ORDERED = / (?:before|after|earlier|later|first|prior|sooner|preceded|followed) /;

/** A named outcome asked of a meeting, and nothing else named: the meetings that had it, never another's outcome. */
export function outcomeNotAtMeeting(c: PlanContext): Plan | undefined {
  // (Only a meeting and a named outcome give a plan: every other question leaves before the outcomes and the record
  // are looked up.)
  if (!c.meetingNums.length || !c.namedOutcomes.length) return undefined;
  const { u, dataset, meetingNums, namedOutcomes, highlights, record, orgs, people } = c;
  // ("Was the Med-Arb Protocol launched in 2021?", "…before or after the 2nd JIC?": the outcome's own text dates the
  // act asked — checked or ordered by that date, never "they name it at the 1st JIC meeting".)
  const dated = namedOutcomes.some((m) => datedIn(highlightText(dataset, m.value), u.q.text));
  if (dated && (u.target === 'yesno' || ORDERED.test(u.q.text))) return undefined;
  // ("Which came first, the TradeTrust trials or the 1st JIC?": the two ordered, never "not at the 1st JIC".)
  if (ORDERED.test(u.q.text) && / (?:or|before|after|than) /.test(u.q.text)) return undefined;
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
  return undefined;
}

/**
 * "What did NCS sign in 2023?", "who did Keppel sign with at the 2nd JIC?": a year or meeting asked of one partner
 * with no record there is that meeting's records naming it — none, said so, with what it did sign elsewhere — never
 * its records of another meeting given as the answer.
 */
export function partnerElsewhere({ u, dataset, about, meetingNums, people }: PlanContext): Plan | undefined {
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

/** A name only the sources' text holds (no record, person or outcome of that name): where the text names it. */
export function passingName({ u, dataset, about, orgs, people }: PlanContext): Plan | undefined {
  if ((!about || about.type === 'person') && !orgs.length && u.target !== 'count' && u.target !== 'list')
    return namedInPassing(u, dataset, people);
  return undefined;
}

/**
 * One name in several meetings' outcomes ("TradeTrust": the 2nd JIC's trials, the 3rd's expansion) and no meeting
 * asked: each meeting's, in order, never one of them as if it were the whole story.
 */
export function sameNameEachMeeting({ u, about, meetingNums, namedOutcomes }: PlanContext): Plan | undefined {
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
  return undefined;
}

/** Something asked that lies outside what the sources cover: not sure. */
export function outsideSources({ u }: PlanContext): Plan | undefined {
  if (u.flags.missing === 'outside') return { op: 'unsure', words: '' };
  return undefined;
}

/**
 * Chinese the tables could not read, and nothing named: the question is not one of the kinds its known words ask
 * ("什么是<unknown>企业<unknown>" is no list of companies) — say not sure.
 */
export function unreadChinese({ u }: PlanContext): Plan | undefined {
  // (No two characters side by side in the words left: no word unread, whatever else the question names.)
  if (!HAN_WORD.test(u.rest)) return undefined;
  const named = u.mentions.some(
    (m) => !['subject', 'kind', 'country', 'number', 'initiative', 'topic'].includes(m.type),
  );
  // (A word asked "about" — "关于无人机的项目" — is what the records must be about: read, not unread.)
  const asTopic = new Set(freeTopics(u));
  const unread = u.rest.split(' ').filter((w) => /\p{Script=Han}{2,}/u.test(w) && !asTopic.has(w));
  if (unread.length && !named) return { op: 'unsure', words: '' };
  return undefined;
}

// Doing something about a topic, asked of whom ("who handles robotics?", "who works on AI?", "who is in charge of
// logistics?"): the partners of the records about it.
const DOING =
  / (?:handles?|handled|handling|does|did|doing|works? on|working on|worked on|deals? with|dealing with|covers?|covering|focus(?:es)? on|focused on|focusing on|specialis(?:es|ed|ing) in|specializ(?:es|ed|ing) in|responsible for|in charge of|involved in|working in|works in) /;

/** "Who handles robotics?": the partners of the records about the topic — never "not sure" for the verb. */
export function topicDoers({ u }: PlanContext): Plan | undefined {
  if (u.target !== 'who' || !DOING.test(u.q.text)) return undefined;
  const topics = mentionsOf(u, 'topic').map((m) => m.value);
  if (!topics.length || u.mentions.some((m) => !['topic', 'subject', 'kind', 'country'].includes(m.type)))
    return undefined;
  return { op: 'list', select: 'partners', filter: { topics } };
}

/**
 * A topic word amid words nothing on file knows ("quantum blockchain synergy"): the question is not about the records
 * that share that one word, so say so rather than answer with them.
 */
export function topicAmidUnknown({ u }: PlanContext): Plan | undefined {
  const unknown = u.rest.split(' ').filter((w) => w.length >= 4);
  const topics = mentionsOf(u, 'topic');
  // (The zone is a thing named, not a word of shape: "which MOU mentions the Qianhai demonstration park".)
  // (Nor the pillars claimed: "do the pillars include talent exchange and fintech?" is checked against them.)
  const namedBeyondTopics =
    u.mentions.some((m) => !['topic', 'subject', 'number'].includes(m.type)) ||
    has(u, 'demozone') ||
    (u.target === 'yesno' && has(u, 'pillar'));
  // (A value the sources never give, asked of the topic — "how many people study at the Success Academy" — is said missing.)
  if (topics.length && !namedBeyondTopics && !u.flags.missing && unknown.length >= 2 && unknown.length > topics.length)
    return { op: 'unsure', words: topics.map((m) => m.words).join(' ') };
  return undefined;
}

/**
 * A question that names nothing the sources hold, in words no source uses ("can you help with my homework on bananas",
 * "best stock to buy rn", "explain quantum computing"): not sure, and nothing offered — never the records about one of
 * its words, nor a value said missing, as if it asked about the SCI. A topic word counts as named unless a word no
 * source uses narrows it ("quantum computing" is no question about computing).
 */
export function offTopic(c: PlanContext): Plan | undefined {
  const { u, dataset } = c;
  // "How much?", "so how many then": a count of nothing named — never the MOUs counted by default.
  if (COUNT_OF_NOTHING.test(u.q.text)) return notSure(c);
  // "How much does a tesla cost?", "how tall is the eiffel tower": a value asked of a thing no source names (after "a",
  // "an", "the") and nothing else named — not sure, never "the sources give no money or value" as if it were theirs.
  // (A person asked of a place — "who's the president of China?" — is the sources' silence, said so.)
  if (u.flags.missing && u.target !== 'who' && !u.mentions.length && strangeThing(c)) return notSure(c);
  // (A count, ranking, comparison, date or place asks of the records' own shape: "what kind of participant occurs most".)
  if (SHAPED.has(u.target) || u.subjects.length) return undefined;
  if (u.mentions.some((m) => m.type !== 'number' && m.type !== 'topic')) return undefined;
  // (A person named with a title — "did vice mayor Zhou meet Heng?" — is asked about, never off the SCI's topic.)
  if (titledStranger(u, dataset)) return undefined;
  const strange = u.rest.split(' ').filter((w) => w.length >= 3 && /^[a-z]+$/.test(w) && !isSpeltInRecords(w, dataset));
  if (!strange.length) return undefined;
  const topics = mentionsOf(u, 'topic');
  const narrowed = topics.some((m) => strange.includes(/(\S+) $/.exec(u.q.text.slice(0, m.start))?.[1] ?? ''));
  if (topics.length && !narrowed) return undefined;
  // (One strange word alone is off-topic only as what the question is about: "anything about cricket?")
  const about = new Set(freeTopics(u));
  // (The words go on to the nearest records, as for any question not understood.)
  return narrowed || strange.length >= 2 || strange.every((w) => about.has(w)) ? notSure(c) : undefined;
}
/** A thing asked of by its article, in a word no source spells ("a tesla", "the iphone"). */
function strangeThing({ u, dataset }: PlanContext): boolean {
  const m = / (?:a|an|the) ([a-z]{3,}) /.exec(u.q.text);
  return !!m?.[1] && !isSpeltInRecords(m[1], dataset);
}
const COUNT_OF_NOTHING =
  /^ (?:(?:so|ok|okay|and|but|hmm|um|well) )*how (?:many|much)(?: (?:then|tho|though|exactly|now|again))? $/;
const SHAPED = new Set(['count', 'most', 'compare', 'when', 'where']);

/** Two or more people and nothing else named: the same question for each. */
export function peopleEach({ u, people, orgs, meetingNums }: PlanContext): Plan | undefined {
  if (people.length > 1 && !orgs.length && !meetingNums.length && (u.target === 'who' || u.target === 'what'))
    return {
      op: 'each',
      plans: people.map((name) => ({ op: 'read', about: { type: 'person', name }, attribute: 'role' }) as const),
    };
  return undefined;
}

// Words a Chinese question asks with, glossed, between a party and its verb ("腾讯什么时候和吉宝签约" → "腾讯 when Keppel
// signed"): skipped on the way to the verb.
const ASKING = new Set('when where how many much with whom who what which and 上 在 和 与 跟 同'.split(' '));
// The verbs of taking part, glossed or as the gloss leaves them ("加入", "见", "访问"): what makes the run before them a party.
const TAKES_PART_ZH =
  /^(?:signed|sign|signs|involved|joined|join|partnered|participated|took|take|met|meet|visited|visit|加入|参加|参与|见|见了|会见|访问|合作|签约)$/u;

/**
 * An unknown name in a Chinese count, date, place or list ("阿里巴巴在第四次会议参与了几个项目", "腾讯什么时候和吉宝签约",
 * "三星2023年签了什么"): the gloss leaves it in Chinese characters where the party stands — first, or after the meeting or
 * year it is asked of — before the verb of taking part. That it is not named, never the rest answered without it (the
 * 4th JIC's 14 projects, Keppel's record). A short name (北大) is such a name too: the reply asks for the full one.
 */
export function strangerInChinese({ u }: PlanContext): Plan | undefined {
  if (!['count', 'when', 'where', 'what', 'list', 'who'].includes(u.target)) return undefined;
  const t = u.q.text;
  // (Only a word of two characters or more is such a name: a text with none names none.)
  if (!HAN_WORD.test(t)) return undefined;
  const rest = new Set(u.rest.split(' '));
  const covered = (start: number, end: number) => u.mentions.some((m) => m.start < end && m.end > start);
  const leading = (m: { type: string }) => m.type === 'meeting' || m.type === 'number' || m.type === 'subject';
  let at = 1;
  for (const word of t.trim().split(' ')) {
    const start = at;
    at += word.length + 1;
    if (!/^\p{Script=Han}{2,12}$/u.test(word)) {
      // (Only a meeting or year may stand before the party: "第三次会议上小米签了什么".)
      if (u.mentions.some((m) => leading(m) && m.start <= start && m.end >= start + word.length)) continue;
      return undefined;
    }
    if (!rest.has(word) || covered(start, at - 1) || isOrdinaryChinese(word)) return undefined;
    let pos = at;
    for (const w of t.slice(at).trim().split(' ')) {
      if (TAKES_PART_ZH.test(w)) return { op: 'notNamed', name: word };
      if (!ASKING.has(w) && !covered(pos, pos + w.length)) return undefined;
      pos += w.length + 1;
    }
    return undefined;
  }
  return undefined;
}
