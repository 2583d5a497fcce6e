import type { ReplyData } from '../../src/reply.js';

/** What a user sees of a reply, flattened: for assertions on text rather than structure. */
export function visibleText(reply: ReplyData): string {
  const parts: string[] = [reply.content ?? ''];
  for (const e of reply.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  for (const row of components(reply))
    for (const c of row) {
      if ('label' in c && c.label) parts.push(c.label);
      for (const o of c.options ?? []) parts.push(o.label, o.description ?? '');
    }
  return parts.join('\n');
}

type Item = {
  type: number;
  custom_id?: string;
  label?: string;
  options?: { label: string; value: string; description?: string }[];
  disabled?: boolean;
};

export function components(reply: ReplyData): Item[][] {
  return (reply.components ?? []).map((row) => ('components' in row ? (row.components as unknown as Item[]) : []));
}

export function customIds(reply: ReplyData): string[] {
  return components(reply)
    .flat()
    .flatMap((c) => (c.custom_id ? [c.custom_id] : []));
}

export function buttons(reply: ReplyData): Item[] {
  return components(reply)
    .flat()
    .filter((c) => c.type === 2);
}

export function selects(reply: ReplyData): Item[] {
  return components(reply)
    .flat()
    .filter((c) => c.type === 3);
}

export function field(reply: ReplyData, name: RegExp): string | undefined {
  return reply.embeds?.[0]?.fields?.find((f) => name.test(f.name))?.value;
}

export const isEphemeral = (reply: ReplyData) => ((reply.flags ?? 0) & (1 << 6)) !== 0;
