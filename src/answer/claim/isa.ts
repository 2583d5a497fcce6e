// "isa": a named outcome claimed to be a thing of a kind the records hold ("is TradeTrust a joint project?", "is the
// Med-Arb Protocol an MOU?", "is OneSME a company?"). An outcome is what a meeting reported, not a record on file: Yes
// only where a record of that kind is named for it; otherwise the sources don't call it so — with what they do say of
// it, never a Yes read off its own name in its own text.
import type { Dataset } from '../../dataset/index.js';
import { norm } from '../records.js';
import type { Said } from '../say/common.js';
import { formatDate, meetingDate } from '../format.js';
import type { ClaimResult, Passage, ReadClaim } from './types.js';
import { mark, markAll, type Sentence, unread } from './sentence.js';
import { withArticle } from '../../text/article.js';

// Words of the kinds a record or a partner is ("a joint project", "an MOU partner", "a company"): the kind claimed.
const KIND_WORDS = new Set(
  (
    'joint project projects mou mous memorandum memorandums understanding partner partners party parties signatory ' +
    'signatories company companies firm firms university universities institute institutes organisation ' +
    'organisations organization organizations body bodies'
  ).split(' '),
);
// Record kinds among them (a record may be named for the outcome), and the words that only frame the kind.
const RECORD_WORDS = new Set(['project', 'projects', 'mou', 'mous', 'memorandum', 'memorandums']);
const FRAME = new Set('one among part considered counted classed classified listed official also actually'.split(' '));

/** isa: "is <named outcome> a <kind>?" — the outcome's keys and the kind's words as asked. */
export function readIsa(s: Sentence): ReadClaim | undefined {
  if (!/^ (?:is|was|are|were) /.test(s.u.q.text)) return undefined;
  const keys = [...new Set(s.outcomes.map((m) => m.value))];
  const names = [...new Set(s.outcomes.map((m) => m.words))];
  if (!keys.length || names.length !== 1 || s.meetings.length || s.people.length || s.places.length || s.when)
    return undefined;
  // (A topic inside the outcome's name — "SME" of "Asian SME Hub" — is the name's.)
  const inName = (m: { start: number; end: number }) => s.outcomes.some((o) => m.start >= o.start && m.end <= o.end);
  if (s.u.mentions.some((m) => !['highlight', 'subject', 'kind'].includes(m.type) && !inName(m))) return undefined;
  for (const m of s.outcomes) mark(s, m);
  // (The kind's words are the question's own, after the name: "Joint Innovation Call" holds no kind asked.)
  const after = Math.max(...s.outcomes.map((o) => o.end));
  const kind = s.words.filter((x) => x.start >= after && KIND_WORDS.has(x.w)).map((x) => x.w);
  if (!kind.length || !markAll(s, KIND_WORDS)) return undefined;
  markAll(s, FRAME);
  if (unread(s).length) return undefined;
  const name = names[0] ?? '';
  // (A text that calls it so — "the SIMC–SCIA mediation-arbitration MOU" — is another claim's: its words say it.)
  if (keys.some((k) => attached(highlightText(s.dataset, k), name, kind))) return undefined;
  return {
    predicate: 'isa',
    subject: { type: 'outcome', words: name, keys },
    objects: [{ type: 'words', words: kind }],
    qualifiers: {},
  };
}

const highlightText = (dataset: Dataset, key: string): string => {
  const [n, i] = key.split(':').map(Number);
  return dataset.meetingByNumber(n ?? -1)?.highlights[i ?? -1]?.text ?? '';
};

const single = (w: string) => w.replace(/ies$/, 'y').replace(/s$/, '');

/** Whether a text puts the kind asked right beside the name ("the … MOU", "MOU on …"). */
function attached(text: string, name: string, kind: readonly string[]): boolean {
  const asked = new Set(kind.filter((w) => w !== 'joint').map(single));
  const words = norm(text).split(' ');
  const parts = name.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (parts.some((p, j) => words[i + j] !== p)) continue;
    const near = [...words.slice(Math.max(0, i - 2), i), ...words.slice(i + parts.length, i + parts.length + 2)];
    if (near.some((w) => asked.has(single(w)))) return true;
  }
  return false;
}

/** A record of the kind claimed named for the outcome: Yes with it; else the sources don't call it so. */
export function isaVerdict(claim: ReadClaim, dataset: Dataset): ClaimResult {
  const kind = claim.objects.flatMap((o) => (o.type === 'words' ? o.words : []));
  const keys = claim.subject.type === 'outcome' ? claim.subject.keys : [];
  const name = claim.subject.type === 'outcome' ? claim.subject.words : '';
  const records = kind.some((w) => RECORD_WORDS.has(w))
    ? [
        ...(kind.some((w) => /^(?:mous?|memorandums?)$/.test(w)) ? dataset.mous : []),
        ...(kind.some((w) => /^projects?$/.test(w)) ? dataset.projects : []),
      ]
    : [];
  const named = records.find((r) => name.split(' ').every((w) => ` ${norm(r.name)} `.includes(` ${w} `)));
  const passages: Passage[] = keys.flatMap((k) => {
    const [n, i] = k.split(':').map(Number);
    const m = dataset.meetingByNumber(n ?? -1);
    const h = m?.highlights[i ?? -1];
    return m && h ? [{ text: h.text, meeting: m.number, date: m.date.value, sources: h.sources }] : [];
  });
  const meetings = [...new Set(passages.map((p) => p.meeting))].flatMap((n) => {
    const m = n !== undefined ? dataset.meetingByNumber(n) : undefined;
    return m ? [{ kind: 'meeting' as const, id: m.id }] : [];
  });
  return {
    op: 'claim',
    claim,
    verdict: named ? 'yes' : 'unknown',
    ...(passages[0] ? { passage: passages[0] } : {}),
    ...(named ? { record: named.id } : {}),
    refs: named ? [{ kind: dataset.mou(named.id) ? 'mou' : 'project', id: named.id }, ...meetings] : meetings,
    sources: [...new Set([...passages.flatMap((p) => p.sources), ...(named?.sources ?? [])])],
  };
}

/** The kind as asked ("a joint project", "an MOU partner"). */
function kindWords(kind: readonly string[]): string {
  const words = kind.map((w) => (/^mous?$/.test(w) ? 'MOU' : single(w))).join(' ');
  return withArticle(words);
}

export function sayIsa(r: ClaimResult, dataset: Dataset): Said {
  const kind = r.claim.objects.flatMap((o) => (o.type === 'words' ? o.words : []));
  const base = { lines: [], refs: r.refs, sources: r.sources };
  const record = r.record ? (dataset.mou(r.record) ?? dataset.project(r.record)) : undefined;
  if (record) {
    const m = dataset.meeting(record.meeting);
    return {
      sentence: `Yes: ${record.name}${m ? ` (${m.name}, ${formatDate(m.date.value)})` : ''} is on file as ${kindWords(kind)}.`,
      ...base,
    };
  }
  const p = r.passage;
  const m = p?.meeting !== undefined ? dataset.meetingByNumber(p.meeting) : undefined;
  const name = outcomeName(r, p?.text ?? '');
  const said = p ? ` What they report of it${m ? `, at the ${m.name} (${meetingDate(m)})` : ''}: ${p.text}` : '';
  return {
    sentence: `The sources don't name ${name} as ${kindWords(kind)}: none of the records on file is it.${said}`,
    ...base,
  };
}

/** The outcome's name as its text writes it ("TradeTrust"), else as typed. */
function outcomeName(r: ClaimResult, text: string): string {
  const words = r.claim.subject.type === 'outcome' ? r.claim.subject.words : '';
  const re = new RegExp(`\\b${words.split(' ').join('[\\s–-]+')}\\b`, 'i');
  return re.exec(text)?.[0] ?? words;
}
