import type { Gazetteer } from '../entities/gazetteer';
import { isPerson, type Mention } from '../entities/types';
import type { Verdict } from '../store/types';

/** Words that mark news about relations between states. */
const DIPLOMATIC_LEXICON =
  /\b(diplomac\w*|diplomat\w*|bilateral|trilateral|multilateral|summit\w*|ambassador\w*|embass\w*|envoy\w*|consul\w*|foreign (?:minister|ministry|ministers|policy|office|secretary|affairs)|secretary of state|state department|sanction\w*|treat(?:y|ies)|accord|alliance\w*|allies|ceasefire|cease-fire|truce|negotiat\w*|talks|tariff\w*|trade (?:war|dispute|deal|talks|restrictions)|export controls?|territor\w*|sovereignt\w*|annex\w*|disputed|invasion|troops|missile\w*|nuclear|military|defen[cs]e minister\w*|relations|ties|delegation\w*|protest(?:ed|s)? (?:to|against|over)|condemn\w*|united nations|security council|coup)\b/gi;

export interface RelevanceEvidence {
  countries: number;
  disputes: number;
  officials: number;
  internationalBodies: number;
  lexiconHits: number;
  words: number;
}

/** Counts what in an article speaks for it being about relations between states. */
export function gatherEvidence(text: string, mentions: readonly Mention[], gazetteer: Gazetteer): RelevanceEvidence {
  const countries = new Set<string>();
  const disputes = new Set<string>();
  const officials = new Set<string>();
  const bodies = new Set<string>();
  for (const mention of mentions) {
    const entity = gazetteer.get(mention.entityId);
    if (!entity) continue;
    if (entity.kind === 'country') countries.add(entity.id);
    else if (entity.kind === 'dispute') disputes.add(entity.id);
    else if (isPerson(entity) && entity.roles.length > 0) officials.add(entity.id);
    else if (entity.kind === 'organization' && !entity.country) bodies.add(entity.id);
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

/**
 * Diplomatic when the article involves at least two states (or one with a dispute) and speaks the
 * language of relations between them often enough for its length.
 */
export function judgeVerdict(evidence: RelevanceEvidence): Exclude<Verdict, 'none'> {
  const perThousandWords = (evidence.lexiconHits * 1000) / Math.max(evidence.words, 200);
  const actors = evidence.countries + evidence.internationalBodies + Math.min(evidence.officials, 2);
  const score =
    3 * evidence.disputes +
    Math.min(evidence.countries, 5) +
    Math.min(evidence.officials, 3) +
    Math.min(evidence.internationalBodies, 2) +
    Math.min(perThousandWords, 12) / 2;
  const diplomatic = actors >= 2 && (evidence.countries >= 2 || evidence.disputes > 0) && perThousandWords >= 4 && score >= 7;
  return diplomatic ? 'diplomatic' : 'article';
}
