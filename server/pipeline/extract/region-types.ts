/**
 * The shapes the region matcher works with: a region reference, the prefix before a name, a mention, and
 * the compiled matcher. Apart from region-matcher.ts so the matcher's parts (region-prefixes.ts,
 * region-guesses.ts) share them without importing the matcher back.
 */
import type { RegionKind } from "../../schemas/facts.ts";
import type { Gazetteer, RegionLevel } from "./gazetteer.ts";

export interface RegionRef {
  code: string;
  kind: RegionKind;
  name: string;
}

/** How the words before a name relate it to a government. */
export type PrefixType = "government" | "admin" | "title" | "office" | "member" | "venue";

export interface RegionPrefix {
  level: RegionLevel | null;
  type: PrefixType;
  /** Start of the prefix phrase ("Pemerintah" in "Pemerintah Kabupaten X"). */
  start: number;
  tokenStart: number;
  /** Carried over from the previous item of a list ("Bupati A, B dan C"): no word of its own. */
  inherited?: boolean;
}

export type MatchVia = "name" | "joined" | "alias" | "seat" | "partial" | "fuzzy" | "country" | "foreign";

export interface RegionMention {
  /** The name as written (without prefix). */
  start: number;
  end: number;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  candidates: RegionRef[];
  prefix: RegionPrefix | null;
  via: MatchVia;
}

export interface NameEntry {
  refs: RegionRef[];
  tokenCount: number;
  /** Only matches when its first word is in capitals in the text (KSB, OKU Timur). */
  capitalsOnly: boolean;
  needsPrefix: boolean;
  /** A regency's seat town ("Muara Bungo" for Bungo): read only after a regency-level prefix. */
  regencyPrefixOnly: boolean;
  via: MatchVia;
}

export interface FuzzyTarget {
  readonly key: string;
  readonly ref: RegionRef;
  readonly level: RegionLevel;
}

export interface RegionMatcher {
  readonly entries: ReadonlyMap<string, NameEntry>;
  readonly keyPrefixes: ReadonlySet<string>;
  readonly maxTokens: number;
  /** Name words that point at exactly one region ("singingi" -> Kuantan Singingi). */
  readonly uniqueWords: ReadonlyMap<string, RegionRef>;
  /** Official names and seat towns for typo reading, grouped by the first letter a typo never changes. */
  readonly fuzzyTargetsByFirst: ReadonlyMap<number, readonly FuzzyTarget[]>;
  readonly gazetteer: Gazetteer;
  readonly countryName: ReadonlyMap<string, string>;
}
