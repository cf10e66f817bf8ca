/**
 * The words right before a region's name and what they say about it: a government (Pemkab, Pemerintah
 * Kota), an administrative word (Kabupaten, Kota, Kab.), an official's title (Bupati, Wali Kota, Sekda),
 * an office (Dinas, Bappeda), a council member, or a venue (Kantor Bupati X is a building); and the words
 * after which a name is a sub-district place or a street (Kecamatan, Desa, Jalan), not a region.
 *
 * Why apart from region-matcher.ts: the prefix grammar is a table and a reader of it, used by the
 * matcher, by lists (region-lists.ts) and by places abroad (foreign-regions.ts).
 */
import type { RegionLevel } from "./gazetteer.ts";
import type { PrefixType, RegionPrefix } from "./region-types.ts";
import type { Token } from "./text.ts";

/** Words that never continue a region's name. */
export const FUNCTION_WORDS = new Set(
  "dan di ke dari yang untuk dengan pada serta atau juga akan telah ini itu tersebut bersama oleh dalam".split(
    " ",
  ),
);

interface PrefixWord {
  level: RegionLevel | null;
  type: PrefixType;
}

/** The word right before a region name, and what it says about the region. */
export const PREFIX_WORDS = new Map<string, PrefixWord>(
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

/**
 * Characters allowed between a prefix and the name: space, brackets, the dot of "Kab.", a line broken
 * inside a sentence; `gapOk` refuses a blank line, which ends a headline ("... Bawa Rombongan" over a
 * dateline).
 */
export const PREFIX_GAP = /^[\s().]{1,4}$/;
/** Characters allowed between the words of one name. */
export const NAME_GAP = /^(?: {1,2}|-| - )$/;

/** Character-code checks of the text between two tokens (hot: run for most token pairs). */
export function gapOk(text: string, a: Token, b: Token, pattern: RegExp): boolean {
  const length = b.start - a.end;
  if (pattern === NAME_GAP) {
    if (length === 1) {
      const c = text.charCodeAt(a.end);
      return c === 32 || c === 45;
    }
    if (length === 0 || length > 3) return false;
  } else if (pattern === PREFIX_GAP) {
    if (length === 1 && text.charCodeAt(a.end) === 32) return true;
    if (length === 0 || length > 4) return false;
    // A blank line ends a headline: two line breaks part a prefix from the name.
    let breaks = 0;
    for (let k = a.end; k < b.start; k++) if (text.charCodeAt(k) === 10) breaks++;
    if (breaks > 1) return false;
  }
  return pattern.test(text.slice(a.end, b.start));
}

export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
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

export function isSublocation(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  const name = tokenAt(tokens, i);
  return !!prev && !!name && SUBLOCATION_WORDS.has(prev.text) && gapOk(text, prev, name, PREFIX_GAP);
}
