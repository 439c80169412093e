/**
 * Honorific patterns: a title ("Foreign Minister", "Vice Speaker", "ambassador") followed by one to
 * three capitalised words names an official, even one the gazetteer lacks. The titles go into the
 * gazetteer's automaton; this module reads the name after a title with a bounded look-ahead, so the
 * whole recognition stays linear in the text length.
 */

const OFFICES = [
  'President', 'President-elect', 'Vice President', 'Vice-President', 'Prime Minister', 'Prime Minister-designate',
  'Deputy Prime Minister', 'First Deputy Prime Minister', 'Premier', 'Vice Premier', 'Chancellor', 'Vice Chancellor',
  'Foreign Minister', 'Deputy Foreign Minister', 'Vice Foreign Minister', 'First Vice Foreign Minister',
  'Second Vice Foreign Minister', 'Senior Vice Foreign Minister', 'Minister of Foreign Affairs', 'Foreign Affairs Minister',
  'Defense Minister', 'Defence Minister', 'Deputy Defense Minister', 'Vice Defense Minister', 'Minister of Defense',
  'Minister of Defence', 'Minister of National Defense', 'Finance Minister', 'Trade Minister', 'Economy Minister',
  'Industry Minister', 'Interior Minister', 'Justice Minister', 'Unification Minister', 'Energy Minister',
  'Commerce Minister', 'Agriculture Minister', 'Security Minister', 'Foreign Secretary', 'Defence Secretary',
  'Defense Secretary', 'Home Secretary', 'Secretary of State', 'Deputy Secretary of State', 'Assistant Secretary of State',
  'Under Secretary of State', 'Secretary of Defense', 'Secretary of War', 'Treasury Secretary', 'Commerce Secretary',
  'Secretary-General', 'Deputy Secretary-General', 'Chief Cabinet Secretary', 'Deputy Chief Cabinet Secretary',
  'National Security Adviser', 'National Security Advisor', 'Trade Representative', 'Speaker', 'Vice Speaker',
  'Deputy Speaker', 'Ambassador', 'Ambassador to', 'Special Envoy', 'Envoy', 'Special Representative',
  'High Representative', 'Foreign Ministry spokesperson', 'Foreign Ministry spokesman', 'Foreign Ministry spokeswoman',
  'Defense Ministry spokesperson', 'Defense Ministry spokesman', 'Defence Ministry spokesman', 'State Department spokesperson',
  'State Department spokesman', 'State Department spokeswoman', 'Kremlin spokesman', 'spokesperson', 'spokesman',
  'spokeswoman', 'Senator', 'Sen.', 'Rep.', 'Governor', 'Mayor', 'King', 'Queen', 'Crown Prince', 'Emperor',
  // Rulers and religious leaders, named by title and one name in news ("Emir Tamim", "Pope Francis", "Prince Harry").
  'Emir', 'Sultan', 'Grand Duke', 'Prince', 'Princess', 'Pope', 'Patriarch', 'Grand Ayatollah', 'Ayatollah', 'Grand Imam',
  'Sheikh', 'Sheikha', 'Shaikh',
  // "Secretary Rumsfeld", "Secretary Clinton": a US cabinet secretary by title and family name.
  'Secretary',
  'Supreme Leader', 'General', 'Gen.', 'Admiral', 'Adm.', 'Commissioner', 'Director-General', 'Director General',
  'Chief Justice', 'opposition leader', 'Opposition Leader', 'CIA Director', 'Chancellor of the Exchequer',
  'Bank of Japan Governor', 'Central Bank Governor', 'Army Chief', 'Chairman of the Joint Chiefs of Staff',
];

/** Words before a title that belong to the title as the article gave it ("former Prime Minister"). */
const TITLE_PREFIXES = ['former', 'then', 'acting', 'outgoing', 'incoming', 'interim'];

/** Every title, as gazetteer terms. Matching folds case, so "ambassador" and "Ambassador" meet. */
export const HONORIFIC_TITLES: readonly string[] = OFFICES;

/**
 * Capitalised words that never start or continue a name: function words, days, months, and words
 * that begin a clause after a title ("Prime Minister On Monday" is a headline, not a name).
 */
const NOT_NAMES = new Set(
  (
    'the a an and but or of in on at to for with by from as if when while after before since until during ' +
    'he she it they we i you his her its their our this that these those who whom which what where why how ' +
    'said says say told asked added also has had have was were is are be been will would could should may might must can ' +
    'not no yes mr mrs ms dr sir lord dame mister madam sahib saheb any every each all some none another ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december today yesterday tomorrow tonight last next earlier later ' +
    'foreign defense defence prime vice deputy minister ministry president secretary speaker ambassador ' +
    'state department office house senate cabinet government party council committee news agency ' +
    'league cup club division inn assembly general staff street road avenue square palace hall court ' +
    'election elections affairs administration republic kingdom united national international'
  ).split(' '),
);

/** Lower-case particles inside a name ("Faisal bin Farhan", "Ursula von der Leyen"). */
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'Al', 'El', 'Bin', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'del', 'y']);

const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{M}]/u;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const MAX_NAME_WORDS = 3;
const MAX_WORD_LENGTH = 30;

/** A name read after a title: its offsets in the original text and its words. */
export interface NameAfterTitle {
  start: number;
  end: number;
  words: string[];
}

/** Reads one word (letters, inner hyphens, apostrophes, dots of initials) starting at `at`. */
function readWord(text: string, at: number): { end: number; word: string } | undefined {
  let end = at;
  while (end < text.length && end - at <= MAX_WORD_LENGTH) {
    const ch = text.charAt(end);
    if (LETTER.test(ch)) end++;
    else if (INVISIBLE.test(ch) && LETTER.test(text.charAt(end + 1))) end++; // a soft hyphen inside the word
    else if ((ch === '-' || ch === '\u2011' || ch === "'" || ch === '\u2019') && LETTER.test(text.charAt(end + 1))) end++;
    else if (ch === '.' && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(text.slice(at, end))) end++; // initials: "George W. Bush", "P.J. Crowley"
    else break;
  }
  if (end === at || end - at > MAX_WORD_LENGTH) return undefined;
  let word = text.slice(at, end).replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
  // A possessive ends the name: "Kamikawa's visit".
  const possessive = /['\u2019]s$/.exec(word);
  if (possessive) {
    word = word.slice(0, -2);
    end -= 2;
  }
  return { end, word };
}

/**
 * "Said", an Arabic given name ("Said Jalili"), is also the verb news writes most: capitalised and
 * followed by another name word, it is the name.
 */
export function isGivenSaid(word: string): boolean {
  return word === 'Said';
}

/** A capitalised word that can be part of a person's name (not a function word, month or acronym). */
export function isNameWord(word: string): boolean {
  if (!UPPER.test(word.charAt(0))) {
    // "al-Sudani": a lower-case particle joined by a hyphen to a capitalised name.
    return /^(al|el|ad|as|ash|an|ar|at|az)-\p{Lu}/u.test(word);
  }
  if (NOT_NAMES.has(word.toLowerCase().replace(/\.$/, ''))) return false;
  // Capitals only, longer than an initial, is an acronym ("Foreign Minister UN ...") not a name.
  return !(word.length > 2 && word === word.toUpperCase() && !word.endsWith('.'));
}

/**
 * Reads the name that follows a title ending at `titleEnd`: one space (or ", " in apposition, then
 * at least two words), then one to three capitalised words, lower-case particles allowed between
 * them. Returns undefined when no name follows.
 */
export function readNameAfterTitle(text: string, titleEnd: number): NameAfterTitle | undefined {
  let at = titleEnd;
  let apposition = false;
  if (text.charAt(at) === ',') {
    apposition = true;
    at++;
  }
  if (!/[ \u00A0]/.test(text.charAt(at))) return undefined;
  at++;
  const start = at;
  const words: string[] = [];
  let end = at;
  let pendingParticles: string[] = [];
  let named = 0;
  while (named < MAX_NAME_WORDS) {
    const read = readWord(text, at);
    if (!read) break;
    if (named > 0 && PARTICLES.has(read.word)) {
      pendingParticles.push(read.word);
    } else if (isNameWord(read.word) || (isGivenSaid(read.word) && text.charAt(read.end) === ' ' && isNameWord(readWord(text, read.end + 1)?.word ?? ''))) {
      words.push(...pendingParticles, read.word);
      pendingParticles = [];
      named++;
      end = read.end;
    } else {
      break;
    }
    // Punctuation or a possessive ends the name.
    if (text.charAt(read.end) !== ' ') break;
    at = read.end + 1;
  }
  if (named === 0 || (apposition && named < 2)) return undefined;
  return { start, end, words };
}

/** The word before `at` if it is one of the title prefixes ("former", "then-"), with its start. */
export function titlePrefixBefore(text: string, at: number): { start: number; prefix: string } | undefined {
  const before = text.slice(Math.max(0, at - 12), at);
  const match = /(?:^|[^\p{L}])(\p{L}+)[ \-\u2011]$/u.exec(before);
  if (!match) return undefined;
  const word = match[1]!;
  if (!TITLE_PREFIXES.includes(word.toLowerCase())) return undefined;
  return { start: at - word.length - 1, prefix: word };
}

/** A stable id for a person the gazetteer lacks, from the name as written: `person:park-jin`. */
export function generatedPersonId(name: string, fold: (s: string) => string): string {
  const slug = fold(name)
    .replace(/['\u2019.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `person:${slug}`;
}

/**
 * Family names written first in East Asian and Vietnamese names ("Park Jin", "Wang Yi", "Cho Tae-yul").
 * For other names the family name is the last word.
 */
const FAMILY_NAME_FIRST = new Set(
  (
    'kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin sin ' +
    'kwon hwang ahn an song yoo yu hong moon mun yang ko ku koo nam noh roh ryu bae baek jeon chun jin ' +
    'wang li zhang liu chen zhao huang zhou wu xu sun ma zhu hu guo he lin luo gao xie tang cao deng feng ' +
    'wei xi qin dong ye pan du dai fu jiang meng peng shi su tian xiao yan yin zeng mao hua geng lu lyu ' +
    'qian shen yao tan cai kong ' +
    'nguyen tran le pham hoang vu vo dang bui ngo duong'
  ).split(' '),
);

/** Whether a word is a family name written first in East Asian and Vietnamese names ("Wang", "Kim"). */
export function isFamilyNameFirst(word: string): boolean {
  return FAMILY_NAME_FIRST.has(word.toLowerCase());
}

/** A family name written with the Arabic article ("al-Bashir", "El-Sisi"): the name without it ("Bashir"). */
export function withoutArabicArticle(familyName: string): string | undefined {
  return /^(?:al|el|Al|El)[-\u2010](\p{Lu}[\p{L}'\u2019-]+)$/u.exec(familyName)?.[1];
}

/** The word of a name that news uses alone for the person later on. */
export function familyNameOf(words: readonly string[]): string {
  // Initials and generational suffixes are never the name used alone ("Martin Luther King Jr." → King).
  const named = words.filter((w) => !PARTICLES.has(w) && !/^(?:(?:\p{Lu}\.)+|Jr\.?|Sr\.?|II|III|IV)$/u.test(w));
  if (named.length < 2) return named[0] ?? '';
  const first = named[0]!;
  // A two-word name whose second word is a hyphenated given name is Korean, family name first ("Cho
  // Tae-yul"); a capital after the hyphen is a family name with its article ("François al-Hajj").
  if (FAMILY_NAME_FIRST.has(first.toLowerCase()) || (named.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(named[1]!))) return first;
  return named[named.length - 1]!;
}
