// "What did X and Y agree?", "what's the link between X and Y?", "compare X's and Y's deals": what a record is, in one
// sentence that names its parties once — "DataPost and Kingdee … signed an MOU at the 2nd JIC meeting (18 Oct 2021) on
// cross-border B2B e-invoicing over Peppol" — never the parties, then the record's name (the parties again), then its
// description (the parties a third time).
import type { Dataset, Mou, Project } from '../../dataset/index.js';
import { joinList, meetingDate, partyName } from '../format.js';
import { firstSentence } from './common.js';

/**
 * What a record's description says it is for, without the subject that restates its parties: "Keppel and PKU will
 * collaborate to promote …" → "to collaborate to promote …"; "An MOU between DataPost and Kingdee … on cross-border
 * B2B e-invoicing" → "on cross-border B2B e-invoicing"; "X – Y to develop …" → "to develop …". Undefined where the
 * first sentence has no such subject (it is then said whole).
 */
export function aimOf(text: string): string | undefined {
  const first = firstSentence(text).replace(/\.$/, '');
  // (The subject is short and holds no verb of its own: the first "will" / "aims to" / "to" after it starts the aim.)
  const between = /^An MOU between .{3,160}? ((?:on|for|to) .+)$/.exec(first);
  if (between) return between[1];
  const aim = /^(.{3,200}?) (?:will|shall|aims? to|intends? to|plans? to|seeks? to|to)\s+(.+)$/s.exec(first);
  if (!aim || /\b(?:is|are|was|were|has|have)\b/.test(aim[1] ?? '')) return undefined;
  const rest = aim[2] ?? '';
  return `to ${rest.replace(/^to\s+/, '')}`;
}

/** What a joint project does, short: its name's own words after the parties ("…: deep-tech logistics delivery system"). */
const projectWhat = (p: Project) => (p.name.includes(': ') ? p.name.slice(p.name.indexOf(': ') + 2) : p.name);

/** A project asked alone: what its description says it is for ("to build AI algorithms for …"), else its name's words. */
const projectAim = (p: Project) => {
  const aim = aimOf(p.description.text);
  return aim ? ` ${aim}` : `: ${projectWhat(p)}`;
};

const partiesOf = (dataset: Dataset, rec: Mou | Project) =>
  ('parties' in rec ? rec.parties : rec.partners).map((p) => ('org' in p ? p.org : `~${partyName(dataset, p)}`));

/**
 * A record's own parties by name — never a sub-unit the question's partner stands for that the record does not name
 * (Keppel's MOU is with Peking University, not its Shenzhen graduate school) — in the order the question named them.
 */
function partyNames(dataset: Dataset, rec: Mou | Project, named: string): string[] {
  const names = ('parties' in rec ? rec.parties : rec.partners).map((p) => partyName(dataset, p));
  const at = (n: string) => {
    const i = named.indexOf(n);
    return i < 0 ? named.length : i;
  };
  return [...names].sort((x, y) => at(x) - at(y));
}

/**
 * One sentence for what joins the partners asked (`orgIds`, in the order asked): their MOU at its meeting and what it
 * is for, and a joint project of theirs as a second record ("they also share a joint project from that meeting, a
 * separate record: …"). `named` is how the partners are called (the question's partners, full names). Undefined when
 * no MOU or project joins them.
 */
export function pairLead(dataset: Dataset, named: string, recs: readonly (Mou | Project)[]): string | undefined {
  const mous = recs.filter((x): x is Mou => 'parties' in x);
  const projects = recs.filter((x): x is Project => 'partners' in x && x.kind !== 'demonstration-zone');
  if (!mous.length && !projects.length) return undefined;
  const at = (rec: Mou | Project) => {
    const m = dataset.meeting(rec.meeting);
    return m ? `the ${m.name} (${meetingDate(m)})` : '';
  };
  const parts: string[] = [];
  const mou = mous[0];
  if (mou) {
    const aim = aimOf(mou.description.text);
    parts.push(
      `${joinList(partyNames(dataset, mou, named))} signed ${mous.length > 1 ? `${mous.length} MOUs, the first` : 'an MOU'} at ${at(mou)}${aim ? ` ${aim}` : `: ${firstSentence(mou.description.text).replace(/\.$/, '')}`}`,
    );
  }
  const asked = mou ? new Set(partiesOf(dataset, mou)) : undefined;
  for (const p of projects.slice(0, 2)) {
    // (A project with partners beyond the MOU's says who else: Keppel's with PKU's graduate school and a lab.)
    const others = asked
      ? p.partners.filter((x) => !('org' in x) || !asked.has(x.org)).map((x) => partyName(dataset, x))
      : [];
    const same = mou && mou.meeting === p.meeting;
    parts.push(
      mou
        ? `they also share a joint project ${same ? 'from that meeting' : `from ${at(p)}`}, a separate record${others.length ? ` (with ${joinList(others)} too)` : ''}: ${projectWhat(p)}`
        : p.partners.length === 1
          ? `${joinList(partyNames(dataset, p, named))} has a project of its own from ${at(p)}${projectAim(p)}, with no other partner named`
          : `${joinList(partyNames(dataset, p, named))} share a joint project from ${at(p)}${projectAim(p)}`,
    );
  }
  return `${parts.join('; ')}.`;
}
