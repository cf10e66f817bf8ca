/**
 * What surrounds an official's title in the text: the region it names, the qualifiers between that region
 * and the name (commas, bracketed acronyms, a province or country, a consulate's city), and whether what
 * reads as a name can be one.
 *
 * Why apart from officials.ts: these are the position rules (where a region or a name may start), shared
 * by titles read in full and by list items that inherit a title.
 */
import type { PersonName } from "./person-names.ts";
import type { ArticleMention } from "./region-context.ts";
import type { RegionMatcher } from "./region-matcher.ts";
import type { Token } from "./text.ts";
import { isOfficeName, type TitleMatch } from "./titles.ts";

/** What plausibleName needs of the article. */
export interface NameContext {
  text: string;
  matcher?: RegionMatcher | undefined;
}

/** A bracketed acronym right after a title or region, with or without a space after it: "(Konjen)", "(Bangkep)". */
const BRACKET = /^\s*\([^()\n]{1,40}\)/;

/** A second role between a title's region and the name, ended by a comma. */
const SECOND_ROLE = /^[ \t]*,?[ \t]*(?:sekaligus|yang juga|selaku)[ \t]+\p{Lu}[^,.;:\n"“”]{2,50},[ \t]*/u;

/** After a consul's title: the place of the consulate or the host country ("Konjen Jepang di Denpasar"). */
const DIPLOMAT_PLACE = /^\s*,?\s*(?:di|untuk)\s+/;

/** Words between a title and its region that belong to the region phrase ("Sekda Kota Malang"). */
const REGION_LEAD_WORDS = new Set([
  "kabupaten",
  "kab",
  "kota",
  "provinsi",
  "prov",
  "pemerintah",
  "administrasi",
]);

/** Characters between two words that end a phrase: sentence punctuation or a line break. */
const SENTENCE_GAP = /[.!?;:\n]/;

export function mentionMaps(mentions: readonly ArticleMention[]) {
  const byToken = new Map<number, ArticleMention>();
  for (const m of mentions) byToken.set(m.prefix?.tokenStart ?? m.tokenStart, m);
  for (const m of mentions) if (!byToken.has(m.tokenStart)) byToken.set(m.tokenStart, m);
  const byStart = new Map<number, ArticleMention>();
  for (const m of mentions) byStart.set(m.phraseStart, m);
  const starts = mentions.map((m) => m.start).sort((a, b) => a - b);
  return { byToken, byStart, starts };
}

export type MentionMaps = ReturnType<typeof mentionMaps>;

/** Index of the first token starting at or after `offset`. */
export function tokenFrom(tokens: readonly Token[], offset: number, from: number): number {
  let t = from;
  while (t < tokens.length && (tokens[t] as Token).start < offset) t++;
  return t;
}

export function regionAfterTitle(
  text: string,
  tokens: readonly Token[],
  title: TitleMatch,
  maps: MentionMaps,
): ArticleMention | null {
  const bracket = BRACKET.exec(text.slice(title.end, title.end + 45));
  const first = bracket ? tokenFrom(tokens, title.end + bracket[0].length, title.tokenEnd) : title.tokenEnd;
  for (let t = first; t < first + 4 && t < tokens.length; t++) {
    // The region phrase never crosses a sentence end or a line ("kepala daerah.\n\nBupati Banjar").
    const previous = tokens[t - 1] as Token;
    const gap = text.slice(previous.end, (tokens[t] as Token).start);
    if (SENTENCE_GAP.test(gap) && !(gap.startsWith(". ") && REGION_LEAD_WORDS.has(previous.text)))
      return null;
    const mention = maps.byToken.get(t);
    // "Kepala daerah Bupati Banjar": the region belongs to the next title, not to this one.
    if (mention) return mention.prefix?.type === "title" && mention.prefix.tokenStart === t ? null : mention;
    if (!REGION_LEAD_WORDS.has((tokens[t] as Token).text)) return null;
  }
  return null;
}

/**
 * Where the name may start after a title's region: past commas, bracketed acronyms and further regions
 * that qualify it (a province, a country), and for consuls past "di <city>".
 */
export function nameStart(text: string, from: number, maps: MentionMaps, diplomat: boolean): number {
  let at = from;
  for (let step = 0; step < 8; step++) {
    const rest = text.slice(at, at + 80);
    const bracket = BRACKET.exec(rest);
    if (bracket) {
      at += bracket[0].length;
      continue;
    }
    // Never across a line: "... Setda Kota Batu,\nBudi mengatakan" starts another paragraph.
    // A dash may stand for the comma: "Wakil Bupati Blitar – Rina Wati".
    const space = /^[ \t]*(?:,|[-–—](?=[ \t]))?[ \t]*/.exec(rest)?.[0].length ?? 0;
    const mention = maps.byStart.get(at + space);
    if (mention && (!mention.prefix || mention.prefix.type === "admin")) {
      at = mention.end;
      continue;
    }
    // "Bupati Ciamis sekaligus Ketua Forum X, H Budi": a second role, then the name.
    // (Checked only where a lower-case word follows: most titles are followed by a name or punctuation.)
    const next = rest.charCodeAt(space);
    const role = next >= 97 && next <= 122 ? SECOND_ROLE.exec(rest) : null;
    if (role) {
      at += role[0].length;
      continue;
    }
    const place = diplomat ? DIPLOMAT_PLACE.exec(rest) : null;
    if (place && maps.byStart.has(at + place[0].length)) {
      at += place[0].length;
      continue;
    }
    return at + space;
  }
  return at;
}

/** Index of the first value >= target in a sorted array (binary search). */
function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A name is not an office ("Kepala Sub Bagian (Kasubag) Humas", "Pimpinan Setda"), holds no region
 * ("Wakil Wali Kota Eksekutif Nanjing"), is not itself a region's name ("Bupati Malang, Mentawai"), and a
 * single word followed by a province is a town ("Balairung Bupati Malang Kepanjen, Jatim").
 */
export function plausibleName(name: PersonName, input: NameContext, maps: MentionMaps): boolean {
  const words = name.name.split(" ");
  if (isOfficeName(words[0] ?? "") || words.every((w) => isOfficeName(w.replace(/\.$/, "")))) return false;
  const at = lowerBound(maps.starts, name.start);
  if (at < maps.starts.length && (maps.starts[at] as number) < name.end) return false;
  if (input.matcher) {
    // The identity key without spaces and hyphens is the matcher's compact form of the same words.
    const key = name.key.replace(/[\s-]/g, "");
    if (input.matcher.entries.has(key) || (words.length === 1 && input.matcher.uniqueWords.has(key)))
      return false;
  }
  if (words.length === 1) {
    const after = /^\s*,\s*/.exec(input.text.slice(name.end, name.end + 4));
    const next = after ? maps.byStart.get(name.end + after[0].length) : undefined;
    if (next && (next.ref.kind === "province" || next.ref.kind === "country")) return false;
  }
  return true;
}
