// A figure claimed of one partner that the sources give in an outcome's text ("TusStar has 10,000 companies in its
// network, right?"): checked against that text, never against the partner's MOUs.
import { mentionsOf } from '../understand.js';
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { has } from './common.js';
import { figureIn } from '../figures.js';

/**
 * "Does TusStar have a network of 10,000 companies?", "tusstar has like 1,000 companies in its network right??": a
 * number claimed of a partner named in a meeting's outcome whose text gives figures — that text decides (its number,
 * or no verdict), never "none of the 12 MOUs on file names TusStar" as if the claim were a count of MOUs.
 */
export function partnerFigure({ u, dataset, orgs }: PlanContext): Plan | undefined {
  if (u.target !== 'yesno' || orgs.length !== 1 || has(u, 'mou') || has(u, 'project') || u.flags.signing)
    return undefined;
  // (A year's digits written as a count — "2,000 companies" — are that count.)
  const numbers = mentionsOf(u, 'number').flatMap((m) => {
    const v = m.value.replace(/^year:/, '');
    return !m.value.startsWith('year:') || u.q.raw.includes(`${v.slice(0, -3)},${v.slice(-3)}`) ? [v] : [];
  });
  if (!numbers.length) return undefined;
  const ids = new Set(orgs[0]);
  const key = dataset.meetings
    .flatMap((m) => m.highlights.map((h, i) => ({ key: `${m.number}:${i}`, h })))
    .find(({ h }) => h.parties?.some((p) => ids.has(p)) && /\d/.test(h.text))?.key;
  if (!key) return undefined;
  // The words claimed beside the number: the noun it counts ("companies", "network"), as the text must say them.
  const words = u.rest.split(' ').filter((w) => w.length >= 4);
  return {
    op: 'check',
    claim: { type: 'words', words, variants: {}, numbers: numbers.map((n) => n.replace(/\B(?=(\d{3})+(?!\d))/g, ',')) },
    plan: { op: 'read', about: { type: 'highlight', key }, attribute: 'about' },
  };
}

// Words that only shape "which partner has the biggest …" (never the measure asked).
const HOLDER_SHAPE =
  /^(?:biggest|largest|widest|greatest|most|highest|huge|big|large|size|sized|mentioned|named|sources?|news|report|reported|partner|partners|one|ones|sci|jic|meeting|over|more|than|around|about|some|like|\d+)$/;

/**
 * "Which partner has a network of 10k companies?", "which Chinese partner has the biggest network?", "who has the
 * largest network?": no partner named, and a measure (the words nothing else read: "network") that a partner's own
 * description gives a figure for — that partner, with its figure, never "Biggest is not named" nor every partner.
 * Several partners with a figure for it: none picked here (the sources give no common measure to rank them by).
 */
export function figureHolder(c: PlanContext): Plan | undefined {
  // (The filter is read last, only where a measure is asked: computing it for every question was this reading's cost.)
  const { u, dataset, orgs } = c;
  if (orgs.length || !['most', 'list', 'who', 'what'].includes(u.target) || has(u, 'mou') || has(u, 'project'))
    return undefined;
  const measure = u.rest.split(' ').filter((w) => w.length >= 4 && !HOLDER_SHAPE.test(w));
  if (!measure.length) return undefined;
  const asked = ` ${measure.join(' ')} `;
  const holders = dataset.organisations.filter(
    (o) =>
      !!o.about &&
      /\d/.test(o.about) &&
      measure.every((w) => o.about?.toLowerCase().includes(w)) &&
      !!figureIn(o.about, asked) &&
      (!c.f.country || o.country === c.f.country),
  );
  const one = holders.length === 1 ? holders[0] : undefined;
  return one ? { op: 'read', about: { type: 'org', ids: [one.id] }, attribute: 'about' } : undefined;
}
