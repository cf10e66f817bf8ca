/**
 * POST /api/documents/preview: what the extractor reads in an article, without storing anything, so the web
 * app can show the facts and their spans before the user saves with the token. The body is the same as
 * POST /api/documents. Browser-safe: imports only zod and sibling schemas.
 */
import { z } from "zod";
import { FactsSchema } from "./facts.ts";

export const PreviewResultSchema = z
  .object({
    documentId: z
      .string()
      .describe("The id the article would be stored under (sha256 of the normalised text)"),
    text: z.string().describe("The normalised text every evidence offset points into"),
    extracted: FactsSchema,
  })
  .meta({ id: "PreviewResult" });
export type PreviewResult = z.infer<typeof PreviewResultSchema>;
