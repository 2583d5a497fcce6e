/**
 * Checks every body the bot sends the fake Discord: Discord's own request schemas (the
 * `discord-api-spec` package's zod build of the OpenAPI spec) plus the limits the spec cannot
 * express (6000 characters across a message's embeds, 5 action rows, the command name rule).
 * Each function returns violations as "where: what", empty when the body is valid.
 */
import {
  ApplicationCommandAutocompleteCallbackRequestSchema,
  ApplicationCommandCreateRequestSchema,
  CreateMessageInteractionCallbackRequestSchema,
  IncomingWebhookRequestPartialSchema,
  IncomingWebhookUpdateRequestPartialSchema,
  MessageCreateRequestSchema,
  UpdateMessageInteractionCallbackRequestSchema,
} from 'discord-api-spec/zod';
import { choiceLimitViolations, replyLimitViolations } from '../../src/cards/limits.js';
import type { Choice, ReplyData } from '../../src/reply.js';

interface SafeParser {
  safeParse(data: unknown): { success: true } | { success: false; error: { issues: ZodIssueLike[] } };
}
interface ZodIssueLike {
  path: PropertyKey[];
  message: string;
  errors?: ZodIssueLike[][];
}

/** Discord's rule for CHAT_INPUT command and option names (application-commands.mdx, "Naming"). */
export const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function issuePaths(issues: readonly ZodIssueLike[], prefix: string): string[] {
  return issues.flatMap((i) => {
    const path = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
    // A union failure names each branch's issues; the shortest list is usually the intended branch.
    if (i.errors && i.errors.length > 0) {
      const best = [...i.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return issuePaths(best, path);
    }
    return [`${path || '(body)'}: ${i.message}`];
  });
}

function schemaViolations(schema: SafeParser, body: unknown, prefix = ''): string[] {
  const r = schema.safeParse(body);
  return r.success ? [] : issuePaths(r.error.issues, prefix);
}

const at = (prefix: string, list: string[]) => list.map((v) => `${prefix}.${v}`);

const callbackSchemas: Record<number, SafeParser> = {
  4: CreateMessageInteractionCallbackRequestSchema as SafeParser,
  5: CreateMessageInteractionCallbackRequestSchema as SafeParser,
  6: UpdateMessageInteractionCallbackRequestSchema as SafeParser,
  7: UpdateMessageInteractionCallbackRequestSchema as SafeParser,
  8: ApplicationCommandAutocompleteCallbackRequestSchema as SafeParser,
};

/** POST /interactions/{id}/{token}/callback */
export function callbackViolations(body: unknown): string[] {
  const b = body as { type?: number; data?: unknown } | null;
  const schema = callbackSchemas[b?.type ?? -1];
  if (!b || !schema) return [`type: ${String(b?.type)} is not a callback type the bot should send`];
  const v = schemaViolations(schema, body);
  if (b.type === 4 || b.type === 7) v.push(...at('data', replyLimitViolations(b.data as ReplyData)));
  if (b.type === 8) {
    const choices = ((b.data as { choices?: { name: string; value: unknown }[] }).choices ?? []).map(
      (c) => ({ name: c.name, value: String(c.value) }) satisfies Choice,
    );
    v.push(...at('data', choiceLimitViolations(choices)));
  }
  return v;
}

/** PATCH /webhooks/{app}/{token}/messages/@original (editReply) and POST /webhooks/{app}/{token} (followUp) */
export function webhookViolations(method: string, body: unknown): string[] {
  const schema = (
    method === 'PATCH' ? IncomingWebhookUpdateRequestPartialSchema : IncomingWebhookRequestPartialSchema
  ) as SafeParser;
  return [...schemaViolations(schema, body), ...replyLimitViolations(body as ReplyData)];
}

/** POST /channels/{id}/messages: the reply to a mention. It must reply, and ping no one. */
export function channelMessageViolations(body: unknown): string[] {
  const v = [
    ...schemaViolations(MessageCreateRequestSchema as SafeParser, body),
    ...replyLimitViolations(body as ReplyData),
  ];
  const b = body as { message_reference?: { message_id?: string }; allowed_mentions?: { replied_user?: boolean } };
  if (!b.message_reference?.message_id)
    v.push('message_reference: a mention must be answered as a reply to the message');
  if (b.allowed_mentions?.replied_user !== false)
    v.push('allowed_mentions.replied_user: must be false (the reply pings no one)');
  return v;
}

interface OptionLike {
  name: string;
  description?: string;
  options?: OptionLike[];
}

function nameViolations(o: OptionLike, path: string): string[] {
  const v: string[] = [];
  if (!COMMAND_NAME.test(o.name) || o.name !== o.name.toLowerCase())
    v.push(`${path}.name: "${o.name}" breaks Discord's name rule (1–32 lowercase letters, digits, - _ ')`);
  const d = o.description ?? '';
  if (d.length < 1 || d.length > 100) v.push(`${path}.description: ${d.length} characters, must be 1–100`);
  (o.options ?? []).forEach((child, i) => v.push(...nameViolations(child, `${path}.options[${i}]`)));
  return v;
}

/** One command definition, as deploy-commands sends it (each element of the PUT body). */
export function commandDefinitionViolations(def: unknown, path = 'command'): string[] {
  return [
    ...schemaViolations(ApplicationCommandCreateRequestSchema as SafeParser, def, path),
    ...nameViolations(def as OptionLike, path),
  ];
}
