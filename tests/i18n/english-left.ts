import type { Dataset } from '../../src/dataset/index.js';
import type { ReplyData } from '../../src/reply.js';

/**
 * What a Chinese reader sees of a reply, less everything the data holds (record names, descriptions,
 * people, source titles: record text stays as the sources wrote it), less links: the English words
 * left are labels the bot forgot to translate.
 */
export function englishLeft(reply: ReplyData, dataset: Dataset): string[] {
  const recordText = collectStrings(dataset).sort((a, b) => b.length - a.length);
  const leftovers: string[] = [];
  for (let text of visibleText(reply)) {
    text = text
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/`[^`]*`/g, ' ');
    for (const s of recordText) if (s.length >= 2 && text.includes(s)) text = text.split(s).join(' ');
    leftovers.push(...(text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w)));
  }
  return leftovers;
}

/** Acronyms a Chinese text writes in Latin letters too. */
const ALLOWED = new Set(['MOU', 'JIC', 'SCI', 'AI', 'IoT', 'ID']);

/** Every text a user sees in Discord: content, embeds, button labels, menu placeholders and options. */
export function visibleText(reply: ReplyData): string[] {
  const out: string[] = [];
  if (reply.content) out.push(reply.content);
  for (const e of reply.embeds ?? []) {
    for (const t of [e.title, e.description, e.footer?.text, e.author?.name]) if (t) out.push(t);
    for (const f of e.fields ?? []) out.push(f.name, f.value);
  }
  for (const row of (reply.components ?? []) as { components?: Record<string, unknown>[] }[])
    for (const c of row.components ?? []) {
      for (const k of ['label', 'placeholder']) if (typeof c[k] === 'string') out.push(c[k] as string);
      for (const o of (c.options ?? []) as { label?: string; description?: string }[])
        for (const t of [o.label, o.description]) if (t) out.push(t);
    }
  return out;
}

/** Every string in the dataset's records (names, aliases, descriptions, notes, people, sources). */
function collectStrings(dataset: Dataset): string[] {
  const out = new Set<string>();
  const walk = (x: unknown, depth: number) => {
    if (depth > 8) return;
    if (typeof x === 'string') out.add(x);
    else if (Array.isArray(x)) for (const v of x) walk(v, depth + 1);
    else if (x && typeof x === 'object') for (const v of Object.values(x)) walk(v, depth + 1);
  };
  walk(
    [dataset.initiative, dataset.sources, dataset.meetings, dataset.organisations, dataset.mous, dataset.projects],
    0,
  );
  return [...out];
}
