import type { Deps } from '../../src/command.js';
import type { ReplyData } from '../../src/reply.js';
import { answerQuestion } from '../../src/answer/index.js';
import type { QuestionCase } from './questions.js';

/** Everything a user reads in a reply: content, then each embed's title, description, fields, footer. */
export function renderedText(reply: ReplyData): string {
  const parts = [reply.content ?? ''];
  for (const e of reply.embeds ?? [])
    parts.push(e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? '');
  return parts.join('\n');
}

const fold = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

export interface Verdict {
  case: QuestionCase;
  ok: boolean;
  missing: string[];
  forbidden: string[];
  reply: ReplyData;
}

/** One question: asked as a user would, judged on the text a user would read. */
export function judge(c: QuestionCase, deps: Deps): Verdict {
  const reply = answerQuestion(c.q, deps);
  const text = fold(renderedText(reply));
  const missing = c.must.filter((m) => !text.includes(fold(m)));
  const forbidden = (c.mustNot ?? []).filter((m) => text.includes(fold(m)));
  return { case: c, ok: missing.length === 0 && forbidden.length === 0, missing, forbidden, reply };
}

export function describeMiss(v: Verdict): string {
  return `[${v.case.kind}] ${v.case.q}${v.missing.length ? `\n    missing: ${v.missing.join(' | ')}` : ''}${v.forbidden.length ? `\n    must not show: ${v.forbidden.join(' | ')}` : ''}\n    got: ${(v.reply.content ?? '').slice(0, 200).replace(/\n/g, ' ⏎ ')}`;
}
