/**
 * Everything between two regions (GET /api/pairs/:a/:b): the events that make them partners, in date order,
 * so the stages of a cooperation read as a story (audiensi → rakor or studi tiru → kesepakatan bersama →
 * PKS → renewal), each with the sentences naming each of the two and the sentence of its date; and apart,
 * the events both only took part in (each signed with a third region, the event's hub), which do not make
 * them partners (annotation guide). Browser-safe: imports only zod and sibling schemas.
 */
import { z } from "zod";
import { RegionCodeParamSchema } from "./node.ts";
import { EventItemSchema, RegionRefSchema } from "./region.ts";

export const PairParamsSchema = z.object({ a: RegionCodeParamSchema, b: RegionCodeParamSchema });

export const SpanSchema = z
  .object({
    quote: z.string().describe("The sentence, as it stands in the document's text"),
    start: z.number().int().describe("Offset of the sentence in the document's text"),
    end: z.number().int(),
  })
  .meta({ id: "Span" });
export type Span = z.infer<typeof SpanSchema>;

export const PairReportSchema = z
  .object({
    documentId: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable().describe("Where the article was read, when it came from the web"),
    publishedAt: z.string().nullable(),
    date: SpanSchema.nullable().describe("The sentence the event's date was read from"),
    validity: SpanSchema.nullable().describe("The sentence of its term of validity ('berlaku hingga …')"),
    a: SpanSchema.nullable().describe("The sentence naming region a as a party"),
    b: SpanSchema.nullable().describe("The sentence naming region b as a party"),
  })
  .meta({ id: "PairReport" });
export type PairReport = z.infer<typeof PairReportSchema>;

export const PairEventSchema = EventItemSchema.extend({
  validUntil: z
    .string()
    .nullable()
    .describe("End of the term of validity (YYYY-MM-DD, YYYY-MM or YYYY); never the event's date"),
  durationYears: z.number().nullable(),
  roles: z.object({
    a: z.string().nullable().describe("Region a's role: signatory, host, visitor, convener, participant"),
    b: z.string().nullable(),
  }),
  reports: z.array(PairReportSchema).describe("Per article reporting the event, the sentence of each fact"),
}).meta({ id: "PairEvent" });
export type PairEvent = z.infer<typeof PairEventSchema>;

export const PairSchema = z
  .object({
    a: RegionRefSchema,
    b: RegionRefSchema,
    partnerships: z
      .array(PairEventSchema)
      .describe(
        "Events making the two partners (no hub, or one of them is the hub); oldest first, undated last",
      ),
    sharedEvents: z
      .array(PairEventSchema)
      .describe("Events both took part in without being partners (a third region is the hub); same order"),
    summary: z.object({
      partnerships: z.number().int(),
      sharedEvents: z.number().int(),
      firstDate: z.string().nullable().describe("Date of the first partnership event that is not planned"),
      lastDate: z.string().nullable().describe("Date of the last partnership event that is not planned"),
      kinds: z.array(z.object({ kind: z.string(), count: z.number().int() })),
      stages: z.array(z.string()).describe("Partnership event subtypes in date order, repeats collapsed"),
    }),
  })
  .meta({ id: "Pair" });
export type Pair = z.infer<typeof PairSchema>;
