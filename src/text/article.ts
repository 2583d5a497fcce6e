/**
 * English "a" or "an" before a phrase, by how its first word sounds: a vowel letter takes "an", but "u" sounding "you"
 * takes "a" ("a university", "a unit", "a user", "a usual"), and "MOU" is said letter by letter ("an MOU").
 */
export function article(words: string): 'a' | 'an' {
  return /^(?:[aeio]|u(?!ni|s[eu])|mous?\b)/i.test(words) ? 'an' : 'a';
}

/** The phrase with its article ("an MOU partner", "a university", "an official"). */
export function withArticle(words: string): string {
  return `${article(words)} ${words}`;
}
