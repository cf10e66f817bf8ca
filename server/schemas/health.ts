/**
 * The health report: is the API up, can it reach Neo4j, and which of the structures it keeps in memory
 * answer now. Browser-safe: imports only zod.
 */
import { z } from "zod";

/** A structure kept in memory (server/plugins/app/freshness/structures.ts). */
const structure = (what: string, answers: string, variable: string) =>
  z
    .enum(["current", "behind", "off"])
    .describe(
      `${what}: current (${answers} from it), behind (being read, or the graph has moved on since; Neo4j answers), off (${variable}=off)`,
    );

export const HealthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    neo4j: z.enum(["up", "down"]),
    neo4jVersion: z.string().nullable(),
    neo4jEdition: z.string().nullable(),
    database: z.enum(["embedded", "external"]),
    version: z.string().describe("The Jejaring version"),
    uptimeSeconds: z.number(),
    graphVersion: z
      .string()
      .nullable()
      .describe("The graph's version everything kept in memory is keyed by; null while it cannot be read"),
    searchIndex: structure("The search index", "search candidates come", "SEARCH_INDEX"),
    pathIndex: structure("The path network", "shortest paths are searched", "PATH_INDEX"),
    partnerIndex: structure("The partner network", "unfiltered neighbourhood hops come", "PARTNER_INDEX"),
    peerIndex: z
      .enum(["current", "behind", "off"])
      .describe(
        "The region profiles: current (peers are ranked from them), behind (the next peers request reads them afresh, once for all waiting), off (PEER_INDEX=off: Neo4j answers)",
      ),
    statsCache: z
      .enum(["current", "behind", "off"])
      .describe(
        "The overview's counts: current (GET /api/stats answers from them), behind (the next request reads them afresh, once for all waiting), off (STATS_CACHE=off)",
      ),
    // issue 22
    learnFromIndex: structure("Every topic's Belajar dari", "its answers come", "LEARN_FROM_INDEX"),
    // issue 22: region timelines from memory
    eventIndex: structure("The event index", "region timelines come", "EVENT_INDEX"),
    responseCache: z.enum(["on", "off"]).describe("The response cache (RESPONSE_CACHE_MB, 0: off)"),
    message: z.string().optional(),
  })
  .meta({ id: "Health" });

export type Health = z.infer<typeof HealthSchema>;
