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
 * Longer than most modules: one compiled matcher (names, aliases, seat towns, countries), its prefix grammar
 * and its exact, partial and typo lookups share private tables; lists of items without a prefix are read
 * in region-lists.ts, places abroad in foreign-regions.ts.
 */
import { distance } from "fastest-levenshtein";
import type { RegionKind } from "../../schemas/facts.ts";
import type { CountryName } from "./countries.ts";
import type { Gazetteer, GazetteerRegion, RegionLevel } from "./gazetteer.ts";
import { NAMES_NEEDING_PREFIX, REGION_ALIASES, type RegionAlias } from "./region-aliases.ts";
import seatsFile from "./vocabulary/regency-seats.json" with { type: "json" };

export interface RegencySeat {
  seat: string;
  /** Official name in idn-area-data ("Kabupaten Bungo"). */
  regency: string;
}

/** The reviewed table of regency seats (vocabulary/regency-seats.json). */
export const REGENCY_SEATS: readonly RegencySeat[] = seatsFile.seats;
import { foldText, type Token } from "./text.ts";

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

interface NameEntry {
  refs: RegionRef[];
  tokenCount: number;
  /** Only matches when its first word is in capitals in the text (KSB, OKU Timur). */
  capitalsOnly: boolean;
  needsPrefix: boolean;
  /** A regency's seat town ("Muara Bungo" for Bungo): read only after a regency-level prefix. */
  regencyPrefixOnly: boolean;
  via: MatchVia;
}

export interface RegionMatcher {
  readonly entries: ReadonlyMap<string, NameEntry>;
  readonly keyPrefixes: ReadonlySet<string>;
  readonly maxTokens: number;
  /** Name words that point at exactly one region ("singingi" -> Kuantan Singingi). */
  readonly uniqueWords: ReadonlyMap<string, RegionRef>;
  readonly fuzzyTargets: readonly { key: string; ref: RegionRef; level: RegionLevel }[];
  readonly gazetteer: Gazetteer;
  readonly countryName: ReadonlyMap<string, string>;
}

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

/** Words that never continue a region's name. */
const FUNCTION_WORDS = new Set(
  "dan di ke dari yang untuk dengan pada serta atau juga akan telah ini itu tersebut bersama oleh dalam".split(
    " ",
  ),
);

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
  const fuzzyTargets = [
    ...gazetteer.regions.map((region) => ({
      key: compactKey(region.coreName).key,
      ref: regionRef(region),
      level: region.level,
    })),
    ...seatTargets,
  ];
  return { entries, keyPrefixes, maxTokens, uniqueWords, fuzzyTargets, gazetteer, countryName };
}

interface PrefixWord {
  level: RegionLevel | null;
  type: PrefixType;
}

/** The word right before a region name, and what it says about the region. */
const PREFIX_WORDS = new Map<string, PrefixWord>(
  Object.entries({
    kabupaten: { level: "regency", type: "admin" },
    kab: { level: "regency", type: "admin" },
    pemkab: { level: "regency", type: "government" },
    bupati: { level: "regency", type: "title" },
    wabup: { level: "regency", type: "title" },
    sekdakab: { level: "regency", type: "office" },
    sekkab: { level: "regency", type: "office" },
    kota: { level: "city", type: "admin" },
    pemkot: { level: "city", type: "government" },
    walikota: { level: "city", type: "title" },
    walkot: { level: "city", type: "title" },
    wawali: { level: "city", type: "title" },
    wawalkot: { level: "city", type: "title" },
    sekdakot: { level: "city", type: "office" },
    sekkot: { level: "city", type: "office" },
    provinsi: { level: "province", type: "admin" },
    propinsi: { level: "province", type: "admin" },
    prov: { level: "province", type: "admin" },
    pemprov: { level: "province", type: "government" },
    pemprop: { level: "province", type: "government" },
    gubernur: { level: "province", type: "title" },
    wagub: { level: "province", type: "title" },
    sekdaprov: { level: "province", type: "office" },
    sekprov: { level: "province", type: "office" },
    pemda: { level: null, type: "government" },
    pemerintah: { level: null, type: "government" },
    sekda: { level: null, type: "office" },
    setda: { level: null, type: "office" },
    dprd: { level: null, type: "office" },
    bappeda: { level: null, type: "office" },
    forkopimda: { level: null, type: "office" },
    jajaran: { level: null, type: "member" },
    asn: { level: null, type: "member" },
    delegasi: { level: null, type: "member" },
    rombongan: { level: null, type: "member" },
  } satisfies Record<string, PrefixWord>),
);

/** Buildings named after an office: "Kantor Bupati X", "Rumah Dinas Bupati X" are venues. */
const VENUE_BEFORE_TITLE = new Set([
  "kantor",
  "rumah",
  "jabatan",
  "dinas",
  "rumdin",
  "pendopo",
  "pendapa",
  "balai",
]);

/** Words after which a name is a sub-district place or a street, not a region. */
const SUBLOCATION_WORDS = new Set([
  "kecamatan",
  "kec",
  "desa",
  "kelurahan",
  "kel",
  "dusun",
  "kampung",
  "jalan",
  "jl",
  "jln",
  "gang",
  "nagari",
  "distrik",
  "sungai",
  "gunung",
  "danau",
  "selat",
  "pantai",
  "bandara",
  "pelabuhan",
  "universitas",
  "stasiun",
  "terminal",
]);

/** Characters allowed between a prefix and the name: space, brackets, the dot of "Kab.". */
const PREFIX_GAP = /^[\s().]{1,4}$/;
/** Characters allowed between the words of one name. */
const NAME_GAP = /^(?: {1,2}|-| - )$/;

/** Character-code checks of the text between two tokens (hot: run for most token pairs). */
function gapOk(text: string, a: Token, b: Token, pattern: RegExp): boolean {
  const length = b.start - a.end;
  if (pattern === NAME_GAP) {
    if (length === 1) {
      const c = text.charCodeAt(a.end);
      return c === 32 || c === 45;
    }
    if (length === 0 || length > 3) return false;
  } else if (pattern === PREFIX_GAP && (length === 0 || length > 4)) {
    return false;
  }
  return pattern.test(text.slice(a.end, b.start));
}

function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}

/** "Kantor Bupati", "Rumah Dinas Bupati": a building word right before the title (not across a comma). */
function isBuildingOf(text: string, tokens: readonly Token[], titleStart: number): boolean {
  const word = tokenAt(tokens, titleStart - 1);
  const title = tokenAt(tokens, titleStart);
  return !!word && !!title && VENUE_BEFORE_TITLE.has(word.text) && text.slice(word.end, title.start) === " ";
}

/** Reads the prefix phrase that ends right before token `i`, if any. */
export function prefixBefore(text: string, tokens: readonly Token[], i: number): RegionPrefix | null {
  const name = tokenAt(tokens, i);
  const prev = tokenAt(tokens, i - 1);
  if (!name || !prev || !gapOk(text, prev, name, PREFIX_GAP)) return null;
  let word = PREFIX_WORDS.get(prev.text);
  let first = i - 1;
  if (prev.text === "administrasi") {
    const before = tokenAt(tokens, i - 2);
    if (before && (before.text === "kota" || before.text === "kabupaten")) {
      word = PREFIX_WORDS.get(before.text);
      first = i - 2;
    }
  }
  if (!word && prev.text === "daerah") {
    // "Pemerintah Daerah X" is Pemda X; "Sekretaris Daerah X" names X's Sekda.
    const lead = tokenAt(tokens, i - 2)?.text;
    if (lead === "pemerintah") word = { level: null, type: "government" };
    else if (lead === "sekretaris" || lead === "sekertaris") word = { level: null, type: "office" };
    if (word) first = i - 2;
  }
  if (!word) return null;
  let type = word.type;
  const before = tokenAt(tokens, first - 1);
  const beforeThat = tokenAt(tokens, first - 2);
  if (before?.text === "pemerintah" && word.type === "admin") {
    type = "government";
    first -= 1;
  } else if (before?.text === "wali" && prev.text === "kota") {
    type = "title";
    first -= 1;
    if (beforeThat?.text === "wakil") first -= 1;
    if (isBuildingOf(text, tokens, first)) type = "venue";
  } else if (before?.text === "balai" && prev.text === "kota") {
    type = "venue";
    first -= 1;
  } else if (word.type === "title") {
    if (before?.text === "wakil") first -= 1;
    if (isBuildingOf(text, tokens, first)) type = "venue";
  }
  const firstToken = tokens[first] as Token;
  return { level: word.level, type, start: firstToken.start, tokenStart: first };
}

function isSublocation(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  const name = tokenAt(tokens, i);
  return !!prev && !!name && SUBLOCATION_WORDS.has(prev.text) && gapOk(text, prev, name, PREFIX_GAP);
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

function levelsFit(prefixLevel: RegionLevel | null, level: RegionLevel): boolean {
  return prefixLevel === null || prefixLevel === level;
}

function maxTypos(length: number): number {
  return length >= 9 ? 2 : 1;
}

/** A prefix followed by capitalised words that named no region: try a unique partial name, then typos. */
export function prefixedGuess(
  matcher: RegionMatcher,
  text: string,
  tokens: readonly Token[],
  i: number,
  prefix: RegionPrefix,
  covered: ReadonlySet<number>,
): RegionMention | null {
  const first = tokens[i] as Token;
  const unique = matcher.uniqueWords.get(first.text);
  const nextToken = tokenAt(tokens, i + 1);
  const nextIsName = !!nextToken && nextToken.capitalised && gapOk(text, first, nextToken, NAME_GAP);
  if (unique && prefix.level !== null && levelsFit(prefix.level, unique.kind as RegionLevel) && !nextIsName) {
    return {
      start: first.start,
      end: first.end,
      tokenStart: i,
      tokenEnd: i + 1,
      candidates: [unique],
      prefix,
      via: "partial",
    };
  }
  // The closest reading relative to its length wins, so "Sumbara Barat" reads as Sumbawa Barat (1 typo in
  // 12 letters) rather than as Sumbawa (1 typo in 7); two regions equally close leave the name unread.
  // Readings equally close are all kept, most alike at the start first; the article's other mentions
  // then choose among them (see region-context.ts).
  let best: { score: number; refs: RegionRef[]; keys: string[]; count: number; typed: string } | null = null;
  let key = "";
  for (let k = 0; k < 3 && i + k < tokens.length; k++) {
    const token = tokens[i + k] as Token;
    // Later words may be in lower case ("Kab. Bolang mongondow utara"), but never a function word, nor a
    // word already read as part of another name.
    if (k > 0 && (covered.has(i + k) || FUNCTION_WORDS.has(token.text))) break;
    if (k > 0 && !gapOk(text, tokens[i + k - 1] as Token, token, NAME_GAP)) break;
    key += token.text;
    if (key.length < (prefix.level === null ? 8 : 5)) continue;
    const limit = maxTypos(key.length);
    for (const target of matcher.fuzzyTargets) {
      if (!levelsFit(prefix.level, target.level)) continue;
      if (target.key.charCodeAt(0) !== key.charCodeAt(0) || Math.abs(target.key.length - key.length) > limit)
        continue;
      const d = distance(key, target.key);
      if (d === 0 || d > limit) continue;
      const score = d / key.length;
      if (!best || score < best.score) {
        best = { score, refs: [target.ref], keys: [target.key], count: k + 1, typed: key };
      } else if (
        score === best.score &&
        best.count === k + 1 &&
        !best.refs.some((r) => r.code === target.ref.code)
      ) {
        best.refs.push(target.ref);
        best.keys.push(target.key);
      }
    }
  }
  if (!best) return null;
  const typed = best.typed;
  const sharedStart = (candidate: string) => {
    let n = 0;
    while (n < candidate.length && candidate.charCodeAt(n) === typed.charCodeAt(n)) n++;
    return n;
  };
  const order = best.refs.map((ref, n) => ({ ref, shared: sharedStart(best.keys[n] as string) }));
  order.sort((a, b) => b.shared - a.shared);
  const last = tokens[i + best.count - 1] as Token;
  return {
    start: first.start,
    end: last.end,
    tokenStart: i,
    tokenEnd: i + best.count,
    candidates: order.map((o) => o.ref),
    prefix,
    via: "fuzzy",
  };
}

function prefixedGuesses(
  matcher: RegionMatcher,
  text: string,
  tokens: readonly Token[],
  exact: readonly RegionMention[],
): RegionMention[] {
  const covered = new Set<number>();
  for (const m of exact) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  const guesses: RegionMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const prevWord = PREFIX_WORDS.get((tokens[i - 1] as Token).text);
    if (!prevWord || prevWord.type === "member") continue;
    const token = tokens[i] as Token;
    if (
      covered.has(i) ||
      covered.has(i - 1) ||
      FUNCTION_WORDS.has(token.text) ||
      PREFIX_WORDS.has(token.text)
    )
      continue;
    // A lower-case name is read only after an administrative word ("Kota makasar"), never after a title.
    if (!token.capitalised && prevWord.type !== "admin") continue;
    const prefix = prefixBefore(text, tokens, i);
    if (!prefix) continue;
    const guess = prefixedGuess(matcher, text, tokens, i, prefix, covered);
    if (guess) {
      guesses.push(guess);
      for (let t = guess.tokenStart; t < guess.tokenEnd; t++) covered.add(t);
    }
  }
  return guesses;
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
