/**
 * Region views: its events in date order (GET /api/regions/:code/timeline) and the regions most like it
 * (GET /api/regions/:code/peers), each peer with the reasons it is similar. Also the event item that the
 * timeline and the pair view share. Browser-safe: imports only zod and sibling schemas.
 */
import { z } from "zod";
import { EventFilterShape, csvOf } from "./graph.ts";
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
    events: z.array(EventItemSchema).describe("Oldest first; undated events last"),
    total: z.number().int().describe("Events matching the filters, listed or not"),
    truncated: z.boolean(),
  })
  .meta({ id: "Timeline" });
export type Timeline = z.infer<typeof TimelineSchema>;

export const PEER_DIMENSIONS = ["programs", "sectors", "partners"] as const;
export type PeerDimension = (typeof PEER_DIMENSIONS)[number];

export const PeersQuerySchema = z.object({
  by: csvOf(PEER_DIMENSIONS, "similarity dimensions")
    .optional()
    .describe("Dimensions to compare, comma-separated: programs, sectors, partners (default: all three)"),
  limit: z.coerce.number().int().min(1).max(100).default(10).describe("Most peers to return"),
});
export type PeersQuery = z.infer<typeof PeersQuerySchema>;

export const PeerReasonSchema = z.object({
  id: z.string().describe("The shared programme, sector or partner, as a node id"),
  name: z.string(),
  weight: z.number().describe("How much it counts: rarer shared features count more"),
});

export const PeerSchema = z
  .object({
    region: RegionRefSchema,
    score: z
      .number()
      .describe("0 to 1: mean over the chosen dimensions of the IDF-weighted Jaccard similarity"),
    dimensions: z.object({
      programs: z.number().nullable(),
      sectors: z.number().nullable(),
      partners: z.number().nullable(),
    }),
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
    by: z.array(z.enum(PEER_DIMENSIONS)),
    similarity: z.string().describe("The measure used, in words"),
    peers: z.array(PeerSchema),
    computedAt: z.string().describe("When the region profiles compared were read from the graph (ISO 8601)"),
  })
  .meta({ id: "Peers" });
export type Peers = z.infer<typeof PeersSchema>;
