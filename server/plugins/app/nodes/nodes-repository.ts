/**
 * One node of the graph in detail (GET /api/nodes/:id): its properties, its relationships summarised by type
 * and the sources of its facts; decorated as `fastify.nodesRepository`.
 */
import fp from "fastify-plugin";
import type { NodeDetails, Source } from "../../../schemas/node.ts";
import { int, type CypherReader } from "../../external/cypher.ts";
import { readEventEvidence } from "./event-evidence.ts";
import { findNode } from "./find-node.ts";
import { LABEL_OF, parseNodeId, toSummary, typeOfLabels, type NodeRow } from "./node-ids.ts";

declare module "fastify" {
  interface FastifyInstance {
    nodesRepository: NodesRepository;
  }
}

/** Internal bookkeeping the API does not show: folded search text, identity keys, the party key. */
const HIDDEN_PROPERTIES = new Set(["searchText", "partyKey", "key", "text"]);
const MAX_SOURCES = 50;

type PropertyValue = NodeDetails["properties"][string];

function plainValue(value: unknown): PropertyValue {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return value as PropertyValue;
  if (Array.isArray(value))
    return value.map((v) => (typeof v === "number" || typeof v === "boolean" ? v : String(v)));
  return String(value);
}

interface DetailsRow {
  properties: Record<string, unknown>;
  relationships: Array<{
    type: string;
    direction: "out" | "in";
    otherLabel: string | null;
    count: number;
    sample: NodeRow[];
  }>;
}

type SourceRow = Source & { fact: string };

export function createNodesRepository(cypher: CypherReader) {
  return {
    async details(id: string): Promise<NodeDetails | undefined> {
      const key = parseNodeId(id);
      if (!key) return undefined;
      return cypher.readTransaction(async (read) => {
        const found = await findNode(read, key);
        if (!found) return undefined;
        const [details] = await read<DetailsRow>("read/get-node-details", {
          elementId: found.elementId,
          typeLabels: Object.values(LABEL_OF),
        });
        const sources = await read<SourceRow>("read/get-node-sources", {
          elementId: found.elementId,
          limit: int(MAX_SOURCES + 1),
        });
        const event = found.node.labels.includes("Event")
          ? await readEventEvidence(read, found.elementId)
          : undefined;
        const properties = Object.fromEntries(
          Object.entries(details?.properties ?? {})
            .filter(([name]) => !HIDDEN_PROPERTIES.has(name))
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, value]) => [name, plainValue(value)]),
        );
        const relationships = (details?.relationships ?? []).flatMap((group) => {
          const otherType = typeOfLabels(group.otherLabel ? [group.otherLabel] : []);
          if (!otherType) return [];
          return [
            {
              type: group.type,
              direction: group.direction,
              otherType,
              count: group.count,
              sample: group.sample.map(toSummary),
            },
          ];
        });
        return {
          node: toSummary(found.node),
          properties,
          relationships,
          sources: sources.slice(0, MAX_SOURCES).map((s) => ({
            documentId: s.documentId,
            title: s.title ?? null,
            publishedAt: s.publishedAt ?? null,
            quote: s.quote ?? null,
            start: s.start ?? null,
            end: s.end ?? null,
            fact: s.fact,
          })),
          sourcesTruncated: sources.length > MAX_SOURCES,
          event: event ?? null,
        };
      });
    },
  };
}

export type NodesRepository = ReturnType<typeof createNodesRepository>;

export default fp(
  async (fastify) => {
    fastify.decorate("nodesRepository", createNodesRepository(fastify.cypher));
  },
  { name: "nodes-repository", dependencies: ["cypher"] },
);
