/**
 * Last corrections to an event's parties, once all of them are known:
 * - a country whose city or province is a party is not a second party ("Kota Kochi, Jepang" is Kochi);
 * - a country party is the one place of that country the article names, when it names exactly one
 *   ("delegasi yakni Ichikawa (Jepang) dan Suwon (Korea Selatan)" makes JP/Ichikawa and KR/Suwon, E6);
 * - a province is no party when one of its kabupaten/kota is and the province itself does not act in the
 *   event's sentences: only "Provinsi P" or a bare P as an area ("di Provinsi Jawa Timur, khususnya Kota
 *   Malang", "Kabupaten Barito Kuala, Provinsi Kalsel"), no Pemprov, Gubernur, Sekda, Setda, Biro or Dinas
 *   of P, or its governor only a witness (E8).
 */
import type { PartyDraft, SentenceFacts } from "./event-candidates.ts";
import type { EventInputs } from "./event-draft.ts";
import type { ArticleMention } from "./region-context.ts";

/** A province's own government or official acting: Pemprov P, Gubernur P, Sekda/Setda/Biro/Dinas of P. */
function actsAsProvince(m: ArticleMention): boolean {
  return (
    m.prefix !== null &&
    m.prefix.type !== "admin" &&
    m.prefix.type !== "member" &&
    m.prefix.type !== "venue" &&
    !m.venue
  );
}

/** "Gubernur bersama para bupati/wali kota se-Provinsi P": the untitled governor of the province named. */
const UNTITLED_PROVINCE_ACTOR =
  /\b(?:gubernur|wagub|wakil gubernur|pemprov|pemerintah provinsi|sekda provinsi|sekdaprov)\b/;

/**
 * The provinces whose government acts in an event's sentences, not as a venue, and never witnesses in the
 * article ("disaksikan oleh Gubernur P": the governor who watches two of his kabupaten sign is no party,
 * even where he also invited them or spoke).
 */
export function provincesActing(
  input: EventInputs,
  sentences: Iterable<SentenceFacts>,
  /** False for a meeting: a governor convenes a meeting, even one where he witnessed a signing. */
  witnessed = true,
): Set<string> {
  const acting = new Set<string>();
  const witnessing = new Set<string>();
  for (const facts of sentences) {
    const provinces = facts.mentions.filter((m) => m.ref.kind === "province" && !m.dateline);
    if (provinces.length === 0) continue;
    for (const m of provinces) if (!m.witness && actsAsProvince(m)) acting.add(m.ref.code);
    const text = input.folded.slice(facts.sentence.start, facts.sentence.end);
    const [only] = provinces;
    if (provinces.length === 1 && only && !only.witness && UNTITLED_PROVINCE_ACTOR.test(text))
      acting.add(only.ref.code);
  }
  if (witnessed)
    for (const m of input.mentions) if (m.witness && m.ref.kind === "province") witnessing.add(m.ref.code);
  for (const code of witnessing) acting.delete(code);
  return acting;
}

export function withoutProvincesAsAreas(parties: Map<string, PartyDraft>, acting: ReadonlySet<string>): void {
  for (const [code, party] of [...parties]) {
    if (party.ref.kind !== "province" || acting.has(code)) continue;
    if ([...parties.keys()].some((other) => other.startsWith(`${code}.`))) parties.delete(code);
  }
}

/** A foreign city's country is not a second party: "Kota Kochi, Jepang" is Kochi. */
export function withoutRedundantCountries(parties: Map<string, PartyDraft>): void {
  for (const code of [...parties.keys()]) {
    if (!code.includes("/") && [...parties.keys()].some((other) => other.startsWith(`${code}/`)))
      parties.delete(code);
  }
}

/** A country party stands for the one place of that country the article names, if it names exactly one. */
export function countriesAsTheirPlace(
  parties: Map<string, PartyDraft>,
  mentions: readonly ArticleMention[],
): void {
  for (const [code, party] of [...parties]) {
    if (party.ref.kind !== "country") continue;
    const places = new Map<string, ArticleMention>();
    for (const m of mentions)
      if (m.ref.kind === "foreign_region" && m.ref.code.startsWith(`${code}/`) && !m.venue)
        places.set(m.ref.code, m);
    const [only] = places.values();
    if (places.size !== 1 || !only || parties.has(only.ref.code)) continue;
    parties.delete(code);
    parties.set(only.ref.code, {
      ...party,
      ref: only.ref,
      rule: `${party.rule}; the one place of the country named`,
    });
  }
}
