/**
 * What the SCI does for someone, asked by someone who might take part (session 20, answer2): "which project helps
 * tourists visiting Shenzhen?", "what does the SCI do for SMEs?", "does the SCI give funding to companies?", "how can my
 * company join the demonstration zone?". Each was "not sure", a record's card, or a Yes for a word ("does the initiative
 * fund startups?" → "Yes: the CapitaLand development fund"). Read as the question it means:
 *
 * - who it serves ("helps X", "aimed at X", "what does the SCI do for X"): the records and outcomes about X;
 * - money ("funding", "grants"): what the sources report on funding, led by what they don't say (who gets it, how);
 * - how to join or apply: the sources don't say, then what they do say of the thing asked.
 *
 * The lead is said before the answer to that question; nothing here names a record or a number itself.
 */

/** A question to answer instead, and what is said before its answer. */
export interface Offer {
  question: string;
  lead?: string;
  /** A word or two alone: kept only where the sources have something on it. */
  bare?: boolean;
  /** Who or what is served, as read: a place, a pillar or a name is no topic (offerTrace leaves it to the readings). */
  topic?: string;
}

// A cheap gate on the typed text: a word of serving, money or joining.
const GATE =
  /\b(?:help|helps|helping|serve|serves|support|supports|benefit|benefits|target|targets|targeting|aimed|geared|designed|meant|intended|cater|caters|for|fund|funds|funding|funded|grants?|money|financing|subsid|invest|loans?|join|apply|participate|involved|sign|take part|be part|become|set up|operate|enter|register|partner|collaborate|initiative|programme|program|scheme|effort|activities|cooperation)/i;

// Who a record may serve, as typed after the verb: trimmed of where they are going or what they do there
// ("tourists visiting Shenzhen" → tourists), of words that only say they are foreign or local.
const AFTER_WHO =
  /\s+(?:visiting|going|travelling|traveling|coming|moving|who|that|which|in|from|to|based|with|like|such|at|on|when|looking|wanting|trying)\b.*$/;
const ONLY_WHERE = /^(?:foreign|overseas|international|local|chinese|singaporean|singapore|shenzhen)\s+/;

const SERVE =
  '(?:help|helps|helping|serve|serves|serving|support|supports|supporting|benefit|benefits|benefiting|benefitting|target|targets|targeting|(?:is |are )?(?:aimed|geared|targeted|designed|meant|intended) (?:at|for|to|towards?)|(?:is |are )?(?:good|useful|suitable|ideal|relevant|right|best|helpful|of use) (?:for|to)|(?:is |are )?for|caters? (?:to|for)|assist|assists)';
const RECORDS = '(?:sci |the sci |)(projects?|mous?|agreements?|records?|initiatives?|outcomes?|things?|deals?)';

// "Which project helps tourists visiting Shenzhen?", "are there any SCI projects aimed at SMEs?", "is there a project
// that helps foreign travellers?", "what projects are for SMEs".
const RECORDS_SERVE = new RegExp(
  `^(?:(which|what)|(are there any|are there|is there an?y?|is there a|any))\\s+${RECORDS}\\s+(?:that\\s+|which\\s+)?(?:(?:are|is|were|was)\\s+)?${SERVE}\\s+(.+)$`,
);
// "What does the SCI do for SMEs?", "how does the SCI help startups", "what's in the SCI for tourists", "what helps
// tourists visiting shenzhen".
const SCI = '(?:the sci|sci|the initiative|this initiative|the smart city initiative|it)';
const SCI_SERVE = new RegExp(
  `^(?:what (?:does|do|can|could|will|did) ${SCI} (?:do|offer|provide|have|bring|give|mean) (?:for|to)|how (?:does|do|can|could|will|did|is) ${SCI} (?:help|helping|support|supporting|benefit|benefiting|serve|serving|assist|assisting)|what (?:helps|serves|supports|benefits|is there for|is available for|is on offer for))\\s+(.+)$`,
);

// Enterprises at large, served by the SCI itself: its aim answers.
const ENTERPRISES =
  /^(?:(?:singapore|singaporean|chinese|shenzhen|local|foreign) )?(?:companies|company|businesses|business|firms|firm|enterprises|enterprise|corporations)$/;

// Money asked of the SCI: "does the SCI give funding to companies?", "can companies get money from the SCI?", "is there
// any funding available", "does the initiative fund startups?", "where can I get a grant for a smart city project".
const MONEY = /\b(?:fund|funds|funding|funded|grants?|money|financing|subsid(?:y|ies|ise|ize)|investment|loans?)\b/;
const MONEY_ASKED =
  /^(?:(?:does|do|did|can|could|will|would|is|are|was|were)\b|(?:where|how|who|what)\b.*\b(?:get|apply|obtain|receive|find|available|offer|gives?|provides?)\b|any\b)/;

// How to join or apply: "how can my company join the demonstration zone", "how do I apply to the SCI", "how to take
// part in the SCI", "can my company set up in the demo zone, how?".
const JOIN =
  /^(?:how (?:can|could|do|does|would|should|may|might|to|will)|can|could|may|should|shall|is it possible for|(?:am i|are we|is my [a-z]+|is our [a-z]+) (?:able|allowed|eligible) to|where (?:do|can|should|could|would)|what(?: is|s) the (?:process|procedure|way|steps?|requirements?) (?:to|for))\s+(?:(?:i|we|my|our|a|an|one|someone|anyone|anybody|people|companies|firms|businesses|startups|universities|partners|(?:my|our|a|an) (?:[a-z-]+ ){0,2}?[a-z-]+)\s+)*?(?:to\s+)?(?:(?:ever\s+)?(?:apply to (?:join|be part of|be a part of|take part in|participate in)|join|joining|apply (?:to|for)|applying (?:to|for)|take part in|participate in|get involved (?:in|with)|sign up (?:for|to|with)|become (?:a )?(?:partner|part|member) (?:of|in)|be (?:a )?part of|enter|set up in|operate in|get into|register (?:for|with)|sign an mou (?:with|under)|partner with|collaborate with))(?:\s+(.+?))?(?:\s+how)?$/;
// What follows the thing joined is who asks or how, never part of it ("the SCI as a Shenzhen SME, how do I apply").
const JOIN_TAIL =
  /\s+(?:(?:and )?how (?:do|can|should|would|could|to) (?:i|we|you|one|they)?\b.*|as (?:a|an|the|my|our) .*|being (?:a|an) .*|if (?:i|we) .*|from .*|based in .*)$/;
// The SCI itself, however named ("the initiative", "the Shenzhen-Singapore cooperation"), or nothing named ("can anyone join?").
const JOIN_SCI =
  /^(?:sci|the sci|initiative|smart city initiative|programme|program|scheme|cooperation|partnership|collaboration|it|this|that|(?:singapore|shenzhen|sg|sz)(?: and | x | )(?:shenzhen|singapore|sz|sg)(?: [a-z]+)?)?$/;

// "Is there support for startups?", "any programmes for SMEs", "does the SCI offer help to tourists": what is on offer
// for someone is what is about them.
const SUPPORT_FOR =
  /^(?:is there|are there|any|what|what kind of|what sort of|do you have|does the sci (?:have|offer|give|provide)|does sci (?:have|offer|give|provide))\s+(?:any\s+)?(?:support|help|programmes?|programs?|schemes?|incentives?|opportunities|initiatives?|assistance)\s+(?:(?:is there|is available|are there|are available|exists?|do you have|does the sci (?:have|offer))\s+)?(?:for|to|to help)\s+(.+)$/;

// "Any SME initiatives?", "fintech programmes?", "got any AI work": the initiatives on a topic are its records and outcomes.
const THINGS_ON =
  /^(?:(?:are there|is there|do you have|got|you got)\s+)?(?:any\s+)?([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})\s+(?:initiatives?|programmes?|programs?|schemes?|efforts?|activities|cooperation|collaborations?)$/;
// What says which ones, never what they are about ("other initiatives", "the SCI's key programmes").
const NO_TOPIC =
  /^(?:other|new|newer|latest|recent|more|all|sci|the|these|those|its|their|joint|key|main|major|flagship|big|current|past|future|any|some|what|which|smart city|city|bilateral)$/;

// A word or two alone, asking nothing else ("startups", "fintech", "hospitals"): a topic browsed, if the sources have
// anything on it (offerTrace keeps it only then). A name, a meeting or a kind alone is the readings' that know them.
const BARE = /^[a-z][a-z-]{2,20}(?: [a-z][a-z-]{2,20}){0,2}$/;
const ASKS_WORD =
  /\b(?:how|when|where|who|whom|whose|which|what|why|did|does|do|is|are|was|were|has|have|had|can|could|list|show|name|tell|give|help|hi|hey|hello|thanks|ok|yes|no)\b/;

// Words alone about the bot or its answers, never a topic ("sources": the documents, whatever an outcome's text says).
const META =
  /^(?:sources?|references?|citations?|links?|bot|commands?|about|info|information|details|summary|overview|news|updates?|latest|faq|docs|documentation|tests?|testing|menu|start|stop|ping|more|again|example|examples)$/;

/** The question a frame of serving, money or joining means, or undefined. `text`: the question in normal form. */
export function offerAsked(text: string): Offer | undefined {
  const t = text.trim();
  const on = THINGS_ON.exec(t)?.[1];
  if (on && !NO_TOPIC.test(on)) return { question: `which MOUs and projects are about ${on}?`, topic: on };
  if (BARE.test(t) && !ASKS_WORD.test(t) && !META.test(t))
    return { question: `which MOUs and projects are about ${t}?`, bare: true };
  if (!GATE.test(t) || t.length > 160) return undefined;
  const join = JOIN.exec(t);
  if (join) {
    const thing = (join[1] ?? '').replace(JOIN_TAIL, '').replace(/^(?:the|a|an)\s+/, '');
    if (thing.split(' ').length > 6) return undefined;
    return {
      question: JOIN_SCI.test(thing) ? 'what is the sci?' : `what is the ${thing}?`,
      lead: `The sources don't say how to join or apply; what they say of it:`,
    };
  }
  if (MONEY.test(t) && MONEY_ASKED.test(t))
    return {
      question: 'which MOUs and projects are about funding?',
      lead: "The sources don't say who can get funding under the SCI, how much, or how to apply. What they report on funding:",
    };
  const records = RECORDS_SERVE.exec(t);
  const who = records?.[4] ?? SCI_SERVE.exec(t)?.[1] ?? SUPPORT_FOR.exec(t)?.[1];
  const topic = who
    ?.replace(AFTER_WHO, '')
    .replace(/^(?:the|a|an|all)\s+/, '')
    .replace(ONLY_WHERE, '')
    .trim();
  if (!topic || topic.split(' ').length > 4 || !/^[a-z][a-z0-9 &'-]*$/.test(topic)) return undefined;
  if (/^(?:me|us|it|them|that|this|you|everyone|anyone|people|both|each)$/.test(topic)) return undefined;
  // ("How does the SCI help companies?": what it is for — its summary says whose opportunities it creates — never the
  // records that merely have a company in them.)
  if (!records && ENTERPRISES.test(topic)) return { question: 'what is the sci?' };
  const kind = records?.[3] ?? '';
  const asks = records?.[2] ? 'are there any' : 'which';
  const select = /^project/.test(kind) ? 'projects' : /^(?:mou|agreement)/.test(kind) ? 'MOUs' : 'MOUs and projects';
  return { question: `${asks} ${select} ${asks === 'which' ? 'are ' : ''}about ${topic}?`, topic };
}
