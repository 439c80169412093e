/**
 * Organisations the knowledge base lacks, named by a head noun at the end of a capitalised phrase
 * ("Pakistan People's Party", "National Oil Corporation", "Salem Radio Network", "Resolution
 * Foundation", "Bangkok Post") or before a capitalised complement ("Syrian Observatory for Human
 * Rights", "University of Edinburgh"). Each gets a stable id from its name: `org:national-oil-corporation`.
 */
import type { TermRecord } from '../gazetteer';
import type { Candidate } from '../officials';
import type { RecognitionRun } from '../recognition-run';
import type { WordCover } from './people';
import { slugOf, type Word } from './words';

const HEADS = new Set(
  (
    'Party Corporation Corp Company Group Network Foundation Institute Institution Association Observatory Movement ' +
    'Front Council Commission Committee Agency Authority Bank Fund Union Alliance Organization Organisation Federation ' +
    'Coalition Brigades Service University Museum Center Centre Society Forum Trust Mission Tribunal Court Airlines ' +
    'College Academy Militia Cartel Brigade Battalion Force Secretariat Directorate ' +
    // Companies by the word that ends their names ("Acme Widgets Inc", "Hyundai Heavy Industries").
    'Inc Ltd LLC PLC Plc GmbH Holdings Industries Airways Motors Technologies Pharmaceuticals Petroleum Telecom Shipping Electronics'
  ).split(' '),
);

/** Two-word names that are a state's body in every country ("Air Force"), read only after a country (state-bodies.ts). */
const STATE_BODY = /^(Air|Police|Defence|Defense|Border|Naval|Armed|Special|Central|Supreme|Constitutional) (Force|Bank|Court)$/;

/** Heads of newspaper names ("Bangkok Post", "Buenos Aires Herald"): the organisation is a news medium. */
const MEDIA_HEADS = new Set('Times Post Herald Tribune Journal Gazette Chronicle Inquirer Courier Examiner Star Telegraph Mail Mirror Monitor Dispatch Daily'.split(' '));

/** Heads that also open a name before their complement ("University of Edinburgh", "Office of Management and Budget"). */
const HEADS_FIRST = new Set(
  (
    'University College Institute Institution Museum Bank Council Commission Committee Court Office Agency Authority ' +
    'Association Federation Union Organization Organisation Foundation Society Center Centre School Academy League Front ' +
    'Movement Party Department Bureau Ministry'
  ).split(' '),
);

/** Capitalised words that open a sentence or a clause, never an organisation's name. */
const NOT_MODIFIERS = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'And', 'But', 'In', 'On', 'At', 'By', 'For', 'Of', 'With', 'From', 'As', 'If', 'When', 'While', 'After', 'Before']);
const CONNECTORS = new Set(['of', 'for', 'on']);
const MAX_WORDS = 7;

function capitalised(word: Word): boolean {
  return /^\p{Lu}/u.test(word.text) && !NOT_MODIFIERS.has(word.text);
}

function joined(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  return gap === ' ' || (left.possessive && /^['\u2019]s $/.test(gap));
}

/**
 * Finds organisations by head noun, keeps them in `recognition` and returns their candidates. A phrase
 * needs a capitalised word before its head, no word another person's name covers, and a head the
 * knowledge base does not read already. Linear: each head looks at most seven words around it.
 */
export function organisationsByHead(text: string, words: readonly Word[], cover: WordCover, recognition: RecognitionRun): Candidate[] {
  const added: Candidate[] = [];
  let reach = 0;
  for (let head = 0; head < words.length; head++) {
    const word = words[head]!;
    // "Richmond Times-Dispatch": the last part of a hyphenated head names the medium.
    const media = MEDIA_HEADS.has(word.text) || MEDIA_HEADS.has(word.text.slice(word.text.lastIndexOf('-') + 1));
    // A head the knowledge base reads only as a generic phrase ("Commission") may still end a longer name.
    if (!(HEADS.has(word.text) || media || HEADS_FIRST.has(word.text)) || (cover[head] !== undefined && cover[head] !== 'trigger') || word.start < reach) continue;
    let first = head;
    while (first > 0 && head - first < MAX_WORDS - 1) {
      const before = words[first - 1]!;
      // "Intelligence and Security Committee", "Base Realignment and Closure Commission": "and" between
      // capitalised words the knowledge base does not read belongs to the name.
      const beyond = words[first - 2];
      // A head before "and" ends a name of its own: "Tata Motors and Gulf Petroleum" are two.
      if (
        before.text === 'and' && first < head && beyond && capitalised(beyond) && !beyond.possessive && cover[first - 2] === undefined && !HEADS.has(beyond.text) &&
        joined(text, beyond, before) && joined(text, before, words[first]!)
      ) {
        first -= 2;
        continue;
      }
      if (!joined(text, before, words[first]!) || !capitalised(before) || cover[first - 1] === 'person' || before.text.endsWith('-based')) break;
      // "China's Communist Party": a named owner is not part of the name ("People's Party" is).
      if (before.possessive && cover[first - 1] !== undefined) break;
      first--;
    }
    // A head that opens its name needs its complement ("University of Edinburgh"); others need words before them.
    const opens = first === head;
    if (opens && (!HEADS_FIRST.has(word.text) || !CONNECTORS.has(words[head + 1]?.text ?? ''))) continue;
    if (!opens && !HEADS.has(word.text) && !media) continue;
    // "Many Times over": one capitalised word opening a sentence before a newspaper's head is no name.
    if (media && head - first === 1 && /(^|[.!?:"\u201C]\s*)$/.test(text.slice(Math.max(0, words[first]!.start - 3), words[first]!.start))) continue;
    let last = head;
    // "Observatory for Human Rights": a connector and capitalised words after the head belong to it.
    if (CONNECTORS.has(words[head + 1]?.text ?? '') && joined(text, word, words[head + 1]!)) {
      let k = head + 2;
      // "Centre for the Assistance of Prisoners": an article after the connector, before a capitalised word.
      if (words[k]?.text === 'the' && words[k + 1] !== undefined && capitalised(words[k + 1]!) && joined(text, words[k - 1]!, words[k]!)) k++;
      while (k < words.length && k - head <= 7 && joined(text, words[k - 1]!, words[k]!) && cover[k] !== 'person') {
        // "of Economic and Social Research": "and" joins two capitalised words inside the complement.
        // Only after "of": "for Suicide Prevention and Befrienders Worldwide" names two bodies.
        const and = words[k]!.text === 'and' && words[head + 1]!.text === 'of' && k > head + 2 && words[k + 1] !== undefined && capitalised(words[k + 1]!);
        // "for the Assistance of Prisoners": a connector between capitalised words of the complement.
        const link = CONNECTORS.has(words[k]!.text) && k > head + 2 && words[k + 1] !== undefined && capitalised(words[k + 1]!);
        // "Committee of MPs": a plural abbreviation names the members, not the body.
        if (!and && !link && (!capitalised(words[k]!) || /^\p{Lu}{2,}s$/u.test(words[k]!.text))) break;
        if (!and && !link) last = k;
        k++;
      }
    }
    if (opens && last === head) continue;
    // "Air Force", "Central Bank": a state's body with no country named is no organisation of its own.
    if (first === head - 1 && last === head && STATE_BODY.test(`${words[first]!.text} ${word.text}`)) continue;
    const start = words[first]!.start;
    const end = words[last]!.end;
    const name = text.slice(start, end);
    const entity = recognition.discover({
      id: `org:${slugOf(name)}`,
      kind: 'organization',
      name,
      ...(media && last === head ? { orgType: 'media' as const } : {}),
      readFromText: 'named in this article',
    });
    const record: TermRecord = { entity, role: 'alias', caseRule: 'capitalised', unspacedStart: false, unspacedEnd: false };
    added.push({ start, end, records: [record] });
    reach = end;
  }
  return added;
}
