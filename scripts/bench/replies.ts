/**
 * Reply sizes: for each kind of reply, how much a reader reads (masked links counted as their
 * labels) and how much Discord counts (all embed text, addresses included), median and largest,
 * beside the reading budget each kind is held to (src/cards/budget.ts), in each language.
 */
import { loadDataset } from '../../src/dataset/index.js';
import { buildDeps } from '../../src/deps.js';
import { forReader, READER_BUDGET, shownLength } from '../../src/cards/index.js';
import { LOCALES } from '../../src/i18n/index.js';
import { embedLength } from '../../src/cards/fit.js';
import { everyReply } from '../../tests/cards/catalogue.js';

export const name = 'Reply sizes (characters a reader sees; Discord-counted embed text)';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : Math.round(((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2);
};

export function run(): void {
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error('data invalid');
  const deps = buildDeps(loaded.value);
  // Every reply kind in each language the bot answers in (a Chinese reply is shorter in characters, not always).
  const samples = LOCALES.flatMap((locale) =>
    everyReply(forReader(deps, locale)).map((s) => ({ ...s, kind: `${s.kind} (${locale})` })),
  );
  const kinds = [...new Set(samples.map((s) => s.kind))].sort();
  const rows = kinds.map((kind) => {
    const of = samples.filter((s) => s.kind === kind);
    const shown = of.map((s) => shownLength(s.reply));
    const raw = of.map(
      (s) => (s.reply.content ?? '').length + (s.reply.embeds ?? []).reduce((n, e) => n + embedLength(e), 0),
    );
    const largest = of[shown.indexOf(Math.max(...shown))]?.name ?? '';
    return [
      kind,
      String(of.length),
      String(median(shown)),
      String(Math.max(...shown)),
      String(READER_BUDGET[of[0]?.budget ?? 'list']),
      String(median(raw)),
      String(Math.max(...raw)),
      largest.slice(0, 40),
    ];
  });
  const head = ['reply kind', 'n', 'shown median', 'shown max', 'budget', 'Discord median', 'Discord max', 'largest'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
