/**
 * Finds region names in an article: Indonesian provinces, kabupaten and kota (official names, reviewed
 * aliases, spacing variants, partial names and typos after a prefix) and countries.
 *
 * Why one matcher: the gazetteer is compiled once into a map from "compact" names (folded, spaces and
 * hyphens removed) to regions, plus the set of their prefixes, and each article is scanned once over its
 * tokens; no per-region regular expression, no per-article compilation. Comparing compact names makes
 * "Muaraenim" = "Muara Enim", "Pematang Siantar" = "Pematangsiantar", "Bau-Bau" = "Bau Bau".
 *
 * Precision rules: a name counts only when capitalised or right after a region prefix (Kabupaten, Kota,
 * Pemkab, Bupati, Wali Kota, DPRD ...); abbreviations in capitals (KSB, NTB) only in capitals; names that
 * are ordinary words ("Batu", "Puncak", "Bima") only after a prefix; names after Kecamatan, Desa, Jalan
 * are sub-district places, not regions. Typo tolerance and partial names apply only after a prefix.
 *
 * Longer than most modules: one compiled matcher (names, aliases, seat towns, countries) and its exact,
 * partial and typo lookups share private tables; the prefix grammar is in region-prefixes.ts, guesses
 * after a prefix (partial names, typos) in region-guesses.ts, lists of
 * items without a prefix are read in region-lists.ts, places abroad in foreign-regions.ts.
 */
import type { RegionKind } from "../../schemas/facts.ts";
import type { CountryName } from "./countries.ts";
import type { Gazetteer, GazetteerRegion, RegionLevel } from "./gazetteer.ts";
import { NAMES_NEEDING_PREFIX, REGION_ALIASES, type RegionAlias } from "./region-aliases.ts";
import { prefixedGuesses } from "./region-guesses.ts";
import { gapOk, isSublocation, NAME_GAP, PREFIX_WORDS, prefixBefore } from "./region-prefixes.ts";
import seatsFile from "./vocabulary/regency-seats.json" with { type: "json" };

export { prefixBefore };

export interface RegencySeat {
  seat: string;
  /** Official name in idn-area-data ("Kabupaten Bungo"). */
  regency: string;
}

/** The reviewed table of regency seats (vocabulary/regency-seats.json). */
export const REGENCY_SEATS: readonly RegencySeat[] = seatsFile.seats;
import type {
  FuzzyTarget,
  MatchVia,
  NameEntry,
  RegionMatcher,
  RegionMention,
  RegionPrefix,
  RegionRef,
} from "./region-types.ts";
import { foldText, type Token } from "./text.ts";

export type {
  MatchVia,
  NameEntry,
  PrefixType,
  RegionMatcher,
  RegionMention,
  RegionPrefix,
  RegionRef,
} from "./region-types.ts";

const WORD = /[\p{L}\p{N}]+/gu;

export function compactKey(name: string): { key: string; tokens: number } {
  const words = foldText(name).match(WORD) ?? [];
  return { key: words.join(""), tokens: words.length };
}

function kindOf(level: RegionLevel): RegionKind {
  return level;
}

export function regionRef(region: GazetteerRegion): RegionRef {
  return { code: region.code, kind: kindOf(region.level), name: region.officialName };
}

/** Words of region names too generic to identify a region on their own. */
const GENERIC_NAME_WORDS = new Set(
  (
    "barat timur utara selatan tengah tenggara daya raya baru besar tinggi empat lima puluh mas pulang bintang " +
    "kuala datar dan administrasi muara muaro jaya laut tanah sungai gunung pulau teluk kepulauan bandar " +
    "lubuk padang pangkal tanjung bukit batu kota hulu hilir ilir ulu bagian pusat daerah negara"
  ).split(" "),
);

function addEntry(
  entries: Map<string, NameEntry>,
  name: string,
  refs: readonly RegionRef[],
  via: MatchVia,
  capitalsOnly: boolean,
): void {
  const { key, tokens } = compactKey(name);
  if (key.length < 2) return;
  const existing = entries.get(key);
  if (existing) {
    for (const ref of refs) if (!existing.refs.some((r) => r.code === ref.code)) existing.refs.push(ref);
    existing.capitalsOnly &&= capitalsOnly;
    return;
  }
  entries.set(key, {
    refs: [...refs],
    tokenCount: tokens,
    capitalsOnly,
    needsPrefix: NAMES_NEEDING_PREFIX.has(key),
    regencyPrefixOnly: via === "seat",
    via,
  });
}

function isCapitalsWord(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

export function buildRegionMatcher(
  gazetteer: Gazetteer,
  countries: readonly CountryName[],
  aliases: readonly RegionAlias[] = REGION_ALIASES,
  seats: readonly RegencySeat[] = REGENCY_SEATS,
): RegionMatcher {
  const entries = new Map<string, NameEntry>();
  for (const region of gazetteer.regions)
    addEntry(entries, region.coreName, [regionRef(region)], "name", false);
  for (const alias of aliases) {
    const refs = alias.regions.map((official) => {
      const region = gazetteer.byOfficialName.get(official.toLowerCase());
      if (!region) throw new Error(`region alias "${alias.alias}" points at unknown region "${official}"`);
      return regionRef(region);
    });
    const firstWord = alias.alias.split(/\s+/)[0] ?? "";
    addEntry(entries, alias.alias, refs, "alias", isCapitalsWord(firstWord));
  }
  const seatTargets: { key: string; ref: RegionRef; level: RegionLevel }[] = [];
  for (const { seat, regency } of seats) {
    const region = gazetteer.byOfficialName.get(regency.toLowerCase());
    if (!region || region.level !== "regency")
      throw new Error(`regency seat "${seat}" points at unknown regency "${regency}"`);
    const { key } = compactKey(seat);
    if (entries.has(key)) continue;
    addEntry(entries, seat, [regionRef(region)], "seat", false);
    seatTargets.push({ key, ref: regionRef(region), level: "regency" });
  }
  const countryName = new Map<string, string>();
  for (const country of countries) {
    if (!countryName.has(country.code)) countryName.set(country.code, country.name);
    const firstWord = country.name.split(/\s+/)[0] ?? "";
    const ref: RegionRef = {
      code: country.code,
      kind: "country",
      name: countryName.get(country.code) ?? country.name,
    };
    // An Indonesian region keeps its name: "Papua" is the province, not a country.
    if (!entries.has(compactKey(country.name).key)) {
      addEntry(
        entries,
        country.name,
        [ref],
        "country",
        isCapitalsWord(firstWord) && country.name.length <= 4,
      );
    }
  }
  const keyPrefixes = new Set<string>();
  let maxTokens = 1;
  for (const [key, entry] of entries) {
    for (let i = 1; i <= key.length; i++) keyPrefixes.add(key.slice(0, i));
    maxTokens = Math.max(maxTokens, entry.tokenCount + 1);
  }
  const wordOwners = new Map<string, Set<string>>();
  for (const region of gazetteer.regions) {
    for (const word of foldText(region.coreName).match(WORD) ?? []) {
      if (GENERIC_NAME_WORDS.has(word) || word.length < 4) continue;
      const owners = wordOwners.get(word) ?? new Set<string>();
      owners.add(region.code);
      wordOwners.set(word, owners);
    }
  }
  const uniqueWords = new Map<string, RegionRef>();
  for (const [word, owners] of wordOwners) {
    const [only] = owners;
    const region = only === undefined ? undefined : gazetteer.byCode.get(only);
    if (owners.size === 1 && region) uniqueWords.set(word, regionRef(region));
  }
  const fuzzyTargets: FuzzyTarget[] = [
    ...gazetteer.regions.map((region) => ({
      key: compactKey(region.coreName).key,
      ref: regionRef(region),
      level: region.level,
    })),
    ...seatTargets,
  ];
  const fuzzyTargetsByFirst = new Map<number, FuzzyTarget[]>();
  for (const target of fuzzyTargets) {
    const first = target.key.charCodeAt(0);
    const group = fuzzyTargetsByFirst.get(first) ?? [];
    group.push(target);
    fuzzyTargetsByFirst.set(first, group);
  }
  return { entries, keyPrefixes, maxTokens, uniqueWords, fuzzyTargetsByFirst, gazetteer, countryName };
}

function acceptable(
  entry: NameEntry,
  tokens: readonly Token[],
  i: number,
  count: number,
  prefix: RegionPrefix | null,
): boolean {
  const first = tokens[i] as Token;
  if (entry.regencyPrefixOnly) return prefix?.level === "regency";
  if (entry.capitalsOnly) return first.allCaps;
  if (entry.needsPrefix && !prefix) return false;
  // "provinsi mitra": a lower-case word after a prefix is a name only if it fits the prefix's level.
  if (prefix && !first.capitalised && prefix.level && !entry.refs.some((r) => r.kind === prefix.level))
    return false;
  if (prefix) return true;
  if (!first.capitalised) return false;
  if (count !== entry.tokenCount) {
    for (let k = 1; k < count; k++) if (!(tokens[i + k] as Token).capitalised) return false;
  }
  return true;
}

/** The longest compact name of the matcher that starts at token `i`, its tokens joined without gaps. */
function longestEntryAt(
  matcher: RegionMatcher,
  text: string,
  tokens: readonly Token[],
  i: number,
): { entry: NameEntry; count: number } | null {
  let key = "";
  let best: { entry: NameEntry; count: number } | null = null;
  for (let k = 0; k < matcher.maxTokens && i + k < tokens.length; k++) {
    const token = tokens[i + k] as Token;
    if (k > 0 && !gapOk(text, tokens[i + k - 1] as Token, token, NAME_GAP)) break;
    key += token.text;
    if (!matcher.keyPrefixes.has(key)) break;
    const entry = matcher.entries.get(key);
    if (entry) best = { entry, count: k + 1 };
  }
  return best;
}

/**
 * The longest name that starts at token `i`, whatever its capitalisation and whether or not it needs a
 * prefix: for list items that inherit their prefix from the item before (region-lists.ts).
 */
export function exactAt(
  matcher: RegionMatcher,
  text: string,
  tokens: readonly Token[],
  i: number,
): { refs: RegionRef[]; count: number; via: MatchVia } | null {
  const best = longestEntryAt(matcher, text, tokens, i);
  if (!best || (best.entry.capitalsOnly && !(tokens[i] as Token).allCaps)) return null;
  return { refs: [...best.entry.refs], count: best.count, via: best.entry.via };
}

function exactMatches(matcher: RegionMatcher, text: string, tokens: readonly Token[]): RegionMention[] {
  const mentions: RegionMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const firstToken = tokens[i] as Token;
    // A name counts only capitalised or after a prefix word (see `acceptable`): skip other words early.
    if (!firstToken.capitalised && (i === 0 || !PREFIX_WORDS.has((tokens[i - 1] as Token).text))) continue;
    if (!matcher.keyPrefixes.has(firstToken.text)) continue;
    const best = longestEntryAt(matcher, text, tokens, i);
    if (!best || isSublocation(text, tokens, i)) continue;
    const prefix = prefixBefore(text, tokens, i);
    if (!acceptable(best.entry, tokens, i, best.count, prefix)) continue;
    const last = tokens[i + best.count - 1] as Token;
    const via: MatchVia =
      best.entry.via === "name" && best.count !== best.entry.tokenCount ? "joined" : best.entry.via;
    mentions.push({
      start: firstToken.start,
      end: last.end,
      tokenStart: i,
      tokenEnd: i + best.count,
      candidates: [...best.entry.refs],
      prefix,
      via,
    });
    i += best.count - 1;
  }
  return mentions;
}

/** All region and country names in the article, in text order, before disambiguation. */
export function matchRegions(
  matcher: RegionMatcher,
  text: string,
  tokens: readonly Token[],
): RegionMention[] {
  const exact = exactMatches(matcher, text, tokens);
  const guesses = prefixedGuesses(matcher, text, tokens, exact);
  return guesses.length === 0 ? exact : [...exact, ...guesses].sort((a, b) => a.start - b.start);
}
