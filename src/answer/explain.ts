import type { Plan } from './plan.js';
import type { Understanding } from './understand.js';

/**
 * The plan as a reader sees it (`npm run ask -- --explain "/ask question:…"`): what was found where,
 * the target, and the query. Plain text, one fact a line.
 */
export function explain(u: Understanding, p: Plan): string {
  const lines = [
    `question: ${JSON.stringify(u.q.raw)}`,
    `normal form: ${JSON.stringify(u.q.text.trim())}`,
    `target: ${u.target}`,
  ];
  const flags = Object.entries(u.flags)
    .filter(([, v]) => v)
    .map(([k, v]) => (v === true ? k : `${k}=${String(v)}`));
  if (flags.length) lines.push(`cues: ${flags.join(', ')}`);
  lines.push('mentions:');
  for (const m of u.mentions)
    lines.push(
      `  ${m.type.padEnd(10)} ${JSON.stringify(m.words)} [${m.start}–${m.end}] → ${m.value}${m.also?.length ? ` (+ ${m.also.join(', ')})` : ''}`,
    );
  if (!u.mentions.length) lines.push('  (none)');
  if (u.rest) lines.push(`left over: ${JSON.stringify(u.rest)}`);
  lines.push(`plan: ${JSON.stringify(p, null, 2).replace(/\n/g, '\n  ')}`);
  return lines.join('\n');
}
