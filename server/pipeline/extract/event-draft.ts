/**
 * An event while it is being assembled (before it becomes the output's Event), and the small helpers the
 * assembly stages share: kind families, party merging, the count of partners a sentence announces.
 *
 * Why a module of its own: the assembly is split by job (main event and merges, lists of partners, hub,
 * dates, output), and each stage reads and extends the same draft.
 */
import type { EventKind, EventSubtype } from "../../schemas/facts.ts";
import type { DateContext } from "./dates.ts";
import type { Candidate, PartyDraft, SentenceFacts } from "./event-candidates.ts";
import type { NamedOfficials } from "./named-officials.ts";
import type { OrganisationHit } from "./organisations.ts";
import type { ProgrammeHit } from "./programmes.ts";
import type { ArticleMention } from "./region-context.ts";
import type { SectorHit } from "./sectors.ts";
import type { Sentence, Span } from "./sentences.ts";
import type { Token } from "./text.ts";

/** What the event stages read: the article's text, its sentences with their facts, and the vocabularies' hits. */
export interface EventInputs {
  text: string;
  folded: string;
  tokens: readonly Token[];
  sentences: readonly SentenceFacts[];
  quotes: readonly Span[];
  dateContext: DateContext;
  mentions: readonly ArticleMention[];
  sectorHits: readonly SectorHit[];
  programmeHits: readonly ProgrammeHit[];
  organisationHits: readonly OrganisationHit[];
  /** Officials the people stage named, by personal name: a name alone can name its region (E9). */
  officials?: NamedOfficials;
}

/** A party the hub may be: found by a rule (a star-shaped sentence, a shared partner, a host, ...). */
export interface HubClue {
  code: string;
  rule: string;
}

export interface Draft {
  kind: EventKind;
  subtype: EventSubtype;
  facts: SentenceFacts;
  parties: Map<string, PartyDraft>;
  date: Candidate["date"];
  main: boolean;
  /** Why this is an event: the rule that made it (shown by --explain and kept in the output). */
  rule: string;
  /** Sentences that told of this event or added its parties (by sentence): where the hub is looked for. */
  sources: Map<Sentence, SentenceFacts>;
  hubClues: HubClue[];
  /** An act told as earlier than the article's event: dated only by its own words. */
  earlier: boolean;
  /** A tie that exists already: undated, status ongoing. */
  existing: boolean;
}

/** "bersama 7 pemerintah kabupaten/kota", "dengan empat provinsi": a count of partners. */
export const COUNT_OF_REGIONS =
  /\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas|belasan|puluhan|seluruh|semua|para)\s+(?:pemerintah\s+|pemda\s+)?(?:kabupaten|kota|daerah|provinsi|pemkab|pemkot|pemprov|pemda|kepala daerah|gubernur|bupati|wali ?kota)/;

export const FOREIGN_KINDS: ReadonlySet<string> = new Set(["country", "foreign_region"]);

/**
 * Kinds that can describe the same occasion: a signing and a sister-city tie; a visit, an audiensi and a
 * studi banding on one trip. Within a family the more specific reading wins (SPECIFICITY).
 */
export function family(kind: EventKind): string {
  if (kind === "sister_city") return "agreement";
  if (kind === "audience" || kind === "study_visit") return "visit";
  return kind;
}

export const SPECIFICITY: Partial<Record<EventKind, number>> = { visit: 0, audience: 1, study_visit: 2 };

export function isSubset(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  for (const key of a.keys()) if (!b.has(key)) return false;
  return true;
}

/** Adds parties not yet present; a role resting on explicit words replaces one read from word order. */
export function addParties(into: Map<string, PartyDraft>, from: ReadonlyMap<string, PartyDraft>): void {
  for (const [code, party] of from) {
    const known = into.get(code);
    if (!known || (party.certain && !known.certain && party.role !== known.role)) into.set(code, party);
  }
}

/** Records a sentence that told of the event or added parties to it. */
export function addSource(draft: Draft, facts: SentenceFacts): void {
  if (!draft.sources.has(facts.sentence)) draft.sources.set(facts.sentence, facts);
}

export function draftOf(c: Candidate, main: boolean, rule: string): Draft {
  return {
    kind: c.kind,
    subtype: c.subtype,
    facts: c.facts,
    parties: new Map(c.parties),
    date: c.date,
    main,
    rule,
    sources: new Map([[c.facts.sentence, c.facts]]),
    hubClues: [],
    earlier: c.earlier,
    existing: c.existing,
  };
}
