/**
 * A claim inside a reporting frame (session 18, answer2): "is it correct to say that Yong Ying-I co-chaired the 3rd
 * JIC?", "a blog claims Joseph Leong co-chaired the 2nd JIC. is that right?", "my draft says the 4th JIC signed 8 MOUs —
 * accurate?", "I read somewhere that the GIA node is in Singapore", "someone told me …", "fact check: …". Whoever is said
 * to say it (the asker, a friend, a blog, a draft) is no speaker on file: the claim is what is asked, checked against the
 * sources ("is it true that <claim>"). Read as "did someone say X", these got "the sources don't quote anyone saying
 * that" and the quotes on file — and one, "i read online that the 3rd jic was held in person, is that correct?", a FALSE
 * "Yes" (the frame's "online" read as the claim's).
 *
 * One reading over one table of frames, on the normal form (lower case, no punctuation), after a confirming tag was read
 * ("…, right?" → "is it true that <frame> <claim>"): the frame before the claim goes, and any tag after it. A document
 * that IS a source ("does the press release say …") is hearsay.ts's, read before this; a person on file who says
 * something ("did Leong say …") is a quote, never a frame here. "Is it wrong to say …" stays FALSE_ASKED's.
 *
 * Cost: one regex anchored at the start of the text (it fails at the first word of almost every question).
 */

// Talk before the frame ("so", "quick q", "btw"): never part of the claim.
const TALK =
  '(?:(?:so|ok|okay|hey|hi|um|uh|hmm|btw|also|and|quick q|quick question|question|honest question|real talk) )*';
const SAY =
  '(?:says|said|say|claims|claimed|claim|states|stated|reports|reported|mentions|mentioned|notes|noted|suggests|suggested|asserts|asserted|writes|wrote|argues|argued|insists|insisted|reckons|reckon|thinks|think|thought|believes|believe|swears|swear|has it|puts it|tells me|told me|tells us|told us|keeps saying|is saying|was saying)';
// What the asker read, wrote or was handed: never one of the sources (those are hearsay.ts's).
const DOC =
  '(?:blog|blogpost|blog post|post|draft|piece|article|story|slides?|slide deck|deck|wiki|wikipedia|wikipedia page|essay|thesis|textbook|tweet|thread|summary|brief|briefing|newsletter|notes?|report|website|site|webpage|page|book|doc|document|writeup|write up|memo|email|presentation|ppt|powerpoint|chart|table|infographic|video|podcast|paper|headline|chatgpt|chatbot|forum|comment|caption|script|fact sheet|factsheet)';
// Whoever the asker heard it from: no speaker on file.
const PERSON =
  '(?:friend|colleague|boss|teacher|professor|prof|lecturer|manager|coworker|classmate|editor|tutor|dad|mum|mom|brother|sister|client|source|team|partner|journalist|reporter|student|contact|reader|blogger|analyst|expert|commentator|youtuber|influencer|researcher|writer|author|official|consultant|guy|person)';
const SOMEONE = `(?:someone|somebody|some1|people|ppl|everyone|they|many people|some people|a lot of people|chatgpt|google|wikipedia|reddit|twitter|linkedin|the internet|(?:a|an|one|some|this|that|my|our) (?:[a-z]+ )?${PERSON})`;
const FRAMES = [
  // "is it correct to say that …", "would it be fair to say …", "is it accurate for me to write …".
  '(?:is|was|would|will|could) (?:it|that|this) (?:be )?(?:(?:fully|really|entirely|strictly|factually|technically|still) )?(?:correct|accurate|true|right|fair|safe|ok|okay|valid|legit|reasonable|fine) (?:to|2|for me to|for us to|if i|if we) (?:say|state|claim|write|report|suggest|assert|conclude|note|mention|put it)(?: that)?',
  // "is it correct that …", "is it accurate that …" (never "is it true that", which needs no frame).
  '(?:is|was) it (?:correct|accurate|right|the case|so|a fact|factual) that',
  // "am i right that …", "am i correct in saying …", "can i say that …", "would you say that …".
  '(?:am i|are we) (?:right|correct) (?:to say|in saying|to think|in thinking|that)(?: that)?',
  '(?:can|could|may) (?:i|we) (?:say|write|claim|state|report)(?: that)?',
  '(?:would|do) (?:you|u) (?:say|agree)(?: that)?',
  // "i read (somewhere / online / in a report / on linkedin) that …", "i heard …", "i was told …".
  '(?:i|we) (?:have |ve |also |once |recently |just )?(?:read|heard|saw|seen|was told|were told|been told|learned|learnt|came across)(?: (?:somewhere|online|recently|once|elsewhere|(?:on|in|from) (?:a |an |the |some |my |our )?(?:[a-z0-9]+ ){0,2}?(?:blog|post|article|news|report|site|website|paper|forum|thread|tweet|video|group|chat|reddit|linkedin|twitter|wikipedia|wiki|google|class|lecture|someone|somebody|friend|colleague|meeting)))?(?: that)?',
  // "someone told me …", "my friend says …", "rumour has it …", "word is …".
  `${SOMEONE} ${SAY}(?: me| us)?(?: that)?`,
  '(?:rumou?r|word|the rumou?r|the word) (?:has it|is|says)(?: that)?',
  // "a blog claims …", "my draft says …", "i'm fact checking a piece that says …", "a post on linkedin said …", "the
  // slides i was given state …".
  `(?:(?:i am|im|i m|we are|we re) (?:[a-z]+ )?[a-z]+ing )?(?:a|an|the|my|our|this|that|one|some|their|his|her) (?:[a-z0-9]+ ){0,3}?${DOC}(?: (?:on|in|from|at) (?:[a-z0-9]+ ){0,2}?[a-z0-9]+)?(?: (?:i|we) (?:am |m |was |were )?(?:read|reading|saw|found|wrote|writing|editing|checking|have|got|was given|were given)(?: [a-z]+){0,2}?)?(?: (?:that|which))? ${SAY}(?: that)?`,
  // "according to my draft, …", "per a blog post, …" (never "according to the <publication>": the sources, BB1's).
  `(?:according to|per) (?:a|an|my|our|this|that|some|one) (?:[a-z0-9]+ ){0,3}?${DOC}`,
  // "fact check: …", "true or false: …", "verify: …".
  '(?:pls |please )?(?:fact ?check(?:ing)?|double ?check|sanity check|verify|verifying|true or false|t or f|myth or fact|fact or myth|fact or fiction)(?: (?:this|pls|please|for me|me))*(?: that)?',
];
const FRAMED = new RegExp(`^(?:is it true that )?${TALK}(?:${FRAMES.join('|')}) (.+)$`);

// A tag after the claim ("… is that right", "… accurate", "… is he correct"): how it is asked, never the claim's words.
const WHO_TAGGED = '(?:that|this|it|he|she|they|the claim|the statement|it all|that all|my draft|the post|the blog)';
const TAG = new RegExp(
  ` (?:(?:is|was|are|were) ${WHO_TAGGED}(?: (?:right|true|correct|accurate|so|the case|legit|valid|factual|fair|ok|okay|wrong|incorrect|false|inaccurate))?|(?:right|true|correct|accurate|legit|valid|true or false|fact or fiction|yes or no|am i right|does (?:that|it) (?:check out|hold up|stand up|hold)|(?:can|could) (?:you|u) (?:confirm|verify|check)(?: (?:that|this|it))?|confirm|verify|wrong|incorrect|false|inaccurate)(?: (?:pls|please))?)$`,
);
const TRUE_TAGGED = new RegExp(`^is it true that (.+ (?:is|was|are|were) ${WHO_TAGGED})$`);
const DENIED_TAG = / (?:wrong|incorrect|false|inaccurate)$/;

// A claim states something; a question after a frame ("my draft says 29 MOUs, how many are on file?") is asked itself.
const ASKS = /\b(?:how|what|when|where|which|why|whom|whose|whether|if)\b|^(?:who|to|about) /;

/**
 * The claim inside a reporting frame, asked as "is it true that <claim>" ("is it false that <claim>" where the tag asks
 * whether it is wrong), or the text as it was where no frame leads it or what follows is no claim.
 */
export function claimReported(text: string): string {
  // (A frame set aside before — hearsay.ts's "my friend says X. is he right?" — leaves its tag's pronoun: "… is he".)
  const m = FRAMED.exec(text) ?? (text.startsWith('is it true that ') ? TRUE_TAGGED.exec(text) : null);
  if (!m?.[1]) return text;
  let claim = m[1];
  let denied = false;
  for (let i = 0; i < 2; i += 1) {
    const tag = TAG.exec(claim);
    if (!tag) break;
    denied ||= DENIED_TAG.test(tag[0]);
    claim = claim.slice(0, tag.index);
  }
  if (claim.split(' ').length < 3 || ASKS.test(claim)) return text;
  return `is it ${denied ? 'false' : 'true'} that ${claim}`;
}
