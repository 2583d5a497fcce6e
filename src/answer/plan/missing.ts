// A value the sources never give (who runs it, where it is based, how long it runs, …): said so, naming what is
// missing — unless the thing's own text or record does give it.
import { isSpeltInRecords, isWordOfAName, mentionsOf } from '../understand.js';
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { has } from './common.js';
import { PROGRESS } from './asked.js';
import { ownText } from './yes-no.js';
import { LEXICONS } from '../lexicon.js';
import { meetingPartOfDay, partOfDayIn } from '../timing.js';
import type { Dataset } from '../../dataset/index.js';

// A text that places what it reports ("a GIA node in Shenzhen", "hub operations in Singapore"), never "in Sept 2020".
const PLACED = new RegExp(` in (?:${['singapore', 'china', ...(LEXICONS.en?.places ?? [])].join('|')})\\b`, 'i');

// What the sources never give of a person: their age, birth, family, schooling, pay, beliefs, looks.
const PERSONAL =
  / (?:how old|age|aged|born|birthday|birth|birthplace|married|wife|husband|spouse|children|kids|family|educated|education|degree|degrees|studied|study|school|university did|alma mater|salary|salaries|paid|earn|earns|net worth|rich|wealth|hobby|hobbies|religion|height|tall|hometown|grow up|grew up|live|lives) /;

// A person's tastes ("Leong's favourite colour", "does Yong like football", "what music does Qin listen to").
const TASTE =
  / (?:favourite|favorite|favourites|favorites|likes|loves|enjoys|prefers|hates|dislikes|fan of|listen to|listens to|(?:do|does|did) (?:[a-z]+ ){1,4}(?:like|love|enjoy|hate|prefer)) /;
// A person's view of a thing ("what does Qin think about football"): theirs only where no source spells the thing —
// a view of what the records hold may be in their quoted words.
const VIEW_OF =
  / (?:think|thinks|thought|feel|feels|felt|opinion|opinions|views?|stance) (?:about|of|on) (?:the |a |an )?([a-z]+) /;

/**
 * "How old is Joseph Leong?", "where did Qin Weizhong study?", "is Yong Ying-I married?", "Leong's favourite colour":
 * a person's own details the sources never give — said so, never the person's profile as if it answered.
 */
export function personalDetail(c: PlanContext): Plan | undefined {
  // (A person is what the question is about only where it names one: the rest leave before `about` is worked out.)
  if (!c.people.length) return undefined;
  const { u, about, dataset } = c;
  if (about?.type !== 'person' || u.flags.chairing || u.flags.signing) return undefined;
  const view = VIEW_OF.exec(u.q.text)?.[1];
  const personal =
    PERSONAL.test(u.q.text) || TASTE.test(u.q.text) || (view !== undefined && !isSpeltInRecords(view, dataset));
  if (!personal) return undefined;
  if (['count', 'list', 'compare', 'most', 'quote'].includes(u.target)) return undefined;
  return { op: 'missing', attribute: 'personal details', about };
}

// A text that says who does something ("developed and managed by OneConnect", "run by", "led by").
const RUN_BY = /\b(?:[a-z]+ed|run|built|led|made) by [A-Z]/;

/** The key of the one outcome that names one of these parties and says who runs what it reports, if one does. */
function outcomeRunBy(ids: readonly string[], dataset: Dataset): string | undefined {
  const keys = dataset.meetings.flatMap((m) =>
    m.highlights.flatMap((h, i) =>
      // (The outcome's first party is what it reports — "the platform Eezee.sg … managed by OneConnect" — never the
      // buyers beside it, nor the one who runs it.)
      h.parties?.[0] !== undefined && ids.includes(h.parties[0]) && RUN_BY.test(h.text) ? [`${m.number}:${i}`] : [],
    ),
  );
  return keys.length === 1 ? keys[0] : undefined;
}

export function missingAttribute({ u, dataset, about, namedOutcomes }: PlanContext): Plan | undefined {
  if (!u.flags.missing) return undefined;
  // ("Who led the 3rd JIC?": a meeting is led by its co-chairs, on file.)
  if (u.flags.missing === 'who runs it' && about?.type === 'meeting') return undefined;
  // "Who manages the Asian SME Hub?": the highlight says who; elsewhere the sources never do.
  // ("Who runs OneSME?": its text names no one doing it "by" — the sources don't say.)
  const saidByHighlight =
    u.flags.missing === 'who runs it' && about?.type === 'highlight' && RUN_BY.test(ownText(about, dataset));
  // "Who manages Eezee.sg?": a party named inside an outcome whose text says who runs it ("developed and managed by
  // OneConnect") — that outcome answers, never "they don't name who runs it".
  const runBy =
    u.flags.missing === 'who runs it' && about?.type === 'org' ? outcomeRunBy(about.ids, dataset) : undefined;
  const named = mentionsOf(u, 'org')[0];
  const verb =
    / (manages|managed|manage|runs|ran|run|operates|operated|operate|developed|develops|built|builds|leads|led) /.exec(
      u.q.text,
    )?.[1];
  if (runBy && named && verb)
    return { op: 'attribute', about: { type: 'highlight', key: runBy }, ask: 'doer', verb, words: named.words };
  // "TusStar's network size": a size the subject's own text gives in figures is no missing value.
  const sizeGiven = / size /.test(u.q.text) && /\d/.test(ownText(about, dataset));
  // Where a partner is based: never given; a meeting's or the zone's place is on file.
  // ("Where is the OneSME platform based?": an outcome whose text places it nowhere — "the GIA node in Shenzhen" does.)
  const placeOnFile =
    u.flags.missing === 'where it is based' &&
    about?.type !== 'org' &&
    !(about?.type === 'highlight' && !PLACED.test(ownText(about, dataset)));
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
  // (Or asked of the line that gives it: "when was the 2nd JIC held, morning or afternoon?" reads its "morning" line.)
  // (timing.ts's reading of the part of the day decides: the one the answer then says.)
  const timeGiven =
    u.flags.missing === 'time of day' &&
    !!(about?.type === 'meeting'
      ? meetingPartOfDay(dataset.meetingByNumber(about.number))
      : about?.type === 'highlight' && partOfDayIn(ownText(about, dataset)));
  // "Biggest MOU count at a single JIC", "largest number of projects": a count ranked, never a size the sources don't give.
  const countRanked =
    u.target === 'most' &&
    (has(u, 'mou') || has(u, 'project')) &&
    / (?:count|number|numbers|tally|total|jic|meeting|meetings|year) /.test(u.q.text);
  // ("What's bitcoin's price?": the value of something the sources never name — not sure, never "they give no money".)
  const owner = [...u.q.raw.matchAll(/\b([a-z][\w-]*)['’]s\b/gi)]
    .map((m) => (m[1] ?? '').toLowerCase())
    .find((w) => !/^(?:what|who|where|when|how|why|it|that|there|here|let|he|she|one)$/.test(w));
  const strangeOwner = !about && !!owner && !isSpeltInRecords(owner, dataset) && !isWordOfAName(owner, dataset);
  if (
    !strangeOwner &&
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
  return undefined;
}
