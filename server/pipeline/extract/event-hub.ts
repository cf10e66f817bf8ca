/**
 * The hub of an event: the one party every other party deals with (annotation guide). Partnerships are
 * the hub with each other party, so a host who signs with seven visitors makes seven partnerships, not
 * twenty-eight; without a hub every pair of parties is a partnership.
 *
 * Why these rules, in this order (each needs three parties or more; two parties never have a hub):
 * - a governor's meeting: one province and only its own kabupaten/kota (the governor convenes them);
 * - a visit: one host received several visitors, or one visitor went to several hosts;
 * - a sister-city tie of one Indonesian region with several places abroad;
 * - an agreement: a clue the assembly found (the partner shared by the signings of one occasion, the host
 *   whose premises the co-signers came to), else a sentence shaped like a star: one party on one side of
 *   "dengan"/"bersama" and several, or a count of them, on the other ("Pemprov DKI ... dengan 10 pemda",
 *   "antara Gubernur Jambi dengan empat provinsi lainnya");
 * - otherwise null: the parties act as equals in one joint act ("11 kabupaten menandatangani MoU").
 */
import type { PartyDraft, SentenceFacts } from "./event-candidates.ts";
import { COUNT_OF_REGIONS, FOREIGN_KINDS, type Draft, type HubClue } from "./event-draft.ts";

const CONNECTOR = /(?<![\p{L}])(antara|dengan|bersama)(?![\p{L}])/gu;

function insideTrigger(facts: SentenceFacts, at: number): boolean {
  return facts.hits.some((h) => at >= h.start && at < h.end);
}

/**
 * "X ... dengan A, B dan C", "N pemda ... dengan X", "antara X dengan empat provinsi, yakni ...": the one
 * party alone on its side of the connector, when the other side holds two parties or a count of them.
 */
export function starHub(
  facts: SentenceFacts,
  parties: ReadonlyMap<string, PartyDraft>,
  folded: string,
): string | null {
  const { start, end } = facts.sentence;
  const sentence = folded.slice(start, end);
  // "Selain dengan Pemprov Sumbar, ...": a partner set aside in a clause of its own takes no side.
  const aside = /(?<![\p{L}])selain\b[^,]*,/u.exec(sentence);
  const named = facts.mentions.filter(
    (m) =>
      parties.has(m.ref.code) &&
      !m.dateline &&
      !m.venue &&
      !m.qualifier &&
      !m.witness &&
      !m.apposition &&
      !(aside && m.start >= start + aside.index && m.start < start + aside.index + aside[0].length),
  );
  if (named.length === 0) return null;
  // The party alone on its side is named as a government or an official, not by a bare name.
  const governs = (code: string) =>
    named.some((n) => n.ref.code === code && n.prefix !== null && n.prefix.type !== "admin");
  let windowStart = start;
  CONNECTOR.lastIndex = 0;
  for (let m = CONNECTOR.exec(sentence); m !== null; m = CONNECTOR.exec(sentence)) {
    const at = start + m.index;
    if (insideTrigger(facts, at)) continue;
    if (m[1] === "antara") {
      windowStart = at;
      continue;
    }
    // "bersama dengan": one connector.
    if (m[1] === "bersama" && /^\s+dengan\b/.test(sentence.slice(m.index + m[0].length))) continue;
    const before = new Set(
      named.filter((n) => n.start >= windowStart && n.start < at).map((n) => n.ref.code),
    );
    const after = new Set(named.filter((n) => n.start > at).map((n) => n.ref.code));
    if (before.size !== 1 && after.size !== 1) {
      windowStart = at;
      continue;
    }
    const countBefore = COUNT_OF_REGIONS.test(folded.slice(windowStart, at));
    const countAfter = COUNT_OF_REGIONS.test(folded.slice(at, end));
    // The lone governed party of one side, facing several or a count on the other. A count on the lone
    // party's own side ("8 kabupaten di lingkup Bojonegoro bersama 3 kabupaten lainnya") leaves it one of
    // many.
    const lone = (side: Set<string>, sideCounted: boolean, other: Set<string>, otherCounted: boolean) => {
      const [only] = side;
      return side.size === 1 &&
        only &&
        !sideCounted &&
        governs(only) &&
        !other.has(only) &&
        (other.size >= 2 || otherCounted)
        ? only
        : null;
    };
    const hub = lone(before, countBefore, after, countAfter) ?? lone(after, countAfter, before, countBefore);
    if (hub) return hub;
    windowStart = at;
  }
  return null;
}

function isProvince(p: PartyDraft): boolean {
  return p.ref.kind === "province";
}

export interface HubDecision {
  hub: string | null;
  rule: string | null;
}

const NO_HUB: HubDecision = { hub: null, rule: null };

/** The hub of a draft event and the rule that found it, or none. */
export function decideHub(draft: Draft, folded: string): HubDecision {
  const parties = [...draft.parties.values()];
  if (parties.length < 3) return NO_HUB;
  if (draft.kind === "meeting") {
    const provinces = parties.filter(isProvince);
    const [province] = provinces;
    if (
      provinces.length === 1 &&
      province &&
      parties.every((p) => p === province || p.ref.code.startsWith(`${province.ref.code}.`))
    ) {
      return { hub: province.ref.code, rule: "a province convening its own kabupaten/kota" };
    }
    return NO_HUB;
  }
  if (draft.kind === "visit" || draft.kind === "audience" || draft.kind === "study_visit") {
    const hosts = parties.filter((p) => p.role === "host");
    const visitors = parties.filter((p) => p.role === "visitor");
    if (hosts.length === 1 && visitors.length >= 2 && hosts[0])
      return { hub: hosts[0].ref.code, rule: "one host received several visitors" };
    if (visitors.length === 1 && hosts.length >= 2 && visitors[0])
      return { hub: visitors[0].ref.code, rule: "one visitor went to several hosts" };
    return NO_HUB;
  }
  if (draft.kind === "sister_city") {
    const home = parties.filter((p) => !FOREIGN_KINDS.has(p.ref.kind));
    if (home.length === 1 && home[0])
      return { hub: home[0].ref.code, rule: "one Indonesian region tied to several places abroad" };
  }
  const clue = draft.hubClues.find((c: HubClue) => draft.parties.has(c.code));
  if (clue) return { hub: clue.code, rule: clue.rule };
  for (const facts of draft.sources.values()) {
    const star = starHub(facts, draft.parties, folded);
    if (star) return { hub: star, rule: "one party on one side of dengan/bersama, several on the other" };
  }
  return NO_HUB;
}
