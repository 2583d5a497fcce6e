// "多少…?" in Chinese: a count as reported and as on file.
import type { Result } from '../run.js';
import type { Dataset } from '../../dataset/index.js';
import type { Said } from '../say/common.js';
import type { Subjectref } from '../plan.js';
import { PARTNER_LABELS } from '../../i18n/answer.js';
import { kindParts } from '../records.js';
import { messages } from '../../i18n/index.js';
import type { Zh, ZhKit } from './kit.js';
import { fromTotals, reportedAgainst } from '../say/count.js';

export function countZh(r: Extract<Result, { op: 'count' }>, dataset: Dataset, locale: Zh, kit: ZhKit): Said | null {
  const {
    t,
    meetingName,
    date,
    at,
    list,
    someNames,
    lines,
    refs,
    groupOnly,
    groupReply,
    noneOnFile,
    partnerScope,
    recordScope,
    filtered,
    unnamedNotes,
    eachDid,
  } = kit;
  if (r.reportedOnly) {
    const { value, noun, at: m } = r.reportedOnly;
    return {
      sentence:
        noun === 'projects'
          ? t.zoneProjects(value, at(m), list(m.demoZone?.focus ?? []))
          : t.zoneCompanies(value, at(m)),
      lines: [],
      refs: refs(r.items),
      sources: r.sources,
    };
  }
  if (r.select === 'meetings')
    return {
      sentence: t.meetings(
        r.items.length,
        list(
          r.items.map((i) => {
            const m = i.ref ? dataset.meeting(i.ref.id) : undefined;
            return m ? at(m) : i.name;
          }),
        ),
      ),
      lines: [],
      refs: refs(r.items),
      sources: r.sources,
    };
  if (r.select === 'mous' || r.select === 'projects') {
    const mous = r.select === 'mous';
    const unit = mous ? t.mou : t.project;
    // "第三次和第四次会议之间新增了多少": the difference of the running totals reported, never a sum of the two.
    if (r.between) {
      const b = r.between;
      const [x, y] = b.totals;
      const counts = r.meetings.map((m) => m.reported);
      const sum = counts.every((c): c is number => c !== null) ? counts.reduce((s, c) => s + c, 0) : null;
      const per = list(r.meetings.map((m) => t.perMeeting(m.reported, meetingName(m.meeting), unit.slice(0, 1))));
      const span = t.betweenSpan(at(b.from), at(b.to));
      return {
        sentence:
          x !== null && y !== null
            ? t.betweenTotals(span, y - x, unit, x, y, sum !== null ? per : '')
            : sum !== null
              ? t.betweenSum(
                  span,
                  sum,
                  unit,
                  mous ? t.signedVerb : t.launchedVerb,
                  meetingName(b.from),
                  per,
                  meetingName(x === null ? b.from : b.to),
                )
              : t.betweenUnknown(per),
        lines: [],
        refs: [
          { kind: 'meeting', id: b.from.id },
          { kind: 'meeting', id: b.to.id },
        ],
        sources: r.sources,
      };
    }
    if (r.total && r.meetings.length <= 1) {
      const m = r.total.at;
      if (r.both && r.total.other !== undefined) {
        const [p, mo] = mous ? [r.total.other, r.total.value] : [r.total.value, r.total.other];
        return {
          sentence: t.both(p, mo, at(m)),
          lines: [],
          refs: [{ kind: 'meeting', id: m.id }],
          sources: r.sources,
        };
      }
      const onFileN = mous ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
      const sum = r.sumReported !== undefined && r.sumReported !== r.total.value ? t.sum(r.sumReported) : '';
      const onFile = r.meetings.length || r.before ? '' : t.onFile(onFileN, unit);
      // "各次会议的数字加起来是29吗？": 是/否 first, then the figures as the sources give them.
      const lead =
        r.addsUp === 'yesno' && r.sumReported !== undefined && !r.uncounted?.length
          ? `${r.sumReported === r.total.value ? t.yes : t.no}：`
          : '';
      const sentence = `${lead}${(mous ? t.totalMous : t.totalProjects)(r.total.value, at(m), sum, onFile).replace(/；。$/, '。')}`;
      return { sentence, lines: [], refs: [{ kind: 'meeting', id: m.id }], sources: r.sources };
    }
    if (r.noTotalAt && !r.total) {
      // No running total reported there: say so, and add up the per-meeting counts the sources give, if all are given.
      const atM = r.noTotalAt;
      const upTo = dataset.meetings.filter((x) => x.number > 0 && x.number <= atM.number);
      if (!upTo.length)
        return {
          sentence: t.noTotalFounding(at(atM)),
          lines: [],
          refs: [{ kind: 'meeting', id: atM.id }],
          sources: [...atM.date.sources],
        };
      const counts = upTo.map((x) => (mous ? x.newMous.value : x.newProjects.value));
      const known = counts.every((x): x is number => x !== null);
      return {
        sentence: known
          ? t.noTotalSum(
              at(atM),
              `${counts.reduce((a, b) => a + b, 0)} ${unit}`,
              list(
                upTo.map((x, i) => t.eachAt(counts[i] ?? 0, meetingName(x), mous ? t.mouMeasure : t.projectMeasure)),
              ),
            )
          : t.noTotalUnknown(at(atM), unit.slice(1), list(upTo.filter((_, i) => counts[i] === null).map(meetingName))),
        lines: [],
        refs: [{ kind: 'meeting', id: atM.id }],
        sources: [...new Set(upTo.flatMap((x) => (mous ? x.newMous.sources : x.newProjects.sources)))],
      };
    }
    const [m0, a0] = [r.meetings[0], r.also?.[0]];
    if (r.also?.length === 1 && r.meetings.length === 1 && m0 && a0) {
      const [fm, fp] = mous ? [m0, a0] : [a0, m0];
      return {
        sentence: t.atBoth(at(m0.meeting), t.mousPart(fm.reported), t.projectsPart(fp.reported)),
        lines: [],
        refs: [{ kind: 'meeting', id: m0.meeting.id }],
        sources: r.sources,
      };
    }
    const unfiltered = !r.filter.orgs && !r.filter.topics && !r.filter.group && !r.filter.kind && !r.filter.country;
    if (r.meetings.length > 1 && unfiltered) {
      const known = r.meetings.filter((x) => x.reported !== null);
      const against = reportedAgainst(
        r.meetings,
        known.reduce((a, x) => a + (x.reported ?? 0), 0),
      );
      // No count for any of them ("前两次会议启动了几个项目"): never "合计…0 个" — but where they are every meeting before
      // one that reports a running total and its own count, that total less that count (English's "by the sources'
      // totals": 29 − 14 = 15 projects before the 3rd meeting).
      const derived = !known.length
        ? fromTotals(dataset, r.meetings, mous ? 'mous' : 'projects', r.sources)
        : undefined;
      if (derived)
        return {
          sentence: t.togetherFromTotals(
            list(r.meetings.map((x) => meetingName(x.meeting))),
            mous ? t.signedVerb : t.launchedVerb,
            `${derived.value} ${mous ? t.mou : t.projectMeasure}${mous ? '' : t.projectNoun}`,
            meetingName(derived.next),
            derived.total,
            derived.own,
          ),
          lines: [],
          refs: derived.refs,
          sources: derived.sources,
        };
      if (!known.length)
        return {
          sentence: t.togetherNone(
            list(r.meetings.map((x) => meetingName(x.meeting))),
            mous ? t.signedVerb : t.launchedVerb,
            mous ? t.mouNoun : t.projectNoun,
          ),
          lines: [],
          refs: r.meetings.map((x) => ({ kind: 'meeting' as const, id: x.meeting.id })),
          sources: r.sources,
        };
      return {
        sentence: (against
          ? (x: string) =>
              x.replace(
                /。$/,
                t.togetherAgainst(
                  `${against.total} ${mous ? t.mou : t.newProject}`,
                  meetingName(against.meeting),
                  against.gap,
                ),
              )
          : (x: string) => x)(
          t.together(
            `${known.reduce((a, x) => a + (x.reported ?? 0), 0)} ${mous ? t.mou : t.newProject}`,
            list(r.meetings.map((x) => meetingName(x.meeting))),
            mous ? t.signedVerb : t.launchedVerb,
            list(
              known.map((x) =>
                t.eachAt(x.reported ?? 0, meetingName(x.meeting), mous ? t.mouMeasure : t.projectMeasure),
              ),
            ),
            known.length < r.meetings.length,
          ),
        ),
        lines: [],
        refs: r.meetings.map((x) => ({ kind: 'meeting' as const, id: x.meeting.id })),
        sources: r.sources,
      };
    }
    if (r.meetings.length === 1 && m0 && unfiltered) {
      // The founding: no JIC meeting, no count of its own; the MOU signed then is the founding MOU itself.
      const first = dataset.meetingByNumber(1);
      if (m0.reported === null && m0.meeting.number === 0 && mous && first)
        return {
          sentence: t.foundingItself(date(m0.meeting.date.value), first.newMous.value ?? 0, meetingName(first)),
          lines: [],
          refs: [{ kind: 'meeting', id: m0.meeting.id }],
          sources: [...m0.meeting.date.sources, ...first.newMous.sources],
        };
      if (m0.reported === null)
        return {
          sentence: t.unknownAt(unit.slice(1), at(m0.meeting), m0.onFile, unit),
          lines: lines(r.items),
          refs: [{ kind: 'meeting', id: m0.meeting.id }, ...refs(r.items)],
          sources: r.sources,
        };
      const tail =
        m0.onFile === 0 ? t.none : m0.onFile >= m0.reported ? t.allOnFile(m0.onFile) : t.onFile(m0.onFile, unit);
      // Asked "how many were there" that year: the running total reported then as well, or that none was.
      const running = r.withTotal
        ? m0.totals !== null
          ? t.runningTotal(`${m0.totals} ${unit}`, meetingName(m0.meeting))
          : t.noRunningTotal(meetingName(m0.meeting))
        : '';
      return {
        sentence: (mous ? t.atMous : t.atProjects)(m0.reported, at(m0.meeting), tail) + running,
        lines: [],
        refs: [{ kind: 'meeting', id: m0.meeting.id }, ...refs(r.items)],
        sources: r.sources,
      };
    }
    if (groupOnly(r.filter)) return groupReply(r.items, unit, r.filter.group ?? '', r.sources);
    const soleOrg = r.filter.orgs?.length === 1 ? r.filter.orgs[0] : undefined;
    if (!r.items.length && soleOrg && !r.filter.kind && !r.filter.country && !r.filter.group && !r.filter.topics)
      return {
        ...noneOnFile(mous ? 'mous' : 'projects', soleOrg, r.orgNames[0] ?? '', r.filter.meetings ?? []),
        sources: r.sources,
      };
    const onlyOrgs =
      !r.filter.kind &&
      !r.filter.country &&
      !r.filter.group &&
      !r.filter.topics &&
      !r.filter.meetings?.length &&
      !r.filter.without;
    // Two partners or more: the records that join them, counted (what each did when none does).
    if ((r.filter.orgs?.length ?? 0) >= 2 && onlyOrgs) {
      const total = dataset.figures.latestTotals;
      const about: Subjectref = { type: 'orgs', groups: (r.filter.orgs ?? []).map((g) => [...g]) };
      const onFileN = mous ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
      const sentence = t.joinCount(
        r.items.length,
        unit,
        list(r.orgNames),
        total ? (mous ? total.mous : total.projects) : undefined,
        onFileN,
        list(r.items.map((i) => i.name)),
      );
      return {
        sentence: r.items.length ? sentence : `${sentence}${eachDid(about)}`,
        lines: [],
        refs: refs(r.items),
        sources: r.sources,
      };
    }
    if (r.filter.orgs?.length && onlyOrgs) {
      const who = list(r.orgNames);
      const n = r.items.length;
      return {
        sentence: mous ? t.orgMous(who, n, list(r.items.slice(0, 4).map((i) => i.name))) : t.orgProjects(who, n),
        lines: mous ? [] : lines(r.items),
        refs: refs(r.items),
        sources: r.sources,
      };
    }
    return filtered(mous, r.items, recordScope(r.filter, r.orgNames));
  }
  // Negated ("哪些合作方不是公司"): partners, narrowed to those outside the kind (said by the scope), never "公司".
  const label =
    PARTNER_LABELS[locale][r.filter.exclude && r.filter.kind && r.filter.exclude !== 'country' ? 'partners' : r.label];
  if (!label) return null;
  // Partners named in no record of a kind; parties the sources mention without naming them, said after.
  const scope = `${r.filter.without ? t.notInNo(r.filter.without === 'mous') : ''}${partnerScope(r.filter)}`;
  const kinds = messages(locale).cards.organisation.kinds as Readonly<Record<string, string>>;
  const parts = r.filter.kind
    ? kindParts(r.items.flatMap((i) => (i.ref ? [dataset.organisation(i.ref.id)?.kind ?? ''] : [])).filter(Boolean))
    : [];
  const notes =
    unnamedNotes(r.unnamed, r.filter.meetings) +
    (r.filter.named ? t.byNameOnly : '') +
    (parts.length ? t.kindsOnFile(parts.map((x) => `${kinds[x.label] ?? x.label} ${x.value}`).join('，')) : '');
  if (!r.items.length)
    return { sentence: t.noPartners(scope, label.slice(1)) + notes, lines: [], refs: [], sources: r.sources };
  if (!scope)
    return {
      sentence: t.partnersOf(r.items.length, label, someNames(r.items.map((i) => i.name))) + notes,
      lines: [],
      refs: refs(r.items),
      sources: r.sources,
    };
  return {
    sentence:
      t.partnersScoped(
        r.items.length,
        scope,
        label,
        someNames(r.items.map((i) => i.name)),
        r.filter.country
          ? r.items.filter((i) => i.ref && dataset.organisation(i.ref.id)?.countryStated === false).length
          : 0,
      ) + notes,
    lines: [],
    refs: refs(r.items),
    sources: r.sources,
  };
}
