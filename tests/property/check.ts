import { choiceLimitViolations, replyLimitViolations } from '../../src/cards/limits.js';
import { EPHEMERAL, type Choice, type ComponentReply, type ReplyData } from '../../src/reply.js';

/**
 * What every reply must be, whatever was typed: plain JSON Discord accepts (within every limit) that
 * can ping no one. Throws with the violations, so fast-check shrinks to the smallest input that breaks it.
 */
/** A lone UTF-16 surrogate: half a character, which Discord cannot store or show. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** The first string (key or value) anywhere in `value` that holds a lone surrogate. */
function brokenString(value: unknown): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? value : undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const b = brokenString(v);
      if (b !== undefined) return b;
    }
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const b = brokenString(k) ?? brokenString(v);
      if (b !== undefined) return b;
    }
  return undefined;
}
/** Whether every string in some input is whole (no lone surrogate) — as Discord itself delivers it. */
export const inputsWellFormed = (value: unknown) => brokenString(value) === undefined;

export function assertValidReply(reply: ReplyData, where: string, inputWasWellFormed = false): void {
  const problems = replyLimitViolations(reply);
  // Stated separately from limits.ts so it holds even if that check ever changes: no one is ever pinged.
  const am = reply.allowed_mentions as unknown;
  if (
    !am ||
    typeof am !== 'object' ||
    !Array.isArray((am as { parse?: unknown }).parse) ||
    (am as { parse: unknown[] }).parse.length !== 0
  )
    problems.push(`allowed_mentions is ${JSON.stringify(am)}, not { parse: [] }`);
  const extra = Object.keys(am ?? {}).filter((k) => k !== 'parse' && k !== 'replied_user');
  if (extra.length > 0) problems.push(`allowed_mentions has ${extra.join(', ')}: could allow users or roles`);
  // The payload goes over the wire as JSON: it must survive the round trip unchanged.
  const wire = JSON.stringify(reply);
  if (JSON.stringify(JSON.parse(wire)) !== wire) problems.push('does not survive a JSON round trip');
  // Cutting text to fit must not split a character: from whole input, the reply must be whole too.
  const broken = inputWasWellFormed ? brokenString(reply) : undefined;
  if (broken !== undefined)
    problems.push(`holds half a character (a lone surrogate) in ${JSON.stringify(broken.slice(-80))}`);
  if (problems.length > 0)
    throw new Error(`${where}: invalid reply:\n  ${problems.join('\n  ')}\n${wire.slice(0, 600)}`);
}

export function assertValidChoices(choices: readonly Choice[], where: string, inputWasWellFormed = false): void {
  if (!Array.isArray(choices)) throw new Error(`${where}: autocomplete returned ${typeof choices}, not an array`);
  const problems = choiceLimitViolations(choices);
  choices.forEach((c, i) => {
    if (typeof c.name !== 'string' || typeof c.value !== 'string')
      problems.push(`choices[${i}] is not {name: string, value: string}`);
    else if (c.name.trim() === '') problems.push(`choices[${i}].name is blank`);
  });
  if (new Set(choices.map((c) => c.value)).size !== choices.length) problems.push('two choices share a value');
  if (inputWasWellFormed && !inputsWellFormed(choices))
    problems.push('a choice holds half a character (a lone surrogate)');
  if (problems.length > 0)
    throw new Error(`${where}: invalid choices:\n  ${problems.join('\n  ')}\n${JSON.stringify(choices).slice(0, 600)}`);
}

export function assertValidComponentReply(r: ComponentReply, where: string, inputWasWellFormed = false): void {
  if (r.type !== 'update' && r.type !== 'reply') throw new Error(`${where}: component reply type ${String(r.type)}`);
  assertValidReply(r.data, where, inputWasWellFormed);
  // An update edits the public card in place and cannot make it private: an ephemeral "that didn't
  // work" sent as an update would replace everyone's card with the note.
  if (r.type === 'update' && isEphemeral(r.data))
    throw new Error(`${where}: an ephemeral note sent as an update would replace the card for everyone`);
}

export const isEphemeral = (r: ReplyData) => ((r.flags ?? 0) & EPHEMERAL) !== 0;

/** Every custom_id and select value in a reply: the ids a user can actually click. */
export function clickables(reply: ReplyData): { customId: string; values: string[][] }[] {
  const out: { customId: string; values: string[][] }[] = [];
  for (const row of reply.components ?? []) {
    if (row.type !== 1) continue;
    for (const c of row.components as { custom_id?: string; options?: { value: string }[]; type: number }[]) {
      if (typeof c.custom_id !== 'string') continue;
      const values = c.options ? c.options.map((o) => [o.value]) : [[]];
      out.push({ customId: c.custom_id, values });
    }
  }
  return out;
}
