/**
 * A query as search sees it: folded terms (the same folding the loader gave every node's `searchText`), the
 * edits a term may be off by, and the level words ("kota", "kabupaten") that only hint at a region's kind.
 * Shared by the ranking, both candidate engines, the sector vocabulary and the highlights.
 */
import { foldForSearch } from "../../../text/fold.ts";

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** Words naming a region's administrative level, which users add or leave out at will. */
export const LEVEL_WORDS: Readonly<Record<string, "city" | "regency" | "province">> = {
  kota: "city",
  pemkot: "city",
  kabupaten: "regency",
  kab: "regency",
  pemkab: "regency",
  provinsi: "province",
  prov: "province",
  pemprov: "province",
};

export function searchTerms(query: string): string[] {
  const terms = foldForSearch(query)
    .split(" ")
    .filter((t) => t.length > 0)
    .map((t) => t.slice(0, MAX_TERM_LENGTH));
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/**
 * Edits a term may be off by: none for short words, where one edit makes another word; two only for very
 * long ones. Two edits cost Lucene several times as much as one (it walks far more of the term
 * dictionary), and a typo is usually one.
 */
export function maxEdits(term: string): number {
  if (term.length >= 12) return 2;
  return term.length >= 4 ? 1 : 0;
}

/** The terms worth looking up: the level words ("kota", "kab") only when nothing else was typed. */
export function namedTerms(allTerms: readonly string[]): readonly string[] {
  const named = allTerms.filter((term) => LEVEL_WORDS[term] === undefined);
  return named.length > 0 ? named : allTerms;
}
