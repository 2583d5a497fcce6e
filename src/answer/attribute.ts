import type { Dataset, Meeting, Mou, Organisation, Project } from '../dataset/index.js';
import type { Plan, Subjectref } from './plan/types.js';
import type { Ref } from './run.js';
import type { Said } from './say.js';
import { capitalise, formatDate } from './format.js';
import { LEXICONS } from './lexicon.js';
import { type Mention, mentionsOf, type Understanding } from './understand.js';
import { withArticle } from '../text/article.js';

/**
 * One attribute asked of one thing the question names — a partner's country, kind or founding date, who runs or
 * funds a named outcome, how big or where a record's subject is. The answer is that attribute as the sources give
 * it, or "the sources don't say <the attribute>" — never the thing's profile or description as if it answered.
 */

export type AttributeAsk = 'country' | 'kind' | 'founded' | 'doer' | 'size' | 'location';

export interface AttributePlan {
  op: 'attribute';
  about: Subjectref;
  ask: AttributeAsk;
  /** "Who funds X": the verb as asked, to say what the sources don't say ("who funds it"). */
  verb?: string;
  /** "How big is CapitaLand's development fund": the thing asked about beyond its record ("development fund"). */
  thing?: string;
  /** A named outcome's name as asked ("asian sme hub"), to say it as its text spells it. */
  words?: string;
}

export interface AttributeResult {
  op: 'attribute';
  ask: AttributeAsk;
  verb?: string;
  thing?: string;
  /** The subject as the records name it ("Momentum Works Pte Ltd", "the Asian SME Hub"). */
  name: string;
  /** The attribute as the sources give it; null when they don't. */
  value: string | null;
  /** How the value is held: `stated` by the sources, or `read` (a reading, e.g. a country from a company form). */
  how?: 'stated' | 'read';
  /** Why it is a reading, or what else the sources say instead ("developed and managed by …"). */
  note?: string;
  /** What the sources do say of the subject (its description or outcome text), and where. */
  said?: { text: string; at?: Meeting };
  /** The places a partner's own name states ("ONE Championship China (Shanghai) Co., Ltd." → Shanghai). */
  inName?: string[];
  /** A brand the sources name as several entities ("ONE Championship"): the attribute of each, in turn. */
  each?: AttributeResult[];
  refs: Ref[];
  sources: string[];
}

// "Which country is X from", "X's nationality", "where does X come from".
const COUNTRY =
  / (?:what|which) (?:country|countries|nationality|nationalities|side)(?: is| does| do| are| was)? | nationality | country of origin | (?:where|what country) (?:is|are|was|does|do) (?:[a-z0-9]+ ){1,6}(?:from|come from|based in|hail from) | come from /;
// "What kind of organisation is X", "what type of entity".
const KIND =
  / (?:what|which) (?:kind|type|sort|category) of (?:organi[sz]ation|entity|body|partner|company|institution|org|thing|outfit|place|party|group) | what (?:kind|type|sort) is /;
// "When was X founded", "what year was X set up", "how old is X".
const FOUNDED =
  / (?:founded|established|set up|created|incorporated|formed|started|launched|begun|born) (?:in )?$| (?:founded|established|incorporated|formed) | how old is | (?:founding|foundation|establishment) (?:date|year) /;
/** The attribute asked of each of several partners ("what countries are Keppel and PKU from"), if it is one. */
export const askedOfEach = (t: string): 'country' | 'kind' | undefined =>
  COUNTRY.test(t) ? 'country' : KIND.test(t) || KINDS.test(t) ? 'kind' : undefined;
// ("What kinds of organisations are NTU and SYSU?": the plural, asked only of several — "what kind of partners does
// Keppel have" asks of Keppel's partners.)
const KINDS =
  / (?:what|which) (?:kinds?|types?|sorts?) of (?:organi[sz]ations|entities|bodies|institutions|orgs|outfits) (?:are|were) /;
const GROUP =
  / (?:which|what) (?:strategic )?(?:pillar|group|heading|category|section|annex group)s? | (?:pillar|group|heading|category|section) (?:is|does|do|was) | (?:fall|falls|fell|come|comes|sit|sits|listed|filed|placed|go|goes) under | under (?:which|what) /;
/** "The full title of the X MOU", "its official name". */
export const TITLE = / (?:full|official|formal|complete|proper|exact) (?:name|title|wording) | title /;
const STATUS =
  / (?:status|progress|current state|state of play|how (?:is|are) (?:[a-z]+ ){1,6}(?:going|doing|progressing)|what (?:became|has become|came) of|what happened (?:to|with)|(?:outcome|outcomes|results?) of|update on|any updates?) /;
const SIZE = / how (?:big|large|huge) | (?:size|scale) of /;
const WHERE = /^ where (?:is|are|was|were|will|would) | (?:what|which) (?:city|location|site) | located | location /;

// Verbs a named outcome's text writes differently from a question ("who runs it": "managed by").
const DOER_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  create: ['develop', 'built', 'build', 'made'],
  develop: ['built', 'build', 'made', 'creat'],
  fund: ['financ', 'pay', 'paid', 'sponsor'],
  pay: ['fund', 'financ', 'sponsor'],
  finance: ['fund', 'pay', 'paid'],
  host: ['run', 'manag', 'operat'],
  own: ['owned'],
};

// Words after "who" that ask who someone is or what they did with a record, not who does something to an outcome.
const NOT_DOER =
  /^(?:is|are|was|were|s|has|have|had|did|do|does|will|would|can|could|signed|sign|signs|took|take|joined|join|joins|attended|attend|co|chaired|cochaired|chairs|chair|said|says|say|else|exactly|all|else|from|in|at|with|of|the|a|an)$/;

const stem = (w: string) => w.replace(/(?:ies|es|s|ed|ing|e)$/, '').slice(0, 6);

/**
 * The attribute plan for a question about one thing, or undefined when the question asks something else.
 * `about` is what plan() found the question to be about.
 */
export function planAttribute(u: Understanding, dataset: Dataset, about: Subjectref | undefined): Plan | undefined {
  const t = u.q.text;
  // ("Where's Momentum Works' partner based?": the other parties of its records are asked about, not Momentum Works.)
  const org = mentionsOf(u, 'org')[0];
  const other =
    about?.type === 'org' && org && /^ (?:s )?(?:partner|partners|counterpart|counterparts) /.test(t.slice(org.end))
      ? otherParties(dataset, about.ids)
      : [];
  // ("Where is the ONE Championship company that signed the MOU based?": a brand narrowed by what one entity did.)
  const did =
    / (?:that|which|who) (?:signed|inked|sealed) (?:the |an |its |that )?mou| (?:that|which|who) (?:joined|is in|was in|took part in|runs|ran) (?:the |a |its |that )?project/.exec(
      t,
    )?.[0];
  const brand = org?.also?.length ? [org.value, ...org.also] : [];
  const narrowed = did
    ? brand.filter((id) => (/mou/.test(did) ? dataset.mousOf(id) : dataset.projectsOf(id)).length)
    : [];
  const placed = other.length
    ? ({ type: 'org', ids: other } as const)
    : narrowed.length
      ? ({ type: 'org', ids: narrowed } as const)
      : about;
  // "Where is X based?", "is X in Shenzhen?": no address is ever given, but a partner's own name may place it
  // ("Olin Game Space (Shenzhen) …") — said as its name's, never a bare "the sources don't say".
  // ("Where's NCS's innovation centre?", "where is the NCS NEXT centre": where a partner is, asked without "based".)
  // (Only the partner, or its unit, asked where: never "where is QuikBot from", "where is X opening its office".)
  const whereIs =
    u.target === 'where' &&
    !!org &&
    /^ where (?:is|are|s|was|were) (?:the )?$/.test(t.slice(0, org.start)) &&
    (/^ (?:s )?(?:(?:innovation )?(?:centre|center|office|branch|campus|graduate school|unit|lab|hq|headquarters) )?(?:located |situated |registered )?$/.test(
      t.slice(org.end),
    ) ||
      narrowed.length > 0);
  if (
    placed?.type === 'org' &&
    (u.flags.missing === 'where it is based' || whereIs) &&
    !['compare', 'quote', 'most', 'count', 'list'].includes(u.target) &&
    (whereIs || placed.ids.some((id) => placesInName(dataset, id).length))
  )
    return { op: 'attribute', about: placed, ask: 'location' };
  if (!about || ['yesno', 'compare', 'quote', 'most'].includes(u.target)) return undefined;
  if (u.target === 'count' && !SIZE.test(t)) return undefined;
  // "Which pillar is the EE Music MOU under?", "what heading is the CSIJRI MOU listed under?": its Annex A group (the
  // sources file no MOU under a pillar; the 4th JIC's under Annex A headings, one of them "Strategic pillar: AI").
  if (about.type === 'record' || about.type === 'records') {
    if (GROUP.test(t)) return { op: 'read', about, attribute: 'group' };
    if (TITLE.test(t) && about.kind === 'mou') return { op: 'read', about, attribute: 'title' };
  }
  // "What's the status of the QuikBot project?", "how is the EE Music MOU going?": the sources report aims, never
  // progress — said so, with what the record says it will do (the progress check's own sentence).
  // ("What came of the Joint Innovation Call?": an outcome too, unless its own text is a report of progress.)
  const reportsProgress = /\b(?:progress|successful|as at|doubled)\b/i.test(ownText(about, dataset));
  if ((about.type === 'record' || (about.type === 'highlight' && !reportsProgress)) && STATUS.test(t))
    return { op: 'check', claim: { type: 'progress' }, plan: { op: 'read', about, attribute: 'about' } };
  if (about.type === 'org' && about.ids.length >= 1) {
    if (u.flags.signing && !FOUNDED.test(t)) return undefined;
    if (COUNTRY.test(t) && !mentionsOf(u, 'country').length) return { op: 'attribute', about, ask: 'country' };
    if (KIND.test(t)) return { op: 'attribute', about, ask: 'kind' };
    if (FOUNDED.test(t) && (u.target === 'when' || / (?:what|which) year | how old /.test(t)))
      return { op: 'attribute', about, ask: 'founded' };
  }
  // ("Which partner funds the Joint Innovation Call?", "what company is behind the GIA node?": a who, asked of one.)
  const whichDoer =
    /^ (?:which|what) (?:[a-z]+ )?(?:partners?|compan(?:y|ies)|firms?|organi[sz]ations?|banks?|part(?:y|ies)|entit(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies)|one) /;
  // (One outcome named: "which banks ran the TradeTrust trials" names two, the trials and their expansion.)
  const oneOutcome = new Set(mentionsOf(u, 'highlight').map((m) => m.value)).size === 1;
  if (
    about.type === 'highlight' &&
    (u.target === 'who' || ((u.target === 'list' || u.target === 'what') && oneOutcome && whichDoer.test(t)))
  ) {
    const asked = / (?:who|which [a-z]+|what [a-z]+) (?:is |are |was )?([a-z]+(?: for| up)?) /.exec(t)?.[1];
    const verb = asked?.split(' ')[0];
    // "Who runs TradeTrust?": the outcome a text calls a body's own ("IMDA's TradeTrust pilot"), of those it names.
    const owner = OWNING_VERB.test(verb ?? '')
      ? mentionsOf(u, 'highlight').find(
          (m) => m.words !== '(words)' && ownerIn(ownText({ type: 'highlight', key: m.value }, dataset), m.words),
        )
      : undefined;
    if (owner)
      return {
        op: 'attribute',
        about: { type: 'highlight', key: owner.value },
        ask: 'doer',
        verb: asked ?? '',
        words: owner.words,
      };
    const words = mentionsOf(u, 'highlight').find((m) => m.value === about.key && m.words !== '(words)')?.words;
    const text = ownText(about, dataset);
    const { by, match, said } = doerIn(text, verb ?? '', words ? spelt(text, words) : undefined);
    // "Who manages the hub?" → "…managed by OneConnect": answered. The verb in the text without "by" ("IMDA … are
    // poised to expand") or "with whom" ("who launched it with"): the outcome's own words answer better. An attribute
    // the sources never give ("who founded the GIA") stays the missing-attribute answer unless the text says "by".
    if (
      verb &&
      !NOT_DOER.test(verb) &&
      !/ (?:with|alongside|together with) $/.test(t) &&
      (match || (!said && (by || !u.flags.missing)))
    )
      return { op: 'attribute', about, ask: 'doer', verb: asked ?? '', ...(words ? { words } : {}) };
  }
  if (
    SIZE.test(t) &&
    (about.type === 'org' || about.type === 'record' || about.type === 'highlight') &&
    !/\d/.test(ownText(about, dataset))
  )
    return { op: 'attribute', about, ask: 'size', ...thingOf(u) };
  if (u.target === 'where' && WHERE.test(t) && about.type === 'record') {
    const r = recordOf(dataset, about);
    // A place the record's own text gives ("an office … in Qianhai") answers; otherwise the sources don't say.
    if (r && !/ in (?:[A-Z][a-z]+)/.test(r.description.text) && !('kind' in r && r.kind === 'demonstration-zone'))
      return { op: 'attribute', about, ask: 'location', ...thingOf(u) };
  }
  return undefined;
}

// Verbs asking who runs or owns a thing ("who runs it", "who is behind it", "whose is it").
const OWNING_VERB =
  /^(?:runs?|ran|running|manages?|managed|managing|operates?|operated|owns?|owned|leads?|led|behind|in|oversees?|controls?|heads?)$/;

/** "IMDA's TradeTrust pilot": the body a text calls an outcome's own, and the phrase that says so. */
function ownerIn(text: string, words: string): { who: string; phrase: string } | undefined {
  const name = spelt(text, words);
  if (!name) return undefined;
  const m = new RegExp(`\\b([A-Z][A-Za-z&]+)['’]s (${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: [a-z]+)?)`).exec(
    text,
  );
  return m?.[1] && m[2] ? { who: m[1], phrase: `${m[1]}'s ${m[2]}` } : undefined;
}

/**
 * Who does something to a named outcome, by its own text: "…, developed and managed by OneConnect Financial
 * Technology" → the verbs before "by" and whom; `match` when they are the verb asked (or a form of it), `said` when
 * the text uses the verb asked elsewhere (its subject comes before it, which the text itself shows).
 */
function doerIn(
  text: string,
  verb: string,
  name?: string,
): { by?: { verbs: string; who: string }; match: boolean; said: boolean } {
  const m =
    /\b((?:[a-z]+ed|run|built|led|made|set up|owned)(?:,? (?:and )?(?:[a-z]+ed|run|built|led|made|owned))*) by ((?:the )?[A-Z][\w.&'’-]*(?: (?:of |and |for )?[A-Z][\w.&'’-]*)*)/.exec(
      text,
    );
  const by = m ? { verbs: m[1] ?? '', who: (m[2] ?? '').replace(/[.,;:]+$/, '') } : undefined;
  const bases = [
    verb,
    verb.replace(/s$/, ''),
    verb.replace(/es$/, 'e'),
    verb.replace(/ed$/, 'e'),
    verb.replace(/ing$/, 'e'),
  ];
  const forms = [
    stem(verb),
    ...bases.flatMap((b) => [...(DOER_VARIANTS[b] ?? []), ...(LEXICONS.en?.variants?.[b] ?? [])]),
  ].filter((f) => f.length >= 3);
  const hit = (w: string) => forms.some((f) => w.toLowerCase().startsWith(f));
  const match = !!by && by.verbs.split(/,? (?:and )?| /).some(hit);
  // (The outcome doing it — "the Joint Innovation Call funds joint R&D" — says nothing of who does it to the outcome.)
  const after = name
    ? new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\w+)`, 'i').exec(text)?.[1]
    : undefined;
  const said = !match && text.split(/[^A-Za-z]+/).some((w) => hit(w) && w !== after);
  return { ...(by ? { by } : {}), match, said };
}

const UNIT =
  /^(?:square|sq|km|kms|km2|sqkm|sqm|metres?|meters?|miles?|hectares?|ha|acres?|feet|ft|kilometres?|kilometers?|units?|terms?|numbers?|figures?)$/;

/** The words the question asks about beyond the names it gives ("development fund"). */
function thingOf(u: Understanding): { thing?: string } {
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  // The words left once names are gone, and the topic words the records share ("fund", "energy storage"), in order.
  // (Never a subject's token — "demozone" — nor a unit, "square km": the thing, not how it would be measured.)
  const subjects = new Set(mentionsOf(u, 'subject').flatMap((m) => m.words.split(' ')));
  const keep = new Set(
    [...u.rest.split(' '), ...mentionsOf(u, 'topic').flatMap((m) => m.words.split(' '))].filter(
      (w) => !subjects.has(w) && !UNIT.test(w),
    ),
  );
  const words = u.q.text
    .split(' ')
    .filter(
      (w, i, ws) =>
        keep.has(w) &&
        ws.indexOf(w) === i &&
        w.length >= 3 &&
        !lex?.words.includes(w) &&
        !/^(?:big|large|huge|size|amount|scale|located|location|where|will|be|it|its|whose|what|who|how|the|and)$/.test(
          w,
        ),
    );
  // ("How big is the demo zone?": the zone by its name, never "demozone".)
  if (subjects.has('demozone')) return { thing: `Demonstration Zone${words.length ? `'s ${words.join(' ')}` : ''}` };
  // The words as asked, from the first kept to the last ("joint research centre on smart energy storage"), when the
  // span between them is short; else the kept words alone.
  const ws = u.q.text.split(' ');
  const [first, last] = [ws.indexOf(words[0] ?? ''), ws.lastIndexOf(words[words.length - 1] ?? '')];
  const span = first >= 0 && last >= first && last - first < 8 ? ws.slice(first, last + 1) : words;
  return words.length && words.length <= 5 ? { thing: span.join(' ') } : {};
}

function recordOf(dataset: Dataset, about: Subjectref): (Mou | Project) | undefined {
  if (about.type !== 'record') return undefined;
  return about.kind === 'mou' ? dataset.mou(about.id) : dataset.project(about.id);
}

function highlightOf(dataset: Dataset, key: string) {
  const [n, i] = key.split(':').map(Number);
  const m = dataset.meetingByNumber(n ?? -1);
  const h = m?.highlights[i ?? -1];
  return m && h ? { m, h } : undefined;
}

function ownText(about: Subjectref, dataset: Dataset): string {
  if (about.type === 'org') return about.ids.map((id) => dataset.organisation(id)?.about ?? '').join(' ');
  if (about.type === 'highlight') return highlightOf(dataset, about.key)?.h.text ?? '';
  return recordOf(dataset, about)?.description.text ?? '';
}

/** The records a partner is in, earliest first. */
function recordsOf(dataset: Dataset, ids: readonly string[]): Array<Mou | Project> {
  return [...new Set(ids.flatMap((id) => [...dataset.mousOf(id), ...dataset.projectsOf(id)]))];
}

/** The outcome's name as its own text spells the words asked ("asian sme hub" → "Asian SME Hub"). */
function spelt(text: string, words: string): string | undefined {
  const re = new RegExp(
    words
      .split(' ')
      .map((w) => w.replace(/[^a-z0-9]/g, ''))
      .filter(Boolean)
      .join('[^A-Za-z0-9]+'),
    'i',
  );
  return re.exec(text)?.[0];
}

export function runAttribute(p: AttributePlan, dataset: Dataset): AttributeResult {
  const words = p.words;
  const base = {
    op: 'attribute' as const,
    ask: p.ask,
    ...(p.verb ? { verb: p.verb } : {}),
    ...(p.thing ? { thing: p.thing } : {}),
  };
  const a = p.about;
  // One brand, several entities (the MOU's party and the project's partner): each one's, never the first's alone.
  if (a.type === 'org' && a.ids.length > 1 && (p.ask === 'country' || p.ask === 'kind' || p.ask === 'location')) {
    const each = a.ids.map((id) => runAttribute({ ...p, about: { type: 'org', ids: [id] } }, dataset));
    return {
      ...base,
      name: each.map((x) => x.name).join(' | '),
      value: null,
      each,
      refs: each.flatMap((x) => x.refs),
      sources: [...new Set(each.flatMap((x) => x.sources))],
    };
  }
  if (a.type === 'org') {
    const o = dataset.organisation(a.ids[0] ?? '') as Organisation | undefined;
    const name = o?.name ?? '';
    const refs: Ref[] = o ? [{ kind: 'organisation', id: o.id }] : [];
    const records = recordsOf(dataset, a.ids);
    const first = records[0];
    const at = first ? dataset.meeting(first.meeting) : undefined;
    // What the sources say of the thing asked about: the record whose text names it, else its first record.
    const words = (p.thing ?? '').split(' ').filter((w) => w.length >= 4);
    const about =
      records.find((r) => words.length && words.every((w) => r.description.text.toLowerCase().includes(w))) ?? first;
    const said = about
      ? {
          text: about.description.text,
          ...(dataset.meeting(about.meeting) ? { at: dataset.meeting(about.meeting) as Meeting } : {}),
        }
      : undefined;
    const sources = [...new Set([...(o?.sources ?? []), ...(about?.description.sources ?? [])])];
    if (p.ask === 'country') {
      const known = o && o.country !== 'unclear';
      const note = (o as Organisation & { countryNote?: string })?.countryNote;
      return {
        ...base,
        name,
        value: known ? (o?.country ?? null) : null,
        ...(known ? { how: o?.countryStated ? ('stated' as const) : ('read' as const) } : {}),
        ...(note ? { note } : {}),
        refs,
        sources: o?.sources ?? [],
      };
    }
    if (p.ask === 'kind')
      return {
        ...base,
        name,
        value: o?.kind ?? null,
        how: 'stated',
        ...(o && o.country !== 'unclear' && o.countryStated ? { note: o.country } : {}),
        refs,
        sources: o?.sources ?? [],
      };
    // Where: no address for any partner; the place its own name states, said as its name's.
    if (p.ask === 'location') {
      const places = o ? placesInName(dataset, o.id) : [];
      return {
        ...base,
        name,
        value: null,
        inName: places,
        refs,
        sources: o?.sources ?? [],
      };
    }
    // founded, size: never given for a partner.
    return {
      ...base,
      name,
      value: null,
      ...(p.ask === 'founded' ? (at ? { said: { text: '', at } } : {}) : said ? { said } : {}),
      refs: [
        ...refs,
        ...(about ? [{ kind: 'parties' in about ? ('mou' as const) : ('project' as const), id: about.id }] : []),
      ],
      sources,
    };
  }
  if (a.type === 'highlight') {
    const x = highlightOf(dataset, a.key);
    const text = x?.h.text ?? '';
    const name = (words && spelt(text, words)) ?? 'it';
    const refs: Ref[] = x
      ? [{ kind: 'meeting', id: x.m.id }, ...(x.h.parties ?? []).map((id) => ({ kind: 'organisation' as const, id }))]
      : [];
    const said = x ? { text, at: x.m } : undefined;
    if (p.ask === 'doer') {
      // (Called a body's own — "IMDA's TradeTrust pilot" — where running or owning it is asked.)
      const own = OWNING_VERB.test(p.verb?.split(' ')[0] ?? '') && words ? ownerIn(text, words) : undefined;
      if (own)
        return {
          ...base,
          name,
          value: own.who,
          note: own.phrase,
          ...(said ? { said } : {}),
          refs,
          sources: x?.h.sources ?? [],
        };
      const { by, match } = doerIn(text, p.verb?.split(' ')[0] ?? '');
      return {
        ...base,
        name,
        value: match && by ? by.who : null,
        ...(by ? { note: `${by.verbs} by ${by.who}` } : {}),
        ...(said ? { said } : {}),
        refs,
        sources: x?.h.sources ?? [],
      };
    }
    return { ...base, name, value: null, ...(said ? { said } : {}), refs, sources: x?.h.sources ?? [] };
  }
  const r = recordOf(dataset, a);
  const at = r ? dataset.meeting(r.meeting) : undefined;
  return {
    ...base,
    name: r?.name ?? '',
    value: null,
    ...(r ? { said: { text: r.description.text, ...(at ? { at } : {}) } } : {}),
    refs: r && a.type === 'record' ? [{ kind: a.kind, id: r.id }] : [],
    sources: r?.description.sources ?? [],
  };
}

/**
 * The places a partner's own name states where a name says where it is: in brackets ("(Shanghai)"), after its last
 * comma ("…, Shenzhen"), or as its first or last word ("Shenzhen Sports…", "…University Shenzhen") — not a place
 * inside another name ("The Chinese University of Hong Kong"). Spelt as the name spells them.
 */
export function placesInName(dataset: Dataset, id: string): string[] {
  const name = dataset.organisation(id)?.name ?? '';
  const spots = [
    ...[...name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? ''),
    /,\s*([^,]+)$/.exec(name)?.[1] ?? '',
    name,
  ];
  const found: string[] = [];
  // (Places that open the name together count as its first words: "Shenzhen Qianhai Hand-painted …" is in both.)
  const places = LEXICONS.en?.places ?? [];
  let lead = 0;
  for (const w of name.split(/\s+/)) {
    if (!places.includes(w.toLowerCase())) break;
    lead += w.length + 1;
  }
  for (const place of places) {
    const re = new RegExp(`\\b${place.replace(/ /g, '\\s+')}\\b`, 'i');
    const at = (text: string, whole: boolean) => {
      const m = re.exec(text);
      if (!m) return undefined;
      // In the whole name, only as its first or last words, or before what a unit is ("NCS NEXT Shenzhen Innovation
      // Centre", "… Shenzhen Graduate School").
      const unit =
        /^\s+(?:innovation\s+)?(?:centre|center|office|branch|campus|graduate\s+school|lab|laboratory|hub)\b/i;
      return !whole ||
        m.index === 0 ||
        m.index < lead ||
        unit.test(text.slice(m.index + m[0].length)) ||
        m.index + m[0].length === text.replace(/\s+(?:Co\.?,?\s*Ltd\.?|Pte\.?\s*Ltd\.?|LLP|Ltd\.?)$/i, '').length
        ? m[0]
        : undefined;
    };
    const hit = spots.map((t, i) => at(t, i === spots.length - 1)).find(Boolean);
    if (hit) found.push(hit);
  }
  return found;
}

/**
 * The place a kind or country claimed of a partner names ("a Shenzhen firm", "a Shanghai company", "from Shenzhen"),
 * capitalised, if one does: a city, not only a country, so only the places its name states can answer.
 */
export function cityAsked(country: Mention | undefined, place: Mention | undefined, kind: Mention | undefined) {
  const words = country && /^(?:from |in )?shenzhen\b/.test(country.words) ? 'shenzhen' : kind && place?.words;
  return words && (LEXICONS.en?.places ?? []).includes(words)
    ? words.replace(/\b[a-z]/g, (x) => x.toUpperCase())
    : undefined;
}

const DEMONYM: Readonly<Record<string, string>> = { Singapore: 'Singaporean', China: 'Chinese' };

/** A reading's reason, as a clause after "it is" ("a Pte Ltd, the Singapore private limited company form"). */
function reason(note: string): string {
  const cut = note.replace(/;?\s*the sources do not give its country(?:, nor [^;.]+)?\.?$/i, '').trim();
  return /^(?:a|an|the) /i.test(cut) ? `it is ${cut}` : cut;
}

const where = (at: Meeting | undefined) =>
  at ? ` (${at.number === 0 ? 'the founding MOU' : at.name}, ${formatDate(at.date.value)})` : '';

export function sayAttribute(r: AttributeResult): Said {
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (r.each?.length)
    return {
      sentence: `The sources name ${r.each.length} entities of that name: ${r.each
        .map((x) =>
          sayAttribute(x)
            .sentence.replace(/\.$/, '')
            .replace(/^The sources /, 'the sources '),
        )
        .join('; ')}.`,
      ...base,
    };
  // (The thing asked by its own words — "the joint research centre" — is named by its record too: whose it is.)
  const what = r.said?.text
    ? ` What they say${r.thing && r.name && !r.thing.startsWith('Demonstration Zone') ? ` of ${r.name}` : ''}${where(r.said.at)}: ${r.said.text}`
    : '';
  switch (r.ask) {
    case 'country': {
      if (r.value && r.how === 'stated') return { sentence: `${r.name} is from ${r.value}.`, ...base };
      if (r.value)
        return {
          sentence: `${r.name} is probably ${DEMONYM[r.value] ?? `from ${r.value}`}${r.note && reason(r.note) ? `: ${reason(r.note)}` : ''}; the sources don't state its country.`,
          ...base,
        };
      return {
        sentence: `The sources don't state which country ${r.name} is from${r.note ? ` (${r.note.replace(/^the sources /, 'they ')})` : ''}.`,
        ...base,
      };
    }
    case 'kind':
      return {
        sentence: r.value
          ? `${r.name} is ${withArticle(r.value)}${r.note ? `, from ${r.note}` : ''}.`
          : `The sources don't say what kind of organisation ${r.name} is.`,
        ...base,
      };
    case 'founded':
      return {
        sentence: `The sources don't say when ${r.name} was founded or set up${r.said?.at ? `; they name it only as a partner at ${r.said.at.number === 0 ? 'the founding MOU' : `the ${r.said.at.name}`} (${formatDate(r.said.at.date.value)})` : ''}.`,
        ...base,
      };
    case 'doer': {
      // (A one-word name is a brand's — "Eezee.sg is developed by…" — never "the Eezee.sg"; initials keep it: "the GIA".)
      const subject = r.name === 'it' ? 'it' : /\s|^[A-Z]+$/.test(r.name) ? `the ${r.name}` : r.name;
      if (r.value)
        return {
          sentence: `${capitalise(subject)}${where(r.said?.at)} is ${r.note ?? `run by ${r.value}`}, as the sources put it.`,
          ...base,
        };
      return {
        sentence: `The sources don't say who ${doing(r.verb ?? 'runs')} ${subject}${r.note ? `; they say it is ${r.note}` : ''}.${r.note || !r.said?.text ? '' : ` What they say of it${where(r.said.at)}: ${r.said.text}`}`,
        ...base,
      };
    }
    case 'size':
      return {
        sentence: `The sources don't say how big ${r.thing ? `the ${r.thing}` : r.name} is: they give no size or amount.${what}`,
        ...base,
      };
    case 'location':
      if (r.inName)
        return {
          sentence: r.inName.length
            ? `The sources give no address for ${r.name}, but its name places it in ${r.inName.join(', ')}.`
            : `The sources don't say where ${r.name} is based: they give no address or city for it.`,
          ...base,
        };
      return {
        sentence: `The sources don't say where ${r.thing ? `the ${r.thing}` : r.name} is or will be.${what}`,
        ...base,
      };
  }
}

/** The verb asked, as the sentence says it: "behind", "running" asked after "is" keep it ("who is behind the node"). */
const doing = (verb: string) => (/^(?:behind|responsible|accountable|[a-z]+ing)\b/.test(verb) ? `is ${verb}` : verb);

/** The other parties of a partner's MOUs and projects (named ones only). */
function otherParties(dataset: Dataset, ids: readonly string[]): string[] {
  const records = ids.flatMap((id) => [
    ...dataset.mousOf(id).map((m) => m.parties),
    ...dataset.projectsOf(id).map((p) => p.partners),
  ]);
  const named = records.flatMap((ps) => ps.flatMap((x) => ('org' in x && !ids.includes(x.org) ? [x.org] : [])));
  return [...new Set(named)];
}
