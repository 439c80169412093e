/**
 * Telling the lines above a story (kicker, byline, dateline, date) from its first paragraph. Wire
 * stories begin with a place and a date ("Dec. 30: …", "JERUSALEM (AP) — …"); that first paragraph is
 * often the only one naming the people the story is about, so it must not be taken for a credit line.
 */

const MONTH = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?\s+\d{1,2}|\b\d{4}[-/]\d{1,2}[-/]\d{1,2}\b/i;
const CREDIT_START = /^(by|from|posted|published|updated)\b/i;
/** A credit line is short; a line this long is a paragraph even when it begins with a date. */
const MAX_CREDIT_CHARS = 160;
/** Words left once dates and names of the credit are taken out, from which a line reads as a sentence. */
const MIN_SENTENCE_WORDS = 7;

/** Words of a line that are neither its date, its time nor the byline's name. */
function wordsBesidesCredit(text: string, byline: string): string[] {
  let rest = byline.length > 2 ? text.split(byline).join(' ') : text;
  rest = rest.replace(new RegExp(MONTH.source, 'gi'), ' ').replace(/\d[\d:.,/-]*(am|pm|a\.m\.|p\.m\.)?/gi, ' ');
  return rest.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
}

/** A line that credits or dates the story ("By A. Writer · May 10, 2022"), not a paragraph of it. */
export function isCreditLine(text: string, byline: string): boolean {
  if (text.length > MAX_CREDIT_CHARS) return false;
  const credits = CREDIT_START.test(text) || (byline.length > 2 && text.includes(byline)) || MONTH.test(text);
  if (!credits) return false;
  // A dated first paragraph is still a sentence once its date is set aside.
  const isSentence = /[.!?"”’]$/.test(text) && wordsBesidesCredit(text, byline).length >= MIN_SENTENCE_WORDS;
  return !isSentence;
}
