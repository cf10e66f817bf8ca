/**
 * Parties named only by the personal name of an official the article introduced earlier (E9): "Bupati
 * Gowa, Andi Saputra, tiba di Watampone ... Bupati Bone menerima kunjungan Andi Saputra di rumah jabatan"
 * makes Gowa a party (the visitor) of the audience.
 *
 * Why: the people stage already ties each named official to the region they serve; an event sentence that
 * names the person without the title names their region all the same. A witness ("disaksikan oleh Andi
 * Saputra") and a national official (region ID) are no party.
 */
import type { Person } from "../../schemas/facts.ts";
import { draftFor, rolePivot, type PartyDraft, type SentenceFacts } from "./event-candidates.ts";
import type { EventKind } from "../../schemas/facts.ts";
import type { TriggerHit } from "./event-triggers.ts";
import type { RegionRef } from "./region-matcher.ts";

/** Officials by name, with the region each serves. */
export interface NamedOfficials {
  people: readonly Person[];
  /** The region behind each code the article mentions. */
  regions: ReadonlyMap<string, RegionRef>;
}

const WITNESS_BEFORE = /\b(?:disaksikan|saksi|diketahui oleh|didampingi|mendampingi)\b[^.]*$/;

/** Regions of officials named by their personal name in the sentence, as parties with the sentence's roles. */
export function namedOfficialParties(
  facts: SentenceFacts,
  text: string,
  folded: string,
  kind: EventKind,
  trigger: TriggerHit,
  officials: NamedOfficials | undefined,
  known: ReadonlyMap<string, PartyDraft>,
): Map<string, PartyDraft> {
  const found = new Map<string, PartyDraft>();
  if (!officials || officials.people.length === 0) return found;
  const { start, end } = facts.sentence;
  const sentence = text.slice(start, end);
  for (const person of officials.people) {
    if (person.region === "ID" || known.has(person.region) || found.has(person.region)) continue;
    // A one-word name is too common a word to find again ("Hadi"); two words or a long one.
    if (!person.name.includes(" ") && person.name.length < 6) continue;
    const at = sentence.indexOf(person.name);
    if (at < 0) continue;
    const offset = start + at;
    // The official's own title and region in the sentence made the region a party already, or will.
    if (facts.mentions.some((m) => m.ref.code === person.region)) continue;
    if (WITNESS_BEFORE.test(folded.slice(start, offset))) continue;
    const ref = officials.regions.get(person.region);
    if (!ref) continue;
    const pivot = rolePivot(facts, trigger, folded);
    const draft = draftFor(
      kind,
      { ref, start: offset },
      pivot,
      false,
      facts,
      "official named by personal name (E9)",
    );
    found.set(person.region, draft);
  }
  return found;
}
