// "Which release mentions TusStar?", "what article talks about the GIA node", "where can I read about Heng Swee Keat":
// one thing asked by the documents that name it — each document by publisher, title and date (its link in the sources
// line), never the thing's profile with the question's "which release" dropped.
import type { Dataset } from '../dataset/index.js';
import type { PlanContext } from './plan/context.js';
import type { Plan } from './plan/types.js';
import { mentionsOf, type Understanding } from './understand.js';

// Asked which documents name something (a claim of two words or more, "which source says X was …", is the claim
// reader's: question.ts SOURCE_OF).
const NAMING = new RegExp(
  '^ (?:(?:which|what) (?:of the )?(?:sources?|articles?|reports?|publications?|papers?|documents?|outlets?|' +
    '(?:press |news |media )?releases?|news reports?|news|pieces?|stor(?:y|ies)|websites?|sites?|coverage|media) ' +
    '(?:mention|mentions|mentioned|name|names|named|talk about|talks about|talked about|cover|covers|covered|' +
    'discuss|discusses|discussed|report on|reports on|reported on|refer to|refers to|referred to|feature|features|' +
    'featured|write about|writes about|wrote about|are about|is about|was about|were about)|' +
    'where (?:can i|could i|do i|did you|do you|would i) (?:read|find|see|learn|get|hear) (?:more )?about|' +
    '(?:which|what) sources? (?:is|are) there (?:on|about|for)) (.+?) $',
);

/** The documents that name one org, outcome or person, if the question asks which name it. */
export function planNamedBy({ u, dataset, orgs }: PlanContext): Plan | undefined {
  // ("Which news reports mention Qin Weizhong": read as "is it true that qin weizhong", a claim that is only a name.)
  const claimed = u.q.asksSource ? /^ is it true that (.+?) $/.exec(u.q.text)?.[1] : undefined;
  const asked =
    u.lang !== 'en'
      ? undefined
      : (NAMING.exec(u.q.text)?.[1] ?? (claimed && onlyNames(u, claimed) ? claimed : undefined));
  if (!asked) return undefined;
  const highlights = mentionsOf(u, 'highlight').filter((m) => m.words !== '(words)');
  const people = [...new Set(mentionsOf(u, 'person').map((m) => m.value))];
  // (A name only an event's text gives — "Heng Swee Keat" — is named by that event's documents.)
  if (!orgs.length && !highlights.length && !people.length) return inEvents(dataset, asked);
  if (orgs.length + new Set(highlights.map((m) => m.value)).size + people.length !== 1) return undefined;
  const org = orgs[0]?.[0];
  const found = org
    ? orgDocuments(dataset, org)
    : people[0]
      ? personDocuments(dataset, people[0])
      : highlightDocuments(dataset, highlights[0]?.value ?? '', highlights[0]?.words ?? '');
  if (!found?.ids.length) return undefined;
  return { op: 'sources', naming: found };
}

/** Whether the words are names and nothing else (what the question names, with "the", "a", "of" around them). */
function onlyNames(u: Understanding, words: string): boolean {
  let rest = ` ${words} `;
  for (const m of u.mentions)
    if (['org', 'person', 'highlight'].includes(m.type)) rest = rest.replace(` ${m.words} `, ' ');
  return rest.split(' ').every((w) => w === '' || /^(?:the|a|an|of|s)$/.test(w)) || !u.mentions.length;
}

/** The documents of the dated events whose text names the words asked (a name of two words or more). */
function inEvents(dataset: Dataset, asked: string): Plan | undefined {
  if (asked.split(' ').length < 2) return undefined;
  const events = (dataset.initiative.events ?? []).filter((e) => e.text.toLowerCase().includes(asked));
  const name = events[0]?.text.match(new RegExp(asked.replace(/[^a-z ]/g, '').replace(/ /g, '\\s+'), 'i'))?.[0];
  return name
    ? {
        op: 'sources',
        naming: {
          words: name,
          ids: byDate(
            dataset,
            events.flatMap((e) => e.sources),
          ),
        },
      }
    : undefined;
}

function orgDocuments(dataset: Dataset, id: string): { words: string; ids: string[] } | undefined {
  const o = dataset.organisation(id);
  if (!o) return undefined;
  const ids = [
    ...o.sources,
    ...dataset.mousOf(id).flatMap((r) => r.sources),
    ...dataset.projectsOf(id).flatMap((r) => r.sources),
    ...dataset.highlightsOf(id).flatMap((h) => h.sources),
  ];
  return { words: o.name, ids: byDate(dataset, ids) };
}

function personDocuments(dataset: Dataset, name: string): { words: string; ids: string[] } {
  const ids = [
    ...(dataset.person(name)?.about?.sources ?? []),
    ...dataset.meetings.flatMap((m) =>
      m.people.filter((r) => r.people.some((p) => p.name === name)).flatMap((r) => r.sources),
    ),
    ...(dataset.initiative.events ?? []).filter((e) => e.text.includes(name)).flatMap((e) => e.sources),
  ];
  return { words: name, ids: byDate(dataset, ids) };
}

function highlightDocuments(dataset: Dataset, key: string, words: string): { words: string; ids: string[] } {
  const [n, i] = key.split(':').map(Number);
  const h = dataset.meetingByNumber(n ?? -1)?.highlights[i ?? -1];
  return { words: `“${words.replace(/^the /, '')}”`, ids: byDate(dataset, [...(h?.sources ?? [])]) };
}

/** Each document once, the oldest first (an undated one last). */
function byDate(dataset: Dataset, ids: readonly string[]): string[] {
  const date = (id: string) => dataset.source(id)?.date ?? '9999';
  return [...new Set(ids)].filter((id) => dataset.source(id)).sort((a, b) => date(a).localeCompare(date(b)));
}
