/**
 * Search by name, alias or abbreviation (GET /api/search): parameters, ranked results, and the rule for a
 * query too short to search, which the web app applies before asking. Browser-safe: imports only zod and
 * sibling schemas.
 */
import { z } from "zod";
import { csvOf } from "./graph.ts";
import { NodeTypeSchema, type NodeType } from "./node.ts";

export const SEARCH_TYPES = ["region", "person", "program", "organization", "event", "sector"] as const;

/**
 * The order of kinds in an answer (and in the web app's groups): places first, then what planners look for
 * (programmes, sectors), organisations, officials, events. The same order breaks ties in the ranking.
 */
export const SEARCH_GROUP_ORDER: readonly NodeType[] = [
  "region",
  "program",
  "sector",
  "organization",
  "person",
  "event",
];

/** Letters or digits a query needs before it is searched: one or two match half of every index. */
export const SEARCH_MIN_LETTERS = 3;

/** A region code ("32", "32.75") or an ISO country code ("JP") is a whole name however short. */
const SHORT_CODE = /^(?:\d{2}(?:\.\d{2})?|[A-Z]{2})$/;

/** Whether `q` has fewer than SEARCH_MIN_LETTERS letters or digits and is no region code. */
export function isTooShortQuery(q: string): boolean {
  const trimmed = q.trim();
  if (SHORT_CODE.test(trimmed)) return false;
  return (trimmed.match(/[\p{L}\p{N}]/gu) ?? []).length < SEARCH_MIN_LETTERS;
}

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .min(1)
    .max(200)
    .describe(
      `What to look for; case, accents and small typos do not matter. Fewer than ${SEARCH_MIN_LETTERS} ` +
        "letters or digits (other than a region code) are answered with no results and tooShort: true",
    )
    .meta({ examples: ["bekasi", "KSB", "sumbara barat", "sanitasi"] }),
  types: csvOf(SEARCH_TYPES, "node types").optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchMatchSchema = z
  .enum(["exact", "alias", "name", "words", "prefix", "fuzzy", "partial"])
  .describe(
    "How the query matched, best first: the whole name, an alias, the name without Kota/Kabupaten, every " +
      "word, every word's beginning, every word within a typo or two, some words",
  );
export type SearchMatch = z.infer<typeof SearchMatchSchema>;

export const TextRangeSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0).describe("Exclusive"),
});

export const SearchResultSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    type: NodeTypeSchema,
    kind: z.string().nullable(),
    context: z.string().nullable().describe("A hint to tell results apart: province, office, date, acronym"),
    match: SearchMatchSchema,
    highlights: z
      .array(TextRangeSchema)
      .describe(
        "Where the query matched in `label` (UTF-16 offsets, in order, not overlapping): whole words, or " +
          "the typed beginning of a word; empty when it matched an alias only",
      ),
    score: z.number().describe("Full-text relevance, for ties within the same kind of match"),
  })
  .meta({ id: "SearchResult" });
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SearchResponseSchema = z
  .object({
    query: z.string(),
    results: z
      .array(SearchResultSchema)
      .describe(
        `The best matches, grouped by type in the order ${SEARCH_GROUP_ORDER.join(", ")}, best first ` +
          "within a group. Loose matches (typos) only when fewer than three results " +
          "match every word; matches of only some words only when none matches every word",
      ),
    tooShort: z
      .boolean()
      .describe(`True when the query has fewer than minLetters letters or digits: nothing was searched`),
    minLetters: z.number().int().describe("Letters or digits a query needs to be searched"),
  })
  .meta({ id: "SearchResponse" });
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
