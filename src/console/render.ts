import { ButtonStyle, ComponentType, type APIEmbed, type APIMessageTopLevelComponent } from 'discord-api-types/v10';
import { EPHEMERAL, type ReplyData } from '../reply.js';
import { markdownToTerminal } from './markdown.js';
import { withoutControls } from '../cards/text.js';
import { PLAIN, type Style } from './style.js';

/** Something the user can follow by typing its number: exactly what a click sends to handleComponent. */
export interface Action {
  customId: string;
  values: string[];
  label: string;
}

export interface Rendered {
  text: string;
  /** actions[0] is number 1 on screen. */
  actions: Action[];
}

/**
 * A reply as a terminal shows it: content, then each embed (title, description, fields, footer)
 * behind a bar, then the buttons and select options, numbered in reading order. Pure.
 */
export function renderReply(reply: ReplyData, style: Style = PLAIN): Rendered {
  // Reply text can carry what a user typed; control characters in it must not reach the terminal.
  const md = (s: string) => markdownToTerminal(withoutControls(s), style);
  const blocks: string[] = [];
  if ((reply.flags ?? 0) & EPHEMERAL) blocks.push(style.dim('(only you can see this)'));
  if (reply.content) blocks.push(md(reply.content));
  for (const embed of reply.embeds ?? []) blocks.push(renderEmbed(embed, style, md));
  const actions: Action[] = [];
  const rows = (reply.components ?? []).map((c) => renderComponent(c, actions, style, md)).filter((r) => r !== '');
  if (rows.length > 0) blocks.push(rows.join('\n'));
  return { text: blocks.join('\n\n'), actions };
}

function renderEmbed(embed: APIEmbed, style: Style, md: (s: string) => string): string {
  const lines: string[] = [];
  if (embed.author?.name) lines.push(style.dim(md(embed.author.name)));
  if (embed.title) lines.push(style.bold(md(embed.title)));
  if (embed.url) lines.push(style.dim(embed.url));
  if (embed.description) lines.push('', md(embed.description));
  const fields = embed.fields ?? [];
  if (fields.length > 0) lines.push('');
  for (const field of fields) {
    const name = md(field.name);
    const value = md(field.value);
    // Short one-line values sit beside their name; longer ones go underneath, indented.
    if (!value.includes('\n') && name.length + value.length < 90) lines.push(`${style.bold(`${name}:`)} ${value}`);
    else lines.push(style.bold(`${name}:`), ...value.split('\n').map((l) => `  ${l}`));
  }
  const footer = [embed.footer?.text ? md(embed.footer.text) : '', embed.timestamp ? embed.timestamp.slice(0, 10) : '']
    .filter(Boolean)
    .join(' · ');
  if (footer) lines.push('', style.dim(footer));
  const bar = style.bar(embed.color ?? undefined);
  return lines
    .flatMap((l) => l.split('\n'))
    .map((l) => (l === '' ? bar : `${bar} ${l}`))
    .join('\n');
}

function renderComponent(
  component: APIMessageTopLevelComponent,
  actions: Action[],
  style: Style,
  md: (s: string) => string,
): string {
  const number = (action: Action) => `[${actions.push(action)}]`;
  switch (component.type) {
    case ComponentType.ActionRow: {
      const buttons: string[] = [];
      const lines: string[] = [];
      for (const item of component.components) {
        if (item.type === ComponentType.Button) {
          if (item.style === ButtonStyle.Premium) {
            buttons.push(style.dim('[–] (a Discord purchase)'));
            continue;
          }
          const label = withoutControls([item.emoji?.name, item.label].filter(Boolean).join(' ')) || '(button)';
          if (item.style === ButtonStyle.Link) buttons.push(`${style.underline(label)} → ${item.url}`);
          else if (item.disabled) buttons.push(style.dim(`[–] ${label}`));
          else buttons.push(`${style.bold(number({ customId: item.custom_id, values: [], label }))} ${label}`);
        } else if (item.type === ComponentType.StringSelect) {
          lines.push(`${item.placeholder ? md(item.placeholder) : 'Choose one'}:`);
          for (const option of item.options) {
            const label = withoutControls([option.emoji?.name, option.label].filter(Boolean).join(' '));
            const description = option.description ? style.dim(` — ${withoutControls(option.description)}`) : '';
            const current = option.default ? style.dim(' (current)') : '';
            const n = number({ customId: item.custom_id, values: [option.value], label });
            lines.push(`  ${style.bold(n)} ${label}${description}${current}`);
          }
        } else {
          // User, role, channel and mentionable selects pick Discord entities: nothing to offer here.
          lines.push(style.dim(`${item.placeholder ?? 'A Discord picker'} (only in Discord)`));
        }
      }
      // A row of buttons stays on one line while it fits a narrow terminal, else one per line.
      const row = buttons.join('   ');
      return [visibleLength(row) <= 80 ? row : buttons.join('\n'), ...lines].filter(Boolean).join('\n');
    }
    case ComponentType.TextDisplay:
      return md(component.content);
    case ComponentType.Container:
    case ComponentType.Section:
      return component.components
        .map((c) => renderComponent(c as APIMessageTopLevelComponent, actions, style, md))
        .filter(Boolean)
        .join('\n');
    default:
      return '';
  }
}

/** Length as seen on screen: ANSI style sequences take no room. */
const visibleLength = (s: string) => s.replace(/\x1b\[[\d;]*m/g, '').length;
