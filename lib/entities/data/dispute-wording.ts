import type { DisputeEntity, EntityBase } from '../types';

/**
 * How news names a dispute in plain words around the name of its place or subject: "the Kashmir
 * issue", "the Dokdo row", "the dispute over the Senkakus", "the border dispute between Eritrea and
 * Ethiopia". These phrases become aliases of the dispute, so the whole phrase is one mention (the
 * automaton's longest match) under whichever party's name it is built on.
 */

/** Nouns news puts after a dispute's place: "the Kashmir issue", "the Golan question". */
const AFTER = ['dispute', 'conflict', 'issue', 'question', 'row', 'standoff'];
/** Phrases news puts before it: "the row over Dokdo", "the conflict in Nagorno-Karabakh". */
const BEFORE = ['dispute over', 'conflict over', 'conflict in', 'row over', 'standoff over', 'war over'];
/** An anchor that already says what it is, or names a document or an event, takes no wording. */
const NOT_AN_ANCHOR = /\b(agreement|treaty|act|accords?|consensus|policy|principle|process|arbitration|incident|war|massacre|conflict|dispute|issue|question|crisis|row|line|corridor|plan|talks|deal|programme|program)\b|\d|\(/i;
/** A head noun at the end of a dispute's own name: "Kashmir conflict" is anchored on "Kashmir". */
const HEAD = /\s+(conflict|dispute|issue|question|row)$/i;

const fold = (text: string): string => text.toLowerCase().replace(/[‐-―−-]/g, '-').replace(/\s+/g, ' ').trim();

/** The place or subject names a dispute's plain wording is built on: its neutral name, each party's name, its proper-name aliases. */
function anchors(dispute: DisputeEntity): string[] {
  const candidates = [
    dispute.neutralName,
    dispute.name.replace(HEAD, ''),
    ...dispute.names.map((n) => n.name),
    ...(dispute.aliases ?? []),
  ].filter((a): a is string => Boolean(a));
  return [...new Set(candidates)].filter(
    (a) => /^\p{Lu}/u.test(a) && a.split(/\s+/).length <= 4 && !NOT_AN_ANCHOR.test(a) && !/^[A-Z]{2,6}$/.test(a) && /\p{Ll}/u.test(a),
  );
}

/**
 * The disputes with their plain-word names added as aliases; `others` are every other entity, whose
 * names and aliases a new phrase never takes. Two-party territorial and maritime disputes also answer
 * to "the border dispute between X and Y" and "the X–Y maritime dispute" when they are their parties'
 * only dispute of that category.
 */
export function withPlainWording(disputes: readonly DisputeEntity[], others: readonly EntityBase[]): DisputeEntity[] {
  const taken = new Set<string>();
  for (const entity of [...others, ...disputes]) {
    for (const term of [entity.name, ...(entity.aliases ?? []), ...(entity.triggers ?? [])]) taken.add(fold(term));
  }
  const countryName = new Map(others.filter((e) => e.kind === 'country').map((e) => [e.id, e.name]));
  const pairUse = new Map<string, number>();
  const pairKey = (d: DisputeEntity) => `${d.category}:${[...d.parties].sort().join('+')}`;
  for (const d of disputes) if (d.parties.length === 2) pairUse.set(pairKey(d), (pairUse.get(pairKey(d)) ?? 0) + 1);

  return disputes.map((dispute) => {
    const phrases: string[] = [];
    for (const anchor of anchors(dispute)) {
      for (const noun of AFTER) phrases.push(`${anchor} ${noun}`);
      for (const lead of BEFORE) phrases.push(`${lead} ${anchor}`, `${lead} the ${anchor}`);
    }
    const [a, b] = dispute.parties.map((id) => countryName.get(id));
    const kind = dispute.category === 'territorial' ? 'border' : dispute.category === 'maritime' ? 'maritime' : undefined;
    if (kind && a && b && dispute.parties.length === 2 && pairUse.get(pairKey(dispute)) === 1) {
      for (const [x, y] of [[a, b], [b, a]]) phrases.push(`${kind} dispute between ${x} and ${y}`, `${x}-${y} ${kind} dispute`);
    }
    const fresh = phrases.filter((p) => !taken.has(fold(p)) && taken.add(fold(p)));
    return fresh.length === 0 ? dispute : { ...dispute, aliases: [...(dispute.aliases ?? []), ...fresh] };
  });
}
