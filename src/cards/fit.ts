import { ComponentType, type APIEmbed, type APIEmbedField } from 'discord-api-types/v10';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { LIMITS } from './limits.js';
import { truncate } from './text.js';
import type { Row } from './components.js';

/** Shortest a field or description is cut to when the message's embeds are over 6000 in all. */
const MIN_TEXT = 40;

export function fitEmbed(e: APIEmbed): APIEmbed {
  const fields: APIEmbedField[] = (e.fields ?? []).slice(0, LIMITS.embedFields).map((f) => ({
    ...f,
    name: truncate(f.name.trim() || '—', LIMITS.fieldName),
    value: truncate(f.value.trim() || '—', LIMITS.fieldValue),
  }));
  return {
    ...e,
    ...(e.title !== undefined ? { title: truncate(e.title, LIMITS.embedTitle) } : {}),
    ...(e.description !== undefined ? { description: truncate(e.description, LIMITS.embedDescription) } : {}),
    ...(e.footer ? { footer: { ...e.footer, text: truncate(e.footer.text, LIMITS.footer) } } : {}),
    ...(e.author ? { author: { ...e.author, name: truncate(e.author.name, LIMITS.author) } } : {}),
    ...(e.fields ? { fields } : {}),
  };
}

/** The characters of one embed that count toward Discord's 6000 across a message. */
export const embedLength = (e: APIEmbed) =>
  (e.title ?? '').length +
  (e.description ?? '').length +
  (e.footer?.text ?? '').length +
  (e.author?.name ?? '').length +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Cuts the longest texts (then drops last fields) until all embeds together are ≤ 6000 characters. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const out = embeds.map((e) => ({ ...e, fields: e.fields ? [...e.fields] : undefined }));
  for (;;) {
    const total = out.reduce((n, e) => n + embedLength(e), 0);
    const excess = total - LIMITS.embedTotal;
    if (excess <= 0) break;
    // The longest cuttable text: a description or a field value.
    let best: { e: APIEmbed; field: number | null; length: number } | null = null;
    for (const e of out) {
      if ((e.description?.length ?? 0) > (best?.length ?? MIN_TEXT))
        best = { e, field: null, length: e.description?.length ?? 0 };
      e.fields?.forEach((f, i) => {
        if (f.value.length > (best?.length ?? MIN_TEXT)) best = { e, field: i, length: f.value.length };
      });
    }
    if (best) {
      const target = Math.max(MIN_TEXT, best.length - excess);
      if (best.field === null) best.e.description = truncate(best.e.description ?? '', target);
      else {
        const f = best.e.fields?.[best.field];
        if (f && best.e.fields) best.e.fields[best.field] = { ...f, value: truncate(f.value, target) };
      }
      continue;
    }
    const withFields = [...out].reverse().find((e) => (e.fields?.length ?? 0) > 0);
    if (withFields?.fields) withFields.fields.pop();
    else {
      const last = out[out.length - 1];
      if (!last || out.length === 1) break;
      out.pop();
    }
  }
  return out.map((e) => (e.fields === undefined ? (({ fields: _f, ...rest }) => rest)(e) : e));
}

/** Rows within Discord's rules: ≤ 5 rows, ≤ 5 buttons or one select a row, distinct custom_ids. */
function fitComponents(rows: readonly Row[]): Row[] {
  const ids = new Set<string>();
  const out: Row[] = [];
  for (const row of rows) {
    if (out.length >= LIMITS.actionRows) break;
    const items = row.components.filter((c) => {
      const id = 'custom_id' in c ? c.custom_id : undefined;
      if (id === undefined) return true;
      if (id.length < 1 || id.length > LIMITS.customId || ids.has(id)) return false;
      ids.add(id);
      return true;
    });
    const select = items.find((c) => c.type === ComponentType.StringSelect);
    if (select && select.type === ComponentType.StringSelect) {
      const values = new Set<string>();
      const options = select.options
        .filter(
          (o) =>
            o.value.length >= 1 &&
            o.value.length <= LIMITS.selectOptionText &&
            !values.has(o.value) &&
            !!values.add(o.value),
        )
        .slice(0, LIMITS.selectOptions)
        .map((o) => ({
          ...o,
          label: truncate(o.label, LIMITS.selectOptionText),
          ...(o.description ? { description: truncate(o.description, LIMITS.selectOptionText) } : {}),
        }));
      if (options.length > 0)
        out.push({
          type: ComponentType.ActionRow,
          components: [
            {
              ...select,
              options,
              ...(select.placeholder ? { placeholder: truncate(select.placeholder, LIMITS.selectPlaceholder) } : {}),
            },
          ],
        });
      continue;
    }
    const buttons = items
      .slice(0, LIMITS.buttonsPerRow)
      .map((b) =>
        'label' in b && typeof b.label === 'string' ? { ...b, label: truncate(b.label, LIMITS.buttonLabel) } : b,
      );
    if (buttons.length > 0) out.push({ type: ComponentType.ActionRow, components: buttons });
  }
  return out;
}

/**
 * The last step of every reply: whatever a card built, the payload that leaves is within every
 * Discord limit and can mention no one. Cards already aim to fit; this makes it certain.
 */
export function fitReply(reply: ReplyData): ReplyData {
  const embeds = reply.embeds ? fitTotal(reply.embeds.slice(0, LIMITS.embeds).map(fitEmbed)) : undefined;
  const content = reply.content !== undefined ? truncate(reply.content, LIMITS.content) : undefined;
  const rows = reply.components as Row[] | undefined;
  const components = rows ? fitComponents(rows) : undefined;
  const hasText = (content ?? '').trim().length > 0 || (embeds?.length ?? 0) > 0;
  return {
    ...reply,
    ...(hasText ? (content !== undefined ? { content } : {}) : { content: '(nothing to show)' }),
    ...(embeds ? { embeds } : {}),
    ...(components ? { components } : {}),
    allowed_mentions: NO_MENTIONS,
  };
}
