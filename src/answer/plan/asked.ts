// Questions recognised before the general plan (who wrote it, not named, does it add up, linked records, the
// annex, what came between two meetings, the co-chairs, an unknown party): each returns its plan or undefined.
import { firstMatch } from '../../text/any-of.js';
import { hasHan } from '../../text/han.js';
import {
  isSpeltInRecords,
  isStopWord,
  isWordOfAName,
  mentionedOrgIds,
  mentionsOf,
  type Understanding,
} from '../understand.js';
import { isOrdinaryChinese, LEXICONS } from '../lexicon.js';
import type { Dataset, RecordKind } from '../../dataset/index.js';
import { norm, perDataset } from '../records.js';
import type { Plan, Selection, Subjectref } from './types.js';
import { contentWords, has, meetingsOf, ORG_NOUNS } from './common.js';
import { MONTH_ABBR, monthNumber } from '../../text/months.js';

// A word that is never a name no source gives: a stop word, or Chinese made of the language's own words ("来源对").
// (People as a kind are no name the sources don't give: "were any state leaders involved" names no one.)
const PEOPLE_KIND = /^(?:leaders|officials|state|dignitaries|politicians)$/;
// Words that stand in for a party without naming one, wherever a name could stand — a subject ("did anyone sign…"),
// the one signed with ("…with them"), a passive's agent ("chaired by someone"), the one asked about ("is nobody a
// partner?"). One set for every such slot: words missing from one slot's own list were read there as a name
// ("did keppel work with she?" → "No record names She"). (Many are stop words too: listed so the set reads whole.)
const STANDS_IN = new Set(
  (
    'anyone anybody anything someone somebody something everyone everybody everything noone nobody nothing ' +
    'i we you he she it its they him her them this that these those there another other others who whom whoever anywhere'
  ).split(' '),
);
const notAName = (w: string) =>
  isStopWord(w) || STANDS_IN.has(w) || isOrdinaryChinese(w) || PEOPLE_KIND.test(w) || ORG_NOUNS.test(w);

/** Who chairs the JIC (or leads the SCI), no meeting named: the committee's co-chairs, one side if asked. */
/**
 * "Who is the representative from the Chinese government?", "name the Chinese government rep who co-chaired": the press
 * release's words for the 4th JIC's Chinese co-chair — that meeting's co-chairs as each source names them (the release
 * names no one; news reports name Qin Weizhong), never a Chinese government body on file.
 */
export function representativeAsked(u: Understanding, dataset: Dataset, meetings: readonly number[]): Plan | undefined {
  const t = u.q.text;
  if (u.target === 'yesno' || u.target === 'count' || !/ (?:representatives?|reps?) /.test(t)) return undefined;
  if (!/ (?:chinese|china|shenzhen)(?: s)? (?:government|govt|gov|side|representatives?|reps?) /.test(t))
    return undefined;
  const unnamedAt = dataset.meetings.filter((m) => m.people.some((r) => r.people.some((p) => p.role === 'not named')));
  // (No government word and no meeting: the Chinese side's co-chairs over the meetings.)
  const government = / (?:government|govt|gov) /.test(t);
  const n =
    meetings.length === 1 ? meetings[0] : government && unnamedAt.length === 1 ? unnamedAt[0]?.number : undefined;
  if (n === undefined && !meetings.length)
    return { op: 'read', about: { type: 'committee', side: 'China' }, attribute: 'chairs' };
  return n === undefined ? undefined : { op: 'read', about: { type: 'meeting', number: n }, attribute: 'chairs' };
}

export function chairsAsked(
  u: Understanding,
  about: Subjectref | undefined,
  meetings: readonly number[],
  orgs: readonly string[][],
  people: readonly string[],
): Plan | undefined {
  const t = u.q.text;
  // ("Most recent Singapore co-chair?": an end of the co-chairs in time, asked as a "most" — each side's, in order.)
  const inTime = u.target === 'most' && / (?:most recent|latest|newest|earliest|first) /.test(t);
  if (
    about ||
    meetings.length ||
    orgs.length ||
    people.length ||
    !(['who', 'list', 'what'].includes(u.target) || inTime)
  )
    return undefined;
  const leads =
    u.flags.chairing ||
    / (?:represents?|representing|representatives?|in charge|runs|heads|leads|leader|leaders|lead|head|chief) /.test(t);
  // ("Who leads the Chinese side?", "who heads the Singapore delegation?", "who represents Shenzhen?": a side of the JIC.)
  const sideWord =
    / (?:shenzhen|china|chinese|singapore|singaporean|sg) (?:side|delegation|team|leader|lead|head|chief) | (?:represents?|representing) (?:the )?(?:shenzhen|china|singapore|sg) $/.test(
      t,
    );
  const body = / (?:jic|committee|sci|initiative) /.test(t) || / cochairs? /.test(t) || sideWord;
  // ("Which minister chairs it on the Singapore side?", "what official leads it": a person asked by what they are.)
  const person =
    / who | (?:which|what) (?:minister|ministers|official|officials|person|people|leader|leaders|mayor|secretary) /;
  if (!leads || !body || !(person.test(t) || / cochairs? /.test(t))) return undefined;
  const side =
    mentionsOf(u, 'country')[0]?.value ??
    (/ (?:shenzhen|china|chinese) cochairs? /.test(t)
      ? 'China'
      : / (?:singapore|singaporean) cochairs? /.test(t)
        ? 'Singapore'
        : undefined) ??
    (/ (?:for|from|of|represents?|representing) (?:the )?(?:shenzhen|china|chinese)\b| (?:shenzhen|china|chinese) (?:side|delegation|team|leader|lead|head|chief) /.test(
      t,
    )
      ? 'China'
      : / (?:for|from|of|represents?|representing) (?:the )?(?:singapore|singaporean)\b| (?:singapore|singaporean|sg) (?:side|delegation|team|leader|lead|head|chief) /.test(
            t,
          )
        ? 'Singapore'
        : undefined);
  return { op: 'read', about: { type: 'committee', ...(side ? { side } : {}) }, attribute: 'chairs' };
}

/**
 * The word right after "with" or "and" that names a party no table knows ("sign with tencent"), as the question
 * spells it; undefined when every party asked about is known.
 */
// (A Chinese question's name that no table reads stays in Chinese characters: "did 腾讯 and keppel signed mous".)
const SUBJECT_SLOT =
  /^ (?:did|does|do|has|have|had|was|were|is|are|will|would|can|could) ((?:(?:[a-z][a-z0-9]+|\p{Script=Han}{2,12}) ){1,3}?)(?:ever |also |really )?(?:sign|signs|signed|ink|inks|inked|partner|partners|partnered|work|works|worked|team|teamed|join|joins|joined|do|collaborate|collaborated|cooperate|cooperated|in|and|get|got|take|took|make|made|have|had|agree|agreed) /u;

// Any verb after the one asked about ("did Temasek fund …", "was Tencent involved with …", "is DJI part of …"): the
// subject is the words right after the question's verb that nothing knows, up to the first word something knows.
// (In Chinese, a name no table reads is one word of Chinese characters: "did 腾讯 fund keppel".)
const ANY_SUBJECT =
  /^ (?:did|does|do|has|have|had|was|were|is|are|will|would|can|could) ((?:(?:[a-z][a-z0-9]*|\p{Script=Han}{2,12}) ){1,3})/u;

function unknownSubject(u: Understanding, left: ReadonlySet<string>, dataset: Dataset): string | undefined {
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const listed = SUBJECT_SLOT.exec(u.q.text);
  // (Words the records spell are the question's own words, not a name they never give: "was funding announced".)
  // (Nor a word of the language's own shape, "funding", "development": a name typed so is typed with a capital.)
  const unknown = (w: string) =>
    left.has(w) &&
    (!COMMON_SHAPE.test(w) || new RegExp(`\\b${w}\\b`).test(capitalsOnly(u.q.raw))) &&
    !notAName(w) &&
    !lex?.words.includes(w) &&
    !lex?.claimFiller?.test(w) &&
    !isSpeltInRecords(w, dataset);
  const anyVerb = listed ? null : ANY_SUBJECT.exec(u.q.text);
  const run: string[] = [];
  for (const w of anyVerb?.[1]?.trim().split(' ') ?? []) {
    // (Past its first word, a name goes on only as typed with capitals — "Lee Hsien Loong" — never into the verb.)
    if (!unknown(w) || (run.length && !new RegExp(`\\b${run.join('\\W+')}\\W+${w}\\b`).test(capitalsOnly(u.q.raw))))
      break;
    run.push(w);
  }
  const m = listed ?? (anyVerb && run.length ? anyVerb : null);
  const words = listed ? (listed[1]?.trim().split(' ') ?? []) : run;
  const head = words[0];
  // (A word the records spell — "UOB", "DBS" in an outcome's text — is a name they do give.)
  if (
    !m ||
    !head ||
    !left.has(head) ||
    notAName(head) ||
    lex?.words.includes(head) ||
    lex?.claimFiller?.test(head) ||
    isSpeltInRecords(head, dataset)
  )
    return undefined;
  // Nothing the question names stands in that slot (a partner, person or outcome found there is no stranger).
  const start = m.index + m[0].indexOf(` ${head} `) + 1;
  const end = start + words.join(' ').length;
  if (u.mentions.some((x) => x.type !== 'subject' && x.start < end && x.end > start)) return undefined;
  // (A partner found by a short form of its name — "sun yat sen" — holds those words wherever its span is.)
  if (u.mentions.some((x) => x.type === 'org' && ` ${x.words} `.includes(` ${head} `))) return undefined;
  const typed = new RegExp(`\\b${words.join('\\W+')}\\b`, 'i').exec(u.q.raw)?.[0] ?? words.join(' ');
  return typed === words.join(' ') ? words.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`).join(' ') : typed;
}

// Endings of the language's own words, seldom of a name.
// (Plural agents too — "the mediators", "the organisers": people by what they do, not a name.)
const COMMON_SHAPE =
  /(?:ing|ed|tion|sion|ment|ness|ity|ance|ence|ship|ism|ist|ies|ous|ive|able|ible|ful|less|ly|al|ors|ers|ists|ians|ants|ents)$/;

/** The words of a text typed with a capital, lower-cased (the others dropped): "Lee Hsien Loong", never "help". */
const capitalsOnly = (raw: string) =>
  raw
    .split(/\s+/)
    .map((w) => (/^[A-Z]/.test(w) ? w.toLowerCase().replace(/[^a-z0-9]/g, '') : '#'))
    .join(' ');

export function unknownParty(u: Understanding, dataset: Dataset): string | undefined {
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  // (A word of a partner's own name — "the intelligence lab", "hand" of Hand-painted — is no name the sources never give.)
  // (Nor a word of anything else the question names — "the demo zone" is the Demonstration Zone, a thing the sources
  // hold, never "no record names Demozone".)
  const named = new Set(u.mentions.flatMap((m) => m.words.split(' ')));
  const left = new Set(u.rest.split(' ').filter((w) => !isWordOfAName(w, dataset) && !named.has(w)));
  // (An infinitive — "intend to open", "plan to run", "agreed to build" — is what is done, never a party.)
  const word =
    / (?<!(?:intend|intends|intended|plan|plans|planned|planning|going|want|wants|wanted|aim|aims|aimed|agree|agreed|agrees|expected|poised|set|meant|able|hope|hoped|try|tried|decide|decided|need|needs) )(?:with|and|alongside|to) (?:the )?([a-z][a-z0-9]{2,}|\p{Script=Han}{2,12}) /u.exec(
      u.q.text,
    )?.[1];
  // "Did Alibaba sign with Keppel?", "was Lazada in a project with Fooyo?": the unknown name stands first, as the
  // subject (never dropped, leaving a "Yes" about the partner named after it).
  const first = unknownSubject(u, left, dataset);
  if (first) return first;
  const agent = unknownAgent(u, left, dataset);
  if (agent) return agent;
  if (
    !word ||
    !left.has(word) ||
    notAName(word) ||
    lex?.words.includes(word) ||
    // ("Does SYSU work with two Singapore partners?": a number is how many, never a name.)
    (lex?.numbers !== undefined && word in lex.numbers) ||
    lex?.claimFiller?.test(word) ||
    // (A word the records spell — "MUFG" in the TradeTrust line, beside "ICBC" — is a name they do give.)
    isSpeltInRecords(word, dataset)
  )
    return undefined;
  // As typed ("Tencent"), else with a capital: only letters and digits, so nothing in it can format or ping.
  const typed = new RegExp(`\\b${word}\\b`, 'i').exec(u.q.raw)?.[0] ?? word;
  return typed === word ? `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}` : typed;
}

// The agent of a passive verb: "was the 4th JIC chaired by Li Qiang?", "was that MOU signed by Tencent?".
const AGENT =
  / (?:chaired|cochaired|led|hosted|headed|presided over|opened|attended|signed|launched|unveiled|organi[sz]ed) by (?:the )?((?:[a-z][a-z0-9]* ){1,3}|\p{Script=Han}{2,12} )/u;

/**
 * The name after a passive's "by" that no table knows, as typed (capitalised where typed in lower case); up to three
 * words, and two-letter ones where another follows (Li Qiang, Wu Yi) — never a word the language or the records use.
 */
function unknownAgent(u: Understanding, left: ReadonlySet<string>, dataset: Dataset): string | undefined {
  const after = AGENT.exec(u.q.text)?.[1];
  if (!after) return undefined;
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const words: string[] = [];
  for (const w of after.trim().split(' ')) {
    if (
      !left.has(w) ||
      notAName(w) ||
      lex?.words.includes(w) ||
      lex?.claimFiller?.test(w) ||
      isSpeltInRecords(w, dataset)
    )
      break;
    words.push(w);
  }
  if (!words.length || (words.length === 1 && words[0]!.length < 3 && !hasHan(words[0]!))) return undefined;
  // (A Chinese name no table reads is kept in its characters.)
  if (hasHan(words[0]!)) return words[0];
  const typed = new RegExp(`\\b${words.join('\\W+')}\\b`, 'i').exec(u.q.raw)?.[0];
  return typed && typed !== typed.toLowerCase()
    ? typed
    : words.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`).join(' ');
}

/**
 * A question that asks nothing the sources could answer, for a reason worth saying: it asks about the bot itself
 * ("print your system prompt"), or it continues a question this one cannot see ("and in 2023?", "what about
 * Keppel?") — then the records it names are the closest, never an answer to a question it did not ask.
 */
export function unaskedOf(u: Understanding, dataset: Dataset): Extract<Plan, { op: 'unsure' }> | undefined {
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  if (lex?.self?.test(u.q.text)) return { op: 'unsure', words: '', why: 'self' };
  const opening = lex?.followUp?.exec(u.q.text);
  const after = opening ? ` ${u.q.text.slice(opening[0].length)}` : '';
  if (!opening || lex?.asks?.test(after)) return undefined;
  // "What about Keppel?", "how about the Asian SME Hub?": asked on its own, that is "tell me about" the thing named.
  // Only what narrows a question ("what about in 2023?", "how about projects?") needs the question before it.
  const about =
    / (?:what|how) about | what of /.test(opening[0]) && !/^ (?:in|at|for|from|during|with|by|on) /.test(after);
  if (about && u.mentions.some((m) => ['org', 'record', 'person', 'highlight', 'topic', 'meeting'].includes(m.type)))
    return undefined;
  const near = u.mentions.flatMap((m): Array<{ kind: RecordKind; id: string }> => {
    if (m.type === 'org') return [{ kind: 'organisation', id: m.value }];
    if (m.type === 'meeting') {
      const meeting = dataset.meetingByNumber(Number(m.value));
      return meeting ? [{ kind: 'meeting', id: meeting.id }] : [];
    }
    if (m.type === 'highlight') {
      const meeting = dataset.meetingByNumber(Number(m.value.split(':')[0]));
      return meeting ? [{ kind: 'meeting', id: meeting.id }] : [];
    }
    if (m.type === 'record') {
      const [kind, id] = m.value.split(':');
      return kind === 'mou' || kind === 'project' ? [{ kind, id: id ?? '' }] : [];
    }
    return [];
  });
  return { op: 'unsure', words: near.length ? '' : u.rest, why: 'followUp', ...(near.length ? { near } : {}) };
}

/**
 * The meeting whose reported running total, or whose per-meeting counts added up to it, is a number the question gives
 * (`both`: it gives the two, and they differ — "21 … 20" is the 3rd JIC's).
 */
function meetingOfFigures(
  dataset: Dataset,
  select: 'mous' | 'projects',
  numbers: readonly number[],
): { at: number; both: boolean } | undefined {
  if (!numbers.length) return undefined;
  let sum: number | null = 0;
  for (const m of dataset.meetings) {
    if (m.number < 1) continue;
    const own = select === 'mous' ? m.newMous.value : m.newProjects.value;
    sum = own === null || sum === null ? null : sum + own;
    const total = m.totals ? m.totals[select] : undefined;
    if (total === undefined) continue;
    const hasTotal = numbers.includes(total);
    const hasSum = sum !== null && sum !== total && numbers.includes(sum);
    if (hasTotal || hasSum) return { at: m.number, both: hasTotal && hasSum };
  }
  return undefined;
}

/** "Do the MOUs of each meeting add up to the total?", "why don't the numbers match?": a running total, checked. */
export function addsUpAsked(u: Understanding, dataset: Dataset): Plan | undefined {
  const t = u.q.text;
  const adds =
    / (?:add|adds|added|adding) (?:up|to|together) | (?:sum|sums|summed|match|matches|tally|tallies|equal|equals) /;
  // ("8+4+8 is 20, so why does the 3rd JIC report 21?": a sum and a running total named, with no word of adding.)
  // (Every bare number in the words: "8+4+8 is 20" holds numbers the mentions leave out.)
  const numbers = [...t.matchAll(/ (\d{1,3})(?= )/g)].map((m) => Number(m[1]));
  if (!adds.test(t) && numbers.length < 2) return undefined;
  if (!/ (?:totals?|reported|counts?|numbers?|figures?|\d+) /.test(t)) return undefined;
  // ("Do the per-meeting counts add up to 29?": the number names the total — 29 is the MOUs', 43 the projects'.)
  const totals = dataset.figures.latestTotals;
  const n = numbers[0] ?? NaN;
  const byNumber = n === totals?.mous ? 'mous' : n === totals?.projects ? 'projects' : undefined;
  const select = has(u, 'project') && !has(u, 'mou') ? 'projects' : has(u, 'mou') ? 'mous' : byNumber;
  if (!select || mentionedOrgIds(u).length) return undefined;
  const figured = meetingOfFigures(dataset, select, numbers);
  if (!adds.test(t) && !figured?.both) return undefined;
  // (No meeting named: the one whose running total or per-meeting sum the question gives — "21 but they add to 20" is
  // the 3rd JIC's, never only the latest total.)
  const named = meetingsOf(u).slice(0, 1);
  const meetings = named.length ? named : figured ? [figured.at] : [];
  return {
    op: 'count',
    select,
    filter: meetings.length ? { meetings } : {},
    cumulative: true,
    before: false,
    // Asked as a yes/no ("do they add up to 29?", "does 8 + 4 + 8 match the 21?"): the Yes or No leads.
    addsUp: u.target === 'yesno' || /^ (?:do|does|did|is|are|was|were|can|could) /.test(t) ? 'yesno' : true,
  };
}

// When a piece came out ("when was it published", "its release date"). ("Is the 002 article dated?", "when was the Smart
// Cities World article?": the piece's date, asked without a verb too.)
const PUBLISHED =
  / when (?:was|were|did|is) .*(?:published|publish|come out|came out|released|printed|appear|appeared|run|ran|written|posted|report|reported|cover|covered)|(?:publication|publishing|release) date | what date (?:was|did) | (?:the|its|exact) date (?:on|of) | (?:dated|undated) | when (?:was|is) (?:the |that |this )?(?:[a-z0-9.]+ ){0,5}(?:article|piece|story|report|document|source|release|press release|media release) $/;
const TITLED = / (?:title|headline|called|named) /;
const PIECE = / (?:article|piece|story|report|release|item|write up|coverage|news) /;
// "Where was the release published?", "where can I read the article?", "link to it", "which site ran it".
const WHERE_PUBLISHED =
  /^ where (?:was|were|is|are|did|does|can|could|do) | (?:link|links|url|web address|website|site|outlet) (?:to|of|for) | (?:which|what) (?:site|website|outlet|newspaper|paper|publication|media) /;

/** The documents a question names by their publisher ("TechEdt", "the ITS International article"); "press release" names none. */
export function publicationsNamed(t: string, dataset: Dataset, raw = '') {
  const { all, names, shorts } = publisherNames(dataset);
  // ("Document 004", "the 002 article": a document named by the number its file begins with.)
  const numbered = numberedSources(t, dataset);
  if (numbered.length) return numbered;
  const full = all.filter((_, k) =>
    (names[k] ?? []).some(
      (p) =>
        (p.length >= 5 && !/^press release/.test(p) && t.includes(` ${p} `)) ||
        // ("The MCI/IMDA press release": two bodies that publish together, each named.)
        (/ and /.test(p) && p.split(' and ').every((x) => x.length >= 3 && t.includes(` ${x} `))),
    ),
  );
  if (full.length || !raw) return full;
  // ("The ITS article": a publisher's capitalised short form, typed in capitals — only when no full name is.)
  // (Or its key's letters — "HKCD" for the Hong Kong Commercial Daily's HKCD-4.) A short form that is also a partner's
  // name on file (IMDA, MCI) names the piece only beside a word for one or a frame ("IMDA's release", "according to
  // IMDA"): "who led IMDA at the time of the 4th JIC" asked about IMDA, and was answered with the release's co-chairs.
  const asPiece = DOC_WORD.test(t) || FRAMED.test(t);
  return all.filter((_, k) => (shorts[k] ?? []).some(({ re, partner }) => re.test(raw) && (asPiece || !partner)));
}

// A frame that makes a name the one who says it ("according to IMDA, …", "per MCI").
const FRAMED = / (?:according to|as per|per|says|said|states|stated|reports|reported|writes|wrote) /;

/** The documents a question names by their file's number ("what is document 004?", "the 002 piece"). */
export function numberedSources(t: string, dataset: Dataset) {
  const numbers = [...t.matchAll(/ (\d{3}) /g)].map((m) => m[1]);
  return numbers.length ? dataset.sources.filter((s) => numbers.some((n) => s.file.startsWith(`${n}_`))) : [];
}

/**
 * Each source's publisher as publicationsNamed reads it, worked out once per Dataset (every plan asks): the names it
 * publishes under, in normal form ("reprinting" and "the" dropped), and its short forms typed in capitals, as words.
 */
const SITE_ENDING = /(?: (?:online|com|cn|net|org|news))+$/;
const publisherNames = perDataset((dataset: Dataset) => ({
  all: dataset.sources,
  names: dataset.sources.map((s) =>
    s.publisher.split(/,\s*|\s*\(|\)/).flatMap((p) => {
      const name = norm(p.replace(/^reprinting /i, '')).replace(/^the /, '');
      // ("The People's Daily report", "the bundstarmedia piece": a name without its site's ending — "online",
      // ".com.cn" — where a name of its own is left; its possessive as typed, with or without the apostrophe.)
      // ("Press release on PR Newswire": the wire it ran on names it too — "the PR Newswire release".)
      const wire = /^(?:press release|release) on (.+)$/.exec(name)?.[1];
      const forms = [
        name,
        ...(wire ? [wire] : []),
        ...['', 's'].map((s) => norm(p.replace(/['’]s\b/g, s)).replace(/^the /, '')),
      ];
      return [...new Set(forms.flatMap((f) => [f, f.replace(SITE_ENDING, '')]))].filter((f) => f.length >= 5);
    }),
  ),
  shorts: dataset.sources.map((s) =>
    // ("The IMDA release": each body of a joint publisher — "MCI and IMDA (press release …)" — names its piece too.)
    [
      ...[...(s.publisher.split('(')[0] ?? '').matchAll(/\b([A-Z]{3,})\b/g)].map((x) => x[1]),
      /^([A-Z]{3,})-/.exec(s.key ?? '')?.[1],
    ].flatMap((short) => {
      if (!short) return [];
      const re = new RegExp(`\\b${short}\\b`);
      // (Whether it is also a partner's name on file — IMDA, MCI — worked out here once, not on every question.)
      return [{ re, partner: dataset.organisations.some((o) => o.aliases.some((a) => re.test(a))) }];
    }),
  ),
}));

/**
 * "How many new ventures did TechEdt report?": the one meeting whose figures the publication named reports (the 4th's
 * 14), never the running total; undefined when it reports none or several.
 */
export function meetingReportedBy(t: string, dataset: Dataset): number | undefined {
  const ids = new Set(publicationsNamed(t, dataset).map((s) => s.id));
  if (!ids.size) return undefined;
  const at = dataset.meetings.filter((m) =>
    [...m.newMous.sources, ...(m.newProjects.sources ?? []), ...(m.totals?.sources ?? [])].some((id) => ids.has(id)),
  );
  return at.length === 1 ? at[0]?.number : undefined;
}

/**
 * A source document asked of: when a piece came out, its title or where it ran ("when was the ITS International article
 * published?", "when did Adam Hill's article come out?": a piece named by its publisher or writer); who a writer of a
 * source is ("who is Eileen Yu?"); who wrote a publisher's piece ("who wrote the ITS International article?").
 */
export function authorsAsked(u: Understanding, dataset: Dataset): Plan | undefined {
  const t = u.q.text;
  // "When was the ITS International article published?", "the title of the TechEdt piece": a publication named by its
  // publisher (whatever else its words seemed to name — "International" is no mediation centre here).
  const asks = PUBLISHED.test(t) ? 'when' : TITLED.test(t) ? 'title' : WHERE_PUBLISHED.test(t) ? 'where' : undefined;
  const meetingsNamed = [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))];
  if (asks && PIECE.test(t)) {
    // ("When did Smart Cities World report the 4th JIC?": a publisher named beside a meeting is its piece on it.)
    const onMeeting = (ids: string[]) => {
      const of = new Set(meetingsNamed.flatMap((n) => dataset.meetingByNumber(n)?.sources ?? []));
      const kept = ids.filter((id) => of.has(id));
      return kept.length ? kept : ids;
    };
    // ("When did Adam Hill's article come out?": a piece named by its writer, as by its publisher.)
    const publishers = publicationsNamed(t, dataset, u.q.raw).map((s) => s.id);
    const named = publishers.length ? publishers : writtenBy(t, dataset).map((s) => s.id);
    // (A meeting's release is that meeting's announcement date; "press release" names no one publisher.)
    if (named.length && (asks !== 'when' || meetingsNamed.length <= 1))
      return { op: 'authors', documents: onMeeting(named), ask: asks };
    // "Where was the press release on the 4th JIC published?", "where did the 3rd JIC article appear?": that meeting's
    // pieces of the kind asked (a press release, or the others), where each was published.
    const meeting = meetingsNamed.length === 1 ? dataset.meetingByNumber(meetingsNamed[0] ?? -1) : undefined;
    if (asks === 'where' && meeting) {
      const release = / (?:press release|media release|release|announcement) /.test(t);
      const docs = meeting.sources.filter((id) => {
        const x = dataset.source(id);
        return !!x && /press release/i.test(x.publisher) === release && (x.language === 'en' || / chinese /.test(t));
      });
      if (docs.length) return { op: 'authors', documents: docs, ask: asks };
    }
  }
  if (u.mentions.some((m) => !['subject', 'initiative', 'meeting', 'number'].includes(m.type))) return undefined;
  const byName = writtenBy(t, dataset, / who /.test(t));
  const author = byName[0]?.author;
  if (author) return { op: 'authors', documents: byName.map((s) => s.id), name: author };
  if (!/ who (?:wrote|writes|authored|penned|reported|is the (?:author|writer|journalist|reporter)) /.test(t))
    return undefined;
  const byPublisher = writersOf(dataset)
    .filter(({ pub }) => pub.length >= 4 && t.includes(` ${pub} `))
    .map(({ s }) => s);
  return byPublisher.length ? { op: 'authors', documents: byPublisher.map((s) => s.id) } : undefined;
}

// A piece of the sources, however a reader calls it ("the release", "the announcement", "the Chinese report").
const DOC_WORD =
  / (?:article|articles|piece|pieces|story|stories|report|reports|release|releases|press release|media release|announcement|write up|coverage|news|item|source|sources|document|documents|paper|newspaper|outlet|outlets|publication|publications) /;
// What is asked of a piece: who wrote it, where it ran (its publisher and link), when it came out, its title.
const PIECE_ASKS: ReadonlyArray<[RegExp, 'author' | 'where' | 'when' | 'title']> = [
  [
    / who (?:wrote|writes|authored|penned|is the (?:author|writer|journalist|reporter))| (?:author|writer|journalist|reporter|byline) (?:of|for|behind) /,
    'author',
  ],
  [PUBLISHED, 'when'],
  [/ when (?:was|were|did|is|does) .*(?:put out|puts out|issued|issue|issues|put up|sent out|send out) /, 'when'],
  [
    / (?:link|links|url|urls|web address|address|website|site) | where can i (?:read|find|see|get) | who (?:published|publishes|put out|issued|released|ran|carried|reported|covered) | (?:which|what) (?:site|website|outlet|outlets|newspaper|newspapers|paper|papers|publication|publications|media|news site|publisher|publishers|sources|documents|articles|article|piece|pieces|story|stories) (?:published|ran|carried|reported|covered|report|cover|wrote|put out|issued|released|say|says|said|is|are|was|were|gives?|gave) /,
    'where',
  ],
  [WHERE_PUBLISHED, 'where'],
  [TITLED, 'title'],
  [/ what (?:did|does|has) .{3,40} (?:publish|published|put out|release|released) /, 'title'],
];

const pieceAsk = ([re]: readonly [RegExp, string]): RegExp => re;

/**
 * "Who wrote the Business Times article?", "what is the link to the 4th JIC press release?", "where was the 3rd JIC
 * announcement published?", "who published the Telecom Review article?", "when did the 3rd JIC press release come out?",
 * "which outlets covered the 4th JIC in Chinese?": a question about the sources themselves — the pieces it names (by
 * publisher, or by the meeting they report and the kind of piece: a press release or not, Chinese or not) and the one
 * thing asked of them, as the source list records it.
 */
export function pieceAsked(u: Understanding, dataset: Dataset): Plan | undefined {
  const t = u.q.text;
  // ("What is document 004?", "tell me about the 002 piece": a document named by its number, what it is.)
  const ask = firstMatch(PIECE_ASKS, t, pieceAsk)?.[1] ?? (numberedSources(t, dataset).length ? 'what' : undefined);
  if (!ask) return undefined;
  // ("How many of the 3rd JIC's 14 projects are named in the sources?": records named by the sources, never a title.)
  if (
    ask === 'title' &&
    / named (?:by|in) (?:the )?(?:sources?|documents?|articles?|release|press release) /.test(t) &&
    (has(u, 'mou') || has(u, 'project'))
  )
    return undefined;
  // (The piece is named in the sentence that asks: "what date was the first jic? the release and the papers differ"
  // asks the meeting's date.)
  const asking = u.q.raw
    .split(/[?!]/)
    .map((x) => ` ${norm(x)} `)
    .find((x) => firstMatch(PIECE_ASKS, x, pieceAsk) !== undefined);
  if (
    (ask === 'when' || ask === 'title') &&
    asking &&
    !DOC_WORD.test(asking) &&
    !publicationsNamed(asking, dataset).length &&
    !publishersShort(asking, dataset).length
  )
    return undefined;
  const named = publicationsNamed(t, dataset, u.q.raw).map((s) => s.id);
  const byName = named.length ? named : publishersShort(t, dataset);
  const meetings = [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))];
  const meeting = meetings.length === 1 ? dataset.meetingByNumber(meetings[0] ?? -1) : undefined;
  if (meetings.length > 1) return undefined;
  // (A meeting's release date is its announcement, said beside the day it was held: announcedAsked's reading.)
  if (ask === 'when' && meeting?.announced) return undefined;
  // ("Who reported the 4th JIC in Chinese?": a meeting's reporters are its pieces' publishers.)
  // (The meeting itself reported, never its outcomes: "who published the outcomes of the 3rd JIC" is its announcer.)
  const at = mentionsOf(u, 'meeting')[0];
  const reporters =
    !!meeting &&
    !!at &&
    / who (?:reported|covered|wrote about|published) (?:on |about )?(?:the )?$/.test(t.slice(0, at.start));
  if (!byName.length && !DOC_WORD.test(t) && !reporters) return undefined;
  // ("The Straits Times article on Heng", "which newspaper reported Heng's visit": the pieces behind a dated event
  // that names the person.)
  // (A speaker's name at the event, whole or one word of it: "Heng".)
  const onEvent = (dataset.initiative.events ?? [])
    .filter((e) =>
      (e.quotes ?? []).some((q) =>
        norm(q.by)
          .split(' ')
          .some((w) => w.length >= 4 && t.includes(` ${w} `)),
      ),
    )
    .flatMap((e) => e.place?.sources ?? []);
  // (Only a piece: a question naming a partner, record or person asks about them, unless a publisher is named; a
  // highlight found by its words alone is no name.)
  const others = u.mentions.some(
    (m) =>
      ['org', 'record'].includes(m.type) ||
      (m.type === 'highlight' && m.words !== '(words)') ||
      (m.type === 'person' && !onEvent.length),
  );
  if (!byName.length && others) return undefined;
  const release = / (?:press release|media release|release|releases|announcement) /.test(t);
  // (An outlet or a publication is who ran a piece, of either kind.)
  const other = / (?:article|articles|piece|story|report|reports|coverage|news|newspaper|paper) /.test(t);
  const chinese = / chinese /.test(t);
  // ("What's the link to the press release?": its link asked, no meeting or name — every press release among the sources.)
  const linkAsked = / (?:link|links|url|urls|web address|website|site) /.test(t);
  const releases =
    release && linkAsked ? dataset.sources.filter((x) => /press release/i.test(x.publisher)).map((x) => x.id) : [];
  let docs = byName.length
    ? byName
    : meeting
      ? [...meeting.sources]
      : onEvent.length
        ? [...new Set(onEvent)]
        : releases;
  if (byName.length && onEvent.length && docs.some((id) => onEvent.includes(id)))
    docs = docs.filter((id) => onEvent.includes(id));
  if (meeting && byName.length) {
    const of = new Set(meeting.sources);
    docs = docs.filter((id) => of.has(id)).length ? docs.filter((id) => of.has(id)) : docs;
  }
  if (!byName.length) {
    const kept = docs.filter((id) => {
      const x = dataset.source(id);
      if (!x) return false;
      const isRelease = /press release/i.test(x.publisher);
      if (release && !other && !isRelease) return false;
      if (other && !release && isRelease) return false;
      return chinese ? x.language === 'zh' : x.language === 'en' || ask !== 'where';
    });
    docs = kept;
  }
  if (!docs.length || docs.length > 6) return undefined;
  if (ask === 'author') return { op: 'authors', documents: docs };
  return { op: 'authors', documents: docs, ask };
}

/** Publishers named by their first words ("the Telecom Review article" for Telecom Review Asia). */
export function publishersShort(t: string, dataset: Dataset): string[] {
  // (A one-word publisher — IMDA, TechEdt — names a piece only beside a word for one: "IMDA's release", never "who ran
  // IMDA".)
  const piece = DOC_WORD.test(t);
  return publisherWords(dataset)
    .filter(({ words, wire }) => {
      // ("IMDA's release": a publisher of one short name, a word of its own in the question.)
      if (piece && words.length === 1 && (words[0]?.length ?? 0) >= 3 && t.includes(` ${words[0]} `)) return true;
      // ("The PR Newswire release": the wire a release ran on, named inside its publisher's brackets.)
      return (
        (words.length > 2 && (words[0]?.length ?? 0) >= 4 && t.includes(` ${words.slice(0, 2).join(' ')} `)) ||
        (wire !== undefined && t.includes(` ${wire} `))
      );
    })
    .map((x) => x.id);
}

/** Each source's publisher in words (brackets, what follows a comma and "the" dropped), and the wire it ran on. */
const publisherWords = perDataset((dataset: Dataset) =>
  dataset.sources.map((s) => {
    const wire = / on ([^)]+)\)/.exec(s.publisher)?.[1];
    return {
      id: s.id,
      words: norm(s.publisher.replace(/\(.*?\)|,.*$/g, ''))
        .replace(/^the /, '')
        .split(' '),
      // (A wire named by an empty string is none.)
      wire: wire ? norm(wire) : undefined,
    };
  }),
);

/**
 * The sources whose writer a text names in full (or, `byLast`, by a last name of four letters or more: "hill"). A full
 * name with one letter wrong, missing or extra in one of its words ("who is adam hil") is that writer's: the typo
 * corrector leaves words under five letters alone.
 */
function writtenBy(t: string, dataset: Dataset, byLast = false) {
  return writersOf(dataset)
    .filter(
      ({ name, last }) =>
        name !== undefined &&
        (t.includes(` ${name} `) || (byLast && last.length >= 4 && t.includes(` ${last} `)) || typedNear(t, name)),
    )
    .map(({ s }) => s);
}

/**
 * Whether a text says a two-word name with one of its words one edit away, or its first name cut short ("vivien tay"
 * for Vivienne Tay), the other as spelt.
 */
function typedNear(t: string, name: string): boolean {
  const [a, b, more] = name.split(' ');
  if (!a || !b || more !== undefined || a.length + b.length < 7) return false;
  const words = t.split(' ');
  return words.some(
    (w, i) =>
      i + 1 < words.length &&
      ((w === a && oneEdit(words[i + 1] ?? '', b)) ||
        (words[i + 1] === b && w.length >= 3 && (oneEdit(w, a) || (w.length >= 4 && a.startsWith(w))))),
  );
}

/** Whether two different words are one letter changed, added or dropped apart. */
function oneEdit(x: string, y: string): boolean {
  if (x === y || Math.abs(x.length - y.length) > 1 || x.length < 3) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}

/** The words of the sources' writers' names ("adam", "hill"): names the sources do give, never "not named". */
const writerWords = perDataset(
  (dataset: Dataset): ReadonlySet<string> =>
    new Set(writersOf(dataset).flatMap(({ name }) => (name ? name.split(' ') : []))),
);

/** Each source's author (when it names one) and publisher in normal form, and the author's last word: once per Dataset. */
const writersOf = perDataset((dataset: Dataset) =>
  dataset.sources.map((s) => {
    const name = s.author ? norm(s.author) : undefined;
    const parts = name?.split(' ') ?? [];
    return {
      s,
      // (A source with no author is found by its publisher only.)
      name,
      last: parts[parts.length - 1] ?? '',
      pub: norm(s.publisher.replace(/\(.*?\)/g, '')).replace(/^the /, ''),
    };
  }),
);

// An unknown name in the place of the one who takes part: "is Huawei a partner?", "did Grab join?", "what MOUs has
// Xiaomi signed?" (the name right after the question's verb, before the words of taking part).
const TAKES_PART = [
  // (A Chinese question's unknown name stays in Chinese characters: "华为参加了吗" reads "did 华为 involved".)
  /^ (?:is|are|was|were|did|does|do|has|have|had) (?:the )?([a-z][a-z0-9&.-]+(?: [a-z][a-z0-9&.-]+){0,2}|\p{Script=Han}{2,12}) (?:(?:a|an|the|ever|also|really) )?(?:partner|partners|part of|involved|a member|member|participant|in the sci|in the initiative|sign|signed|ink|inked|join|joined|take part|took part|participate|participated|get|got|have|had|launch|launched|partnered)\b/u,
  / (?:has|have|does|did) (?:the )?([a-z][a-z0-9&.-]+(?: [a-z][a-z0-9&.-]+){0,2}) (?:sign|signed|ink|inked|join|joined|get|got|have|launch|launched|take part in|took part in)\b/,
  /^ is it true (?:that )?(?:the )?([a-z][a-z0-9&.-]+(?: [a-z][a-z0-9&.-]+){0,2}) (?:signed|inked|joined|took part|is a partner|is part of|is involved|was involved|participated)\b/,
];

// Words that never begin the name asked about in notNamedAsked/askedOf, beyond notAName's: people as a kind, the
// initiative, its sides, and quantifiers ("is any firm a partner?").
const NEVER_A_NAME = new Set(
  'people person sci initiative jic singapore shenzhen china any every each all both either neither'.split(' '),
);

// A premise that an unknown name takes part, before the question asked of it: "Since Alibaba joined the SCI in 2022,
// which project does it lead?", "given that Tencent signed an MOU at the 3rd JIC, what was it about?" — its meeting or
// year is the premise's, never a thing on file the question is about.
const PREMISE_PART =
  /^ (?:since|as|given that|now that|that|because|seeing that|considering that|assuming|assuming that) (?:the )?([a-z][a-z0-9&.-]+(?: [a-z][a-z0-9&.-]+){0,2}) (?:joined|signed|inked|leads|led|lead|heads|headed|runs|ran|is a partner|is part of|is in|is involved|became|took part|partnered|launched|has joined|has signed|is a member)\b/;

/** "Is Huawei a partner?": a name no table knows (1–3 words, all left over), where the one taking part stands. */
export function notNamedAsked(u: Understanding, dataset: Dataset): Plan | undefined {
  const premise = PREMISE_PART.exec(u.q.text)?.[1];
  // (Said in a premise, the name's meeting, year or topic is the premise's: only another name on file keeps it.)
  const named = premise
    ? ['org', 'person', 'highlight', 'record']
    : ['org', 'person', 'highlight', 'record', 'meeting', 'kind', 'country', 'group', 'topic', 'place'];
  if (u.mentions.some((m) => named.includes(m.type))) return undefined;
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const rest = new Set(u.rest.split(' '));
  const words = (premise ?? TAKES_PART.map((re) => re.exec(u.q.text)?.[1]).find((x) => x !== undefined))?.split(' ');
  if (
    !words?.length ||
    words.some(
      (w) =>
        !rest.has(w) ||
        NEVER_A_NAME.has(w) ||
        notAName(w) ||
        writerWords(dataset).has(w) ||
        lex?.words.includes(w) ||
        Object.values(lex?.subjects ?? {}).some((re) => re.test(` ${w} `)),
    )
  )
    return undefined;
  // The name as typed ("ByteDance"), else in capitals at each word's start.
  const typed = new RegExp(`\\b${words.join('\\W+')}\\b`, 'i').exec(u.q.raw)?.[0];
  const name =
    typed && /[A-Z]/.test(typed) ? typed : words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return { op: 'notNamed', name };
}

/** "Which MOUs became projects?", "is X's MOU also a project?": the kind named first, linked to the other on file. */
export function linkedAsked(
  u: Understanding,
  select: Selection | undefined,
): { select: 'mous' | 'projects'; to: 'mous' | 'projects' } | undefined {
  if (select !== 'mous' && select !== 'projects') return undefined;
  const t = u.q.text;
  if (/ (?:no|not|without|never|none|lack|lacks) /.test(t)) return undefined;
  const { re, too } = LINKED_TO[select];
  return re.test(t) || too.test(t) ? { select, to: select === 'mous' ? 'projects' : 'mous' } : undefined;
}

// "Is QuikBot in both an MOU and a project?", "does EE Music have an MOU as well as a project?", "…an MOU or a project, or
// both?": records of both kinds asked of the same partners together.
const KIND = '(?:an? |the |any |in |one |joint )*(?:mou|project)s?';
export const BOTH_KINDS = new RegExp(
  ` (?:both ${KIND} (?:and|&) ${KIND}|${KIND} (?:as well as|along with|plus) ${KIND}|${KIND} (?:and|&) (?:also )?${KIND} (?:both|too|as well)|${KIND} (?:and|&) also ${KIND}|${KIND} or ${KIND} or both) `,
);
// "Is QuikBot's MOU the same as its project?", "…one record?": the two kinds asked as one thing.
export const SAME_RECORD = / (?:the same|one and the same|a single|one record|identical|one deal|one agreement) /;

/** The words that link a record to one of the other kind, for each kind asked (built once, not per question). */
const LINKED_TO = Object.fromEntries(
  (['mous', 'projects'] as const).map((select) => {
    const other = select === 'mous' ? 'project' : 'mou';
    const re = new RegExp(
      ` (?:became|become|becomes|turned into|turn into|led to|lead to|also (?:a|an)|also (?:have|has|had|got)|(?:have|has|had|got|with) (?:a |an |any |their own )?(?:matching|related|linked|corresponding|twin)|(?:matching|related|linked|corresponding|twin)|linked to|tied to|related to) (?:a |an |any )?(?:joint )?${other}s? `,
    );
    const too = new RegExp(
      ` (?:a|an|also|one|both) (?:joint )?${other}s? (?:too|as well|also) | both (?:an? )?(?:mou|project) and (?:an? )?(?:joint )?${other} `,
    );
    return [select, { re, too }];
  }),
) as Record<'mous' | 'projects', { re: RegExp; too: RegExp }>;

/**
 * Two (or three) partners each named with the record kind ("the Keppel MOU and the CapitaLand MOU"), each with one
 * record of that kind on file, and no record joining them: those records, compared as records.
 */
export function recordsCompared(u: Understanding, dataset: Dataset): Plan | undefined {
  const orgs = mentionedOrgIds(u);
  if (orgs.length < 2 || orgs.length > 3 || has(u, 'mou') === has(u, 'project')) return undefined;
  // Counts asked ("which signed more MOUs") stay counts.
  if (/ (?:more|fewer|less|most|how many|number of) /.test(u.q.text)) return undefined;
  const kind = has(u, 'mou') ? 'mou' : 'project';
  const pool = kind === 'mou' ? dataset.mous : dataset.projects.filter((p) => p.kind === 'joint-project');
  const parties = (r: (typeof pool)[number]) =>
    ('parties' in r ? r.parties : r.partners).flatMap((p) => ('org' in p ? dataset.lineage(p.org) : []));
  const each = orgs.map((g) => pool.filter((r) => g.some((id) => parties(r).includes(id))));
  if (each.some((rs) => rs.length !== 1)) return undefined;
  const ids = [...new Set(each.map((rs) => rs[0]?.id ?? ''))];
  return ids.length === orgs.length ? { op: 'records', kind, ids } : undefined;
}

/**
 * "How many MOUs in Annex A?", "what's in annex b", "projects listed in the press release": Annex A lists the MOUs the
 * data files under its groups, Annex B the projects it numbers — the meeting they come from, found in the data.
 */
export function annexAsked(
  u: Understanding,
  dataset: Dataset,
): { select: 'mous' | 'projects'; meeting: number; annex: string } | undefined {
  const t = u.q.text;
  const named = / annex (a|b) /.exec(t)?.[1];
  const kindAsked = has(u, 'project') && !has(u, 'mou') ? 'b' : has(u, 'mou') && !has(u, 'project') ? 'a' : undefined;
  const released =
    / (?:listed|named|in|on) (?:in )?the (?:mci |imda |mci and imda )?(?:press )?release | press release (?:list|lists|listed|name|names) /.test(
      t,
    );
  const letter = named ?? (released || / (?:annex|annexes|annexe) /.test(t) ? kindAsked : undefined);
  if (!letter) return undefined;
  const rec =
    letter === 'a'
      ? dataset.mous.find((m) => m.group)
      : dataset.projects.find((p) => p.number !== null && p.number !== undefined);
  const m = rec ? dataset.meeting(rec.meeting) : undefined;
  return m
    ? { select: letter === 'a' ? 'mous' : 'projects', meeting: m.number, annex: letter.toUpperCase() }
    : undefined;
}

// Words asking whether something has come about (set up, open, done, produced results), not whether it was agreed.
// (Or what comes after a record in the market, which no record on file reports: "launch commercially", "go live",
// "raise money", "sell", "deploy", "roll out"; or what it achieved: "boost sales", "get many users", "pay off".)
export const PROGRESS =
  / (?:already|so far|by now) | yet (?!to )| (?:commercially|commercialised|commercialized|commercialise|commercialize|commercialisation|commercialization|go live|goes live|went live|gone live|on the market|to market|mass produce|mass produced|mass production|raise money|raised money|raise funds|raised funds|raise capital|raised capital|funding round|sold|sell|sells|selling|deploy|deployed|deploys|rolled out|roll out|in use|revenue|revenues|profitable|profit|profits|customers|sales|users|uptake|adoption|boost|boosted|boosts|paid off|pay off|saved money|savings|cut costs|impact|(?:make|made|makes|making) (?:any |much |some |a lot of |lots of |good |real )?money|earn|earned|earns|earning|lucrative|break even|broke even|broken even|took off|take off|taken off|caught on|catch on|worked out|work out|succeed|succeeded|succeeds|a hit|a success|a failure|failed|fail) | (?:attract|attracted|attracts|draw|drew|drawn|draws|win|won|gain|gained|gains|got|get|gets|reach|reached|bring in|brought in|pull in|pulled in) (?:lots of|a lot of|plenty of|many|more|much|thousands of|millions of|hundreds of|a large number of|large numbers of|a big|a large|big|huge|new) | (?:is|are|was|were|has|have) (?:it |they |the [a-z ]+ )?(?:been )?(?:set up|open|opened|running|operational|up and running|in operation|done|finished|completed|built|launched|live|working)\b| (?:produce|produced|achieve|achieved|deliver|delivered|result|results|outcome|outcomes|come of|came of|progress) /;

// A full date in the question, the day first or the month first ("18 jun 2020", "june 18th 2020").
const DAY_MONTH_YEAR = new RegExp(` (\\d{1,2})(?:st|nd|rd|th)? (${MONTH_ABBR})[a-z]* (20\\d\\d) `);
const YEAR_MONTH_DAY_ZH = / (20\d\d) (1[0-2]|0?[1-9]) 月 ([12]\d|3[01]|0?[1-9]) 日 /;
const MONTH_DAY_YEAR = new RegExp(` (${MONTH_ABBR})[a-z]* (\\d{1,2})(?:st|nd|rd|th)? (20\\d\\d) `);

/** A full date in the question ("18 jun 2020", "june 18 2020") as ISO, or undefined. */
export function isoDateIn(text: string): string | undefined {
  // ("2022年12月14日", read "2022 12 月 14 日": the Chinese order, the month by its number.)
  const zh = YEAR_MONTH_DAY_ZH.exec(text);
  if (zh) return `${zh[1]}-${(zh[2] ?? '').padStart(2, '0')}-${(zh[3] ?? '').padStart(2, '0')}`;
  const m = DAY_MONTH_YEAR.exec(text) ?? MONTH_DAY_YEAR.exec(text);
  if (!m) return undefined;
  const [day, mon, year] = /^\d/.test(m[1] ?? '') ? [m[1], m[2], m[3]] : [m[2], m[1], m[3]];
  const month = monthNumber(mon ?? '');
  if (!month || !day || !year) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(Number(day)).padStart(2, '0')}`;
}

/** "How many projects were added between the 3rd and the 4th JIC?" / "how many more after the 4th than after the 3rd?" */
export function betweenAsked(u: Understanding, meetingNums: readonly number[]): Plan | undefined {
  if (meetingNums.length !== 2 || mentionedOrgIds(u).length || has(u, 'mou') === has(u, 'project')) return undefined;
  const t = u.q.text;
  const asked =
    (u.target === 'count' && / between /.test(t)) ||
    (/ how many more /.test(t) && / after /.test(t) && / than /.test(t));
  if (!asked || / (?:days|months|weeks|years|time|long) /.test(t)) return undefined;
  const [a, b] = [...meetingNums].sort((x, y) => x - y) as [number, number];
  const select = has(u, 'mou') ? 'mous' : 'projects';
  const after = Array.from({ length: b - a }, (_, i) => a + 1 + i);
  return { op: 'count', select, filter: { meetings: after }, cumulative: false, before: false, between: [a, b] };
}

// What is to come: the sources report what happened and what parties intend, never forecasts.
const AHEAD =
  / (?:future of|in the future|in future|going forward|predict|predicted|prediction|predictions|forecast|forecasts|outlook|prospects?|look like|be like) /;

/** The year of the latest meeting or event on file (a year past it is the future): once per Dataset. */
const latestYear = perDataset((dataset: Dataset): number =>
  Math.max(
    ...[...dataset.meetings.map((m) => m.date.value), ...(dataset.initiative.events ?? []).map((e) => e.date)].map(
      (d) => Number(d.slice(0, 4)),
    ),
  ),
);

/**
 * A question the sources cannot answer, said so (never a record that shares one word with it): a forecast or a year
 * past everything they record ("what will the SCI look like in 2030?" — they give no forecasts), or words of
 * another subject around a bare year ("who won the 2022 World Cup?" is not about the JIC meeting of 2022).
 */
export function beyondTheSources(u: Understanding, dataset: Dataset): Plan | undefined {
  const named = u.mentions.filter((m) => !['subject', 'initiative', 'number', 'meeting'].includes(m.type));
  const yearsOnly = u.mentions.every(
    (m) => m.type === 'number' || m.type === 'initiative' || (m.type === 'meeting' && /^20\d\d$/.test(m.words)),
  );
  const latest = latestYear(dataset);
  const later = [...u.q.text.matchAll(/ (20\d\d) /g)].some((m) => Number(m[1]) > latest);
  if (
    !named.length &&
    (AHEAD.test(u.q.text) || (later && / (?:will|would|going to|gonna|expected|expect) /.test(u.q.text)))
  )
    return { op: 'missing', attribute: 'forecasts' };
  // (Only a year that names a JIC meeting: that meeting's facts are what a stray question would be answered with.)
  if (!yearsOnly || !u.mentions.some((m) => m.type === 'meeting') || u.flags.chairing || u.flags.signing)
    return undefined;
  const foreign = contentWords(u).filter((w) => !isSpeltInRecords(w, dataset) && !isWordOfAName(w, dataset));
  return foreign.length >= 2 ? { op: 'unsure', words: '' } : undefined;
}

// "How many projects did Alibaba join?", "when did Tencent sign with Keppel?", "where did Xi Jinping meet Leong?": the
// one a count / when / where / what / who question is asked of, right after its verb.
// "X's role / part / job / position / title / involvement / contribution", X typed with capitals (one to four words).
const OWNER_OF_PART =
  /\b([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})['’]s (?:role|part|job|position|title|involvement|contribution|stake)\b/;

const DETERMINER = /^(?:a|an|the|its|their|his|her|some|any|this|that|these|those|more|new)$/;

const ASKED_OF =
  /^ (?:how many|how much|when|where|what|which|who|whom)(?: [a-z0-9]+){0,3}? (?:did|does|do|has|have|had|will|would|can|could) (?:the )?((?:[a-z][a-z0-9]* ){1,4})/;

/** The words of the sources' publishers ("techedt", "straits", "times"): names the sources do give. */
const publishersOf = perDataset(
  (dataset: Dataset): ReadonlySet<string> => new Set(dataset.sources.flatMap((x) => norm(x.publisher).split(' '))),
);

/**
 * A count, date, place or list asked of a name no source gives ("how many MOUs did Tsinghua sign?"): that it is not
 * named — never the question answered as if the name were not there (the 3rd JIC's 8 MOUs, all 14 projects).
 */
export function strangerAskedOf(u: Understanding, dataset: Dataset): Plan | undefined {
  if (u.lang !== 'en' || u.target === 'yesno') return undefined;
  // "What's Lee Hsien Loong's role in the SCI?": a part asked of a name, typed with capitals, that nothing holds.
  const owner = OWNER_OF_PART.exec(u.q.raw)?.[1];
  if (
    owner &&
    !u.mentions.some((m) => m.type !== 'subject' && m.type !== 'initiative') &&
    owner.split(/\s+/).every((w) => !isSpeltInRecords(norm(w), dataset) && !isWordOfAName(norm(w), dataset))
  )
    return { op: 'notNamed', name: owner };
  const slot = ASKED_OF.exec(u.q.text);
  if (!slot?.[1]) return undefined;
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const named = new Set(u.mentions.flatMap((m) => m.words.split(' ')));
  const left = new Set(u.rest.split(' ').filter((w) => !isWordOfAName(w, dataset) && !named.has(w)));
  const caps = capitalsOnly(u.q.raw);
  const words: string[] = [];
  const slotWords = slot[1].trim().split(' ');
  // ("Which partner will stage a combat sports event?": a word the question's own object follows — "a", "the" — is
  // the verb of a subject asked, never a name after "will".)
  if (DETERMINER.test(slotWords[1] ?? '')) return undefined;
  for (const w of slotWords) {
    const unknown =
      left.has(w) &&
      w.length >= 2 &&
      (!COMMON_SHAPE.test(w) || new RegExp(`\\b${w}\\b`).test(caps)) &&
      !notAName(w) &&
      !NEVER_A_NAME.has(w) &&
      !lex?.words.includes(w) &&
      !lex?.claimFiller?.test(w) &&
      !Object.values(lex?.subjects ?? {}).some((re) => re.test(` ${w} `)) &&
      !isSpeltInRecords(w, dataset) &&
      !publishersOf(dataset).has(w) &&
      !writerWords(dataset).has(w);
    // (Past its first word, a name goes on only as typed with capitals — "Xi Jinping" — never into the verb.)
    if (!unknown || (words.length && !new RegExp(`\\b${words.join('\\W+')}\\W+${w}\\b`).test(caps))) break;
    words.push(w);
  }
  if (!words.length) return undefined;
  // (A name that runs on into a person or partner the sources know is theirs, misspelt: "josef leong".)
  const next = slot[1].trim().split(' ')[words.length];
  if (next && u.mentions.some((m) => (m.type === 'person' || m.type === 'org') && ` ${m.words} `.includes(` ${next} `)))
    return undefined;
  // (A partner found by a short form of its name holds those words wherever its span is.)
  if (u.mentions.some((m) => m.type === 'org' && words.some((w) => ` ${m.words} `.includes(` ${w} `))))
    return undefined;
  const typed = new RegExp(`\\b${words.join('\\W+')}\\b`, 'i').exec(u.q.raw)?.[0];
  const name =
    typed && /[A-Z]/.test(typed) ? typed : words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return { op: 'notNamed', name };
}

/** "Who announced the 4th JIC's outcomes?", "who published the news of the 2nd meeting?": who put out the release. */
export function announcerAsked(u: Understanding, meetingNums: readonly number[]): Plan | undefined {
  // ("Which Singapore agencies announced the 4th JIC outcomes?": who, asked of bodies.)
  const bodies =
    / (?:which|what) (?:[a-z]+ ){0,2}(?:agenc(?:y|ies)|bod(?:y|ies)|ministr(?:y|ies)|organi[sz]ations?|authorit(?:y|ies)|departments?|government) /.test(
      u.q.text,
    );
  if ((u.target !== 'who' && !bodies) || meetingNums.length !== 1 || !meetingNums[0]) return undefined;
  if (
    !/ (?:who|agenc(?:y|ies)|bod(?:y|ies)|ministr(?:y|ies)|organi[sz]ations?|authorit(?:y|ies)|departments?|government) (?:first )?(?:announced|announces|announce|published|publishes|released|releases|made public|put out|broke) /.test(
      u.q.text,
    )
  )
    return undefined;
  return { op: 'read', about: { type: 'meeting', number: meetingNums[0] }, attribute: 'announced' };
}
