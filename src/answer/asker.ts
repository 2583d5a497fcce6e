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

// A clause ends at a comma, colon, semicolon, dash or a sentence's end.
const CLAUSE_END = /(?<=[,;:!?.—–])\s+|\s+(?=[—–]\s)/;

/**
 * The message without the clauses about its asker: undefined when it has none to set aside. `namesSomething` says
 * whether a clause names anything the sources hold (a partner, meeting, record…): such a clause is never set aside —
 * "I heard Keppel signed twice" is a premise to check, not talk about the asker.
 */
export function withoutAsker(raw: string, namesSomething: (clause: string) => boolean): string | undefined {
  if (!ASKER.test(raw) || raw.length > 600) return undefined;
  const clauses = raw.split(CLAUSE_END).filter((c) => c.trim());
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
