/**
 * Region views: its events in date order (GET /api/regions/:code/timeline) and the regions most like it
 * (GET /api/regions/:code/peers), each peer with the reasons it is similar. Also the event item that the
 * timeline and the pair view share. Browser-safe: imports only zod and sibling schemas.
 */
import { z } from "zod";
import { EventFilterShape, csvOf, notANumber, queryNumber } from "./graph.ts";
import { RegionCodeParamSchema, SourceSchema } from "./node.ts";

export const RegionParamsSchema = z.object({ code: RegionCodeParamSchema });

export const RegionRefSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.string().nullable().describe("province, regency, city, country or foreign_region"),
  })
  .meta({ id: "RegionRef" });
export type RegionRef = z.infer<typeof RegionRefSchema>;

export const EventItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    subtype: z.string().nullable(),
    status: z.string().nullable(),
    date: z.string().nullable().describe("YYYY-MM-DD, or YYYY-MM when only the month is known"),
    place: z.string().nullable(),
    hub: z
      .string()
      .nullable()
      .describe(
        "The party every other party dealt with (its partners are the hub's), or null when they act as equals",
      ),
    parties: z.array(RegionRefSchema.extend({ role: z.string().nullable() })),
    sectors: z.array(z.string()),
    programs: z.array(z.object({ id: z.string(), name: z.string() })),
    sources: z.array(SourceSchema),
  })
  .meta({ id: "EventItem" });
export type EventItem = z.infer<typeof EventItemSchema>;

export const TimelineQuerySchema = z.object({
  ...EventFilterShape,
  limit: z.coerce.number().int().min(1).max(1000).default(500).describe("Most events to return"),
});
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;

export const TimelineSchema = z
  .object({
    region: RegionRefSchema,
    events: z
      .array(EventItemSchema)
      .describe("Oldest first; undated events last; when truncated, the newest are the ones kept"),
    total: z.number().int().describe("Events matching the filters, listed or not"),
    truncated: z.boolean(),
  })
  .meta({ id: "Timeline" });
export type Timeline = z.infer<typeof TimelineSchema>;

export const PEER_DIMENSIONS = ["programs", "sectors", "partners"] as const;
export type PeerDimension = (typeof PEER_DIMENSIONS)[number];

/** "true"/"false" (or 1/0) in a query string; `z.coerce.boolean` would read "false" as true. */
const queryFlag = (description: string) =>
  z
    .enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' })
    .default("false")
    .transform((v) => v === "true" || v === "1")
    .describe(description);

const dimensionWeight = (dimension: string) =>
  queryNumber(z.coerce.number({ error: notANumber }).min(0).max(10).default(1)).describe(
    `Weight of the ${dimension} dimension in the score, 0 to 10 (1); 0 drops it`,
  );

export const PeersQuerySchema = z.object({
  by: csvOf(PEER_DIMENSIONS, "similarity dimensions")
    .optional()
    .describe(
      "Dimensions to compare, comma-separated: programs, sectors, partners (default: all three); " +
        "a dimension left out weighs 0",
    ),
  programs: dimensionWeight("programmes"),
  sectors: dimensionWeight("sectors"),
  partners: dimensionWeight("partners"),
  includePartners: queryFlag(
    "Also list the region's existing partners (false: only regions not yet partners)",
  ),
  includeAbroad: queryFlag(
    "Also list regions abroad (false: Indonesian regions only; a region abroad is compared with regions abroad)",
  ),
  anyLevel: queryFlag(
    "List Indonesian regions of every level (false: kabupaten/kota with kabupaten/kota, province with province)",
  ),
  limit: z.coerce.number().int().min(1).max(100).default(10).describe("Most peers to return"),
});
export type PeersQuery = z.infer<typeof PeersQuerySchema>;

/** What a peer ranking depends on besides the region: the weight of each dimension and who may be a peer. */
export interface PeerOptions {
  weights: Readonly<Record<PeerDimension, number>>;
  includePartners: boolean;
  includeAbroad: boolean;
  anyLevel: boolean;
}

export const PeerEvidenceSchema = z
  .object({
    eventId: z.string(),
    eventTitle: z.string(),
    date: z.string().nullable(),
    documentId: z.string(),
    title: z.string().nullable().describe("The article's title"),
    quote: z.string().nullable().describe("The sentence stating the peer's feature"),
    start: z.number().int().nullable().describe("Offset of the quote in the document text"),
    end: z.number().int().nullable(),
  })
  .meta({ id: "PeerEvidence" });
export type PeerEvidence = z.infer<typeof PeerEvidenceSchema>;

export const PeerReasonSchema = z.object({
  id: z.string().describe("The shared programme, sector or partner, as a node id"),
  name: z.string(),
  weight: z.number().describe("How much it counts: rarer shared features count more"),
  evidence: PeerEvidenceSchema.nullable().describe(
    "Where the peer's side of it is stated: for a programme or sector, the sentence naming it in one of the " +
      "peer's events; for a partner, the sentence naming that partner in an event that makes them partners. " +
      "Given for the first three reasons of each dimension, null beyond",
  ),
});

export const PeerSchema = z
  .object({
    region: RegionRefSchema,
    partner: z.boolean().describe("Already a partner of the region (listed only with includePartners=true)"),
    score: z
      .number()
      .describe("0 to 1: weighted mean over the chosen dimensions of the IDF-weighted Jaccard similarity"),
    dimensions: z
      .object({
        programs: z.number().nullable(),
        sectors: z.number().nullable(),
        partners: z.number().nullable(),
      })
      .describe("The similarity per dimension, 0 to 1; null for a dimension left out of the score"),
    reasons: z.object({
      programs: z.array(PeerReasonSchema),
      sectors: z.array(PeerReasonSchema),
      partners: z.array(PeerReasonSchema),
    }),
  })
  .meta({ id: "Peer" });
export type Peer = z.infer<typeof PeerSchema>;

export const PeersSchema = z
  .object({
    region: RegionRefSchema,
    by: z.array(z.enum(PEER_DIMENSIONS)).describe("The dimensions weighing more than 0"),
    weights: z.object({ programs: z.number(), sectors: z.number(), partners: z.number() }),
    includePartners: z.boolean(),
    includeAbroad: z.boolean(),
    anyLevel: z.boolean(),
    similarity: z.string().describe("The measure used, in words"),
    peers: z.array(PeerSchema),
    computedAt: z.string().describe("When the region profiles compared were read from the graph (ISO 8601)"),
  })
  .meta({ id: "Peers" });
export type Peers = z.infer<typeof PeersSchema>;
