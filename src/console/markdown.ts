import { PLAIN, type Style } from './style.js';

/**
 * Discord markdown → readable terminal text. Markers become styles (or vanish when colour is off),
 * links show their address, Discord's `<…>` entities become words, and backslash escapes (which the
 * cards add around data text) are undone last so escaped characters never count as markup.
 */
export function markdownToTerminal(text: string, style: Style = PLAIN): string {
  // Code blocks are shown verbatim, indented; everything between them is markdown.
  return text
    .split(/```(?:[\w+-]*\n)?([\s\S]*?)```/g)
    .map((part, i) => (i % 2 === 1 ? codeBlock(part, style) : prose(part, style)))
    .join('');
}

function codeBlock(code: string, style: Style): string {
  return code
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => `  ${style.code(l)}`)
    .join('\n');
}

// Escaped characters are parked in the Private Use Area (one code point per ASCII character),
// so no markup rule can see them, and restored at the very end.
const PARK = 0xe000;
const park = (s: string) =>
  s.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => String.fromCharCode(PARK + c.charCodeAt(0)));
const unpark = (s: string) => s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARK));

/** Inline rules, applied in order; each is a pattern and what it becomes. */
type Rule = [RegExp, (style: Style, ...groups: string[]) => string];

const INLINE: Rule[] = [
  // Discord entities first: they contain characters other rules would read as markup.
  [/<t:(-?\d+)(?::([tTdDfFR]))?>/g, (_s, secs, fmt) => timestamp(Number(secs), fmt)],
  [/<\/([-_\p{L}\p{N} ]+):\d+>/gu, (s, name) => s.bold(`/${name}`)],
  [/<@!?\d+>/g, () => '@user'],
  [/<@&\d+>/g, () => '@role'],
  [/<#\d+>/g, () => '#channel'],
  [/<a?:(\w+):\d+>/g, (_s, name) => `:${name}:`],
  [
    /\[([^\]\n]+)\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g,
    (s, label, url) => (label === url ? s.underline(url!) : `${s.underline(label!)} (${url})`),
  ],
  [/<(https?:\/\/[^>\s]+)>/g, (s, url) => s.underline(url!)],
  [/\*\*\*(.+?)\*\*\*/g, (s, t) => s.bold(s.italic(t!))],
  [/\*\*(.+?)\*\*/g, (s, t) => s.bold(t!)],
  [/__(.+?)__/g, (s, t) => s.underline(t!)],
  [/~~(.+?)~~/g, (s, t) => s.strike(t!)],
  [/\|\|(.+?)\|\|/g, (_s, t) => t!],
  [/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?![\w*])/g, (s, lead, t) => `${lead}${s.italic(t!)}`],
  [/(^|[^\w])_(?!\s)([^_\n]+?)_(?!\w)/g, (s, lead, t) => `${lead}${s.italic(t!)}`],
];

/** Line starts: headings, sub-text, quotes and list bullets. */
const LINE: Rule[] = [
  [/^#{1,3} (.*)$/, (s, t) => s.bold(t!)],
  [/^-# (.*)$/, (s, t) => s.dim(t!)],
  [/^> ?(.*)$/, (s, t) => `${s.dim('│')} ${t}`],
  [/^(\s*)[-*] (.*)$/, (_s, indent, t) => `${indent}• ${t}`],
];

function prose(text: string, style: Style): string {
  // Inline code is taken out first (its content is literal), then put back styled.
  const codes: string[] = [];
  let t = park(text).replace(/`([^`\n]+)`/g, (_, c: string) => {
    codes.push(c);
    return `\u0000${codes.length - 1}\u0000`;
  });
  t = blockQuote(t, style);
  t = t
    .split('\n')
    .map((line) => apply(LINE, line, style, true))
    .join('\n');
  t = apply(INLINE, t, style, false);
  t = t.replace(/\u0000(\d+)\u0000/g, (_, i: string) => style.code(codes[Number(i)] ?? ''));
  return unpark(t);
}

/** `>>> ` quotes everything after it. */
function blockQuote(text: string, style: Style): string {
  const at = text.search(/^>>> /m);
  if (at < 0) return text;
  const quoted = text
    .slice(at + 4)
    .split('\n')
    .map((l) => `${style.dim('│')} ${l}`)
    .join('\n');
  return text.slice(0, at) + quoted;
}

function apply(rules: Rule[], text: string, style: Style, firstOnly: boolean): string {
  let t = text;
  for (const [re, to] of rules) {
    const next = t.replace(re, (...m: unknown[]) => to(style, ...(m.slice(1, -2) as string[])));
    if (firstOnly && next !== t) return next;
    t = next;
  }
  return t;
}

/** Discord renders `<t:…>` in the reader's time zone; a terminal shows UTC, which is unambiguous. */
function timestamp(secs: number, fmt?: string): string {
  const d = new Date(secs * 1000);
  if (Number.isNaN(d.getTime())) return String(secs);
  const iso = d.toISOString();
  if (fmt === 'd' || fmt === 'D') return iso.slice(0, 10);
  if (fmt === 't' || fmt === 'T') return `${iso.slice(11, 16)} UTC`;
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
