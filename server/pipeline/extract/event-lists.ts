/**
 * Parties named in lists rather than in the event's own sentence: the partners a count announces
 * ("bersama 7 pemerintah kabupaten/kota ... Ketujuh daerah itu adalah ..."), and the regions listed after
 * the main sentence of an event that names fewer than two.
 *
 * Why: one ceremony with many regions is one event with many parties, and news lists them apart from the
 * sentence that tells of the act.
 */
import type { PartyRole } from "../../schemas/facts.ts";
import { has, type PartyDraft, type SentenceFacts } from "./event-candidates.ts";
import { COUNT_OF_REGIONS, type Draft, type EventInputs } from "./event-draft.ts";

/** Partners listed after the main sentence ("antara lain Kota Bengkulu, Kabupaten Cianjur, ..."). */
export function listedPartners(
  input: EventInputs,
  main: Draft,
  context: readonly SentenceFacts[],
): Map<string, PartyDraft> {
  const found = new Map<string, PartyDraft>();
  const counted = context.some((f) =>
    COUNT_OF_REGIONS.test(input.folded.slice(f.sentence.start, f.sentence.end)),
  );
  if (!counted && main.parties.size >= 2) return found;
  const indexOf = new Map(input.sentences.map((f, i) => [f, i]));
  const after = new Set<SentenceFacts>();
  for (const anchor of context) {
    const index = indexOf.get(anchor) ?? -1;
    for (const facts of input.sentences.slice(index + 1, index + 5)) after.add(facts);
  }
  let previousListed: SentenceFacts | null = null;
  const ordered = [...after].sort((a, b) => a.sentence.start - b.sentence.start);
  for (let k = 0; k < ordered.length; k++) {
    const facts = ordered[k] as SentenceFacts;
    if (has(facts, "agreement") || has(facts, "signing")) continue;
    const listed = facts.mentions.filter(
      (m) => m.prefix && !m.locative && !m.venue && !m.witness && !m.qualifier,
    );
    // A list may run on into the next sentence ("... Bupati Wonogiri Joko Sutopo. Lalu Bupati Boyolali ...").
    const continues =
      previousListed !== null && indexOf.get(facts) === (indexOf.get(previousListed) ?? -2) + 1;
    const distinct = new Set(listed.map((m) => m.ref.code)).size;
    if (distinct === 0 || (!continues && distinct < (counted ? 3 : 2))) continue;
    previousListed = facts;
    const next = input.sentences[(indexOf.get(facts) ?? -2) + 1];
    if (next && !after.has(next)) {
      after.add(next);
      ordered.splice(k + 1, 0, next);
    }
    const role: PartyRole = main.kind === "agreement" ? "signatory" : "participant";
    const rule = counted ? "listed after a count of partners" : "listed after the main sentence";
    for (const m of listed)
      if (!found.has(m.ref.code)) found.set(m.ref.code, { ref: m.ref, role, rule, evidence: facts.sentence });
    if (!main.sources.includes(facts)) main.sources.push(facts);
  }
  return found;
}
