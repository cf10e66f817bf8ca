/**
 * "Belajar dari" (GET /api/programs/:id/learn-from, GET /api/sectors/:id/learn-from): for a programme or a
 * sector, the regions to learn from, ranked, each with the events that say so and their sentences.
 * Browser-safe: imports only zod and sibling schemas.
 */
import { z } from "zod";
import { SourceSchema } from "./node.ts";
import { RegionRefSchema } from "./region.ts";

/** A programme's or a sector's id, bare ("stbm", "kesehatan") or as the API's node id ("program:stbm"). */
const TopicIdSchema = z
  .string()
  .min(1)
  .max(160)
  .regex(
    new RegExp(String.raw`^[^\x00-\x1f\x7f]+$`),
    "must be a programme or sector id without control characters",
  );

export const LearnFromParamsSchema = z.object({
  id: TopicIdSchema.describe(
    'The programme or sector id: "stbm", "program:stbm", "kesehatan", "sector:kesehatan"',
  ).meta({
    examples: ["stbm", "kesehatan"],
  }),
});

export const LearnFromQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe("Most regions to return"),
});
export type LearnFromQuery = z.infer<typeof LearnFromQuerySchema>;

export const LearnFromEvidenceSchema = z
  .object({
    eventId: z.string(),
    title: z.string(),
    kind: z.string(),
    subtype: z.string().nullable(),
    date: z.string().nullable(),
    role: z.string().nullable().describe("The region's role in the event: host, visitor, signatory, ..."),
    topic: SourceSchema.nullable().describe(
      "The sentence naming the programme or sector, in the latest report",
    ),
    party: SourceSchema.nullable().describe("The sentence naming the region, when it is another sentence"),
  })
  .meta({ id: "LearnFromEvidence" });
export type LearnFromEvidence = z.infer<typeof LearnFromEvidenceSchema>;

export const LearnFromRegionSchema = z
  .object({
    region: RegionRefSchema,
    hosted: z.number().int().describe("Study visits, audiences and visits about it the region hosted"),
    led: z
      .number()
      .int()
      .describe("Other events about it the region was the hub of (others signed or met with it)"),
    agreements: z
      .number()
      .int()
      .describe("Agreements and sister-city ties about it the region is a party to"),
    events: z.number().int().describe("Events about it the region is a party to, of every kind"),
    runs: z.boolean().describe("The region runs the programme (always false for a sector)"),
    evidence: z
      .array(LearnFromEvidenceSchema)
      .describe("Up to three events: hosted first, then led, latest first"),
  })
  .meta({ id: "LearnFromRegion" });
export type LearnFromRegion = z.infer<typeof LearnFromRegionSchema>;

export const LearnFromSchema = z
  .object({
    topic: z.object({
      id: z.string().describe('The node id: "program:stbm", "sector:kesehatan"'),
      name: z.string(),
      type: z.enum(["program", "sector"]),
    }),
    regions: z.array(LearnFromRegionSchema).describe("Ranked: hosted, then led, agreements, events, code"),
    total: z.number().int().describe("Regions to learn from, listed or not"),
    truncated: z.boolean(),
  })
  .meta({ id: "LearnFrom" });
export type LearnFrom = z.infer<typeof LearnFromSchema>;
