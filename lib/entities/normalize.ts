/**
 * Text folding for matching. Folding keeps an index back to the original text so a match found in
 * folded text maps to exact page offsets.
 *
 * What folds: letters to lower case without diacritics; curly quotes to straight ones; every hyphen
 * and dash to a space (so "Suk-yeol", "Suk yeol" and "Suk–yeol" meet); runs of white space to one space;
 * invisible characters that pages put inside words (soft hyphens for line breaking, zero-width spaces
 * and joiners, word joiners, byte-order marks) are dropped, so "Neta\u00ADnyahu" is one word.
 */
export interface FoldedText {
  /** The folded text. */
  folded: string;
  /** origin[i] is the index in the original text of folded[i]; origin[folded.length] is the original length. */
  origin: Int32Array;
}

const SPACE = ' ';
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D']);
const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4']);
const DOUBLE_QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB']);
/** Characters with no width that pages put inside words; folding drops them. */
export const INVISIBLE_IN_WORDS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);

// Most page text is ASCII; a small cache keeps folding of the rest cheap.
const foldCache = new Map<string, string>();

/** Folds one UTF-16 code unit to exactly one code unit (or '' to drop it). */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code === 9 || code === 10 || code === 13 || code === 12 || code === 11) return SPACE;
    if (ch === '-') return SPACE;
    if (ch === '`') return "'";
    return ch;
  }
  let folded = foldCache.get(ch);
  if (folded !== undefined) return folded;
  if (INVISIBLE.has(ch)) folded = '';
  else if (/\s/.test(ch) || ch === '\u00A0') folded = SPACE;
  else if (DASHES.has(ch)) folded = SPACE;
  else if (SINGLE_QUOTES.has(ch)) folded = "'";
  else if (DOUBLE_QUOTES.has(ch)) folded = '"';
  else if (code >= 0x0300 && code <= 0x036f) folded = ''; // combining marks
  else if (code >= 0xd800 && code <= 0xdfff) folded = ch; // surrogate halves stay as they are
  else {
    // Strip only combining diacritics: Hangul syllables also decompose under NFD, into jamo that must stay.
    const decomposed = ch.normalize('NFD');
    const onlyMarks = /^[\u0300-\u036f]*$/.test(decomposed.slice(1));
    const base = onlyMarks ? decomposed.charAt(0).toLowerCase() : ch.toLowerCase();
    folded = base.length === 1 ? base : ch;
  }
  foldCache.set(ch, folded);
  return folded;
}

const SPACE_CODE = 0x20;
/** Code units per String.fromCharCode call when joining folded text (well under engines' argument limits). */
const JOIN_CHUNK = 8192;

/**
 * Folds `text` for matching, keeping an offset map back to the original. Linear in the text length,
 * and written over code units with an ASCII fast path: a page runs it before the engine has
 * optimised anything, so it avoids a call and a string per character.
 */
export function foldText(text: string): FoldedText {
  const origin = new Int32Array(text.length + 1);
  const out = new Uint16Array(text.length);
  let length = 0;
  let lastWasSpace = true; // also trims leading space
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    else if (code === 32 || code === 45 || (code >= 9 && code <= 13)) code = SPACE_CODE;
    else if (code === 96) code = 39; // ` → '
    else if (code >= 128) {
      const folded = foldChar(text.charAt(i));
      if (folded === '') continue;
      code = folded.charCodeAt(0);
    }
    if (code === SPACE_CODE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    out[length] = code;
    origin[length++] = i;
  }
  origin[length] = text.length;
  let folded = '';
  for (let start = 0; start < length; start += JOIN_CHUNK) {
    folded += String.fromCharCode.apply(null, out.subarray(start, Math.min(length, start + JOIN_CHUNK)) as unknown as number[]);
  }
  return { folded, origin: origin.subarray(0, length + 1) };
}

/**
 * Folds a gazetteer term the same way as page text, without the offset map: compiling the gazetteer
 * folds thousands of terms on every article page, and building no map saves a good part of that.
 */
export function foldTerm(term: string): string {
  let out = '';
  let lastWasSpace = true; // also trims leading space
  for (let i = 0; i < term.length; i++) {
    const folded = foldChar(term.charAt(i));
    if (folded === '') continue;
    if (folded === SPACE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    out += folded;
  }
  return lastWasSpace && out.endsWith(SPACE) ? out.slice(0, -1) : out;
}

/** True for letters and digits of any script (word characters for boundary checks). */
export function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /[\p{L}\p{N}]/u.test(ch);
}

/**
 * True for scripts written without spaces between words (Han, Kana, Hangul): matches there need no
 * word boundary.
 */
export function isUnspacedScript(ch: string | undefined): boolean {
  if (!ch) return false;
  const code = ch.charCodeAt(0);
  return (
    (code >= 0x3040 && code <= 0x30ff) || // Hiragana, Katakana
    (code >= 0x3400 && code <= 0x9fff) || // CJK ideographs
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}
