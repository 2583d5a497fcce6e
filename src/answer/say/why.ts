// "Why …?": an answer re-said as the aim its sources state, or as the sources not saying why.
import type { Understanding } from '../understand.js';
import type { Said } from './common.js';

/** "Why …?": the sources seldom give reasons, so a why asked is answered with the aim they state, or said not given. */
export const WHY =
  /^ (?:why|how come|for what reason|what for) | (?:what|whats) (?:is|was|were|are) the (?:reason|reasons|rationale) /;

// Words that state an aim in the records' text ("launched … to build", "aims to", "seeks to", "will collaborate to promote").
export const AIM =
  /\b(?:aims? to|seeks? to|designed to|in order to|so as to|serves? as|(?:to|will) (?:build|promote|develop|create|test|facilitate|nurture|establish|achieve|address|drive|deepen|connect|advance|support|enable|contribute|host|co-develop|set up|jointly))\b/i;

// An ending or a withdrawal asked the reason of ("why did X pull out / end / quit / collapse").
export const ENDING =
  /^ (?:why|how come) (?:(?:did|has|have|had|was|were|is|are|does|do) )?(?:[a-z0-9&]+ ){1,6}(?:end|ended|stop|stopped|pull out|pulled out|pull back|pulled back|withdraw|withdrawn|withdrew|leave|left|quit|exit|exited|drop out|dropped out|collapse|collapsed|fail|failed|cancel|cancelled|canceled|terminate|terminated|shut down|abandon|abandoned|break down|broke down|fall apart|fell apart|suspend|suspended|halt|halted|scrap|scrapped|dissolve|dissolved|back out|backed out|resign|resigned|step down|stepped down|retire|retired|fired|sacked|ousted|removed|quit)(?= )/;

/**
 * The answer to a "why" question: the sentences of the answer that state an aim, said as the sources' words, or
 * "the sources don't say why" and what they do say — never a description passed off as a reason.
 */
export function answerWhy(said: Said, u: Understanding): Said {
  if (
    !WHY.test(u.q.text) ||
    said.help ||
    !said.sentence ||
    /^(?:I'm not sure|The sources don't say|Sorry)\b/.test(said.sentence)
  )
    return said;
  // "Why did Keppel pull out of the SCI?", "why did the SCI end in 2023?": an ending the sources never report — said so
  // first, never "they don't say why" as if it had happened.
  if (ENDING.test(u.q.text))
    return {
      ...said,
      sentence: `The sources report nothing of the kind, so they give no reason for it. What they say: ${said.sentence}`,
    };
  // Sentences, not split at a company form's full stop ("Co., Ltd. will promote …").
  const kept = said.sentence.replace(/\b(Ltd|Co|Pte|Inc|Corp|No|St|Dr|Mr|Ms|Mrs)\./g, '$1\u0002');
  const sentences = (kept.match(/[^.!?]+(?:[.!?]+|$)/g) ?? [kept]).map((x) => x.replace(/\u0002/g, '.'));
  const aims = sentences.filter((x) => AIM.test(x)).map((x) => x.trim());
  return {
    ...said,
    sentence: aims.length
      ? `The sources give no reason as such, only the aim they state — ${aims.join(' ')}`
      : `The sources don't say why. What they say: ${said.sentence}`,
  };
}
