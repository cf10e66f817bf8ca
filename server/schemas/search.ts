/**
 * Search by name, alias or abbreviation (GET /api/search): parameters and ranked results. Browser-safe:
 * imports only zod and sibling schemas.
 */
import { z } from "zod";
import { csvOf } from "./graph.ts";
import { NodeTypeSchema } from "./node.ts";

export const SEARCH_TYPES = ["region", "person", "program", "organization", "event"] as const;

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .min(1)
    .max(200)
    .describe("What to look for; case, accents and small typos do not matter")
    .meta({ examples: ["bekasi", "KSB", "sumbara barat"] }),
  types: csvOf(SEARCH_TYPES, "node types").optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchResultSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    type: NodeTypeSchema,
    kind: z.string().nullable(),
    context: z.string().nullable().describe("A hint to tell results apart: province, office, date, acronym"),
    match: z
      .enum(["exact", "alias", "name", "words", "prefix", "fuzzy", "partial"])
      .describe("How the query matched, best first"),
    score: z.number().describe("Full-text relevance, for ties within the same kind of match"),
  })
  .meta({ id: "SearchResult" });
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SearchResponseSchema = z
  .object({
    query: z.string(),
    results: z.array(SearchResultSchema),
  })
  .meta({ id: "SearchResponse" });
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
