// A name no source gives, asked of by list, who, count or what — never replaced by the kind it is of.
import { isSpeltInRecords, isStopWord, isWordOfAName, type Mention, mentionsOf } from '../understand.js';
import { LEXICONS } from '../lexicon.js';
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { unknownParty } from './asked.js';
import { capitaliseWords } from '../format.js';

/**
 * "Any MOU signed with Fudan University?", "which projects involve Zhejiang University", "how many projects does
 * Tsinghua University have": a name no source gives, standing right before the kind it is of ("university"), is not
 * named in the sources — never answered with every partner of that kind's records, as if they were its. (The yes/no
 * form is yes-no.ts's `stranger`; a stranger beside no kind is strangerAsked's or the readings' after it.)
 */
export function strangerOfKind(c: PlanContext): Plan | undefined {
  return c.u.target === 'yesno' ? undefined : strangerBeforeKind(c);
}

/**
 * The name no source gives right before the kind it is of ("Fudan University"), whatever is asked of it: not named.
 * (A yes/no reaches it through plan/yes-no.ts, after its own readings of a stranger.)
 */
export function strangerBeforeKind({ u, dataset, orgs, people }: PlanContext): Plan | undefined {
  if (orgs.length > 1 || people.length) return undefined;
  const kinds = mentionsOf(u, 'kind');
  if (!kinds.length) return undefined;
  const party = unknownParty(u, dataset)?.toLowerCase();
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const left = new Set(u.rest.split(' '));
  // The word right before a kind: the party no source names, or a word typed with a capital (past the first) that
  // nothing on file or in the language's tables holds ("… involve Tsinghua University"; never "local universities").
  const before = (k: Mention) => /([a-z]+) $/.exec(u.q.text.slice(0, k.start))?.[1] ?? '';
  const capital = (w: string) => new RegExp(`(?<=\\S\\s+)${w[0]?.toUpperCase() ?? ''}${w.slice(1)}\\b`).test(u.q.raw);
  const stranger = (w: string) =>
    w === party ||
    (w.length >= 3 &&
      left.has(w) &&
      capital(w) &&
      !isStopWord(w) &&
      !lex?.words.includes(w) &&
      !isWordOfAName(w, dataset) &&
      !isSpeltInRecords(w, dataset));
  const kind = kinds.find((k) => stranger(before(k)));
  if (!kind) return undefined;
  const name = `${before(kind)} ${kind.words}`;
  // Shown as typed where it is letters and spaces alone (nothing in it can format or ping), capitalised.
  const typed = new RegExp(`\\b${name.replace(' ', '\\s+')}\\b`, 'i').exec(u.q.raw)?.[0];
  const shown = typed && /^[\p{L} ]+$/u.test(typed) ? typed : name;
  return { op: 'notNamed', name: capitaliseWords(shown) };
}

// The body the founding MOU was signed beside: the China–Singapore Joint Council for Bilateral Cooperation.
const JCBC = / (?:jcbc|joint council (?:for|on|of) bilateral cooperation) /;
const LED =
  / (?:chair|chairs|chaired|cochair|cochaired|co chair|co chairs|co chaired|led|leads|lead|headed|heads|hosted|presided|chairman|chairmen|chairperson|chairpersons)\b/;

/**
 * "Who chaired the founding JCBC?", "who led the 15th joint council for bilateral cooperation": the sources name the
 * council only as where the founding MOU was signed, never who chaired it — said so, then who signed the MOU there
 * (never the signers as if they had chaired the council).
 */
export function councilChairs({ u }: PlanContext): Plan | undefined {
  if (u.target !== 'who' || !JCBC.test(u.q.text) || !LED.test(u.q.text)) return undefined;
  return {
    op: 'each',
    plans: [
      { op: 'missing', attribute: 'who chaired the JCBC' },
      { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' },
    ],
  };
}
