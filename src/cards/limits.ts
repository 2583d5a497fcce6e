import type { ReplyData, Choice } from '../reply.js';

/** Discord's limits (developers/resources/message.mdx, interactions, components). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  selectOptions: 25,
  selectOptionText: 100,
  selectPlaceholder: 150,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Discord counts code points; UTF-16 length over-counts astral characters, so it is the safe side. */
const len = (s: string | undefined) => (s ?? '').length;

/** Every way a reply breaks Discord's limits, each with the path of the offending field. Empty: valid. */
export function replyLimitViolations(reply: ReplyData): string[] {
  const v: string[] = [];
  const over = (path: string, value: string | undefined, max: number) => {
    if (len(value) > max) v.push(`${path}: ${len(value)} characters, over ${max}`);
  };
  over('content', reply.content, LIMITS.content);
  const embeds = reply.embeds ?? [];
  if (embeds.length > LIMITS.embeds) v.push(`embeds: ${embeds.length} embeds, over ${LIMITS.embeds}`);
  let total = 0;
  embeds.forEach((e, i) => {
    const p = `embeds[${i}]`;
    over(`${p}.title`, e.title, LIMITS.embedTitle);
    over(`${p}.description`, e.description, LIMITS.embedDescription);
    over(`${p}.footer.text`, e.footer?.text, LIMITS.footer);
    over(`${p}.author.name`, e.author?.name, LIMITS.author);
    const fields = e.fields ?? [];
    if (fields.length > LIMITS.embedFields) v.push(`${p}.fields: ${fields.length} fields, over ${LIMITS.embedFields}`);
    fields.forEach((f, j) => {
      over(`${p}.fields[${j}].name`, f.name, LIMITS.fieldName);
      over(`${p}.fields[${j}].value`, f.value, LIMITS.fieldValue);
      if (f.name.trim() === '') v.push(`${p}.fields[${j}].name: empty`);
      if (f.value.trim() === '') v.push(`${p}.fields[${j}].value: empty`);
      total += len(f.name) + len(f.value);
    });
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
  });
  if (total > LIMITS.embedTotal) v.push(`embeds: ${total} characters in all, over ${LIMITS.embedTotal}`);
  const rows = reply.components ?? [];
  if (rows.length > LIMITS.actionRows) v.push(`components: ${rows.length} action rows, over ${LIMITS.actionRows}`);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    if (row.type !== 1) return;
    const items = row.components;
    if (items.length > LIMITS.buttonsPerRow)
      v.push(`components[${i}]: ${items.length} components, over ${LIMITS.buttonsPerRow}`);
    items.forEach((c, j) => {
      const p = `components[${i}].components[${j}]`;
      if ('custom_id' in c && typeof c.custom_id === 'string') {
        if (c.custom_id.length < 1 || c.custom_id.length > LIMITS.customId)
          v.push(`${p}.custom_id: ${c.custom_id.length} characters, must be 1–${LIMITS.customId}`);
        if (ids.has(c.custom_id)) v.push(`${p}.custom_id: "${c.custom_id}" is used twice in one message`);
        ids.add(c.custom_id);
      }
      if ('label' in c && typeof c.label === 'string') over(`${p}.label`, c.label, LIMITS.buttonLabel);
      if ('options' in c && Array.isArray(c.options)) {
        if (c.options.length > LIMITS.selectOptions)
          v.push(`${p}.options: ${c.options.length} options, over ${LIMITS.selectOptions}`);
        if (c.options.length === 0) v.push(`${p}.options: a select needs at least one option`);
        c.options.forEach((o: { label: string; value: string; description?: string }, k: number) => {
          over(`${p}.options[${k}].label`, o.label, LIMITS.selectOptionText);
          over(`${p}.options[${k}].value`, o.value, LIMITS.selectOptionText);
          over(`${p}.options[${k}].description`, o.description, LIMITS.selectOptionText);
        });
        if ('placeholder' in c) over(`${p}.placeholder`, c.placeholder as string | undefined, LIMITS.selectPlaceholder);
      }
    });
  });
  if (reply.allowed_mentions?.parse?.length !== 0) v.push('allowed_mentions: must be { parse: [] }');
  const hasText = len(reply.content).valueOf() > 0 || embeds.length > 0;
  if (!hasText) v.push('reply: has neither content nor embeds');
  return v;
}

/** Every way a list of autocomplete choices breaks Discord's limits. Empty: valid. */
export function choiceLimitViolations(choices: readonly Choice[]): string[] {
  const v: string[] = [];
  if (choices.length > LIMITS.choices) v.push(`choices: ${choices.length}, over ${LIMITS.choices}`);
  choices.forEach((c, i) => {
    if (c.name.length < 1 || c.name.length > LIMITS.choiceName)
      v.push(`choices[${i}].name: ${c.name.length} characters, must be 1–${LIMITS.choiceName}`);
    if (c.value.length < 1 || c.value.length > LIMITS.choiceValue)
      v.push(`choices[${i}].value: ${c.value.length} characters, must be 1–${LIMITS.choiceValue}`);
  });
  return v;
}
