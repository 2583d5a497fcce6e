// An organisation: who it signed with, what it joined, what the sources say it is.
import { pairLead } from './pair-lead.js';
import type { Item, Result } from '../run.js';
import type { Understanding } from '../understand.js';
import type { Dataset, Mou, Project } from '../../dataset/index.js';
import { formatDate, joinList, plural } from '../format.js';
import type { Said } from './common.js';
import { inkedBy } from './missing.js';

/** An organisation: who it signed with, what it joined, what the sources say it is. */
export function sayOrg(r: Extract<Result, { op: 'read' }>, u: Understanding, dataset: Dataset): Said {
  const base = { refs: r.refs, sources: r.sources };
  const a = r.about;
  if (a.type !== 'org') return { sentence: r.name, lines: [], ...base };
  const ids = a.ids;
  const orgName = (id: string) => dataset.organisation(id)?.name ?? id;
  const own = new Set(ids.flatMap((id) => [orgName(id), ...dataset.childrenOf(id).map((c) => c.name)]));
  const parts: string[] = [];
  const mous = r.items.filter((i) => i.detail?.startsWith('mou|'));
  const projects = r.items.filter((i) => i.detail?.startsWith('project|'));
  const highlights = r.items.filter((i) => i.detail?.startsWith('highlight|'));
  const other = (i: Item) =>
    (i.detail ?? '')
      .split('|')
      .slice(1, -2)
      .filter((n) => !own.has(n));
  const signer = (i: Item) =>
    (i.detail ?? '')
      .split('|')
      .slice(1, -2)
      .find((n) => own.has(n)) ?? r.name;
  const mtg = (i: Item) => {
    const d = (i.detail ?? '').split('|');
    return `${d[d.length - 2]?.replace(/ meeting$/, '')}, ${formatDate(d[d.length - 1])}`;
  };
  // Two legal entities of one brand (not a parent and its own sub-unit, which read as one partner).
  const family = ids.length > 1 && !ids.some((id) => ids.includes(dataset.organisation(id)?.parent ?? ''));
  if (u.target === 'when') {
    // "When did NCS sign its MOUs?": the date(s), meeting by meeting, each fact once — never a list of records.
    const at = new Map<string, { mous: number; projects: number; named: boolean }>();
    const bump = (i: Item, k: 'mous' | 'projects' | 'named') => {
      const e = at.get(mtg(i)) ?? { mous: 0, projects: 0, named: false };
      if (k === 'named') e.named = true;
      else e[k] += 1;
      at.set(mtg(i), e);
    };
    for (const i of mous) bump(i, 'mous');
    for (const i of projects) bump(i, 'projects');
    for (const i of highlights) bump(i, 'named');
    if (!at.size) return { sentence: `The sources give no date for ${r.name}.`, lines: [], ...base };
    const said = [...at].map(([when, e]) => {
      const did = [
        e.mous ? `signed ${plural(e.mous, 'MOU')} on file` : '',
        e.projects ? `joined ${plural(e.projects, 'project')} on file` : '',
      ].filter(Boolean);
      return `${did.length ? joinList(did) : 'is named in the outcomes'} at the ${when.replace(/, (.*)$/, ' ($1)')}`;
    });
    return { sentence: `${r.name} ${said.join('; ')}.`, lines: [], ...base };
  }
  // ("Who is Rajah & Tann?" is read as its profile: what it is and does, not only whom it joined.)
  const identity = u.target === 'who' && r.attribute === 'about';
  const wantsPartners =
    r.attribute === 'parties' ||
    (u.target === 'who' && !identity) ||
    (u.target !== 'what' &&
      !identity &&
      (u.flags.signing || / (?:who|whom|with|partner|partners|partnered|team|working|works) /.test(u.q.text)));
  if (wantsPartners) {
    for (const i of mous)
      parts.push(`${signer(i)} signed an MOU with ${joinList(other(i)) || 'no other named party'} (${mtg(i)})`);
    if (!mous.length || !u.flags.signing || family)
      for (const i of projects)
        parts.push(
          `${family ? signer(i) : r.name} joined a project with ${joinList(other(i)) || 'no other partner named'} (${mtg(i)})`,
        );
    for (const i of highlights)
      if (!mous.length && !projects.length) parts.push(`${i.name} (${i.detail?.split('|')[1]})`);
    if (!mous.length && u.flags.signing && projects.length && !family)
      parts.unshift(`None of the MOUs on file names ${r.name}`);
    if (!parts.length) return { sentence: `No record on file names a partner of ${r.name}.`, lines: [], ...base };
    // The same signing said several times (NCS's three MOUs, each with an unnamed company): once, with how many.
    const counted = [...new Set(parts)].map((x) => {
      const k = parts.filter((y) => y === x).length;
      return k > 1 ? `${x} — ${k} times` : x;
    });
    return { sentence: `${counted.join('; ')}.`, lines: [], ...base };
    return { sentence: `${parts.join('; ')}.`, lines: [], ...base };
  }
  // "What did DataPost sign?": what it signed first (each MOU, then what it says), the profile only after.
  if (u.flags.signing && mous.length && !family && (u.target === 'what' || u.target === 'list')) {
    const first = mous.length === 1 ? mous[0]?.ref : undefined;
    const rec = first ? dataset.mou(first.id) : undefined;
    // All with the same other side at one meeting (NCS's three): said once.
    const one =
      mous.length > 1 && new Set(mous.map((i) => `${other(i).join()}|${mtg(i)}`)).size === 1 ? mous[0] : undefined;
    const unnamed = (i: Item) => other(i).some((x) => /not named/.test(x));
    const each = (i: Item) =>
      one ? i.name : `${i.name} (${unnamed(i) ? `with ${joinList(other(i))}, ` : ''}${mtg(i)})`;
    return {
      sentence: `${r.name} signed ${plural(mous.length, 'MOU')} on file${one ? `, all with ${joinList(other(one))} (${mtg(one)})` : ''}: ${mous.map(each).join('; ')}.${rec ? ` ${rec.description.text}` : ''}${projects.length ? ` It also joined ${plural(projects.length, 'project')}: ${projects.map((i) => `${i.name} (${mtg(i)})`).join('; ')}.` : ''}`,
      lines: [],
      ...base,
    };
  }
  // what is X / what did X sign / what has X done
  const about = r.readings.map((x) => x.value).filter(Boolean);
  const orgs = ids.map((id) => dataset.organisation(id)).filter(Boolean);
  // A country the sources do not state is shown as what it is: a reading, not a fact.
  const countryOf = (o: (typeof orgs)[number]) =>
    !o || o.country === 'unclear'
      ? ''
      : o.countryStated
        ? `, ${o.country}`
        : `, probably ${demonym(o.country)}: the sources don't state its country`;
  const desc = orgs.map((o) => `${o?.name} (${o?.kind}${countryOf(o)})`);
  if (family) {
    // One brand, several entities: say which entity did what.
    for (const i of mous)
      parts.push(`${signer(i)} signed an MOU with ${joinList(other(i)) || 'an unnamed party'} (${mtg(i)})`);
    for (const i of projects)
      parts.push(`${signer(i)} joined a project with ${joinList(other(i)) || 'no other partner'} (${mtg(i)})`);
  } else {
    // Several MOUs with the same other side (NCS's three with unnamed companies): each by its name, which says what it is on.
    const same = (xs: readonly Item[]) => xs.length > 1 && new Set(xs.map((i) => other(i).join())).size === 1;
    if (mous.length)
      parts.push(
        `signed ${plural(mous.length, 'MOU')} on file (${same(mous) ? `all with ${joinList(other(mous[0] as Item)) || 'an unnamed party'}: ` : ''}${mous.map((i) => (same(mous) ? `${i.name}, ${mtg(i)}` : `with ${joinList(other(i)) || 'an unnamed party'}, ${mtg(i)}`)).join('; ')})`,
      );
    if (projects.length)
      parts.push(
        `joined ${plural(projects.length, 'project')} on file (${projects.map((i) => `with ${joinList(other(i)) || 'no other partner'}, ${mtg(i)}`).join('; ')})`,
      );
  }
  if (highlights.length)
    parts.push(
      `is named at ${joinList([...new Set(highlights.map((i) => `the ${i.detail?.split('|')[1]?.replace(/ meeting$/, '')}`))])}: ${highlights[0]?.name.replace(/\.$/, '')}`,
    );
  // (Its description left out where the outcome said after it restates it — TusStar's "network of more than 10,000
  // companies" — so one fact is said once.)
  const told = highlights.length && about[0] && restates(about[0], highlights[0]?.name ?? '') ? undefined : about[0];
  const lead = family ? `${joinList(desc)} share one brand.` : `${desc[0]}${told ? `, ${told},` : ''}`;
  // With one or two records, what they do is the answer to "what does X do?".
  const records = [...mous, ...projects];
  const short = (text: string, max: number) =>
    text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text;
  const textOf = (i: Item) =>
    i.ref ? (i.ref.kind === 'mou' ? dataset.mou(i.ref.id) : dataset.project(i.ref.id))?.description.text : undefined;
  // One brand's entities (ONE Championship): what each entity's record says it will do ("a world top combat sports
  // event"), the entity named, so "what will ONE Championship do in Shenzhen" is answered.
  const familyDoes =
    family && records.length >= 1 && records.length <= 3
      ? records
          .map(
            (i) =>
              ` ${signer(i)}, in its ${i.ref?.kind === 'mou' ? 'MOU' : 'project'} (${mtg(i)}): ${short(textOf(i) ?? '', 260)}`,
          )
          .join('')
      : '';
  const describe =
    familyDoes ||
    (!family && records.length >= 1 && records.length <= 2 && new Set(records.map((i) => other(i).join())).size === 1
      ? (() => {
          const ref = records[records.length - 1]?.ref;
          const rec = ref ? (ref.kind === 'mou' ? dataset.mou(ref.id) : dataset.project(ref.id)) : undefined;
          return rec ? ` ${short(rec.description.text, 400)}` : '';
        })()
      : '');
  // "What does X do?": what its records say it does first, then what it signed or joined.
  const doing =
    / what (?:(?:does|do|did|is|are|will|would|shall|has|have) )?(?:[a-z]+ ){1,6}(?:do|doing|work on|working on|up to|plan|planning|going to do) /.test(
      u.q.text,
    );
  // ("What is Keppel working on?", "what Hashmeta is doing?": its records, named partners each, in one sentence — its MOU
  // at its meeting and what it is for, a joint project after it — before what it signed or joined.)
  const recs: (Mou | Project)[] = records.flatMap((i) => {
    const rec =
      i.ref?.kind === 'mou' ? dataset.mou(i.ref.id) : i.ref?.kind === 'project' ? dataset.project(i.ref.id) : undefined;
    return rec ? [rec] : [];
  });
  const named = recs.every((x) => ('parties' in x ? x.parties : x.partners).every((p) => 'org' in p));
  const does =
    doing && !family && mous.length <= 1 && records.length >= 1 && records.length <= 3 && named
      ? pairLead(dataset, orgs[0]?.name ?? '', recs)
      : undefined;
  if (does && parts.length) return { sentence: does, lines: [], ...base };
  // A body in no record on file that the sources say inked a meeting's MOUs, or whose official signed the founding MOU
  // (MCI's Permanent Secretary): said, never "in no MOU" alone.
  if (!mous.length && !projects.length) {
    const inked = inkedBy(dataset, ids, []);
    const said = inked ? /^The sources say (.*?) inked (.*)$/.exec(inked.sentence) : null;
    if (said) parts.push(`inked ${said[2]}, as the sources say (naming ${said[1]} together)`);
    for (const x of foundingSigners(dataset, ids)) parts.push(x);
  }
  const sentence = parts.length
    ? doing && familyDoes
      ? `${lead}${familyDoes}`
      : doing && describe
        ? `${describe.trim()} ${lead} ${parts.join('; ')}.`
        : `${lead} ${parts.join('; ')}.${describe}`
    : `${lead} is in no MOU or project on file.`;
  return { sentence, lines: [], ...base };
}

/** "Singaporean", "Chinese": a country as the adjective a reader expects. */
const demonym = (country: string) => ({ Singapore: 'Singaporean', China: 'Chinese' })[country] ?? `from ${country}`;

/**
 * The officials of these organisations the sources name as the founding MOU's signatories, by the role they give
 * ("Permanent Secretary, MCI"): "its Permanent Secretary Yong Ying-I signed the founding MOU (15 Oct 2019)".
 */
export function foundingSigners(dataset: Dataset, ids: readonly string[]): string[] {
  const founding = dataset.meetingByNumber(0);
  if (!founding) return [];
  const names = ids.flatMap((id) => {
    const o = dataset.organisation(id);
    return o ? [o.name, ...o.aliases].filter((a) => a.length >= 3) : [];
  });
  return founding.people.flatMap((r) =>
    r.people
      .filter((p) => names.some((a) => new RegExp(`\\b${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(p.role)))
      .map(
        (p) =>
          `its ${p.role.replace(/,\s*[^,]*$/, '')} ${p.name} signed the founding MOU (${formatDate(founding.date.value)})`,
      ),
  );
}

/**
 * Whether `text` says again what `before` says: every figure of it ("10,000") or, with none, most of its longer words.
 * (A description beside an outcome that restates it is said once.)
 */
export function restates(before: string, text: string): boolean {
  const figures = before.match(/\d[\d,.]*\d|\d/g) ?? [];
  if (figures.length) return figures.every((f) => text.includes(f));
  const words = before.toLowerCase().match(/[a-z]{5,}/g) ?? [];
  const there = text.toLowerCase();
  return words.length >= 3 && words.filter((w) => there.includes(w)).length / words.length >= 0.7;
}
