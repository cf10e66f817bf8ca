/**
 * Places abroad below the country level: learns the names an article introduces ("Pemerintah Kota
 * Kochi, Jepang", "Provinsi Gyeongsangbuk-do, Korea Selatan") and then finds their other mentions,
 * including after titles and with small typos ("Wali Kota Kochi", "Gubernur Gyeongsangbuk-Di").
 *
 * Why learned per article: no gazetteer of every foreign city is at hand, but Indonesian news introduces
 * a partner city once with its country; after that the name alone refers to it. The region's code is the
 * country's ISO code and the name as first written: "JP/Kochi", "KR/Gyeongsangbuk-do".
 */
import { distance } from "fastest-levenshtein";
import { compactKey, prefixBefore, type RegionMention, type RegionRef } from "./region-matcher.ts";
import type { Token } from "./text.ts";

/** Words that introduce a place below the country: "Kota Kochi, Jepang". */
const ADMIN_WORDS = new Set([
  "kota",
  "provinsi",
  "prefektur",
  "prefecture",
  "city",
  "state",
  "province",
  "distrik",
  "county",
  "kabupaten",
  "municipality",
  "gubernur",
  "walikota",
]);

/** Words after which a learned name is read again, with typo tolerance. */
const TITLE_WORDS = new Set([
  "kota",
  "walikota",
  "gubernur",
  "provinsi",
  "prefektur",
  "bupati",
  "mayor",
  "governor",
]);

/** Words that mark a sister-city article, where "Kota X" abroad may be named without its country. */
const SISTER_WORDS =
  /\b(?:sister[ -](?:city|province|cities)|kota kembar|kota bersaudara|twin city|twinning)\b/;

/** Words that introduce a place: "Kota X", "Kabupaten X", "Provinsi X", "Pemerintah Jung-Gu". */
const PLACE_WORDS = new Set(["kota", "kabupaten", "provinsi", "prefektur", "pemerintah"]);

/** Words that follow "Kota" in phrases about cities rather than in a city's name. */
const NOT_A_PLACE_AFTER_KOTA = new Set(
  "kembar bersaudara cerdas layak sehat tua lama baru besar kecil madya praja mandiri pintar pusaka sister tujuan asal mitra".split(
    " ",
  ),
);

/** Words after "Pemerintah" that name a tier of government, not a place. */
const NOT_A_PLACE_AFTER_PEMERINTAH = new Set(["pusat", "daerah", "republik", "negara", "kabupaten", "desa"]);

interface LearnedPlace {
  key: string;
  ref: RegionRef;
}

function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

function coveredTokens(mentions: readonly RegionMention[]): Set<number> {
  const covered = new Set<number>();
  for (const m of mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  return covered;
}

function isCountry(m: RegionMention): RegionRef | null {
  const [only] = m.candidates;
  return m.candidates.length === 1 && only?.kind === "country" && only.code !== "ID" ? only : null;
}

/**
 * "Kota Kochi, Jepang": the words between an admin word and ", <country>" (or " di <country>"), with the
 * index of the admin word, where a chain of places may go on ("Kota Kisarazu, Prefektur Chiba, Jepang").
 */
function learnBefore(
  text: string,
  tokens: readonly Token[],
  countryStart: number,
  covered: Set<number>,
): { name: string; admin: number } | null {
  let last = countryStart - 1;
  let countryToken = tokens[countryStart] as Token;
  // "Kota Kisarazu di Jepang": the place lies in the country.
  const viaDi = tokens[last]?.text === "di" && gap(text, tokens[last] as Token, countryToken) === " ";
  if (viaDi) {
    countryToken = tokens[last] as Token;
    last--;
  }
  const lastToken = tokens[last];
  // "Kota Kochi, Jepang" or, less often, "Kabupaten Nanjing Republik Rakyat Cina".
  if (!lastToken || !/^(?:,\s{1,2}| )$/.test(gap(text, lastToken, countryToken))) return null;
  // The name ends in a capitalised word, or a hyphenated part of one ("Gyeongsangbuk-do"), not in "di".
  const joined = last > 0 && gap(text, tokens[last - 1] as Token, lastToken) === "-";
  if (!lastToken.capitalised && !joined) return null;
  let first = last;
  while (first > 0) {
    const before = tokens[first - 1] as Token;
    const between = gap(text, before, tokens[first] as Token);
    if (between === "-") first--;
    else if (between === " " && before.capitalised && !ADMIN_WORDS.has(before.text) && last - first < 3)
      first--;
    else break;
  }
  const admin = tokens[first - 1];
  const firstToken = tokens[first] as Token;
  if (
    !admin ||
    !ADMIN_WORDS.has(admin.text) ||
    gap(text, admin, firstToken) !== " " ||
    !firstToken.capitalised
  ) {
    return null;
  }
  for (let t = first; t <= last; t++) if (covered.has(t)) return null;
  // "Wali Kota Jung-Gu Park Sung Min di Korea Selatan": after a title, "di" follows the person, not a place.
  const titled = admin.text === "walikota" || admin.text === "gubernur" || tokens[first - 2]?.text === "wali";
  if (viaDi && (titled || tokens[first - 2]?.text === "wakil")) return null;
  last = Math.max(last, first);
  return { name: text.slice(firstToken.start, (tokens[last] as Token).end), admin: first - 1 };
}

/** Inside brackets before the country, the area the place lies in: "(Provinsi Catalunya, Spanyol)". */
const AREA_IN_BRACKETS =
  /^\s\(\s*(?:(?:Provinsi|Prefektur|Negara Bagian)\s+)?(?:\p{Lu}[\p{L}-]*\s){0,3}?(?:\p{Lu}[\p{L}-]*,\s*)?$/u;

/**
 * "Ichikawa (Jepang)", "Suwon (Korea Selatan)": a capitalised name right before its country in brackets,
 * as delegations and partner cities are listed (E6); also with the area it lies in before the country,
 * "Tarragona (Provinsi Catalunya, Spanyol)".
 */
function learnBracketed(
  text: string,
  tokens: readonly Token[],
  country: RegionMention,
  covered: Set<number>,
): string | null {
  if (!/^\s*\)/.test(text.slice(country.end, country.end + 3))) return null;
  const bracket = text.lastIndexOf("(", country.start);
  if (bracket < 0 || country.start - bracket > 60) return null;
  let open = country.tokenStart;
  while (open > 0 && (tokens[open - 1] as Token).start > bracket) open--;
  const before = tokens[open - 1];
  if (!before || !AREA_IN_BRACKETS.test(text.slice(before.end, country.start))) return null;
  let first = open - 1;
  while (first > 0) {
    const previous = tokens[first - 1] as Token;
    const between = gap(text, previous, tokens[first] as Token);
    if ((between === "-" || (between === " " && previous.capitalised)) && open - 1 - first < 2) first--;
    else break;
  }
  for (let t = first; t < open; t++) if (covered.has(t) || !(tokens[t] as Token).capitalised) return null;
  const name = text.slice((tokens[first] as Token).start, before.end);
  // The word before may be an admin word or a title, not part of the name ("Kota Ichikawa (Jepang)").
  return name.replace(/^(?:Kota|Provinsi|Prefektur|Kabupaten)\s+/, "");
}

function placeRef(country: RegionRef, name: string): RegionRef {
  return { code: `${country.code}/${name}`, kind: "foreign_region", name };
}

function learnPlaces(
  text: string,
  tokens: readonly Token[],
  mentions: readonly RegionMention[],
  covered: Set<number>,
) {
  const learned: LearnedPlace[] = [];
  for (const m of mentions) {
    const country = isCountry(m);
    if (!country) continue;
    const bracketed = learnBracketed(text, tokens, m, covered);
    if (bracketed) {
      const key = compactKey(bracketed).key;
      if (key.length >= 3 && !learned.some((p) => p.key === key))
        learned.push({ key, ref: placeRef(country, bracketed) });
    }
    // Up to three places in a chain, each introduced by its admin word: city, prefecture, country.
    let at = m.tokenStart;
    for (let depth = 0; depth < 3; depth++) {
      const place = learnBefore(text, tokens, at, covered);
      if (!place) break;
      const key = compactKey(place.name).key;
      if (key.length >= 3 && !learned.some((p) => p.key === key))
        learned.push({ key, ref: placeRef(country, place.name) });
      at = place.admin;
    }
  }
  return learned;
}

/** With one foreign country in a sister-city article, "Kota X" that is not Indonesian lies there. */
function learnFromSisterContext(
  text: string,
  folded: string,
  tokens: readonly Token[],
  mentions: readonly RegionMention[],
  covered: Set<number>,
  learned: LearnedPlace[],
): void {
  // The partner country: the only one named, or one named at least twice as often as any other (a
  // caption's "wisatawan asal Belanda" does not make the article about the Netherlands).
  const countries = new Map<string, { ref: RegionRef; count: number }>();
  for (const m of mentions) {
    const c = isCountry(m);
    if (c) countries.set(c.code, { ref: c, count: (countries.get(c.code)?.count ?? 0) + 1 });
  }
  const ranked = [...countries.values()].sort((a, b) => b.count - a.count);
  const [top, second] = ranked;
  if (!top || (second && top.count < 2 * second.count) || !SISTER_WORDS.test(folded)) return;
  const only = top.ref;
  const capitalisedCount = new Map<string, number>();
  for (const token of tokens)
    if (token.capitalised) capitalisedCount.set(token.text, (capitalisedCount.get(token.text) ?? 0) + 1);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (covered.has(i) || !token.capitalised || !PLACE_WORDS.has(prev.text) || gap(text, prev, token) !== " ")
      continue;
    // "Wali Kota Eri" is a mayor's name; "Kota Kembar" is the words for twin city; "Pemerintah Kota
    // Kupang" and "Pemerintah Pusat" name no place by their second word.
    if (
      NOT_A_PLACE_AFTER_KOTA.has(token.text) ||
      ADMIN_WORDS.has(token.text) ||
      NOT_A_PLACE_AFTER_PEMERINTAH.has(token.text) ||
      ["wali", "wakil"].includes(tokens[i - 2]?.text ?? "")
    )
      continue;
    // A hyphenated name is one name ("Jung-Gu", "Gyeongsangbuk-do").
    let end = i;
    while (end + 1 < tokens.length && gap(text, tokens[end] as Token, tokens[end + 1] as Token) === "-")
      end++;
    const next = tokens[end + 1];
    // A name going on ("Kota Kochi Baru") is not read by its first word.
    if (next && next.capitalised && gap(text, tokens[end] as Token, next) === " ") continue;
    let key = "";
    for (let t = i; t <= end; t++) key += (tokens[t] as Token).text;
    if ((capitalisedCount.get(token.text) ?? 0) < 2 || learned.some((p) => p.key.startsWith(key))) continue;
    learned.push({ key, ref: placeRef(only, text.slice(token.start, (tokens[end] as Token).end)) });
  }
}

function findLearned(
  text: string,
  tokens: readonly Token[],
  covered: Set<number>,
  learned: readonly LearnedPlace[],
): RegionMention[] {
  const found: RegionMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i) || !(tokens[i] as Token).capitalised) continue;
    const afterTitle = i > 0 && TITLE_WORDS.has((tokens[i - 1] as Token).text);
    let key = "";
    // The closest learned name wins (exact before a typo), then the longer reading.
    let hit: { place: LearnedPlace; count: number; d: number } | null = null;
    for (let k = 0; k < 4 && i + k < tokens.length; k++) {
      const token = tokens[i + k] as Token;
      if (covered.has(i + k)) break;
      if (k > 0 && !/^(?: |-)$/.test(gap(text, tokens[i + k - 1] as Token, token))) break;
      key += token.text;
      for (const place of learned) {
        const limit = afterTitle && place.key.length >= 5 ? (place.key.length >= 9 ? 2 : 1) : 0;
        if (Math.abs(place.key.length - key.length) > limit) continue;
        const d = key === place.key ? 0 : limit > 0 ? distance(key, place.key) : limit + 1;
        if (d <= limit && (!hit || d < hit.d || (d === hit.d && k + 1 > hit.count)))
          hit = { place, count: k + 1, d };
      }
    }
    if (!hit) continue;
    const last = tokens[i + hit.count - 1] as Token;
    found.push({
      start: (tokens[i] as Token).start,
      end: last.end,
      tokenStart: i,
      tokenEnd: i + hit.count,
      candidates: [hit.place.ref],
      prefix: prefixBefore(text, tokens, i),
      via: "foreign",
    });
    for (let t = i; t < i + hit.count; t++) covered.add(t);
    i += hit.count - 1;
  }
  return found;
}

/** Adds the mentions of places abroad to the region mentions, in text order. */
export function withForeignRegions(
  text: string,
  folded: string,
  tokens: readonly Token[],
  mentions: readonly RegionMention[],
): RegionMention[] {
  if (!mentions.some((m) => isCountry(m))) return [...mentions];
  const covered = coveredTokens(mentions);
  const learned = learnPlaces(text, tokens, mentions, covered);
  learnFromSisterContext(text, folded, tokens, mentions, covered, learned);
  if (learned.length === 0) return [...mentions];
  const found = findLearned(text, tokens, covered, learned);
  return [...mentions, ...found].sort((a, b) => a.start - b.start);
}
