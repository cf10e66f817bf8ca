/**
 * Graph responses in Cytoscape.js's element format, so the web app hands them to `cy.add()` as they are:
 * `{ nodes: [{ data: {id, label, type, …} }], edges: [{ data: {id, source, target, type, …} }], truncated }`.
 * Also the query parameters of the neighbourhood and path routes. Browser-safe: imports only zod.
 */
import { z } from "zod";
import { EventKindSchema, SectorIdSchema } from "./facts.ts";
import { NodeIdSchema, NodeTypeSchema, REGION_CODE_PATTERN } from "./node.ts";

/** A comma-separated list of values from a closed set, e.g. "agreement,audience". */
export function csvOf<const T extends readonly string[]>(values: T, what: string) {
  const one = values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return z
    .string()
    .regex(new RegExp(`^(?:${one})(?:,(?:${one}))*$`), `must be a comma-separated list of ${what}`)
    .transform((text) => [...new Set(text.split(","))])
    .pipe(z.array(z.enum(values)))
    .describe(`Comma-separated ${what}: ${values.join(", ")}`);
}

/** The message of a query number that is none ("abc", ""); bounds keep their own messages. */
export const notANumber = (issue: { code?: string }) =>
  issue.code === "invalid_type" ? "must be a number" : undefined;

/**
 * A number in a query string, given as `schema` (a `z.coerce.number()` with its bounds and default). An empty
 * value ("?sectors=") is refused: coercion alone reads it as 0, which for a weight silently drops a
 * dimension. The OpenAPI document still shows `schema`'s number with its bounds.
 */
export function queryNumber<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? Number.NaN : value),
    schema,
  );
}

/** "2019", "2019-03" or "2019-03-13": the date filters compare at the precision given. */
export const DateBoundSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    "must be YYYY, YYYY-MM or YYYY-MM-DD",
  );

export const EventFilterShape = {
  kinds: csvOf(EventKindSchema.options, "event kinds").optional(),
  sectors: csvOf(SectorIdSchema.options, "sector ids").optional(),
  from: DateBoundSchema.optional().describe(
    "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)",
  ),
  to: DateBoundSchema.optional().describe("Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
};

// A window whose `from` follows its `to` is valid and holds no event, as for the timeline: the answer is the
// node and what ties it to regions outside events. Refusing it would take a rule across two parameters,
// which OpenAPI cannot state, so the document would promise what the route refuses.
export const NeighborhoodQuerySchema = z.object({
  id: NodeIdSchema,
  depth: z.coerce.number().int().min(1).max(3).default(1).describe("Partnership hops from the node, 1 to 3"),
  limit: z.coerce.number().int().min(1).max(1000).default(200).describe("Most nodes to return"),
  ...EventFilterShape,
});
export type NeighborhoodQuery = z.infer<typeof NeighborhoodQuerySchema>;

/** Kinds of node a path may hop through besides regions and events, when asked (GET /api/graph/path). */
export const PATH_VIA = ["people", "programs", "organizations"] as const;
export type PathViaKind = (typeof PATH_VIA)[number];

// Sectors are shared by nearly every pair of regions, so a path may neither pass nor end at one. Said in
// the pattern itself, so the OpenAPI document states what the route refuses.
const PATH_END_PATTERN = String.raw`^(?:${REGION_CODE_PATTERN}|(?:event|person|program|organization):[^\x00-\x1f]{1,160})$`;
const PathEndSchema = z
  .string()
  .max(200)
  .regex(
    new RegExp(PATH_END_PATTERN),
    'must be a path end: a region code ("32.75") or an "event:…", "person:…", "program:…" or ' +
      '"organization:…" id; a sector is never on a path',
  )
  .describe('A region code ("32.75", "JP") or "event:…", "person:…", "program:…", "organization:…"')
  .meta({ examples: ["52.07", "31", "person:32.75:rahmat-effendi"] });

export const PathQuerySchema = z.object({
  from: PathEndSchema,
  to: PathEndSchema,
  maxLength: z.coerce
    .number()
    .int()
    .min(1)
    .max(8)
    .default(6)
    .describe("Longest path to look for, in steps (a hop region – event – region is two)"),
  via: csvOf(PATH_VIA, "kinds of hop")
    .optional()
    .describe(
      "Also hop through officials (people), programmes (programs) or organisations (organizations), " +
        "comma-separated; by default only events that make two regions partners",
    ),
});
export type PathQuery = z.infer<typeof PathQuerySchema>;

export const GraphNodeDataSchema = z.object({
  id: z.string(),
  label: z.string(),
  type: NodeTypeSchema,
  kind: z.string().nullable().describe("Region kind, event kind or organisation kind"),
  date: z.string().nullable().describe("Events only"),
  distance: z.number().int().nullable().describe("Hops from the requested node (neighbourhood only)"),
  events: z.number().int().nullable().describe("Regions only: events the region takes part in"),
});

export const GraphEdgeDataSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z
    .string()
    .describe("PARTNER (derived from the events making two regions partners) or a stored relationship type"),
  weight: z.number().int().nullable().describe("PARTNER: number of events making the two partners"),
  firstDate: z.string().nullable().describe("PARTNER: date of the first of those events"),
  lastDate: z.string().nullable().describe("PARTNER: date of the last of those events"),
  kinds: z.array(z.string()).nullable().describe("PARTNER: kinds of those events"),
  role: z.string().nullable().describe("PARTY: the region's role; SERVED_AS: the title"),
});

export const GraphNodeSchema = z.object({ data: GraphNodeDataSchema }).meta({ id: "GraphNode" });
export const GraphEdgeSchema = z.object({ data: GraphEdgeDataSchema }).meta({ id: "GraphEdge" });
export type GraphNode = z.infer<typeof GraphNodeSchema>;
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const GraphSchema = z
  .object({
    nodes: z.array(GraphNodeSchema),
    edges: z.array(GraphEdgeSchema),
    truncated: z.boolean().describe("True when `limit` cut nodes that belong to the answer"),
  })
  .meta({ id: "Graph" });
export type Graph = z.infer<typeof GraphSchema>;

export const PathResultSchema = GraphSchema.extend({
  length: z.number().int().nullable().describe("Hops of the shortest connection; null when there is none"),
  paths: z
    .array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }))
    .describe("Each shortest path as its node and edge ids, in order"),
}).meta({ id: "PathResult" });
export type PathResult = z.infer<typeof PathResultSchema>;
