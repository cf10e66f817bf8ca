/** The health report: is the API up, and can it reach Neo4j. Browser-safe: imports only zod. */
import { z } from "zod";

export const HealthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    neo4j: z.enum(["up", "down"]),
    neo4jVersion: z.string().nullable(),
    neo4jEdition: z.string().nullable(),
    database: z.enum(["embedded", "external"]),
    version: z.string().describe("The Jejaring version"),
    uptimeSeconds: z.number(),
    searchIndex: z
      .enum(["current", "behind", "off"])
      .describe(
        "The in-memory search index: current (searches use it), behind (being built or the graph has moved on; searches ask Neo4j's full-text index), off (SEARCH_INDEX=off)",
      ),
    pathIndex: z
      .enum(["current", "behind", "off"])
      .describe(
        "The in-memory path network: current (paths are searched in it), behind (being read or the graph has moved on; paths are searched by Neo4j), off (PATH_INDEX=off)",
      ),
    message: z.string().optional(),
  })
  .meta({ id: "Health" });

export type Health = z.infer<typeof HealthSchema>;
