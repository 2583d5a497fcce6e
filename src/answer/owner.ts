// Whose a named outcome is ("Isn't TradeTrust a Shenzhen government platform?", "is the TradeTrust pilot DBS's
// project?", "isn't the Eezee.sg platform YiQiYe's?"): where the sources name its owner — "IMDA's TradeTrust pilot",
// "developed and managed by OneConnect Financial Technology" — the claim is judged against that owner: "No: it is
// IMDA's", never "the sources don't say so" (nor a Yes because the one claimed is named elsewhere in the passage).
import type { Dataset, Meeting } from '../dataset/index.js';
import { mentionsOf, type Understanding } from './understand.js';
import { meetingDate } from './format.js';
import type { Said } from './say/common.js';
import type { ZhKit } from './say-zh/kit.js';
import type { Ref } from './run.js';

export interface OwnerPlan {
  op: 'owner';
  /** The outcome that names the owner ("3:0"). */
  key: string;
  /** How that outcome names it: "IMDA's TradeTrust pilot", or "developed and managed by OneConnect …". */
  said: string;
  /** The owner as the outcome names it ("IMDA"), and its id where the outcome's parties hold it. */
  owner: string;
  ownerId?: string;
  /** Possessive ("IMDA's …") or a doer ("… managed by …"). */
  how: 'poss' | 'by';
  /** The owner claimed: partners named, or a side ("a Shenzhen platform", "a Chinese platform"). */
  claimed: { orgs: string[]; side?: 'Singapore' | 'China'; names?: string[] };
}

export interface OwnerResult {
  op: 'owner';
  plan: OwnerPlan;
  verdict: 'yes' | 'no';
  meeting: Meeting;
  text: string;
  /** The owner's record name and country, where the claim was a side. */
  ownerName?: string;
  ownerCountry?: string;
  refs: Ref[];
  sources: string[];
}

// Words of owning: a thing of someone's ("a Shenzhen government platform", "DBS's project"), or done by someone.
const OWNED_THING =
  / (?:platform|platforms|project|projects|pilot|pilots|initiative|scheme|system|programme|program|product|hub|tool|service|brainchild|creation|baby|thing) /;
// The owner claimed between an article and the thing: "a Shenzhen government platform", "a UOB platform".
const OWNED_A = new RegExp(` (?:a|an) (?:[a-z]+ ){1,3}${OWNED_THING.source.trim()}`);
const OWNED_BY =
  / (?:(?:run|owned|operated|built|developed|managed|led|created|made|started|set up|launched|designed|hosted) by|belongs? to|belonging to|property of) /;
const SIDE: ReadonlyArray<[RegExp, 'Singapore' | 'China']> = [
  [/ (?:chinese|china|shenzhen|prc|mainland) /, 'China'],
  [/ (?:singapore|singaporean|sg) /, 'Singapore'],
];

// "IMDA's TradeTrust pilot": an owner in capitals, then what it owns.
const POSSESSIVE = /\b([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s ([\w.-]+(?: [\w.-]+){0,3})/g;
// "developed and managed by OneConnect Financial Technology".
const DOER =
  /\b((?:developed|managed|run|built|operated|owned|led)(?: and (?:developed|managed|run|operated|built|owned))? by ([A-Z][^,.;()]*))/;

const words = (x: string) =>
  x
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Whose the outcome or partner named is, where an outcome's text names its owner: the plan, or undefined. */
export function planOwner(u: Understanding, dataset: Dataset): OwnerPlan | undefined {
  if (u.target !== 'yesno' || u.lang !== 'en') return undefined;
  const t = u.q.text;
  // ("Is X a Shenzhen government platform?", "X is DBS's project", "isn't X YiQiYe's?", "run by Y": an owner claimed —
  // never "did Bank of China launch TradeTrust pilots?", a deed, nor "is the Asian SME Hub in Singapore?", a place.)
  const possessive = /\b[\w.-]+['’]s\b/.test(u.q.raw);
  // (Glossed from Chinese, no article: "tradetrust shenzhen government platform" — the owner's words right after the
  // name, then the thing.)
  const after = mentionsOf(u, 'highlight').map((m) => t.slice(m.end));
  const glossed = after.some((x) => new RegExp(`^ (?:\\S+ ){1,3}${OWNED_THING.source.trim()}`).test(x));
  if (!OWNED_A.test(t) && !OWNED_BY.test(t) && !possessive && !glossed) return undefined;
  const outcomes = mentionsOf(u, 'highlight').filter((m) => m.words !== '(words)');
  const orgMentions = mentionsOf(u, 'org');
  // The subject: a named outcome, else a partner that is the first party of an outcome naming its doer.
  const subjects = outcomes.length
    ? outcomes.map((m) => ({ key: m.value, words: words(m.words), ids: [] as string[] }))
    : orgMentions.slice(0, 1).flatMap((m) => {
        const ids = [m.value, ...(m.also ?? [])];
        return dataset.meetings.flatMap((meeting) =>
          meeting.highlights.flatMap((h, i) =>
            h.parties?.[0] !== undefined && ids.includes(h.parties[0])
              ? [{ key: `${meeting.number}:${i}`, words: words(m.words), ids }]
              : [],
          ),
        );
      });
  for (const s of subjects) {
    const [n, i] = s.key.split(':').map(Number);
    const h = dataset.meetingByNumber(n ?? -1)?.highlights[i ?? -1];
    if (!h) continue;
    const owner = ownerIn(h.text, s.words, !outcomes.length || h.parties?.[0] !== undefined);
    if (!owner) continue;
    const ownerId = (h.parties ?? []).find((id) => {
      const o = dataset.organisation(id);
      return (
        !!o &&
        [o.name, ...o.aliases].some(
          (x) => words(x) === words(owner.owner) || words(o.name).startsWith(words(owner.owner)),
        )
      );
    });
    // The owner claimed: the partners named beside the subject, else the side the words put it on.
    const orgs = orgMentions
      .flatMap((m) => [m.value, ...(m.also ?? [])])
      .filter((id) => !s.ids.includes(id) && !(outcomes.length && id === h.parties?.[0] && !ownerId));
    // (A name no record holds, claimed its owner: "DBS's project", "a UOB platform".)
    const names = orgs.length ? [] : namesClaimed(u.q.raw, s.words);
    const side = orgs.length || names.length ? undefined : SIDE.find(([re]) => re.test(t))?.[1];
    if (!orgs.length && !side && !names.length) return undefined;
    // (A side is judged by the owner's country: only an owner on file has one.)
    if (!orgs.length && !ownerId) return undefined;
    return {
      op: 'owner',
      key: s.key,
      said: owner.said,
      owner: owner.owner,
      ...(ownerId ? { ownerId } : {}),
      how: owner.how,
      claimed: { orgs, ...(side ? { side } : {}), ...(names.length ? { names } : {}) },
    };
  }
  return undefined;
}

// A side's words are no name ("a Chinese platform"); nor are the question's own words.
const NOT_A_NAME =
  /^(?:chinese|china|shenzhen|singapore|singaporean|sg|it|its|what|who|whose|which|that|this|the|a|an)$/i;
const NAMED_THING = new RegExp(
  `\\b(?:an?|the)\\s+([A-Z][\\w&.-]*(?:\\s+[A-Z][\\w&.-]*)*)\\s+${OWNED_THING.source.trim()}`,
  'g',
);

/** Names typed as the owner claimed that no record holds: "DBS's project", "a UOB platform". */
function namesClaimed(raw: string, subject: string): string[] {
  const found = [
    ...[...raw.matchAll(/\b([\w.-]+)['’]s\b/g)].map((m) => m[1] ?? ''),
    ...[...raw.matchAll(NAMED_THING)].map((m) => m[1] ?? ''),
  ];
  return [...new Set(found.filter((x) => x && !NOT_A_NAME.test(x) && !subject.split(' ').includes(words(x))))];
}

/** The owner an outcome's text names for the subject: by a possessive before its name, or by its doer. */
function ownerIn(
  text: string,
  subject: string,
  doerOfSubject: boolean,
): { owner: string; said: string; how: 'poss' | 'by' } | undefined {
  for (const m of text.matchAll(POSSESSIVE)) {
    const [, owner = '', after = ''] = m;
    if (` ${words(after)} `.startsWith(` ${subject} `) || words(after).startsWith(subject)) {
      // ("IMDA's TradeTrust pilot": the name owned and the noun after it, never the words after that.)
      const kept = after.split(' ').slice(0, subject.split(' ').length + 1);
      const last = kept[kept.length - 1] ?? '';
      const shown = OWNED_THING.test(` ${last.toLowerCase()} `) ? kept : kept.slice(0, -1);
      return { owner, said: `${owner}'s ${shown.join(' ')}`, how: 'poss' };
    }
  }
  const by = doerOfSubject ? DOER.exec(text) : null;
  return by?.[1] && by[2] ? { owner: by[2].trim(), said: by[1].trim(), how: 'by' } : undefined;
}

export function runOwner(p: OwnerPlan, dataset: Dataset): OwnerResult | undefined {
  const [n, i] = p.key.split(':').map(Number);
  const meeting = dataset.meetingByNumber(n ?? -1);
  const h = meeting?.highlights[i ?? -1];
  if (!meeting || !h) return undefined;
  const lineage = p.ownerId ? dataset.lineage(p.ownerId) : [];
  const org = p.ownerId ? dataset.organisation(p.ownerId) : undefined;
  const names = p.claimed.names ?? [];
  const yes = p.claimed.orgs.length
    ? p.claimed.orgs.some((id) => id === p.ownerId || lineage.includes(id))
    : names.length
      ? names.some((x) => [p.owner, ...(org ? [org.name, ...org.aliases] : [])].some((y) => words(y) === words(x)))
      : !!org && org.country === p.claimed.side;
  return {
    op: 'owner',
    plan: p,
    verdict: yes ? 'yes' : 'no',
    meeting,
    text: h.text,
    ...(org && p.claimed.side ? { ownerName: org.name, ownerCountry: org.country } : {}),
    refs: [{ kind: 'meeting', id: meeting.id }],
    sources: [...h.sources],
  };
}

const at = (m: Meeting) => `${m.number === 0 ? 'the founding MOU' : `the ${m.name}`} (${meetingDate(m)})`;

export function sayOwner(r: OwnerResult): Said {
  const p = r.plan;
  const lead = r.verdict === 'yes' ? 'Yes' : 'No';
  const whose =
    p.how === 'poss'
      ? `it is ${p.owner}'s${r.ownerName && r.ownerName !== p.owner ? ` (${r.ownerName}, ${r.ownerCountry})` : ''} — the sources speak of “${p.said}”`
      : `the sources say it was “${p.said}”`;
  return {
    sentence: `${lead}: ${whose}, at ${at(r.meeting)}: ${r.text}`,
    lines: [],
    refs: r.refs,
    sources: r.sources,
  };
}

export function sayOwnerZh(r: OwnerResult, kit: ZhKit): Said {
  const { t, at: atZh } = kit;
  const p = r.plan;
  return {
    sentence: t.ownerSaid(
      r.verdict === 'yes',
      p.how === 'poss' ? p.owner : '',
      p.said,
      t.outcomeAt(atZh(r.meeting), r.text),
    ),
    lines: [],
    refs: r.refs,
    sources: r.sources,
  };
}
