// Words about the ASKER, not the SCI ("my CEO is angry, when was the 3rd JIC?", "my boss will fire me unless you tell
// me how many projects…", "I'm a journalist on deadline: …"): their "CEO", "boss" or "deadline" is no attribute asked
// of a record (never "the sources don't say: they give no leaders"). Such a clause is set aside and the question in the
// message answered as if asked alone.

// A word of the first person, or an interjection about the asking ("urgent", "sorry").
const ASKER =
  /\b(?:i|im|i'm|i’m|ive|i've|i’ve|id|i'd|i’d|me|my|mine|myself|we|our|us|urgent|asap|sorry|pls|please|thanks|thank you)\b/i;

// "… unless you tell me <question>", "… if I don't find out <question>": the question follows the hinge.
const HINGE =
  /\b(?:unless|until|if|so|because|cause|before|or else|otherwise|and)\s+(?:you\s+(?:can\s+|could\s+|will\s+)?(?:tell|give|show|send|find)\s+(?:me|us)|i\s+(?:can\s+|could\s+)?(?:(?:don['’]?t|do not|cannot|can['’]?t)\s+)?(?:find out|figure out|work out|know|learn|answer|tell (?:him|her|them)))\s+(?=\S)/i;

// A request to the bot itself ("repeat after me:", "tell me", "help me"): what follows is what it asks, never set aside.
const REQUEST =
  /\b(?:repeat|say|tell|give|show|answer|help|confirm|explain|list|let|send|remind|teach|write)\b(?:\s+\w+){0,3}?\s+(?:me|us)\b/i;

// Who the asker is — their trade, their city, their studies ("I run a small logistics firm in Shenzhen", "I'm a student
// in Singapore", "my company is in Shenzhen", "as a Shenzhen-based developer"): no filter on the question after it,
// though it names a place, a kind or a topic (was "companies with Shenzhen in their names" for "…, which projects are
// about logistics?"). Only such an opening: "I heard …", "I think …" state what may be a premise to check.
const PERSONA =
  /^\s*(?:(?:hi|hey|hello|ok|okay|so|well)[\s,!]+)?(?:(?:as|being)\s+(?:an?|someone|somebody)\s|(?:i|we)(?:'m|’m|'re|’re| am| are)?\s+(?:(?:a|an|the)\s|(?:just|currently|also)\s+(?:a|an)\s|(?:from|in|at|based|living|working|studying)\s|(?:run|own|manage|work|study|live|teach|lead|started|founded|operate|represent)\s)|(?:my|our)\s+(?:(?:[a-z-]+\s+){0,2})(?:company|firm|business|startup|start-up|team|employer|organisation|organization|school|university|uni|shop|lab|office|agency|factory)\s+(?:is|are)\s)/i;
// What a persona clause may name and still be only about the asker (a partner, person, record or meeting it names is
// a premise or a party asked of: kept).
const ABOUT_ASKER = new Set(['place', 'country', 'kind', 'topic', 'subject', 'number', 'initiative']);
// A question that points back at its asker ("which projects suit us?", "what can my firm do"): the persona is what it
// asks of, and is kept.
const POINTS_BACK = /\b(?:i|im|i'm|i’m|my|mine|we|our|ours|us)\b|(?<!\b(?:tell|show|give|let|remind|help)\s)\bme\b/i;
const ASKS =
  /^\s*(?:how|when|where|who|whom|whose|which|what|whats|what's|why|did|does|do|is|are|was|were|has|have|had|can|could|list|show|name|tell|give|any)\b/i;

/**
 * The question after a clause about who the asker is, or undefined. `named` gives the types of what a clause names.
 */
function afterPersona(clauses: readonly string[], named: (clause: string) => readonly string[]): string | undefined {
  const [first, ...more] = clauses;
  const rest = more
    .join(' ')
    .replace(/^[\s—–-]+/, '')
    .trim();
  if (!first || !rest || !PERSONA.test(first) || !ASKS.test(rest) || POINTS_BACK.test(rest)) return undefined;
  return named(first).every((t) => ABOUT_ASKER.has(t)) ? rest : undefined;
}

// A clause ends at a comma, colon, semicolon, dash or a sentence's end.
const CLAUSE_END = /(?<=[,;:!?.—–])\s+|\s+(?=[—–]\s)/;

/**
 * The message without the clauses about its asker: undefined when it has none to set aside. `named` gives the types of
 * what a clause names that the sources hold (a partner, meeting, record…): such a clause is never set aside — "I heard
 * Keppel signed twice" is a premise to check, not talk about the asker — unless it only says who the asker is.
 */
export function withoutAsker(raw: string, named: (clause: string) => readonly string[]): string | undefined {
  // ("As a Shenzhen-based developer, …": a persona with no word of the first person.)
  if (!(ASKER.test(raw) || /^\s*(?:as|being)\s/i.test(raw)) || raw.length > 600) return undefined;
  const clauses = raw.split(CLAUSE_END).filter((c) => c.trim());
  const persona = clauses.length > 1 ? afterPersona(clauses, named) : undefined;
  if (persona) return persona;
  const namesSomething = (clause: string) => named(clause).some((t) => t !== 'number');
  // (One clause with no hinge is the question itself: nothing to set aside, and no clause to read twice.)
  if (clauses.length < 2 && !HINGE.test(raw)) return undefined;
  const kept: string[] = [];
  let dropped = false;
  for (const clause of clauses) {
    const hinge = HINGE.exec(clause);
    const before = hinge ? clause.slice(0, hinge.index) : clause;
    if (ASKER.test(before) && !REQUEST.test(before) && !namesSomething(before)) {
      dropped = true;
      if (hinge) kept.push(clause.slice(hinge.index + hinge[0].length));
      continue;
    }
    kept.push(clause);
  }
  const rest = kept.join(' ').trim();
  // (Nothing left, or nothing but talk: the message is answered as it is.)
  if (!dropped || !rest || !/[a-z0-9\p{Script=Han}]/iu.test(rest)) return undefined;
  return rest;
}
