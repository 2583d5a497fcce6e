// "What did ITS International report about the 4th JIC?", "what does People's Daily say about the 2nd meeting?": what
// THAT publication reports of the meeting — the facts on file that cite it (date, place, co-chairs, counts, totals) and
// its own lines on the meeting — never the meeting's lines at large. Read as the meeting's outcomes by the word
// "report", the Hong Kong Commercial Daily's lines ("As the Chinese press reported it: …") were given as what ITS
// International reported, and the MCI/IMDA summary as what the Hong Kong Commercial Daily reported (misattributed).
import type { Dataset, Meeting } from '../dataset/index.js';
import { formatDate, joinList, truncate } from './format.js';
import { publicationsNamed } from './plan/asked.js';
import { documentShown } from './named-in.js';
import { releaseAlone, releasesOn } from './release.js';
import type { Said } from './say/common.js';

// "What did/does <publication> report/say/write about <a meeting>?" (the question in normal form), the meeting last.
const ASKED =
  /^ what (?:did|does|do|has|have) (.{3,80}?) (?:report|reports|reported|say|says|said|write|wrote|written|state|stated|mention|mentioned|cover|covered|tell us|have to say) (?:about|on|of|regarding|concerning) (?:the )?((?:1st|2nd|3rd|4th|first|second|third|fourth) (?:sci )?(?:jic|meeting|committee meeting)(?: meeting)?) $/;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

export interface ReportedBy {
  meeting: Meeting;
  docs: string[];
}

/** The publication(s) asked and the meeting, where they report on it; undefined otherwise. English only. */
export function reportedByAsked(t: string, raw: string, dataset: Dataset): ReportedBy | undefined {
  if (!/^ what /.test(t)) return undefined;
  const m = ASKED.exec(t);
  if (!m?.[1] || !m[2]) return undefined;
  const word = m[2].split(' ')[0] ?? '';
  const meeting = dataset.meetingByNumber(ORDINALS[word] ?? Number.parseInt(word, 10));
  if (!meeting || meeting.number === 0) return undefined;
  const by = ` ${m[1]} `;
  const named = publicationsNamed(by, dataset, raw).map((s) => s.id);
  const docs = [...(releaseAlone(by, dataset, named) ? releasesOn(meeting, dataset) : []), ...named].filter(
    (id) => meeting.sources.includes(id) || meeting.highlights.some((h) => h.sources.includes(id)),
  );
  // (A publication that doesn't report on the meeting is according.ts's to say so.)
  return docs.length ? { meeting, docs: [...new Set(docs)] } : undefined;
}

/** The sentence: the facts that cite the publication, then its own lines on the meeting. */
export function sayReportedBy(r: ReportedBy, dataset: Dataset): Said {
  const m = r.meeting;
  const cites = (ids: readonly string[]) => ids.some((id) => r.docs.includes(id));
  const facts: string[] = [];
  // ("Held on 14 Dec 2023 in Shenzhen", "held by video conference (Shenzhen and Singapore)": the date and place it gives.)
  const when = cites(m.date.sources) ? ` on ${formatDate(m.date.value)}` : '';
  const place = m.place.value.replace(/^held /i, '');
  const where = !cites(m.place.sources)
    ? ''
    : /video|virtual/i.test(place)
      ? ` ${place.charAt(0).toLowerCase()}${place.slice(1)}`
      : ` in ${place}`;
  if (when || where) facts.push(`held${when}${where}`);
  for (const g of m.people.filter((x) => cites(x.sources)))
    facts.push(
      `${g.label.replace(/\s*\(.*\)$/, '').toLowerCase()}: ${joinList(g.people.map((p) => (p.role === 'not named' ? `“${p.name}”` : p.name)))}`,
    );
  if (m.newMous.value !== null && cites(m.newMous.sources)) facts.push(`${m.newMous.value} MOUs signed`);
  if (m.newProjects.value !== null && cites(m.newProjects.sources))
    facts.push(`${m.newProjects.value} new projects launched`);
  if (m.totals && cites(m.totals.sources))
    facts.push(`${m.totals.projects} projects and ${m.totals.mous} MOUs in total to date`);
  const own = m.highlights.filter((h) => cites(h.sources));
  const doc = joinList(
    r.docs.map((id) => {
      const s = dataset.source(id);
      return s ? `${documentShown(s.publisher)}${s.date ? ` (${formatDate(s.date)})` : ''}` : id;
    }),
  );
  const the = `the ${m.name} (${formatDate(m.date.value)})`;
  const said = facts.length
    ? `${doc} reports on ${the}: ${facts.join('; ')}${own.length ? '; it also reports:' : '.'}`
    : `${doc} reports on ${the}${own.length ? ':' : ', but no fact on file cites it alone.'}`;
  return {
    sentence: said,
    lines: own.map((h) => truncate(`• ${h.text}`, 220)),
    refs: [{ kind: 'meeting', id: m.id }],
    sources: [...r.docs],
  };
}
