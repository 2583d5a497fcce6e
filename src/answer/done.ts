// A yes/no asking whether something has come about ("has the research centre been established?", "did Rajah & Tann
// open its Qianhai office?", "was the tourism plugin released?") is answered Yes only by a text that says it was done.
// The records state aims and intentions — "will establish", "intends to set up", "to develop" — and a Yes read off
// such a text (its partner named, its topic matched) says the plan came about, which no source reports. Whatever
// reading answered, its Yes is checked here against the texts it rests on: only plans, no act done → not a Yes.
import type { Dataset } from '../dataset/index.js';
import type { Understanding } from './understand.js';
import type { Said } from './say/common.js';
import { lowerFirst } from './say/common.js';

// The acts of coming about, asked as done (normal form: lower case, words between spaces).
const ACT =
  '(?:established|establish|set up|opened|open|built|build|completed|complete|finished|finish|launched|launch|released|release|created|create|formed|form|founded|found|started|start|begun|began|deployed|deploy|rolled out|roll out|delivered|deliver|implemented|implement|introduced|introduce|gone live|go live|went live|operational|up and running|in operation|live|in place|ready)';
// Asked as done: the perfect ("has it been set up", "have they built"), a state ("is it open", "was it released"), or
// "did <doer> <act>", or stated done and asked to confirm ("NCS set up the robot lab, right?"). (The thing asked stands
// between the verb and the act: a few words.)
const DONE_STATED =
  '(?:established|set up|opened|built|completed|finished|launched|released|created|formed|founded|started|began|deployed|rolled out|delivered|implemented|introduced|went live)';
const DONE_ASKED = new RegExp(
  `^ (?:(?:has|have|had) (?:[a-z&-]+ ){1,9}?(?:been |already |yet |now |finally )?${ACT}|(?:is|are|was|were) (?:[a-z&-]+ ){1,9}?(?:already |yet |now |finally |actually )?${ACT}|did (?:[a-z&-]+ ){1,8}?${ACT}|(?:[a-z&-]+ ){1,4}?(?:has |have |had )?(?:already |now |finally )?${DONE_STATED} (?:[a-z&-]+ ){0,9}?(?:right|correct|true|yeah|yes)) `,
);
// What the question names that makes the act another claim: a plan asked ("will TusStar set up…"), a meeting or date (an announcement at it), the records
// themselves (a project launched, an MOU signed), the SCI, a count.
const OTHER_CLAIM =
  / (?:will|shall|going to|plan|plans|planned|planning|intend|intends|intended|aim|aims|expected|poised|jic|meeting|meetings|mous?|projects?|agreements?|sci|initiative|\d+|19|20\d\d|january|february|march|april|june|july|august|september|october|november|december) /;

// A text giving an act as to come: "will establish", "intends to set up", "aims to", "to develop".
const PLANNED =
  /\b(?:will|shall|intends? to|plans? to|planned to|aims? to|poised to|expected to|set to|committing to|commit to|going to|to (?:be )?(?:develop|co-develop|establish|set up|build|create|launch|open|deliver|introduce|implement|deploy|roll out|explore|form|found|start|jointly))\b/i;
// A text giving an act as done: a past form not led by a plan ("launched in Sept 2020", "established by SUSS",
// "UOB ran two", "was unveiled") — the acts a question may state done, and a few more.
const DONE = new RegExp(`\\b(?:${DONE_STATED}|unveiled|ran|held|conducted|carried out|operating|operates)\\b`, 'gi');
const LED_BY_PLAN = /\b(?:will|shall|to|intends?|plans?|aims?|poised|expected|set|going|jointly)\s+(?:\w+\s+){0,1}$/i;

/** Whether a text states some act as done (a past form no plan word leads). */
function statesDone(text: string): boolean {
  for (const m of text.matchAll(DONE))
    if (!LED_BY_PLAN.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}

/** The records a Yes opens: each one's name and text. */
function recordsOf(said: Said, dataset: Dataset): Array<{ name: string; text: string }> {
  return said.refs.flatMap((r) => {
    const rec = r.kind === 'mou' ? dataset.mou(r.id) : r.kind === 'project' ? dataset.project(r.id) : undefined;
    return rec ? [{ name: rec.name, text: rec.description.text }] : [];
  });
}

/**
 * A Yes to "has it come about?" that rests only on plans: said instead as what the sources report, and that they don't
 * say it has happened. Any other reply is returned as it is.
 */
export function doneOnlyPlanned(said: Said, u: Understanding, dataset: Dataset): Said {
  if (u.target !== 'yesno' || !/^Yes\b/.test(said.sentence) || !DONE_ASKED.test(u.q.text)) return said;
  if (OTHER_CLAIM.test(u.q.text)) return said;
  const records = recordsOf(said, dataset);
  const text = [said.sentence, ...said.lines, ...records.map((r) => r.text)].join(' ');
  if (!PLANNED.test(text) || statesDone(text)) return said;
  // (The plan in the sentence's own words, else the text of the record that states it.)
  const rest = said.sentence.replace(/^Yes\b[:,]?\s*/, '');
  const plan = records.find((r) => PLANNED.test(r.text));
  const what = PLANNED.test(rest) || !plan ? lowerFirst(rest) : `${plan.name}: ${plan.text}`;
  return {
    ...said,
    sentence: `The sources don't say it has happened — they give it only as planned: ${what}`,
    ...(PLANNED.test(rest) ? {} : { lines: [] }),
  };
}
