/**
 * Titles of regional officials as Indonesian news writes them: heads of region (Bupati, Wali Kota /
 * Walikota, Gubernur and their deputies, Wagub, Wawali), Sekretaris Daerah / Sekda / Sekprov, Asisten
 * (Asisten I, Asisten Daerah (Asda) II), Kepala Dinas / Badan / Bagian / Biro (Kadis, Kabag., Karo),
 * Kepala + agency (Kepala Bappeda), Staf Ahli, DPRD offices (Ketua Komisi II DPRD), functional positions
 * (Analis Kebijakan Ahli Muda), Camat; with Penjabat / Pj / Plt / Plh in front. Ministers and directors
 * general serve the country; consuls and ambassadors the country named after their title.
 *
 * Why a grammar rather than a list: "Asisten Pemerintahan dan Kesejahteraan Rakyat (Pemkesra)" and
 * "Kepala bagian Kesra" are open-ended, so a title is a head followed by office words (a vocabulary of
 * bureau words, agency acronyms, and close misspellings of them, in title-vocabulary.ts); the person's
 * name starts at the first word that is none of these.
 */
import { distance } from "fastest-levenshtein";
import type { RegionLevel } from "./gazetteer.ts";
import type { Token } from "./text.ts";
import {
  COUNCIL_WORDS,
  COUNCILS,
  FUNCTIONAL_GRADES,
  HEADS,
  MINISTRY_WORDS,
  MODIFIERS,
  NUMBERED_WORDS,
  OFFICE_NUMBERS,
  OFFICE_WORDS,
  ROOM_WORDS,
  SEATED_PROVINCIAL_OFFICES,
  VENUE_WORDS,
  type Head,
  type TitleScope,
} from "./title-vocabulary.ts";

export interface TitleMatch {
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  start: number;
  end: number;
  /** Display form: canonical head plus the office words as written ("Kepala Dinas Kesehatan"). */
  title: string;
  /** The level of region the head serves, when the head says it (Bupati -> regency). */
  level: RegionLevel | null;
  /** A head of region or deputy: Bupati, Wali Kota, Gubernur, Wakil ... */
  isHead: boolean;
  /** Whom the holder serves: a region, the country (a minister), a state abroad (a consul). */
  scope: TitleScope;
  /** The office is a provincial agency named after the town it sits in (Bakorwil Bojonegoro). */
  seatedProvincial: boolean;
}

function byFirstWord<T extends { words: readonly string[] }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const first = item.words[0] as string;
    map.set(first, [...(map.get(first) ?? []), item]);
  }
  return map;
}

const HEADS_BY_FIRST = byFirstWord(HEADS);
const MODIFIERS_BY_FIRST = byFirstWord(MODIFIERS);
const NONE: readonly never[] = [];

/** First words of every title, to skip the many tokens that start none. */
const FIRST_WORDS = new Set([...HEADS, ...MODIFIERS].map((h) => h.words[0] as string));

/** Long office words, for recognising close misspellings ("Perekomonian"). */
const LONG_OFFICE_WORDS = [...OFFICE_WORDS].filter((w) => w.length >= 8);
const misspeltOffice = new Map<string, boolean>();

/** Heads of region inside a Staf Ahli title: "Staf Ahli Gubernur Bidang ...". */
const STAF_AHLI_OF: ReadonlyMap<string, RegionLevel> = new Map([
  ["gubernur", "province"],
  ["bupati", "regency"],
  ["walikota", "city"],
]);

/** Secretariats that say their level: "Asisten I Setkab Kediri" serves the kabupaten, not the kota. */
const SECRETARIAT_LEVELS: ReadonlyMap<string, RegionLevel> = new Map([
  ["setkab", "regency"],
  ["setdakab", "regency"],
  ["setko", "city"],
  ["setkot", "city"],
  ["setdako", "city"],
  ["setdakot", "city"],
  ["setprov", "province"],
  ["setdaprov", "province"],
  ["setdaprop", "province"],
]);

/** A word that names an office or field ("Humas", "Kesra", "Daerah"), so it cannot start a person's name. */
export function isOfficeName(word: string): boolean {
  return OFFICE_WORDS.has(word.toLowerCase());
}

/** Does a word read as the first word of a title ("Kadisdik", "Plt", "Sekda")? Such a word is no name. */
export function startsTitle(folded: string): boolean {
  return FIRST_WORDS.has(folded) || /^ka(?:dis|din|ban|bag|bid|sub|si|ro)[a-z]{0,12}$/.test(folded);
}

export function isOfficeWord(token: Token, original: string): boolean {
  if (OFFICE_WORDS.has(token.text)) return true;
  // Agency acronyms in capitals (BPKAD, OPD) and Dis-/Bappe- agency names (Disperkimtan, Bapenda).
  if (token.allCaps && original.length <= 10) return true;
  if (/^(?:dis[a-z]{3,}|bappe[a-z]{2,}|bape[a-z]{2,}|bake[a-z]{3,})$/.test(token.text)) return true;
  if (token.text.length < 8) return false;
  let misspelt = misspeltOffice.get(token.text);
  if (misspelt === undefined) {
    misspelt = LONG_OFFICE_WORDS.some(
      (w) => Math.abs(w.length - token.text.length) <= 2 && distance(w, token.text) <= 2,
    );
    // Bounded: a long article cannot grow the cache without limit.
    if (misspeltOffice.size < 50_000) misspeltOffice.set(token.text, misspelt);
  }
  return misspelt;
}

function startsWith(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.text !== words[k]) return false;
  return true;
}

/** One or two spaces or tabs between the tokens (a loop: it runs for every word of every title). */
function isTightGap(text: string, a: Token, b: Token): boolean {
  const length = b.start - a.end;
  if (length < 1 || length > 2) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Characters that may sit between office words: space, "&", brackets around an acronym, "/", "-", ",". */
function officeGapOk(text: string, a: Token, b: Token): boolean {
  return /^(?:\s{1,2}|\s*&\s*|\s*\(\s*|\s*\)\s*|\s*\/\s*|\)\s*\(|-|,\s)$/.test(text.slice(a.end, b.start));
}

/**
 * A capital initial with a full stop and a capitalised word after it ("MA. Rina"): the start of a name,
 * not an agency acronym.
 */
function isInitialBeforeName(text: string, token: Token): boolean {
  if (!token.allCaps && !(token.capitalised && token.end - token.start === 1)) return false;
  if (token.end - token.start > 3) return false;
  return /^\.\s+\p{Lu}\p{Ll}/u.test(text.slice(token.end, token.end + 4));
}

/** The previous office word, skipping a bracketed acronym: "Asisten Daerah (Asda) I". */
function numberedBefore(text: string, tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1] as Token;
  if (NUMBERED_WORDS.has(prev.text)) return true;
  const beforeBracket = tokens[k - 2];
  return (
    beforeBracket !== undefined &&
    /^\s*\)\s*$/.test(text.slice(prev.end, (tokens[k] as Token).start)) &&
    NUMBERED_WORDS.has(beforeBracket.text)
  );
}

/**
 * Office words after a head ("Kepala Dinas Kesehatan", "Kabag. Hukum", "Asisten I"), or -1 if none. The
 * end never stops on "dan" or a comma: "Kepala Bagian Hukum dan Budi" keeps Budi as the name.
 */
function officeEnd(
  text: string,
  tokens: readonly Token[],
  from: number,
  head: Head,
  regionAt: (token: number) => boolean,
): number {
  let end = from;
  // A region's name is never an office word, even in capitals ("Kepala Dinas Kesehatan NTB").
  while (end < tokens.length && !regionAt(end)) {
    const token = tokens[end] as Token;
    const prev = tokens[end - 1] as Token;
    const gapOk =
      officeGapOk(text, prev, token) ||
      (end === from && head.abbreviation === true && /^\.\s{1,2}$/.test(text.slice(prev.end, token.start)));
    if (!gapOk) break;
    const original = text.slice(token.start, token.end);
    let office = false;
    if (OFFICE_NUMBERS.has(token.text) && (token.capitalised || /\d/.test(token.text))) {
      office = numberedBefore(text, tokens, end);
    } else if (head.title === "Staf Ahli" && STAF_AHLI_OF.has(token.text)) {
      office = true;
    } else if (head.title === "Staf Ahli" && token.text === "wali" && tokens[end + 1]?.text === "kota") {
      end++;
      office = true;
    } else if (token.text === "kepala" && tokens[end + 1]?.text === "daerah" && prev.text === "biro") {
      // "Kepala Biro Kepala Daerah dan Kerja Sama": the bureau of the head of region.
      end++;
      office = true;
    } else if (token.text === "sekretaris") {
      // "Asisten I Sekretaris Kota Malang"; not "... Hukum dan Sekretaris Daerah", a second official.
      office = prev.text !== "dan" && !text.slice(prev.end, token.start).includes(",");
    } else {
      office =
        (isOfficeWord(token, original) && !isInitialBeforeName(text, token)) ||
        (head.scope === "national" && MINISTRY_WORDS.has(token.text));
    }
    if (!office) break;
    end++;
  }
  while (end > from && (tokens[end - 1] as Token).text === "dan") end--;
  return end === from ? -1 : end;
}

/**
 * "Komisi II DPRD", "Fraksi Partai Golkar DPRD": the words up to and including the council, or -1. Never
 * across a comma or another title ("Ketua TP PKK Kota Malang, Widayati, Ketua DPRD ...").
 */
function councilEnd(text: string, tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const token = tokens[k] as Token;
    if (!/^(?:\s{1,2}|\s*[()]\s*|-)$/.test(text.slice((tokens[k - 1] as Token).end, token.start))) return -1;
    if (COUNCILS.has(token.text)) return k + 1;
    if (FIRST_WORDS.has(token.text)) return -1;
    const numbered =
      (OFFICE_NUMBERS.has(token.text) || /^[a-e]$/.test(token.text)) &&
      (tokens[k - 1] as Token).text === "komisi";
    if (!COUNCIL_WORDS.has(token.text) && !numbered && !token.allCaps && !(token.capitalised && k > from))
      return -1;
  }
  return -1;
}

/** Words that make an office a ministry's: "Kepala Bagian X Pusat Y Ditjen Z Kemendagri". */
const MINISTRY_MARKER = /^(?:kemen[a-z]{2,}|kementerian|ditjen|setjen|sekjen|itjen|deputi)$/;

/**
 * The end of a ministry's unit after a regional-looking office, or -1: a Kepala Bagian of a ministry serves
 * the country, not the region of the sentence.
 */
function ministryEnd(text: string, tokens: readonly Token[], from: number): number {
  let found = -1;
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const token = tokens[k] as Token;
    if (!officeGapOk(text, tokens[k - 1] as Token, token)) break;
    if (MINISTRY_MARKER.test(token.text)) found = k + 1;
    else if (!MINISTRY_WORDS.has(token.text) && !OFFICE_WORDS.has(token.text) && !token.allCaps) break;
  }
  return found;
}

/** "Analis Kebijakan Ahli Muda", "Perencana Madya": the words up to the grade, or -1. */
function functionalEnd(text: string, tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + 6; k++) {
    const token = tokens[k] as Token;
    if (!/^\s{1,2}$/.test(text.slice((tokens[k - 1] as Token).end, token.start))) return -1;
    if (FUNCTIONAL_GRADES.has(token.text) && k > from) return k + 1;
    if (!/^\p{L}+$/u.test(text.slice(token.start, token.end))) return -1;
  }
  return -1;
}

/** Words of a title's office as written, bracketed acronyms left out ("Kesejahteraan Rakyat (Pemkesra)"). */
function officeText(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  return text
    .slice(first.start, last.end)
    .replace(/\s*\([^)]*\)?/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Kantor Bupati", "Rumah Dinas Bupati", "Gedung Negara ..." name a building; "Kepala Dinas, Bupati ..." does not. */
function namesBuilding(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || text.slice(before.end, (tokens[i] as Token).start) !== " ") return false;
  if (VENUE_WORDS.has(before.text)) return true;
  const room = tokens[i - 2]?.text;
  if (ROOM_WORDS.has(before.text) && (room === "ruang" || room === "ruangan")) return true;
  return before.text === "negara" && room === "gedung";
}

const NO_REGIONS = (): boolean => false;

/**
 * The title starting at token `i`, if one does. `regionAt` says where a region's name starts, which
 * ends the office words.
 */
export function readTitle(
  text: string,
  tokens: readonly Token[],
  i: number,
  regionAt: (token: number) => boolean = NO_REGIONS,
): TitleMatch | null {
  if (!FIRST_WORDS.has((tokens[i] as Token).text)) return null;
  let k = i;
  let modifier = "";
  let mod: (typeof MODIFIERS)[number] | undefined;
  for (const m of MODIFIERS_BY_FIRST.get((tokens[k] as Token).text) ?? NONE) {
    if (startsWith(tokens, k, m.words)) {
      mod = m;
      break;
    }
  }
  if (mod) {
    k += mod.words.length;
    const last = tokens[k - 1] as Token;
    // "Penjabat (Pj) Bupati": the acronym repeats the modifier.
    const bracket = /^\s*\(\s*(?:pj|plt|plh|pjs)\s*\)\s*/i.exec(text.slice(last.end, last.end + 12));
    if (bracket) {
      while (tokens[k] && (tokens[k] as Token).start < last.end + bracket[0].length) k++;
    } else {
      const next = tokens[k];
      if (!next || !/^[ \t.]{1,3}$/.test(text.slice(last.end, next.start))) return null;
    }
    modifier = `${mod.title} `;
  }
  const candidates = HEADS_BY_FIRST.get(tokens[k]?.text ?? "") ?? NONE;
  for (const head of candidates) {
    if (!startsWith(tokens, k, head.words)) continue;
    const match = readTail(text, tokens, i, k, head, modifier, regionAt);
    if (match) return match;
  }
  return null;
}

function readTail(
  text: string,
  tokens: readonly Token[],
  i: number,
  k: number,
  head: Head,
  modifier: string,
  regionAt: (token: number) => boolean,
): TitleMatch | null {
  for (let w = 1; w < head.words.length; w++) {
    if (!isTightGap(text, tokens[k + w - 1] as Token, tokens[k + w] as Token)) return null;
  }
  let end = k + head.words.length;
  let title = modifier + head.title;
  let level = head.level;
  let seatedProvincial = false;
  let national = false;
  if (head.tail === "office") {
    const officeTo = officeEnd(text, tokens, end, head, regionAt);
    if (officeTo < 0) return null;
    for (let t = end; t < officeTo; t++) {
      const word = (tokens[t] as Token).text;
      if (SEATED_PROVINCIAL_OFFICES.has(word)) seatedProvincial = true;
      if (head.title === "Staf Ahli" && STAF_AHLI_OF.has(word)) level = STAF_AHLI_OF.get(word) ?? null;
      if (head.title === "Staf Ahli" && word === "wali") level = "city";
      level ??= SECRETARIAT_LEVELS.get(word) ?? null;
    }
    const ministryTo = head.scope === "region" ? ministryEnd(text, tokens, officeTo) : -1;
    title += ` ${officeText(text, tokens, end, Math.max(officeTo, ministryTo))}`;
    end = Math.max(officeTo, ministryTo);
    if (ministryTo > 0) national = true;
  } else if (head.tail === "council") {
    const councilTo = councilEnd(text, tokens, end);
    if (councilTo < 0) return null;
    title += ` ${officeText(text, tokens, end, councilTo)}`;
    end = councilTo;
  } else if (head.tail === "functional") {
    const gradeTo = functionalEnd(text, tokens, end);
    if (gradeTo < 0) return null;
    title = modifier + officeText(text, tokens, k, gradeTo);
    end = gradeTo;
  }
  if (namesBuilding(text, tokens, i)) return null;
  const firstToken = tokens[i] as Token;
  // A council of the nation ("Anggota DPR RI") serves the country, as ministers do; "DPR" of a place
  // abroad is not read as a title.
  let scope: TitleScope = national ? "national" : head.scope;
  let lastToken = tokens[end - 1] as Token;
  if (head.tail === "council" && lastToken.text === "dpr") {
    const republic = tokens[end];
    if (!republic || republic.text !== "ri" || !isTightGap(text, lastToken, republic)) return null;
    title += " RI";
    lastToken = republic;
    end++;
    scope = "national";
  }
  // "Kepala Bagian Hukum (Kabaghuk)": the title ends after the bracket its last acronym opened.
  const written = text.slice(firstToken.start, lastToken.end);
  const closing = /^\s*\)/.exec(text.slice(lastToken.end, lastToken.end + 3));
  const titleEnd =
    closing && written.split("(").length > written.split(")").length
      ? lastToken.end + closing[0].length
      : lastToken.end;
  return {
    tokenStart: i,
    tokenEnd: end,
    start: firstToken.start,
    end: titleEnd,
    title,
    level,
    isHead: head.isHead,
    scope,
    seatedProvincial,
  };
}
