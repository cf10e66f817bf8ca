/**
 * Search without Cypher: the Lucene query sent to the `search_names` full-text index, and the ranking of the
 * candidates it returns.
 *
 * Why two steps: Lucene finds candidates fast and tolerates typos (fuzzy terms), but its relevance score
 * cannot say "this is the region the user named". So the index casts a wide net, and this module ranks by
 * how the query matched (the whole name, an alias, the name without "Kota"/"Kabupaten", every word, word
 * prefixes, words within an edit or two), then regions before other nodes, then the better connected node
 * ("bekasi" names both Kota and Kabupaten Bekasi equally; the one with partnerships comes first), and only
 * then Lucene's score. Everything is compared folded (lower case, no accents, no punctuation) with the same
 * function the loader used for `searchText`.
 * @see ../../text/fold.ts
 */
import { distance } from "fastest-levenshtein";
import type { NodeType } from "../../../schemas/node.ts";
import { SEARCH_GROUP_ORDER, type SearchResult } from "../../../schemas/search.ts";
import { foldForSearch } from "../../../text/fold.ts";
import { highlightRanges } from "./search-highlights.ts";
import { LEVEL_WORDS, maxEdits, namedTerms } from "./search-terms.ts";

export { maxEdits, namedTerms, searchTerms } from "./search-terms.ts";

/**
 * The Lucene query for the folded terms: each term exact (boosted), as a prefix, and fuzzy; a long term
 * also split in two as a phrase ("muaraenim" finds "muara enim"); two adjacent terms also joined
 * ("tanjung pinang" finds "tanjungpinang"). Terms hold only letters and digits after folding, so nothing
 * in them is Lucene syntax. Empty when there is nothing to look for.
 *
 * Level words ("kota", "kabupaten", "kab", …) are left out when other terms remain: nearly every event
 * title contains one, so Lucene would score nearly every event for them, and
 * the ranking reads them from the query anyway (as a hint at a region's kind). Prefixes start at three
 * letters: "ka*" expands to most of the index.
 */
export function luceneQuery(allTerms: readonly string[]): string {
  const terms = namedTerms(allTerms);
  const clauses: string[] = [];
  for (const term of terms) {
    clauses.push(`${term}^4`);
    if (term.length >= 3) clauses.push(`${term}*^2`);
    const edits = maxEdits(term);
    if (edits > 0) clauses.push(`${term}~${edits}`);
    for (let cut = 3; term.length >= 7 && cut <= term.length - 3; cut++) {
      clauses.push(`"${term.slice(0, cut)} ${term.slice(cut)}"^3`);
    }
  }
  for (let i = 0; i + 1 < terms.length; i++) clauses.push(`${terms[i]}${terms[i + 1]}^3`);
  return clauses.join(" OR ");
}

/** How a candidate matched, best first. */
export const MATCH_ORDER = ["exact", "alias", "name", "words", "prefix", "fuzzy", "partial"] as const;
export type MatchKind = (typeof MATCH_ORDER)[number];

const TYPE_ORDER: readonly NodeType[] = SEARCH_GROUP_ORDER;

export interface Candidate {
  id: string;
  label: string;
  type: NodeType;
  kind: string | null;
  context: string | null;
  /** Other names: printed forms, surface forms, acronyms. */
  aliases: readonly string[];
  searchText: string;
  score: number;
  degree: number;
  /** The query is one of this region's gazetteer aliases ("KSB", "Jabar", "DKI"). */
  aliasHit: boolean;
}

function withoutLevel(words: readonly string[]): string[] {
  let start = 0;
  while (start < words.length - 1 && LEVEL_WORDS[words[start]!] !== undefined) start++;
  if (words[start] === "administrasi" && start < words.length - 1) start++;
  return words.slice(start);
}

/** 3 exact word, 2 word prefix, 1 within the allowed edits (or two adjacent words run together), 0 none. */
function termMatch(term: string, words: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === term || word + (words[i + 1] ?? "") === term) return 3;
    if (term.length >= 2 && word.startsWith(term)) best = Math.max(best, 2);
    else if (best < 1 && maxEdits(term) > 0 && Math.abs(word.length - term.length) <= maxEdits(term)) {
      if (distance(word, term) <= maxEdits(term)) best = 1;
    }
  }
  return best;
}

/**
 * Folding a label and splitting a text into words are most of what ranking a candidate costs, and the same
 * candidates come back query after query: both are remembered, for a bounded number of texts.
 */
const MEMO_LIMIT = 50_000;
const foldMemo = new Map<string, string>();
const wordsMemo = new Map<string, readonly string[]>();

function remembered<T>(memo: Map<string, T>, text: string, compute: (text: string) => T): T {
  let value = memo.get(text);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = compute(text);
    memo.set(text, value);
  }
  return value;
}

const foldedOnce = (text: string) => remembered(foldMemo, text, foldForSearch);
const wordsOnce = (text: string) => remembered(wordsMemo, text, (t) => Object.freeze(t.split(" ")));

export function classify(terms: readonly string[], candidate: Candidate): MatchKind {
  const query = terms.join(" ");
  const compact = (s: string) => s.replaceAll(" ", "");
  const name = foldedOnce(candidate.label);
  if (name === query || compact(name) === compact(query)) return "exact";
  if (candidate.aliasHit || candidate.aliases.some((a) => foldedOnce(a) === query)) return "alias";
  const queryCore = withoutLevel(terms);
  const nameCore = withoutLevel(name.split(" "));
  const hint = LEVEL_WORDS[terms[0] ?? ""];
  const hintAgrees = hint === undefined || candidate.type !== "region" || hint === candidate.kind;
  if (hintAgrees && compact(queryCore.join(" ")) === compact(nameCore.join(" "))) return "name";
  const words = wordsOnce(candidate.searchText);
  // "Kota"/"Kabupaten" in the query only hints at the level of a region; event titles contain it as a word.
  const matches = (candidate.type === "region" ? queryCore : terms).map((term) => termMatch(term, words));
  if (matches.every((m) => m === 3)) return hintAgrees ? "words" : "prefix";
  if (matches.every((m) => m >= 2)) return "prefix";
  if (matches.every((m) => m >= 1)) return "fuzzy";
  return "partial";
}

/** Matches of every word, exactly or by its beginning: what the user typed, not a guess at it. */
const COMPLETE: ReadonlySet<MatchKind> = new Set(["exact", "alias", "name", "words", "prefix"]);
/**
 * Typo matches come only when fewer complete matches than this were found: "Bandung" has its regions and
 * events, and "Badung" or "studi banding" (one edit away) would be noise among them; "Sumbara Barat" has
 * none, and the typo finds Kabupaten Sumbawa Barat.
 */
export const FEW_COMPLETE = 3;

/**
 * The kinds of match worth showing: complete ones always; typos when complete ones are few; matches of
 * some words only when nothing matches every word ("Smart City" must not bring every "Sister City").
 */
function shownMatches(matches: readonly MatchKind[]): (match: MatchKind) => boolean {
  const complete = matches.filter((m) => COMPLETE.has(m)).length;
  const fuzzy = matches.filter((m) => m === "fuzzy").length;
  return (match) =>
    COMPLETE.has(match) ||
    (match === "fuzzy" && complete < FEW_COMPLETE) ||
    (match === "partial" && complete + fuzzy === 0);
}

/**
 * Ranks candidates (see the file header), keeps the best `limit` of the matches worth showing, one per id,
 * and orders them by kind (SEARCH_GROUP_ORDER), keeping the ranking within each kind.
 */
export function rankCandidates(
  terms: readonly string[],
  candidates: readonly Candidate[],
  limit: number,
): SearchResult[] {
  const byId = new Map<string, Candidate>();
  for (const c of candidates) {
    const seen = byId.get(c.id);
    if (!seen || c.score > seen.score || c.aliasHit) {
      const aliasHit = c.aliasHit || !!seen?.aliasHit;
      byId.set(c.id, aliasHit === c.aliasHit ? c : { ...c, aliasHit });
    }
  }
  const classified = [...byId.values()].map((c) => ({ c, match: classify(terms, c) }));
  const shown = shownMatches(classified.map(({ match }) => match));
  const ranked = classified.filter(({ match }) => shown(match));
  ranked.sort((x, y) => {
    const tier = MATCH_ORDER.indexOf(x.match) - MATCH_ORDER.indexOf(y.match);
    if (tier !== 0) return tier;
    const type = TYPE_ORDER.indexOf(x.c.type) - TYPE_ORDER.indexOf(y.c.type);
    if (type !== 0) return type;
    // A whole-name or whole-word match is already certain: prefer the better connected node. For looser
    // matches, Lucene's score says more about how close the words are.
    const strong = MATCH_ORDER.indexOf(x.match) <= MATCH_ORDER.indexOf("words");
    const degree = y.c.degree - x.c.degree;
    const score = y.c.score - x.c.score;
    const first = strong ? degree : score;
    const second = strong ? score : degree;
    // Last, the id: two officials of one name in two regions come in the same order every time.
    if (first || second) return first || second;
    // Namesakes tie on everything but the id: equal labels skip the collator.
    return (x.c.label === y.c.label ? 0 : x.c.label.localeCompare(y.c.label)) || (x.c.id < y.c.id ? -1 : 1);
  });
  // Grouped by kind; Array.prototype.sort is stable, so each kind keeps the ranking's order.
  const kept = ranked
    .slice(0, limit)
    .sort((x, y) => TYPE_ORDER.indexOf(x.c.type) - TYPE_ORDER.indexOf(y.c.type));
  return kept.map(({ c, match }) => ({
    id: c.id,
    label: c.label,
    type: c.type,
    kind: c.kind,
    context: c.context,
    match,
    highlights: highlightRanges(terms, c.label),
    score: Math.round(c.score * 1000) / 1000,
  }));
}
