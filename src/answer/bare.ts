/**
 * A statement put as a question with no question word (session 18, answer3): a comparison stated with a question mark
 * ("sysu more projects than nus?", "leong co-chaired more than yong ying-i?") is a claim, answered Yes or No as "does
 * SYSU have more projects than NUS?" is.
 */
import type { Question } from './question.js';

// A word that asks something other than whether ("which", "how", "or": a choice).
const ASKS = / (?:what|whats|which|who|whom|whose|how|when|where|why|or) /;

/**
 * A comparison stated and asked with a question mark ("sysu more projects than nus?", "leong co-chaired more than
 * yong ying-i?"): a claim, answered Yes or No as "did …" is — never a comparison said as if nothing were claimed.
 */
export const comparisonStated = (q: Question): boolean =>
  / than /.test(q.text) && /\?\s*$/.test(q.raw) && !ASKS.test(q.text);
