/**
 * A topic asked in the words of someone browsing (session 19, answer3): "anything about healthcare?", "what's there on
 * fintech", "is there anything on AI?", "I work in logistics — what's relevant to me?", "I'm in agriculture, anything
 * for me?". The frame ("anything", "what's there", "relevant to me") asks for the records on the topic, but no reading
 * took it so: one record's card ("anything about healthcare?"), a claim checked ("is there anything on AI?": "the
 * sources don't say it has happened"), or "not sure" ("what's there on fintech"). Asked as the question it means —
 * "which MOUs and projects are about X?" — it gets the list, or an honest "none on file" with where the sources do
 * speak of it.
 *
 * Only a topic: a frame around a partner, a person, a meeting, a record or a named outcome ("anything on Keppel?",
 * "what's there on the 3rd JIC") is left to the readings that answer those.
 */
import type { Understanding } from './understand.js';

// A cheap gate before any pattern: a word of browsing.
const GATE = /\b(?:anything|something|stuff|there|relevant|useful|interest|for me|for us|in it for|on offer)\b/i;

// The trailing words that only say it is a field ("the healthcare sector", "fintech stuff", "AI-related").
const FIELD =
  /(?:[\s-]+(?:sector|space|field|area|industry|domain|business|market|world|stuff|things|related|side|scene|projects?|work|companies|company|firms?|people|person|guy|professional|worker))+$/i;

// "(Is there) anything about X", "any work on X", "got anything for X".
const ANYTHING =
  /^(?:(?:so|ok|okay|hey|hi|and|also|um|hmm)[\s,]+)?(?:(?:is|are) there\s+|(?:have you|you) got\s+|(?:do|does) (?:you|the sci|sci) have\s+|you have\s+|got\s+)?(?:anything|something|any(?:thing)?\s+(?:work|stuff|info|information|news|initiatives?|deals?|agreements?|records?|cooperation|collaboration))\s+(?:at all\s+)?(?:about|on|in|for|regarding|re|related to|to do with|concerning|involving|around|covering|dealing with|touching on|in the (?:area|field|space) of)\s+(.+?)[\s?.!]*$/i;
// "What's there on X", "what is there about X", "what do you have on X", "what's on offer for X".
const WHATS_THERE =
  /^(?:so\s+|and\s+|ok\s+)?what(?:'s|’s| is| do you have| have you got| does the sci have| does sci have| is there)\s+(?:there\s+|available\s+|on offer\s+)?(?:on|about|for|regarding|in|related to|to do with|concerning)\s+(.+?)[\s?.!]*$/i;
// "I work in logistics — what's relevant to me?", "I'm in agriculture, anything for me?", "we are a fintech startup:
// what's in it for us".
const PERSONA =
  /^(?:i|we)(?:'m|’m| am| are)?\s+(?:(?:working|work|do|run|own|study|studying|teach|teaching)\s+)?(?:in|at|on|with|for|a|an)?\s*(?:the\s+|a\s+|an\s+)?(.+?)\s*(?:[,;:.!—–]|\s-\s)+\s*(.+)$/i;
const FOR_ME =
  /\b(?:for me|for us|to me|to us|relevant|useful|of interest|interest(?:s|ing)? (?:me|us)|in it for|apply to (?:me|us)|matters? to (?:me|us)|should i (?:look|know)|i should (?:look|know))\b/i;
const ASKS = /^(?:anything|any|what|which|is there|are there|where|how|so what|tell me|show me|got)\b/i;

// What a topic is not: a partner, person, meeting, record or named outcome the readings answer themselves.
const NOT_TOPICS = new Set([
  'org',
  'person',
  'meeting',
  'record',
  'highlight',
  'initiative',
  'group',
  'kind',
  'country',
]);

/**
 * The question a browsing frame means ("which MOUs and projects are about healthcare?"), or undefined. `read` reads
 * the topic's words, to leave a frame around anything else alone.
 */
export function topicAsked(question: string, read: (text: string) => Understanding): string | undefined {
  const text = question.trim().replace(/[’‘]/g, "'");
  if (!GATE.test(text) || text.length > 160) return undefined;
  // ("Is there any cooperation on rehabilitation care?" asks yes or no of a kind of work, and is answered so: only
  // "anything"/"something" is a browsing frame after "is there".)
  const anything = /^(?:is|are) there\s+any\s/i.test(text) ? undefined : ANYTHING.exec(text)?.[1];
  let topic = anything ?? WHATS_THERE.exec(text)?.[1];
  if (!topic) {
    const p = PERSONA.exec(text);
    if (p && FOR_ME.test(p[2] ?? '') && ASKS.test((p[2] ?? '').trim())) topic = p[1];
  }
  const t = topic
    ?.replace(/^(?:the|a|an|any|some)\s+/i, '')
    .replace(FIELD, '')
    .replace(/[\s?.!,]+$/, '')
    .trim();
  if (!t || t.split(/\s+/).length > 4 || !/^[a-z][a-z0-9 &'/-]*$/i.test(t)) return undefined;
  // (Words that are no topic: "me", "it", "that", "this", "the sci", "now".)
  if (/^(?:me|us|it|that|this|them|there|here|now|today|sci|the sci|jic|everyone|anyone|you)$/i.test(t))
    return undefined;
  const u = read(`which mous and projects are about ${t}?`);
  if (u.mentions.some((m) => NOT_TOPICS.has(m.type) && m.start > 30)) return undefined;
  return `which MOUs and projects are about ${t}?`;
}
