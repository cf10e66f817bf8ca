/**
 * Lists of regions whose later items carry no prefix of their own (E2): "Bupati Lamongan, Pj Bupati
 * Probolinggo, Bupati Pasuruan, Sidoarjo, Mojokerto dan Bupati Tuban", "Rapat dihadiri Bupati Agam,
 * Mentawai, Selayar dan Pj Bupati Meranti", and the items after a count of regions ("dengan empat provinsi
 * lainnya, yakni Riau, Kepulauan Riau, Bengkulu ...").
 *
 * Why: an item without a prefix is read as if it had the prefix of the item before it (or the level of the
 * count), so its level decides between same-named regions (Kabupaten, not Kota, Mojokerto after "Bupati"),
 * a distinctive part of a long name resolves as it does after a prefix ("Mentawai" is Kepulauan Mentawai),
 * a name that needs a prefix ("Batu") is read, and the item acts as the first one does.
 */
import { prefixedGuess } from "./region-guesses.ts";
import { exactAt, type RegionMatcher, type RegionMention, type RegionPrefix } from "./region-matcher.ts";
import { mayCountRegions } from "./region-counts.ts";
import type { Token } from "./text.ts";

/** Prefix kinds a list carries over: governments, officials' titles, offices and administrative words. */
const CARRIED = new Set(["government", "title", "office", "admin"]);

/** The word of the other level before "/" or "dan" and a prefixed name: "Kabupaten/Kota X", "Pemkot dan Pemkab X". */
const REGENCY_BEFORE =
  /(?<![\p{L}])(kabupaten|kab|pemkab|pemerintah kabupaten|bupati)\.?\s*(?:\/|dan|&)\s*$/u;
const CITY_BEFORE = /(?<![\p{L}])(kota|pemkot|pemerintah kota|wali ?kota)\s*(?:\/|dan|&)\s*$/u;
/** Whether "/", "&" or "dan" ends the text before `at` (a cheap test before the patterns above). */
function joinedBefore(folded: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && folded.charCodeAt(i) === 32) i--;
  const c = folded.charCodeAt(i);
  return c === 47 || c === 38 || (c === 110 && folded.startsWith("dan", i - 2));
}

const TYPE_OF_WORD: Readonly<Record<string, "admin" | "government" | "title">> = {
  kabupaten: "admin",
  kab: "admin",
  kota: "admin",
  pemkab: "government",
  pemkot: "government",
  "pemerintah kabupaten": "government",
  "pemerintah kota": "government",
  bupati: "title",
  walikota: "title",
  "wali kota": "title",
};

/** "N provinsi/kabupaten/kota ... yakni|yaitu|antara lain|meliputi|adalah": the count's items follow. */
const COUNTED_LIST =
  /\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas)\s+(?:pemerintah\s+)?(provinsi|kabupaten|kota|pemprov|pemkab|pemkot|gubernur|bupati|wali ?kota)\b[^.;]{0,60}?\b(?:yakni|yaitu|antara lain|di ?antaranya|meliputi|adalah|masing-masing)\b\s*:?\s*/g;

const LEVEL_OF: Record<string, RegionPrefix["level"]> = {
  provinsi: "province",
  pemprov: "province",
  gubernur: "province",
  kabupaten: "regency",
  pemkab: "regency",
  bupati: "regency",
  kota: "city",
  pemkot: "city",
  walikota: "city",
  "wali kota": "city",
};

/** Index of the first token starting at or after `offset`. */
function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The token where the next list item starts after token `j - 1`, past ", ", "dan", "serta", or -1. After a
 * title the official's name may come first ("Bupati Luwu Budiman, Wajo ...").
 */
function nextItem(
  text: string,
  tokens: readonly Token[],
  j: number,
  afterTitle: boolean,
  starts: ReadonlySet<number>,
): number {
  let k = j;
  if (afterTitle) {
    let skipped = 0;
    while (
      k < tokens.length &&
      skipped < 4 &&
      (tokens[k] as Token).capitalised &&
      !starts.has(k) &&
      /^[ .]{1,2}$/.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start))
    ) {
      k++;
      skipped++;
    }
  }
  const previous = tokens[k - 1];
  const token = tokens[k];
  if (!previous || !token) return -1;
  const gap = text.slice(previous.end, token.start);
  if (/^\s*,\s*$/.test(gap)) {
    return token.text === "dan" || token.text === "serta" ? nextAfterConjunction(text, tokens, k) : k;
  }
  if (/^\s+$/.test(gap) && (token.text === "dan" || token.text === "serta"))
    return nextAfterConjunction(text, tokens, k);
  return -1;
}

function nextAfterConjunction(text: string, tokens: readonly Token[], k: number): number {
  const conjunction = tokens[k] as Token;
  const next = tokens[k + 1];
  return next && /^\s+$/.test(text.slice(conjunction.end, next.start)) ? k + 1 : -1;
}

/**
 * "Walikota Bogor, Bima Arya": a word followed by another capitalised word is a person's name after the
 * title, not a list item, when nothing else made it a region.
 */
function startsAName(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const next = tokens[at + 1];
  return !!next && next.capitalised && text.slice(token.end, next.start) === " ";
}

function inherit(prefix: RegionPrefix, token: Token, i: number): RegionPrefix {
  return { level: prefix.level, type: prefix.type, start: token.start, tokenStart: i, inherited: true };
}

export function withListPrefixes(
  matcher: RegionMatcher,
  text: string,
  folded: string,
  tokens: readonly Token[],
  mentions: readonly RegionMention[],
): RegionMention[] {
  const byToken = new Map<number, RegionMention>();
  const prefixStarts = new Set<number>();
  const covered = new Set<number>();
  for (const m of mentions) {
    byToken.set(m.tokenStart, m);
    if (m.prefix) prefixStarts.add(m.prefix.tokenStart);
    for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  }
  const starts = new Set<number>([...byToken.keys(), ...prefixStarts]);
  const added: RegionMention[] = [];
  const updated = new Map<RegionMention, RegionMention>();

  /** Follows a list from an item with a prefix, giving each bare item after it that prefix. */
  const follow = (first: { tokenEnd: number; prefix: RegionPrefix }, firstItem: number | null) => {
    let prefix = first.prefix;
    let at = firstItem ?? nextItem(text, tokens, first.tokenEnd, prefix.type === "title", starts);
    while (at >= 0 && at < tokens.length) {
      if (prefixStarts.has(at)) return; // a new item with its own prefix starts its own list
      const token = tokens[at] as Token;
      const known = byToken.get(at);
      let item: RegionMention | null = null;
      if (known) {
        if (known.prefix && !known.prefix.inherited) return;
        item = { ...known, prefix: inherit(prefix, token, at) };
        updated.set(known, item);
      } else if (token.capitalised && !startsAName(text, tokens, at)) {
        const exact = exactAt(matcher, text, tokens, at);
        const inherited = inherit(prefix, token, at);
        item = exact
          ? {
              start: token.start,
              end: (tokens[at + exact.count - 1] as Token).end,
              tokenStart: at,
              tokenEnd: at + exact.count,
              candidates: exact.refs,
              prefix: inherited,
              via: exact.via,
            }
          : prefixedGuess(matcher, text, tokens, at, inherited, covered);
        if (item) {
          added.push(item);
          for (let t = item.tokenStart; t < item.tokenEnd; t++) covered.add(t);
        }
      }
      if (!item?.prefix) return;
      prefix = item.prefix;
      at = nextItem(text, tokens, item.tokenEnd, false, starts);
    }
  };

  for (const m of mentions) {
    if (m.prefix && CARRIED.has(m.prefix.type) && m.prefix.level !== null)
      follow({ tokenEnd: m.tokenEnd, prefix: m.prefix }, null);
  }
  COUNTED_LIST.lastIndex = 0;
  const counts = mayCountRegions(tokens, folded);
  for (let c = counts ? COUNTED_LIST.exec(folded) : null; c !== null; c = COUNTED_LIST.exec(folded)) {
    const level = LEVEL_OF[(c[1] ?? "").replace(/\s+/, " ")] ?? null;
    const at = tokenAtOrAfter(tokens, c.index + c[0].length);
    const token = tokens[at];
    if (!level || !token) continue;
    follow({ tokenEnd: at, prefix: { level, type: "admin", start: token.start, tokenStart: at } }, at);
  }
  // "Kabupaten/Kota Mojokerto", "Pemkot dan Pemkab Madiun": both the regency and the city of that name.
  for (const m of mentions) {
    const prefix = m.prefix;
    if (!prefix || (prefix.level !== "city" && prefix.level !== "regency")) continue;
    if (!joinedBefore(folded, prefix.start)) continue;
    const before = folded.slice(Math.max(0, prefix.start - 24), prefix.start);
    const other = (prefix.level === "city" ? REGENCY_BEFORE : CITY_BEFORE).exec(before);
    if (!other) continue;
    const kind = prefix.level === "city" ? "regency" : "city";
    const ref = m.candidates.find((c) => c.kind === kind);
    if (!ref) continue;
    const type = TYPE_OF_WORD[(other[1] ?? "").replace(/\s+/, " ")] ?? "admin";
    added.push({ ...m, candidates: [ref], prefix: { ...prefix, level: kind, type, inherited: true } });
  }
  if (added.length === 0 && updated.size === 0) return [...mentions];
  return [...mentions.map((m) => updated.get(m) ?? m), ...added].sort((a, b) => a.start - b.start);
}
