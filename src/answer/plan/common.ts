// Readers every planner shares: the question's meetings, filter, selection and single record, the pillars,
// the passages that name a person, and a few small plan builders.
import { isStopWord, mentionedOrgIds, mentionsOf, negatedOf, type Understanding } from '../understand.js';
import { LEXICONS, type Subject } from '../lexicon.js';
import type { Dataset } from '../../dataset/index.js';
import { norm, partyLineage, perDataset, topicWords } from '../records.js';
import type { Filter, Plan, Selection, Subjectref } from './types.js';
import { narrowerTopics } from '../topic-areas.js';

export const has = (u: Understanding, s: Subject) => u.subjects.includes(s);

export function meetingsOf(u: Understanding): number[] {
  return [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))];
}

export function filterOf(u: Understanding, dataset: Dataset): Filter {
  const f: Filter = {};
  const meetings = meetingsOf(u).filter((n) => dataset.meetingByNumber(n));
  if (meetings.length) f.meetings = meetings;
  const orgs = mentionedOrgIds(u);
  if (orgs.length) f.orgs = orgs;
  const kind = mentionsOf(u, 'kind')[0];
  if (kind) f.kind = kind.value;
  const country = mentionsOf(u, 'country')[0];
  if (country) f.country = country.value;
  const group = mentionsOf(u, 'group')[0];
  if (group) f.group = group.value;
  const topics = mentionsOf(u, 'topic').map((m) => m.value);
  if (topics.length) f.topics = [...new Set(topics)];
  if (topicsAsAlternatives(u)) f.anyTopic = true;
  const records = mentionsOf(u, 'record').map((m) => m.value);
  if (records.length) f.records = records;
  const place = mentionsOf(u, 'place')[0];
  if (place) f.named = place.value;
  // What a negation takes away ("other than Keppel's", "not launched at the 4th JIC"): left out, never selected.
  const notOrgs = negatedOf(u, 'org').map((m) => [m.value, ...(m.also ?? [])]);
  if (notOrgs.length) f.notOrgs = notOrgs;
  const notMeetings = [...new Set(negatedOf(u, 'meeting').map((m) => Number(m.value)))].filter((n) =>
    dataset.meetingByNumber(n),
  );
  if (notMeetings.length) f.notMeetings = notMeetings;
  const notGroups = [...new Set(negatedOf(u, 'group').map((m) => m.value))];
  if (notGroups.length) f.notGroups = notGroups;
  // A kind or country an exclusion takes away ("partners apart from the Chinese ones", "companies other than the
  // Singapore ones"): that filter negated (`exclude`), the other one kept as asked.
  const notKind = negatedOf(u, 'kind')[0];
  const notCountry = negatedOf(u, 'country')[0];
  if ((notKind && !f.kind) || (notCountry && !f.country)) {
    if (notKind && !f.kind) f.kind = notKind.value;
    if (notCountry && !f.country) f.country = notCountry.value;
    f.exclude = notKind && notCountry ? true : f.kind && f.country ? (notKind ? 'kind' : 'country') : true;
  }
  return withCounterpart(u, f);
}

/**
 * Topics side by side, joined by "or" ("robotics or logistics") — or by "and" in anything but a yes/no ("the projects in
 * talent and education": one area, its records about either): a record about any of them is asked for. ("AI for
 * logistics", and "AI and logistics?" asked yes/no: each topic of one record.)
 */
function topicsAsAlternatives(u: Understanding): boolean {
  const topics = mentionsOf(u, 'topic').filter((m) => m.end > m.start);
  if (topics.length < 2) return false;
  const joins = topics.slice(1).map((m, i) => u.q.text.slice(topics[i]?.end ?? 0, m.start).trim());
  if (!joins.every((j) => /^(?:and|or|and or|&|\/|,|, and|, or|and also|as well as)$/.test(j))) return false;
  return joins.some((j) => /\bor\b|\//.test(j)) || u.target !== 'yesno';
}

// "…signed with Qianhai firms", "…partnered with universities", "…have a Chinese university as partner": the words
// after it describe the other side of the partners' records.
const COUNTERPART =
  / (?:signed|sign|signs|partnered|partner|partners|worked|work|works|teamed up|collaborated|collaborate|cooperated|paired|joined|join|joins|did projects?|did an mou|do|did|does|done) (?:up )?(?:(?:on |in )?(?:an |any |the |their |joint )?(?:mous?|agreements?|memorand\w*|deals?|projects?|joint projects?) )?with | (?:have|has|had) (?:a |an )?(?=.* as (?:a )?partners? )/;

// Both sides named in one breath: "involving a Singapore company and a Chinese university", "between Singapore firms and
// Qianhai firms".
const BOTH_SIDES =
  / (?:involve|involves|involved|involving|between|include|includes|included|including|with|have|has|had|join|joins|joined|joining) (?:both )?(?:a |an |some |any )?((?:[a-z]+ ){0,2}?(?:[a-z]+)) and (?:a |an |some |any )?((?:[a-z]+ ){0,2}?(?:[a-z]+))(?: together| both| on file| in them| in it)? $/;

// One side paired with the other: "projects that pair a Singapore university with a Chinese university", "MOUs linking
// Singapore firms with Qianhai firms".
const PAIRED_SIDES =
  / (?:pair|pairs|paired|pairing|match|matches|matched|matching|link|links|linked|linking|team|teams|teamed|connect|connects|connected|connecting|bring together|brings together|brought together|put together|puts together) (?:up )?(?:a |an |some |any )?((?:[a-z]+ ){0,2}?[a-z]+) with (?:a |an |some |any )?((?:[a-z]+ ){0,2}?[a-z]+)(?: together| on file)? $/;

/** The kind, country and place one side's words name, by the lexicon's own tables ("singapore companies"). */
function sideOf(words: string, lang: string): { kind?: string; country?: string; named?: string } {
  const lex = LEXICONS[lang] ?? LEXICONS.en;
  const kind = lex?.orgKinds.find((k) => k.pattern.test(words))?.label;
  const country = lex?.countries.find((c) => c.pattern.test(words))?.country;
  const named = (lex?.places ?? []).find((p) => p !== 'shenzhen' && words.includes(` ${p} `));
  return { ...(kind ? { kind } : {}), ...(country ? { country } : {}), ...(named ? { named } : {}) };
}

/** The kind, country and place said after a partner's verb "with" belong to the other side (`Filter.counterpart`). */
function withCounterpart(u: Understanding, f: Filter): Filter {
  if (f.orgs?.length || f.records?.length) return f;
  // "Projects that involve a Singapore company and a Chinese university": a party of each side, in one record.
  const both = BOTH_SIDES.exec(u.q.text) ?? PAIRED_SIDES.exec(u.q.text);
  if (both && (has(u, 'mou') || has(u, 'project'))) {
    const theirs = sideOf(` ${both[2]} `, u.lang);
    // ("Both Singapore and Chinese universities": the first side's country takes the kind said once, after the second.)
    const bare = /^(?:singapore|singaporean|sg)$/.test(both[1] ?? '')
      ? 'Singapore'
      : /^(?:china|chinese|shenzhen|mainland)$/.test(both[1] ?? '')
        ? 'China'
        : undefined;
    const mine = bare
      ? { country: bare, ...(theirs.kind ? { kind: theirs.kind } : {}) }
      : sideOf(` ${both[1]} `, u.lang);
    if ((mine.kind || mine.country) && (theirs.kind || theirs.country)) {
      const { kind: _k, country: _c, named: _n, topics, ...rest } = f;
      // ("Involve BOTH a Singapore company and …": "both" is how the two sides are said, never a topic.)
      const kept = topics?.filter((t) => !/^(?:both|together)$/.test(t));
      return { ...rest, ...(kept?.length ? { topics: kept } : {}), ...mine, counterpart: theirs };
    }
  }
  const at = COUNTERPART.exec(u.q.text);
  if (!at) return f;
  const split = at.index + at[0].length - 1;
  const mine = sideOf(`${u.q.text.slice(0, split)} `, u.lang);
  const theirs = sideOf(` ${u.q.text.slice(split)}`, u.lang);
  // Only partners asked by what they are ("which Singapore companies…", "which companies…") — a record asked
  // ("MOUs with Qianhai companies") keeps its filter whole.
  // ("Which Singapore companies signed MOUs with Qianhai firms": the MOUs are how they met, the partners are asked.
  // "Which MOUs did Singapore companies sign with Qianhai firms": the records, each with a party of both sides.)
  const record = u.mentions.find((m) => m.type === 'subject' && (m.value === 'mou' || m.value === 'project'));
  if (record && record.start < at.index && !Object.keys(mine).length) return f;
  if (!Object.keys(mine).length && !has(u, 'partner')) return f;
  if (!Object.keys(theirs).length) return f;
  const { kind: _k, country: _c, named: _n, ...rest } = f;
  return { ...rest, ...mine, counterpart: theirs };
}

// The records a verb makes when none is named ("which meeting launched the most?", "did the 3rd or the 4th sign more?").
const LAUNCHED = / (?:launch|launched|launches|launching|start|started|initiate|initiated|kick off|kicked off) /;
const SIGNED = / (?:sign|signed|signs|signing|ink|inked|inks) /;

/** The kind of record a comparison or ranking counts by its verb alone, where it names neither MOUs nor projects. */
export function verbKind(u: Understanding): 'mous' | 'projects' | undefined {
  if (has(u, 'mou') || has(u, 'project')) return undefined;
  const launched = LAUNCHED.test(u.q.text);
  const signed = SIGNED.test(u.q.text);
  return launched === signed ? undefined : launched ? 'projects' : 'mous';
}

/** The kind of record a question speaks of: what it names, or what its words call it. */
export function selection(u: Understanding): Selection | undefined {
  // "Which MOU is about the demonstration zone?" asks for MOUs; otherwise the zone's own figures.
  // (The zone's "entry agreements" are the four companies' signings, not an MOU on file.)
  if (
    has(u, 'demozone') &&
    !(
      has(u, 'mou') &&
      / (?:which|what|list|show|about|on|for) /.test(u.q.text) &&
      u.target !== 'count' &&
      !/ entry agreements? /.test(u.q.text)
    )
  )
    return / (?:companies|company|firms|entry agreements?|agreements|mous|signed|batch) /.test(u.q.text) &&
      !/ projects /.test(u.q.text)
      ? 'demozone-companies'
      : 'demozone-projects';
  if (has(u, 'pillar') && !mentionsOf(u, 'group').length) return 'pillars';
  const mou = u.mentions.find((m) => m.type === 'subject' && m.value === 'mou');
  const prj = u.mentions.find((m) => m.type === 'subject' && m.value === 'project');
  // "Which Singapore companies signed MOUs": the kind comes first, so the answer is partners.
  // ("How many organisations signed MOUs?": the word for partners leads just as a kind does.)
  const kind =
    mentionsOf(u, 'kind')[0] ??
    mentionsOf(u, 'country')[0] ??
    mentionsOf(u, 'place')[0] ??
    u.mentions.find((m) => m.type === 'subject' && m.value === 'partner');
  const rec = mou ?? prj;
  // "How many Chinese companies signed MOUs?" counts companies too; "how many MOUs with Chinese companies" counts MOUs.
  // ("The number of companies from China with MOUs", "how many firms are party to projects": the partners, counted.)
  const signedBetween =
    kind &&
    rec &&
    / (?:signed|sign|joined|join|have|had|took part in|take part in|are in|were in|with|having|holding|behind|in|party to|parties to|part of) /.test(
      u.q.text.slice(kind.end - 1, rec.start + 1),
    );
  if (kind && rec && kind.start < rec.start && (u.target !== 'count' || signedBetween)) return 'partners';
  if (mou && prj) return mou.start < prj.start ? 'mous' : 'projects';
  // "Which partners are in the talent exchange group?": the parties of the group's MOUs, not the MOUs.
  if (!rec && mentionsOf(u, 'group').length && (has(u, 'partner') || has(u, 'company') || / who /.test(u.q.text)))
    return 'partners';
  if (mou || mentionsOf(u, 'group').length) return 'mous';
  if (prj) return 'projects';
  if (
    mentionsOf(u, 'kind').length ||
    mentionsOf(u, 'country').length ||
    mentionsOf(u, 'place').length ||
    has(u, 'partner') ||
    has(u, 'company')
  )
    return 'partners';
  if (has(u, 'meeting') && !meetingsOf(u).length) return 'meetings';
  if (/ (?:outcomes|highlights) /.test(u.q.text)) return 'highlights';
  return undefined;
}

const PLURAL_RECORDS = / (?:mous|projects|agreements|ventures|collaborations|partnerships|memoranda) /;

/** One record the question points at: a numbered project, or the single record its names and topics select. */
export function singleRecord(u: Understanding, dataset: Dataset): Subjectref | undefined {
  const rec = mentionsOf(u, 'record')[0];
  if (rec) {
    const [kind, id] = rec.value.split(':') as ['mou' | 'project', string];
    return { type: 'record', kind, id };
  }
  const orgs = mentionedOrgIds(u);
  const topics = mentionsOf(u, 'topic').map((m) => m.value);
  if (!orgs.length && !topics.length) return undefined;
  // One record is meant when the question says "the … MOU/project" (singular), or names it by topic or by two parties.
  const singular =
    / (?:mou|project|agreement|venture|collaboration|partnership|plugin|platform|centre|center|academy) /.test(
      u.q.text,
    );
  if (!singular && !topics.length && orgs.length < 2) return undefined;
  const wantMou = has(u, 'mou') || (u.flags.signing && !has(u, 'project'));
  const wantPrj = has(u, 'project');
  // (An area asked — "sustainability", that several narrower topics make up — picks out no one record; nor does a topic
  // before records asked in the plural, "sustainability MOUs?": the readings of lists answer.)
  if (!orgs.length && topics.some((t) => narrowerTopics(t).length)) return undefined;
  // (A Chinese gloss's plural is the gloss's: 项目 is one project or many.)
  if (!orgs.length && !singular && !u.q.glossed && PLURAL_RECORDS.test(u.q.text)) return undefined;
  if (!wantMou && !wantPrj) {
    // Neither word: a topic that picks out one record of either kind ("the cross-border tourism plugin").
    if (!topics.length || orgs.length) return undefined;
    const both = [...dataset.mous, ...dataset.projects].filter((r) =>
      topics.every((t) => topicWords(r).some((x) => x.includes(` ${t} `))),
    );
    const first = both[0];
    if (both.length === 1 && first)
      return { type: 'record', kind: 'parties' in first ? 'mou' : 'project', id: first.id };
    return undefined;
  }
  const kind: 'mou' | 'project' = wantMou && !wantPrj ? 'mou' : 'project';
  const pool = kind === 'mou' ? dataset.mous : dataset.projects;
  const meetings = meetingsOf(u);
  const found = pool.filter(
    (r) =>
      orgs.every((g) => g.some((id) => partyLineage(dataset, r).includes(id))) &&
      topics.every((t) => topicWords(r).some((x) => x.includes(` ${t} `))) &&
      (!meetings.length || meetings.some((n) => dataset.meetingByNumber(n)?.id === r.meeting)),
  );
  if (found.length === 1 && found[0]) return { type: 'record', kind, id: found[0].id };
  if (found.length > 1 && found.length <= 4) return { type: 'records', kind, ids: found.map((r) => r.id) };
  return undefined;
}

/**
 * "How many projects were there in 2022?": a year, no word of "new" or of launching — it reads as the
 * new ones that year and as the running total reported then, so both are said.
 */
export function thereIn(u: Understanding, f: Filter, select: Selection): boolean {
  const years = mentionsOf(u, 'meeting').filter((m) => /^20\d\d$/.test(m.words));
  const onlyMeetings = Object.keys(f).every((k) => k === 'meetings');
  return (
    (select === 'mous' || select === 'projects') &&
    years.length === 1 &&
    (f.meetings?.length ?? 0) === 1 &&
    onlyMeetings &&
    !u.flags.cumulative &&
    !u.flags.before &&
    !/ (?:new|launch|launched|launches|sign|signed|signs|initiated|unveiled|announced|introduced|inked|started|came out|agreed) /.test(
      u.q.text,
    )
  );
}

// The alternative a question sets aside ("held in Shenzhen rather than online", "in person instead of by video"): what
// follows is what is NOT asked.
const REJECTED = / (?:rather than|instead of|as opposed to) .*$/;

/** A question's normal form without the alternative it sets aside (REJECTED), so only what is asked picks. */
export const withoutRejected = (text: string): string => text.replace(REJECTED, ' ');

/**
 * How the meetings asked for were held, when the question picks meetings by it ("which meetings were online",
 * "were any meetings face to face") and names none itself: 'video' or 'in person'. A meeting named ("was the 3rd
 * JIC held online?") makes it a claim about that meeting instead.
 */
export function modeAsked(u: Understanding): 'video' | 'in person' | undefined {
  const modes = (LEXICONS[u.lang] ?? LEXICONS.en)?.modes;
  if (!modes) return undefined;
  const asked = withoutRejected(u.q.text);
  const mode = modes.inPerson.test(asked) ? 'in person' : modes.video.test(asked) ? 'video' : undefined;
  if (!mode) return undefined;
  // The meetings a mode word itself named ("the virtual meetings") are what is asked for, not a meeting named.
  const named = mentionsOf(u, 'meeting').filter(
    (m) => !modes.video.test(` ${m.words} `) && !modes.inPerson.test(` ${m.words} `),
  );
  // ("How many MOUs were signed at the meeting held in person?": the mode names the meetings whose records are asked.)
  if ((has(u, 'mou') || has(u, 'project')) && mentionsOf(u, 'meeting').length) return undefined;
  const picks = / (?:which|what|how many|number of|count of|list|show|name|any|all) /.test(u.q.text);
  const meetings = has(u, 'meeting') || / (?:they|jics?) (?:meet|met) | (?:meet|met) /.test(u.q.text);
  return !named.length && picks && meetings && !mentionedOrgIds(u).length ? mode : undefined;
}

/** Each pillar's words as a question writes them (whole name, first two words, first word), read once per Dataset. */
export const pillarWords = perDataset((dataset: Dataset) => {
  const built = dataset.initiative.pillars.map((pillar) => {
    const full = norm(pillar.name);
    const short = full.split(' ').slice(0, 2).join(' ');
    const under = [full, short].map((words) => new RegExp(` (?:under|within|in|for) (?:the )?${words} (?:pillar )?`));
    return { pillar, full, short, first: full.split(' ')[0] ?? '', under };
  });
  return built;
});

/** The events' and highlights' texts, each with the words it writes capitalised mid-sentence (names), built once. */
export const passingTexts = perDataset((dataset: Dataset) => {
  const names = (text: string) =>
    new Set([...text.matchAll(/(?<![.:;!?]\s|^)\b([A-Z][A-Za-z]+)/g)].map((m) => (m[1] ?? '').toLowerCase()));
  const built = [
    ...(dataset.initiative.events ?? []).map((e, i) => ({ place: { event: i }, text: e.text, names: names(e.text) })),
    ...dataset.meetings.flatMap((m) =>
      m.highlights.map((h, i) => ({ place: { highlight: `${m.number}:${i}` }, text: h.text, names: names(h.text) })),
    ),
  ];
  return built;
});

// What something is for ("aim to do", "purpose", "meant to achieve", "goal", "what for"): its record's text says it.
export const PURPOSE_ASKED =
  / (?:aim|aims|aimed|aiming|purpose|purposes|goal|goals|objective|objectives|meant|supposed to|intended|intend to|hope to|hoped to|set out to|achieve|accomplish|for what|why) | for $/;

export function demoZoneId(dataset: Dataset): string {
  return dataset.projects.find((p) => p.kind === 'demonstration-zone')?.id ?? '';
}

// "With anyone", "with others": no second party named, so it asks whether it worked with any partner at all.
export const ANYONE_ELSE =
  / with (?:anyone|anybody|someone|somebody|others?|other partners?|any partners?|any (?:other )?compan(?:y|ies)|partners) /;

/** The meetings' outcomes whose parties are these organisations ("3:1"). */
export function orgOutcomes(dataset: Dataset, ids: readonly string[]): string[] {
  return dataset.meetings.flatMap((m) =>
    m.highlights.flatMap((h, i) => ((h.parties ?? []).some((p) => ids.includes(p)) ? [`${m.number}:${i}`] : [])),
  );
}

/** The records partners are asked through: MOUs, projects, or both at once ("in both an MOU and a project"). */
function viaOf(u: Understanding): { via?: 'mous' | 'projects' | 'both' } {
  if (has(u, 'mou') && has(u, 'project')) return / (?:or|either) /.test(u.q.text) ? {} : { via: 'both' };
  return { via: has(u, 'mou') ? 'mous' : 'projects' };
}

/**
 * The records partners are asked through, where the question names any: a kind of record, or "both" alone ("which
 * universities are in both", "partners in both kinds of record") — an MOU and a project. None named: none asked.
 */
export function viaAsked(u: Understanding): { via?: 'mous' | 'projects' | 'both' } {
  if (has(u, 'mou') || has(u, 'project')) return viaOf(u);
  return / (?:in|on|of|to|with) both $| both (?:kinds|types|sorts) /.test(u.q.text) ? { via: 'both' } : {};
}

export const personRole = (name: string): Plan => ({ op: 'read', about: { type: 'person', name }, attribute: 'role' });

/** The passages that name someone with no person record (a quote's speaker): said as mentions, never a role guessed. */
export function passagesNaming(dataset: Dataset, name: string): Plan {
  const words = norm(name)
    .split(' ')
    .filter((w) => w.length >= 3);
  const places = passingTexts(dataset)
    .filter((x) => x.text.includes(name))
    .map((x) => x.place);
  return places.length ? { op: 'mentioned', words, places } : { op: 'unsure', words: '' };
}

/**
 * The question's left-over words that say something (not a word of shape, of the language's tables, of a title, a
 * number or a word inside something it names): what a claim must account for ("build drones"), or what shows it is
 * about another subject ("won … cup").
 */
export function contentWords(u: Understanding): string[] {
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  return u.rest
    .split(' ')
    .filter(
      (w) =>
        w.length >= 3 &&
        !/\d/.test(w) &&
        lex?.numbers[w] === undefined &&
        !isStopWord(w) &&
        !lex?.words.includes(w) &&
        !lex?.claimFiller?.test(w) &&
        !lex?.titles?.test(w) &&
        !u.mentions.some((m) => ` ${m.words} `.includes(` ${w} `)),
    );
}

// Kinds of organisation no table knows, as a question names them ("hospitals", "business schools", "banks"): a word
// table, not facts — what they match is read off the partners' own kinds and names (plan/lists.ts); never a name the
// sources don't give ("are hospitals involved?" asks of a kind, plan/asked.ts).
export const ORG_NOUNS =
  /^(?:(?:business |medical |law |graduate |high |primary |secondary )?schools?|hospitals?|clinics?|banks?|insurers?|start ?ups?|startups?|think tanks?|polytechnics?|museums?|ngos?|charit(?:y|ies)|foundations?|associations?|chambers? of commerce|chambers?|councils?|ports?|airports?|newspapers?|media companies|consultanc(?:y|ies)|accelerators?|investors?|funds?|venture capital firms?|vc firms?|telcos?|hotels?|retailers?|manufacturers?|carmakers?|airlines?|libraries|schools|colleges? of [a-z]+)$/;
