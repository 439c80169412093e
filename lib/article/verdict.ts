import type { EntityLookup } from '../entities/recognition-run';
import { isPerson, type Mention, type PersonEntity } from '../entities/types';
import type { Verdict } from '../store/types';

/**
 * Words that mark news about relations between states: diplomacy and its institutions; war and armed
 * conflict between states (airstrikes, shelling, occupation); the killing of leaders that other states
 * react to (assassination, condemnation); and trade retaliation between governments (retaliatory
 * tariffs, anti-dumping duties, embargoes); leaders of several states meeting. Each is a word that sport, business and culture pages rarely
 * use of themselves; "attack" or "killed" alone are not, so they are not here.
 */
const DIPLOMATIC_LEXICON = new RegExp(
  String.raw`\b(` +
    [
      String.raw`diplomac\w*|diplomat\w*|bilateral|trilateral|multilateral|summit\w*|ambassador\w*|embass\w*|envoy\w*|consul\w*`,
      String.raw`foreign (?:minister|ministry|ministers|policy|office|secretary|affairs|aid|donors|forces|troops|fighters)`,
      String.raw`secretary of state|state department|sanction\w*|treat(?:y|ies)|accord|alliance\w*|allies|ceasefire|cease-fire|truce`,
      String.raw`negotiat\w*|talks|peace (?:process|plan|deal|talks|agreement|conference)|tariff\w*|trade (?:war|dispute|deal|talks|restrictions|barriers?)`,
      String.raw`export controls?|territor\w*|sovereignt\w*|annex\w*|disputed|invasion|invaded|troops|missile\w*|nuclear|military`,
      String.raw`defen[cs]e minister\w*|(?:bilateral|diplomatic|foreign|international|two-way|strained|frayed) (?:relations|ties)`,
      String.raw`(?:relations|ties) (?:between|with)|delegation\w*|protest(?:ed|s)? (?:to|against|over)|condemn\w*|united nations|security council|coup`,
      // Leaders of several states meeting: "regional leaders", "heads of government".
      String.raw`(?:world|regional|foreign|fellow) leaders|heads of (?:state|government)`,
      // War and armed conflict between states.
      String.raw`at war|war-torn|war zones?|warfare|warplanes?|air ?strikes?|airstrikes?|shelling|bombard\w*|artillery|incursion\w*|occupation|occupied|insurgen\w*`,
      String.raw`peacekeep\w*|soldiers?|armed forces|war crimes?|tribunal|refugees?|humanitarian|militants?`,
      // The killing of a leader and other states' reactions to it.
      String.raw`assassinat\w*|car bomb\w*|political murders?|international (?:community|investigation|inquiry)`,
      // Trade retaliation between governments.
      String.raw`retaliat\w*|countermeasures?|anti-dumping|dumping duties|punitive duties|import (?:ban|duties|quotas?)|embargo\w*|boycott\w*`,
    ].join('|') +
    String.raw`)\b`,
  'gi',
);

export interface RelevanceEvidence {
  countries: number;
  disputes: number;
  officials: number;
  internationalBodies: number;
  lexiconHits: number;
  words: number;
}

/** An office of state in what an article says of a person it names ("Iraq's oil minister", "Foreign Minister"). */
const STATE_OFFICE = /\b(?:minister|president|premier|chancellor|ambassador|envoy|secretary of state|foreign secretary|king|emir|crown prince)\b/i;

/** Whether a person read from the article's wording holds an office of state by its account. */
function holdsStateOffice(person: PersonEntity): boolean {
  const said = person.reportedTitle ?? person.readFromText;
  return said !== undefined && STATE_OFFICE.test(said);
}

/** Counts what in an article speaks for it being about relations between states. */
export function gatherEvidence(text: string, mentions: readonly Mention[], gazetteer: EntityLookup): RelevanceEvidence {
  const countries = new Set<string>();
  const disputes = new Set<string>();
  const officials = new Set<string>();
  const bodies = new Set<string>();
  for (const mention of mentions) {
    const entity = gazetteer.get(mention.entityId);
    if (!entity) continue;
    if (entity.kind === 'country') countries.add(entity.id);
    else if (entity.kind === 'dispute') disputes.add(entity.id);
    else if (isPerson(entity) && (entity.roles.length > 0 || holdsStateOffice(entity))) officials.add(entity.id);
    else if (entity.kind === 'organization' && !entity.country && entity.orgType !== 'media') bodies.add(entity.id);
  }
  return {
    countries: countries.size,
    disputes: disputes.size,
    officials: officials.size,
    internationalBodies: bodies.size,
    lexiconHits: text.match(DIPLOMATIC_LEXICON)?.length ?? 0,
    words: text.split(/\s+/).filter(Boolean).length,
  };
}

/** How much of an article's opening (headline and first paragraphs) is read as its lead. */
export const LEAD_CHARACTERS = 800;

/**
 * Diplomatic when the article involves at least two states (or one with a dispute), speaks the
 * language of relations between them often enough for its length, and says so in its lead: a story
 * that only touches foreign affairs in passing (an interview on domestic policy, an encyclopedia page)
 * stays an article.
 */
export function judgeVerdict(evidence: RelevanceEvidence, lead: RelevanceEvidence): Exclude<Verdict, 'none'> {
  const perThousandWords = (evidence.lexiconHits * 1000) / Math.max(evidence.words, 200);
  const actors = evidence.countries + evidence.internationalBodies + Math.min(evidence.officials, 2);
  const score =
    3 * evidence.disputes +
    Math.min(evidence.countries, 5) +
    Math.min(evidence.officials, 3) +
    Math.min(evidence.internationalBodies, 2) +
    Math.min(perThousandWords, 12) / 2;
  const leadIsForeign =
    lead.disputes > 0 ||
    lead.countries >= 2 ||
    (lead.lexiconHits > 0 && lead.countries + lead.internationalBodies >= 1);
  // Two states, or one state and a dispute, or one state before international bodies (a UN report on Sri Lanka).
  const statesInvolved = evidence.countries >= 2 || evidence.disputes > 0 || (evidence.countries >= 1 && evidence.internationalBodies >= 2);
  const diplomatic =
    actors >= 2 && statesInvolved && perThousandWords >= 5 && score >= 7 && leadIsForeign;
  return diplomatic ? 'diplomatic' : 'article';
}
