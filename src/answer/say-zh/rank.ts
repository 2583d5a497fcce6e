// "最多/最少…?" in Chinese: counts ranked, with the winners.
import type { Result } from '../run.js';
import type { Understanding } from '../understand.js';
import type { Dataset } from '../../dataset/index.js';
import type { Said } from '../say/common.js';
import { messages } from '../../i18n/index.js';
import { PARTNER_LABELS } from '../../i18n/answer.js';
import type { Zh, ZhKit } from './kit.js';

export function rankZh(
  r: Extract<Result, { op: 'rank' }>,
  u: Understanding,
  dataset: Dataset,
  locale: Zh,
  kit: ZhKit,
): Said | null {
  const { t, meetingName, list, shown } = kit;
  const top = r.rows[0];
  // (No counts at all: said so in Chinese, as English does.)
  if (!top) return { sentence: t.noCountsToCompare, lines: [], refs: [], sources: r.sources };
  const winners = r.rows.filter((x) => x.value === top.value);
  const label = (x: string) => {
    if (r.by === 'meeting') {
      const m = dataset.meetings.find((mm) => mm.name === x);
      return m ? meetingName(m) : x;
    }
    if (r.by === 'year') return `${x} 年`;
    if (r.by === 'group') return messages(locale).mouGroup[x] ?? dataset.group(x)?.label ?? x;
    if (r.by === 'country') return messages(locale).country[x] ?? x;
    return x;
  };
  const unit = r.select === 'mous' ? t.mou : t.project;
  // Annex A's groups themselves: how many, in order, each with its MOUs' count.
  if (r.by === 'group' && r.headings)
    return {
      sentence: t.annexGroups(r.rows.length, list(r.rows.map((x) => t.groupCount(label(x.label), x.value)))),
      lines: [],
      refs: [],
      sources: r.sources,
    };
  // Asked for a pillar's MOUs: the sources file none under a pillar; say so and give Annex A's groups.
  if (r.by === 'group' && r.pillar)
    return {
      sentence: t.pillarGroups(r.pillar, list(r.rows.map((x) => t.groupCount(label(x.label), x.value)))),
      lines: [],
      refs: [],
      sources: r.sources,
    };
  const unknown = r.unknown.length ? t.rankUnknown(list(r.unknown.map(label))) : '';
  const done = (sentence: string): Said => ({
    sentence,
    lines: [],
    refs: winners.flatMap((x) => (x.ref ? [x.ref] : [])),
    sources: r.sources,
  });
  // "Compare each year": every meeting's (or year's) count, in order, and those the sources give none for.
  if (r.all && r.by !== 'kind')
    return done(
      t.every(
        r.order === 'most',
        r.by === 'year',
        unit.slice(1),
        r.rows.map((x) => `${label(x.label)} ${x.value} ${unit}`).join('；'),
        r.unknown.length ? list(r.unknown.map(label)) : '',
      ),
    );
  // The fewest where some meetings or years have no count: those could have had fewer, so it can't be told.
  if ((r.by === 'meeting' || r.by === 'year') && r.order === 'fewest' && r.unknown.length)
    return done(
      t.fewestUnknown(
        list(r.unknown.map(label)),
        unit.slice(1),
        list(winners.map((x) => label(x.label))),
        `${top.value} ${unit}`,
      ),
    );
  // Records by how many parties they name (not a count of records).
  if (r.by === 'record') {
    const total = dataset.figures.latestTotals;
    const reported = total ? (r.select === 'mous' ? total.mous : total.projects) : undefined;
    return done(
      t.mostParties(
        r.rows.length + r.unknown.length,
        unit,
        reported,
        winners.length === r.rows.length ? '' : list(winners.map((x) => shown(x.label))),
        top.value,
        r.order === 'most',
        r.unknown.length,
      ),
    );
  }
  // Partners of a kind by country: a count of partners, never of MOUs.
  if (r.by === 'country') {
    const kind = PARTNER_LABELS[locale][u.mentions.find((m) => m.type === 'kind')?.value ?? 'partners'] ?? '';
    return done(
      t.countryMost(
        list(winners.map((x) => label(x.label))),
        `${top.value} ${kind}`,
        r.rows
          .filter((x) => !winners.includes(x))
          .map((x) => `${label(x.label)} ${x.value} ${kind}`)
          .join('；'),
        r.order === 'most',
        winners.length > 1,
      ),
    );
  }
  // Partners on file by kind; each meeting's partners on file (a count of partners, never of MOUs).
  if (r.by === 'kind' || r.by === 'meetingPartners') {
    const kinds = messages(locale).cards.organisation.kinds as Readonly<Record<string, string>>;
    const name = (x: string) => {
      if (r.by === 'kind') return kinds[x] ?? x;
      const m = dataset.meetings.find((y) => y.name === x);
      return m ? meetingName(m) : x;
    };
    const label = PARTNER_LABELS[locale][u.mentions.find((m) => m.type === 'kind')?.value ?? 'partners'] ?? '';
    // (A word over several of the data's kinds is said as the count says it — "研究机构" — with its parts.)
    const row = (x: (typeof r.rows)[number]) =>
      x.parts
        ? `${(PARTNER_LABELS[locale][x.label] ?? x.label).replace(/^[个個所家]/, '')} ${x.value}（${x.parts.map((y) => `${name(y.label)} ${y.value}`).join('，')}）`
        : `${name(x.label)} ${x.value}`;
    const rest = r.rows.filter((x) => !winners.includes(x)).map(row);
    if (r.by === 'kind' && r.all)
      return done(
        t.kindAll(
          r.rows.reduce((n, x) => n + x.value, 0),
          r.rows.map(row).join('，'),
        ),
      );
    return done(
      r.by === 'kind'
        ? t.kindMost(
            list(winners.map((x) => name(x.label))),
            top.value,
            r.rows.reduce((n, x) => n + x.value, 0),
            rest.join('，'),
            r.order === 'most',
          )
        : t.meetingPartnersMost(
            list(winners.map((x) => name(x.label))),
            `${top.value} ${label}`,
            rest.join('；'),
            r.order === 'most',
            r.order === 'fewest' && top.value === 0,
          ),
    );
  }
  // Partners by their records (both kinds, or at a meeting): the unit and the scope said, a long tie cut to a few.
  if (r.by === 'partner' && (r.records || r.meetings?.length || winners.length > 5)) {
    const scope = r.meetings?.length
      ? list(
          r.meetings.flatMap((n) => {
            const m = dataset.meetingByNumber(n);
            return m ? [meetingName(m)] : [];
          }),
        )
      : '';
    const shown = winners.slice(0, 5).map((x) => label(x.label));
    return done(
      t.partnerRank(
        scope,
        list(shown),
        winners.length,
        `${top.value} ${r.records ? t.recordUnit : unit}`,
        r.order === 'most',
      ),
    );
  }
  return done(
    (r.by === 'group' && / pillars? /.test(u.q.text) ? t.byGroupNotPillar : '') +
      (r.order === 'most' ? t.most : t.fewest)(
        list(winners.map((x) => label(x.label))),
        `${top.value} ${unit}`,
        winners.length > 1,
        unknown,
      ),
  );
}
