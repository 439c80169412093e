import type { Gazetteer } from '../entities/gazetteer';
import { isPerson, type Mention } from '../entities/types';
import type { Verdict } from '../store/types';

/** Words that mark news about relations between states. */
const DIPLOMATIC_LEXICON =
  /\b(diplomac\w*|diplomat\w*|bilateral|trilateral|multilateral|summit\w*|ambassador\w*|embass\w*|envoy\w*|consul\w*|foreign (?:minister|ministry|ministers|policy|office|secretary|affairs)|secretary of state|state department|sanction\w*|treat(?:y|ies)|accord|alliance\w*|allies|ceasefire|cease-fire|truce|negotiat\w*|talks|tariff\w*|trade (?:war|dispute|deal|talks|restrictions)|export controls?|territor\w*|sovereignt\w*|annex\w*|disputed|invasion|troops|missile\w*|nuclear|military|defen[cs]e minister\w*|(?:bilateral|diplomatic|foreign|international|two-way|strained|frayed) (?:relations|ties)|(?:relations|ties) (?:between|with)|delegation\w*|protest(?:ed|s)? (?:to|against|over)|condemn\w*|united nations|security council|coup)\b/gi;

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
  const diplomatic =
    actors >= 2 && (evidence.countries >= 2 || evidence.disputes > 0) && perThousandWords >= 5 && score >= 7 && leadIsForeign;
  return diplomatic ? 'diplomatic' : 'article';
}
