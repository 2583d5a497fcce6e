// readZh's readers of partners, one or several (read.ts holds their order).
import { type Item } from '../../run.js';
import { messages } from '../../../i18n/index.js';
import { whatEachDidFacts } from '../../facts.js';
import { bothKindsVerdict, figureOf } from '../../say/read.js';
import type { Said } from '../../say/common.js';
import { type ReadZhContext, asAtZh, readSaid } from './context.js';
import { outcomeDefinition } from '../../define.js';

/** Two partners or more: what joins them (or that nothing does), each entity of one brand apart. */
export function orgs({ r, u, dataset, locale, kit }: ReadZhContext): Said | null | undefined {
  const { t, meetingName, date, eachDid, orgsNames, orgsAt } = kit;
  const a = r.about;
  if (a.type === 'orgs') {
    const names = orgsNames(a);
    if (!r.items.length) return readSaid(r, `${t.noneJoins(names, orgsAt(a))}${eachDid(a)}`);
    const o = (g: readonly string[]) => dataset.organisation(g[0] ?? '');
    const [x, y] = a.groups.map(o);
    // Two entities of one brand: what each entity did, never one's record as both's.
    if (x && y && a.groups.length === 2 && x.parent !== y.id && y.parent !== x.id) {
      const brand = (n: string) => n.split(' ').slice(0, 2).join(' ');
      const kinds = messages(locale).cards.organisation.kinds as Readonly<Record<string, string>>;
      const desc = (z: typeof x) =>
        `${z.name}（${kinds[z.kind] ?? z.kind}${z.country === 'unclear' ? '' : `，${messages(locale).country[z.country] ?? z.country}`}）`;
      if (brand(x.name) === brand(y.name)) return readSaid(r, `${t.brand(desc(x), desc(y))}${eachDid(a)}`);
    }
    const atOf = (i: Item) => {
      const ref = i.ref;
      const rec = ref ? (ref.kind === 'mou' ? dataset.mou(ref.id) : dataset.project(ref.id)) : undefined;
      const m = rec ? dataset.meeting(rec.meeting) : dataset.meetings.find((z) => z.name === i.detail?.split('|')[1]);
      return m ? `${meetingName(m)}，${date(m.date.value)}` : '';
    };
    const both = r.items.some((i) => i.ref?.kind === 'mou') && r.items.some((i) => i.ref?.kind === 'project');
    const body = r.items
      .map((i) =>
        i.detail?.startsWith('highlight|')
          ? t.recordAt('', i.name.replace(/\.$/, ''), atOf(i), '')
          : t.recordAt(both ? (t.recordKind[i.ref?.kind ?? ''] ?? '') : '', i.name, atOf(i), i.detail ?? ''),
      )
      .join('；');
    // (Asked yes or no whether they are in both kinds, or whether both are one record, the answer leads as English's.)
    const verdict = bothKindsVerdict(u, both);
    const lead = verdict ? `${verdict === 'yes' ? t.yes : t.no}：` : '';
    return readSaid(r, `${lead}${both ? t.twoRecords(names) : t.joinedBy(names)}${body}`);
  }
  return undefined;
}

/** When a partner took part: each record or outcome naming it, with its meeting and date. */
export function orgWhen({ r, u, dataset, kit }: ReadZhContext): Said | null | undefined {
  const { t, meetingName, date } = kit;
  const a = r.about;
  // ("At which meeting was TusStar named", "which meeting did DataPost sign at": a date read, asked which meeting.)
  if (a.type === 'org' && (u.target === 'when' || r.attribute === 'date')) {
    // When a partner took part: each record or outcome naming it, with its meeting and date.
    const dated = r.items.map((i) => {
      const d = (i.detail ?? '').split('|');
      const m = dataset.meetings.find((x) => x.name === d[d.length - 2]);
      const what = i.detail?.startsWith('highlight|') ? i.name.replace(/\.$/, '') : i.name;
      return `${what}（${m ? `${meetingName(m)}，` : ''}${date(d[d.length - 1])}）`;
    });
    return readSaid(r, dated.length ? `${r.name}：${dated.join('；')}。` : t.noDateFor(r.name));
  }
  return undefined;
}

/** What a partner is and does. */
export function orgAbout({ r, u, dataset, locale, kit }: ReadZhContext): Said | null | undefined {
  const { t, meetingName, date, list, didZh } = kit;
  const a = r.about;
  // ("Rajah & Tann是谁" is read as its profile too, as English reads "who is Rajah & Tann": what it is and does.)
  if (a.type === 'org' && r.attribute === 'about') {
    // "What is X / what does X do?": its kind and country as the data holds them, what it did on file,
    // and with one or two records with one partner, what they do (the record's own words).
    const kinds = messages(locale).cards.organisation.kinds as Readonly<Record<string, string>>;
    const desc = (id: string) => {
      const o = dataset.organisation(id);
      if (!o) return id;
      const country =
        o.country === 'unclear'
          ? ''
          : o.countryStated
            ? (messages(locale).country[o.country] ?? o.country)
            : t.countryInferred(messages(locale).country[o.country] ?? o.country);
      return `${o.name}（${kinds[o.kind] ?? o.kind}${country ? `，${country}` : ''}）`;
    };
    const ids = a.ids;
    const family = ids.length > 1 && !ids.some((id) => ids.includes(dataset.organisation(id)?.parent ?? ''));
    const signed = r.items.filter((i) => i.detail?.startsWith('mou|'));
    // "What did DataPost sign?": what it signed first (each MOU with its meeting and date), then what it says.
    if (u.flags.signing && signed.length && !family && (u.target === 'what' || u.target === 'list')) {
      const whenOf = (i: Item) => {
        const d = (i.detail ?? '').split('|');
        const m = dataset.meetings.find((x) => x.name === d[d.length - 2]);
        return `${m ? `${meetingName(m)}，` : ''}${date(d[d.length - 1])}`;
      };
      const joined = r.items.filter((i) => i.detail?.startsWith('project|'));
      const one = signed.length === 1 && signed[0]?.ref ? dataset.mou(signed[0].ref.id) : undefined;
      return readSaid(
        r,
        t.signedWhat(r.name, signed.length, signed.map((i) => `${i.name}（${whenOf(i)}）`).join('；')) +
          (one ? `${one.description.text} ` : '') +
          (joined.length
            ? t.alsoJoinedWhat(joined.length, joined.map((i) => `${i.name}（${whenOf(i)}）`).join('；'))
            : ''),
      );
    }
    if (family) return readSaid(r, `${t.oneBrand(list(ids.map(desc)))}${ids.map((id) => `${didZh([id])}。`).join('')}`);
    const f = whatEachDidFacts(dataset, ids);
    const groups = f.both.length + f.signed.length + f.joined.length;
    const records = r.items.filter((i) => i.ref?.kind === 'mou' || i.ref?.kind === 'project');
    const last = records[records.length - 1]?.ref;
    const rec = last ? (last.kind === 'mou' ? dataset.mou(last.id) : dataset.project(last.id)) : undefined;
    const text = rec?.description.text ?? '';
    const describe =
      groups === 1 && records.length <= 2 && text
        ? text.length > 400
          ? `${text.slice(0, 400).replace(/\s+\S*$/, '')}…`
          : text
        : '';
    // Named only in a meeting's outcome (TusStar): what that outcome says, in its source's words.
    const outcome = records.length ? undefined : r.items.find((i) => i.detail?.startsWith('highlight|'));
    // "TusStar's network size": the figure its own text states, first.
    const figure = figureOf(r, u);
    // ("TusStar 是做什么的？": what its outcome's text says it is, first — not that no record names it.)
    const def = outcome && !figure ? outcomeDefinition(outcome.name, u, ids[0] ?? '', dataset) : undefined;
    return readSaid(
      r,
      def && outcome
        ? `${t.defined(outcome.name.replace(/\.$/, ''))}${didZh(ids, desc(ids[0] ?? ''))}。`
        : `${figure ? t.figure(figure.span, asAtZh(kit, figure.asAt)) : ''}${didZh(ids, desc(ids[0] ?? ''))}。${describe}${outcome ? t.namedText(outcome.name) : ''}`,
    );
  }
  return undefined;
}

/** Whom a partner signed or joined with. */
export function orgParties({ r, u, dataset, kit }: ReadZhContext): Said | null | undefined {
  const { t, meetingName, date, list, party } = kit;
  const a = r.about;
  if (a.type === 'org' && (r.attribute === 'parties' || u.target === 'who')) {
    const ids = a.ids;
    const own = new Set(
      ids.flatMap((id) => [dataset.organisation(id)?.name ?? id, ...dataset.childrenOf(id).map((c) => c.name)]),
    );
    const detail = (i: Item) => (i.detail ?? '').split('|');
    const others = (i: Item) =>
      detail(i)
        .slice(1, -2)
        .filter((n) => !own.has(n));
    const signer = (i: Item) =>
      detail(i)
        .slice(1, -2)
        .find((n) => own.has(n)) ?? r.name;
    const where = (i: Item) => {
      const d = detail(i);
      const m = dataset.meetings.find((x) => x.name === d[d.length - 2]);
      return m ? `${meetingName(m)}，${date(d[d.length - 1])}` : date(d[d.length - 1]);
    };
    const mous = r.items.filter((i) => i.detail?.startsWith('mou|'));
    const projects = r.items.filter((i) => i.detail?.startsWith('project|'));
    const parts = [
      ...mous.map((i) => t.signedWith(signer(i), list(others(i).map(party)), where(i))),
      ...(mous.length && u.flags.signing
        ? []
        : projects.map((i) =>
            others(i).length
              ? t.joinedWith(signer(i), list(others(i).map(party)), where(i))
              : t.joinedAlone(signer(i), where(i)),
          )),
    ];
    // The same signing said several times (NCS's three MOUs, each with an unnamed company): once, with how many.
    const counted = [...new Set(parts)].map((x) => {
      const k = parts.filter((y) => y === x).length;
      return k > 1 ? x.replace(/。$/, t.timesOver(k)) : x;
    });
    // (A partner named only in outcomes, SIMC: those outcomes, never the English reply.)
    const outcomes = r.items.filter((i) => i.detail?.startsWith('highlight|'));
    if (!counted.length && outcomes.length)
      return readSaid(
        r,
        t.outcomesNaming(r.name, outcomes.map((i) => `${i.name.replace(/\.$/, '')}（${where(i)}）`).join('；')),
      );
    return counted.length ? readSaid(r, counted.join('')) : null;
  }
  return undefined;
}
