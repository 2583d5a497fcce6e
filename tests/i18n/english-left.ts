import type { Dataset } from '../../src/dataset/index.js';
import type { ReplyData } from '../../src/reply.js';
import { publisherName } from '../../src/cards/sources.js';

/**
 * What a Chinese reader sees of a reply, less everything the data holds (record names, descriptions,
 * people, source titles: record text stays as the sources wrote it), less links: the English words
 * left are labels the bot forgot to translate.
 */
export function englishLeft(reply: ReplyData, dataset: Dataset, typed: readonly string[] = []): string[] {
  const recordText = collectStrings(dataset).sort((a, b) => b.length - a.length);
  const leftovers: string[] = [];
  for (let text of visibleText(reply)) {
    text = text
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/`[^`]*`/g, ' ')
      // Slash commands as typed (`/project`), and the markdown escapes the cards add to record text.
      .replace(/(^|[\s·（(])\/[a-z]+\b/g, '$1 ')
      .replace(/\\([\\*_~`|[\]#>.-])/g, '$1')
      .replace(/@\u200b/g, '@');
    text = withoutCutRecordText(text, recordText);
    // Record text and what the user typed (echoed back: "搜索：“keppel”"), as whole words: "ai" is not in "chaired".
    for (const s of recordText) if (s.length >= 2 && text.includes(s)) text = text.replace(wholeWords(s, ''), ' ');
    for (const t of typed) text = text.replace(wholeWords(t, 'i'), ' ');
    leftovers.push(...(text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w)));
  }
  return leftovers;
}

/** A text as a pattern matching it where it is not part of a longer Latin word. */
const wholeWords = (text: string, flags: string) =>
  new RegExp(`(?<![A-Za-z])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, `g${flags}`);

/** Where a piece of record text may start: a line, a list item, a label, a quotation, a parenthesis. */
const STARTS = /\n|• |· |“|「|：|（|\(|: /g;

/**
 * Record text cut to fit ("AI-assisted rehabilitation…"): the part shown before "…" is the start of a
 * record's text. Each "…" removes the longest such start.
 */
function withoutCutRecordText(text: string, recordText: readonly string[]): string {
  let out = text;
  for (let e = out.indexOf('…'); e >= 0; e = out.indexOf('…', e + 1)) {
    const starts = [0, ...[...out.slice(0, e).matchAll(STARTS)].map((m) => (m.index ?? 0) + m[0].length)];
    for (const st of starts) {
      const stem = out.slice(st, e).trim();
      if (stem.length >= 4 && recordText.some((r) => r.startsWith(stem))) {
        out = `${out.slice(0, st)} ${out.slice(e + 1)}`;
        e = st;
        break;
      }
    }
  }
  return out;
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

/** Every string in the dataset's records (names, aliases, descriptions, notes, people, sources), as the cards cite them. */
function collectStrings(dataset: Dataset): string[] {
  const out = new Set<string>(dataset.sources.map((s) => publisherName(s.publisher)));
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

const recordTexts = new WeakMap<Dataset, string>();

/**
 * The English an answering sentence holds that no source wrote: englishLeft, and then any run of Latin
 * text between Chinese characters that is part of a record's text (a description cut to fit, a reported
 * quote, a named outcome: "TradeTrust", "he co-chairs the committee with Joseph Leong") is the sources'
 * words too. Quoted text (“…”, 「…」) is a quote or what the reader typed, echoed back.
 */
export function englishLeftInSentence(sentence: string, dataset: Dataset, typed = ''): string[] {
  let all = recordTexts.get(dataset);
  if (all === undefined) recordTexts.set(dataset, (all = collectStrings(dataset).join('\n').replace(/[’‘]/g, "'")));
  const text = sentence
    .replace(/[’‘]/g, "'")
    // A listed record text (a meeting's outcome with the Chinese it quotes: "The start-up area (启动区) …"), whole or
    // cut to fit: the sources' words, though Chinese inside it splits it into runs.
    .replace(/^• (.+?)(?:…)?$/gm, (line, body: string) => (all?.includes(body.trim()) ? ' ' : line))
    .replace(/“[^”]*”|「[^」]*」/g, ' ')
    // A command with its option, as typed (`/ask question:`).
    .replace(/\/[a-z]+ [a-z]+:/g, ' ')
    .replace(/[A-Za-z0-9][^\p{Script=Han}（）。；：，、]*[A-Za-z0-9.)]/gu, (run) => {
      // A name or a long stretch the sources wrote, found in a record's text at word boundaries.
      const bare = run.trim();
      const nameLike = /[A-Z0-9]/.test(bare) || bare.length >= 12;
      return nameLike && wholeWords(bare, '').test(all) ? ' ' : run;
    });
  // A name the reader typed, echoed back capitalised ("Tencent"), or a short form typed in capitals ("what does PT stand
  // for" → "来源没有说明 PT 是什么的缩写"): theirs, not the bot's English.
  const names = new Set((typed.match(/[A-Za-z][A-Za-z-]{2,}/g) ?? []).map((w) => w.toLowerCase()));
  const shorts = new Set(typed.match(/\b[A-Z]{2,}\b/g) ?? []);
  return englishLeft({ content: text, allowed_mentions: { parse: [] } }, dataset).filter(
    (w) => !(/[A-Z]/.test(w) && names.has(w.toLowerCase())) && !shorts.has(w),
  );
}
