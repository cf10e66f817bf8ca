/**
 * Importing an article from the web through the API: POST /api/documents/import/preview reads a page and
 * answers what a save would store, writing nothing; POST /api/documents/import (token) stores it.
 * Browser-safe: imports only zod and sibling schemas.
 */
import { z } from "zod";
import { FactsSchema } from "./facts.ts";

export const ImportBodySchema = z
  .strictObject({
    url: z
      .string()
      .max(2048, "must be at most 2048 characters")
      .regex(/^\s*https?:\/\/\S+\s*$/i, "must be a web address starting with http:// or https://")
      .describe("The address of a news article (an HTML page)"),
  })
  .meta({ id: "ImportRequest" });
export type ImportBody = z.infer<typeof ImportBodySchema>;

const PageSchema = z.object({
  url: z.string().describe("The address that answered, after redirects"),
  canonicalUrl: z.string().nullable().describe("The canonical address the page declares"),
  title: z.string().nullable(),
  publishedAt: z.string().nullable().describe("YYYY-MM-DD from the page's metadata, else from its text"),
  publisher: z.string().nullable(),
  language: z.string().nullable(),
});

export const ImportStoredSchema = z
  .enum(["new", "unchanged", "changed"])
  .describe(
    "What a save does: new (added), unchanged (the same text is stored: nothing written), changed (a new " +
      "version replaces the stored one and its facts)",
  );

export const ImportPreviewSchema = z
  .object({
    page: PageSchema,
    documentId: z
      .string()
      .describe("The id the article would be stored under (sha256 of the normalised text)"),
    text: z.string().describe("The article's main text, normalised: every evidence offset points into it"),
    extracted: FactsSchema,
    stored: ImportStoredSchema,
  })
  .meta({ id: "ImportPreview" });
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z
  .object({
    page: PageSchema,
    documentId: z.string(),
    outcome: z.enum(["added", "unchanged", "replaced"]),
    version: z.number().int().describe("1 for a first import; one more for each changed text"),
    extracted: FactsSchema,
    written: z.object({ nodesCreated: z.number().int(), relationshipsCreated: z.number().int() }),
  })
  .meta({ id: "ImportResult" });
export type ImportResult = z.infer<typeof ImportResultSchema>;
