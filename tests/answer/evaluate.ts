import type { Deps } from '../../src/command.js';
import type { ReplyData } from '../../src/reply.js';
import { answerQuestion } from '../../src/answer/index.js';
import type { Case, Kind } from './cases.js';

/** Everything a user reads in a reply: content, then each embed's title, description, fields, footer. */
export function renderedText(reply: ReplyData): string {
  const parts = [reply.content ?? ''];
  for (const e of reply.embeds ?? [])
    parts.push(
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    );
  return parts.join('\n');
}

/**
 * The words that answer: the message content's first paragraph (the sentence and any short list
 * right under it), without Discord markdown. Sources, buttons and cards come after a blank line.
 */
export function answerText(reply: ReplyData): string {
  const first = (reply.content ?? '').split(/\n\s*\n/)[0] ?? '';
  return clean(first);
}

const clean = (s: string) =>
  s
    .replace(/[’‘]/g, "'")
    .replace(/\\([*_~`|>#-])/g, '$1')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/\[([^\]]+)\]\(<?[^)>]+>?\)/g, '$1');

export interface Verdict {
  case: Case;
  ok: boolean;
  missing: string[];
  forbidden: string[];
  sentence: string;
  reply: ReplyData;
}

/** One question, asked as a user would: `must` read off the answering sentence, `not` off everything shown. */
export function judge(c: Case, deps: Deps): Verdict {
  const reply = answerQuestion(c.q, deps);
  const sentence = answerText(reply);
  const all = clean(renderedText(reply));
  const missing = c.must.filter((m) => !m.test(sentence)).map(String);
  const forbidden = (c.not ?? []).filter((m) => m.test(all) || m.test(sentence)).map(String);
  return { case: c, ok: missing.length === 0 && forbidden.length === 0, missing, forbidden, sentence, reply };
}

export function describeMiss(v: Verdict): string {
  return `[${v.case.kind}] ${v.case.q.slice(0, 120)}${v.missing.length ? `\n    missing: ${v.missing.join(' | ')}` : ''}${v.forbidden.length ? `\n    must not show: ${v.forbidden.join(' | ')}` : ''}\n    said: ${v.sentence.slice(0, 240).replace(/\n/g, ' ⏎ ')}`;
}

export interface Score {
  ok: number;
  all: number;
  byKind: Map<Kind, { ok: number; all: number }>;
}

export function score(verdicts: readonly Verdict[]): Score {
  const byKind = new Map<Kind, { ok: number; all: number }>();
  for (const v of verdicts) {
    const k = byKind.get(v.case.kind) ?? { ok: 0, all: 0 };
    k.all += 1;
    if (v.ok) k.ok += 1;
    byKind.set(v.case.kind, k);
  }
  return { ok: verdicts.filter((v) => v.ok).length, all: verdicts.length, byKind };
}

export function scoreLine(s: Score): string {
  return `${s.ok}/${s.all} (${((100 * s.ok) / Math.max(1, s.all)).toFixed(1)}%): ${[...s.byKind].map(([k, x]) => `${k} ${x.ok}/${x.all}`).join(', ')}`;
}
