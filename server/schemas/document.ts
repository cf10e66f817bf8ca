/**
 * Articles: one stored article with the spans of every fact in it (GET /api/documents/:id), and the body and
 * answer of POST /api/documents, which ingests one article through the same extract → load path as
 * `npm run ingest`. Browser-safe: imports only zod and sibling schemas.
 */
import { z } from "zod";
import { FactsSchema } from "./facts.ts";
import { NodeTypeSchema } from "./node.ts";

export const DocumentIdSchema = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, 'must be a document id: "sha256:" and 64 hex digits')
  .describe('A document id: "sha256:" and the hex digest of the normalised text')
  // A seed article (seeds/001_…), stored on every fresh start.
  .meta({ examples: ["sha256:c8f7c08683aa167e0b946a5ab3f3395b02d15b7e8c8993238f2bce381ba0233f"] });

export const DocumentParamsSchema = z.object({ id: DocumentIdSchema });

export const SpanSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  nodeId: z.string(),
  type: NodeTypeSchema,
  label: z.string(),
  fact: z.string().describe("mention (a region named), or the relationship the quote supports"),
});

export const ArticleSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    publishedAt: z.string().nullable(),
    ingestedAt: z.string().nullable(),
    text: z.string().describe("The normalised text every span points into"),
    spans: z.array(SpanSchema).describe("Ordered by start offset; spans may overlap"),
  })
  .meta({ id: "Article" });
export type Article = z.infer<typeof ArticleSchema>;

/**
 * Optional text that must say something: checked as sent (length, then a non-space character), then trimmed.
 * Not `.trim().min(1)`, which the OpenAPI document could only show as minLength 1, so a request the document
 * calls valid (a title of one space) would be refused.
 */
const nonBlank = (max: number) => z.string().max(max).regex(/\S/, "must contain some text").trim();

/**
 * A real calendar date from 1900 to 2099: the extractor reads the publication date to resolve dates such as
 * "Senin (9/04)", and would otherwise drop an impossible one (2021-02-31) or a month alone without a word.
 */
const PublishedAtSchema = z.iso
  .date({ error: "must be a date, YYYY-MM-DD" })
  .regex(/^(?:19|20)\d{2}-/, "must be a date from 1900 to 2099")
  .describe("Publication date, YYYY-MM-DD (1900 to 2099)");

// Strict: a field the API does not know is refused (400) rather than silently dropped, so a client's typo
// ("publishedat") is noticed and no caller can smuggle extra properties towards the loader.
export const IngestBodySchema = z
  .strictObject({
    text: z.string().regex(/\S/, "must contain some text").describe("The article text (plain text)"),
    title: nonBlank(500).optional(),
    source: nonBlank(2000).optional().describe("Where the article comes from, e.g. its URL"),
    publishedAt: PublishedAtSchema.optional(),
  })
  .meta({ id: "IngestRequest" });
export type IngestBody = z.infer<typeof IngestBodySchema>;

export const IngestResultSchema = z
  .object({
    documentId: z.string(),
    created: z.boolean().describe("False when the same text was stored before: nothing was written"),
    extracted: FactsSchema,
    written: z.object({ nodesCreated: z.number().int(), relationshipsCreated: z.number().int() }),
  })
  .meta({ id: "IngestResult" });
export type IngestResult = z.infer<typeof IngestResultSchema>;
