/**
 * How the API names graph nodes, and the details of one node (GET /api/nodes/:id).
 *
 * Why one id scheme: the web app, the URLs it shares and every graph response must agree on how a node is
 * named. A region is its Kemendagri or ISO code ("32.75", "31", "JP", "JP/Kochi"); events and officials
 * keep their stored ids ("event:…", "person:…"); programmes, organisations and sectors get a type prefix
 * ("program:stbm", "organization:unicef", "sector:kesehatan"), because their stored ids are bare slugs
 * that could collide across types. Browser-safe: imports only zod.
 */
import { z } from "zod";

export const NodeTypeSchema = z
  .enum(["region", "event", "person", "program", "organization", "sector"])
  .meta({ id: "NodeType" });
export type NodeType = z.infer<typeof NodeTypeSchema>;

/** Kemendagri codes ("32", "32.75") and ISO codes abroad ("JP", "JP/Kochi"). */
export const REGION_CODE_PATTERN = String.raw`\d{2}(?:\.\d{2})?|[A-Z]{2}(?:/[^/\x00-\x1f]{1,100})?`;
const PREFIXED_ID_PATTERN = String.raw`(?:event|person|program|organization|sector):[^\x00-\x1f]{1,160}`;

export const RegionCodeParamSchema = z
  .string()
  .regex(new RegExp(`^(?:${REGION_CODE_PATTERN})$`), 'must be a region code such as "32.75", "31" or "JP"')
  .describe('A region code: Kemendagri ("32.75", "31") or ISO abroad ("JP", "JP/Kochi")')
  // Regions of the seed articles: clients, and the fuzzer's examples phase, start from real data.
  .meta({ examples: ["32.75", "52.07", "31"] });

export const NodeIdSchema = z
  .string()
  .max(200)
  .regex(
    new RegExp(`^(?:${REGION_CODE_PATTERN}|${PREFIXED_ID_PATTERN})$`),
    'must be a node id: a region code ("32.75") or a prefixed id ("event:…", "person:…", "program:…")',
  )
  .describe(
    'A node id: a region code ("32.75", "JP") or "event:…", "person:…", "program:…", "organization:…", "sector:…"',
  )
  .meta({ examples: ["32.75", "program:stbm", "person:32.75:rahmat-effendi"] });

export const NodeParamsSchema = z.object({ id: NodeIdSchema });

/** Property values as Neo4j stores them on our nodes: strings, numbers, booleans, lists of those. */
export const PropertyValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number(), z.boolean()])),
]);

export const NodeSummarySchema = z
  .object({
    id: z.string(),
    label: z.string().describe("What to display: a name, or an event's title"),
    type: NodeTypeSchema,
    kind: z.string().nullable().describe("Region kind, event kind or organisation kind"),
    date: z.string().nullable().describe("Events only: YYYY-MM-DD or YYYY-MM"),
  })
  .meta({ id: "NodeSummary" });
export type NodeSummary = z.infer<typeof NodeSummarySchema>;

export const SourceSchema = z
  .object({
    documentId: z.string(),
    title: z.string().nullable(),
    publishedAt: z.string().nullable(),
    quote: z.string().nullable().describe("The sentence the fact rests on"),
    start: z.number().int().nullable().describe("Offset of the quote in the document text"),
    end: z.number().int().nullable(),
  })
  .meta({ id: "Source" });
export type Source = z.infer<typeof SourceSchema>;

export const RelationshipGroupSchema = z.object({
  type: z.string().describe("Relationship type, e.g. PARTY, SERVED_AS, RUNS"),
  direction: z.enum(["out", "in"]),
  otherType: NodeTypeSchema,
  count: z.number().int(),
  sample: z.array(NodeSummarySchema).describe("Up to 20 of the nodes at the other end, latest events first"),
});

// --- Event evidence (issue 22: roles, dates and evidence per fact) ---
export const FactQuoteSchema = z
  .object({
    documentId: z.string(),
    title: z.string().nullable(),
    url: z
      .string()
      .nullable()
      .describe("Where the article came from (its URL, or the file it was read from)"),
    publishedAt: z.string().nullable(),
    quote: z.string().describe("The sentence the fact was read from"),
    start: z.number().int().describe("Offset of the quote in the document text"),
    end: z.number().int(),
  })
  .meta({ id: "FactQuote" });
export type FactQuote = z.infer<typeof FactQuoteSchema>;

const quotes = z
  .array(FactQuoteSchema)
  .describe("The sentence of this fact in each report that states it, oldest article first");

export const EventEvidenceSchema = z
  .object({
    hub: z.string().nullable().describe("Region code of the party every other party acted with, or null"),
    status: z.string().nullable(),
    planned: z.boolean().describe("True when the event has not happened yet: its date is a planned date"),
    date: z.object({ value: z.string().nullable(), quotes }),
    validity: z.object({
      validUntil: z
        .string()
        .nullable()
        .describe('"berlaku hingga": the end of the term, never the event date'),
      durationYears: z.number().nullable(),
      quotes,
    }),
    parties: z.array(
      z.object({
        node: NodeSummarySchema,
        role: z.string().nullable().describe("signatory, host, visitor, convener or participant"),
        hub: z.boolean(),
        quotes,
      }),
    ),
    sectors: z.array(z.object({ node: NodeSummarySchema, quotes })),
    programs: z.array(z.object({ node: NodeSummarySchema, quotes })),
    reports: z.number().int().describe("Reports (documents) of the event"),
    reportsTruncated: z.boolean().describe("True when more reports exist than were read for the quotes"),
  })
  .meta({ id: "EventEvidence" });
export type EventEvidence = z.infer<typeof EventEvidenceSchema>;
// --- end event evidence ---

export const NodeDetailsSchema = z
  .object({
    node: NodeSummarySchema,
    properties: z.record(z.string(), PropertyValueSchema),
    relationships: z.array(RelationshipGroupSchema),
    sources: z.array(SourceSchema.extend({ fact: z.string().describe("What the quote supports") })),
    sourcesTruncated: z.boolean().describe("True when more sources exist than listed"),
    event: EventEvidenceSchema.nullable().describe("Events only: each fact with its role and its own quotes"),
  })
  .meta({ id: "NodeDetails" });
export type NodeDetails = z.infer<typeof NodeDetailsSchema>;
