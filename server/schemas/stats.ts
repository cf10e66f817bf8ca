/** Counts over the whole graph (GET /api/stats), for the overview. Browser-safe: imports only zod. */
import { z } from "zod";

const Count = z.number().int();

export const StatsSchema = z
  .object({
    nodes: z.record(z.string(), Count).describe("Nodes by label"),
    relationships: z.record(z.string(), Count).describe("Relationships by type"),
    eventKinds: z.array(z.object({ kind: z.string(), count: Count })),
    years: z.array(z.object({ year: Count, count: Count })).describe("Dated events per year"),
    provinces: z
      .array(z.object({ code: z.string(), name: z.string(), events: Count }))
      .describe("Events with at least one party in the province (or the province itself)"),
    sectors: z.array(z.object({ id: z.string(), name: z.string(), events: Count })),
    topRegions: z
      .array(
        z.object({
          code: z.string(),
          name: z.string(),
          kind: z.string().nullable(),
          events: Count,
          partners: Count,
        }),
      )
      .describe("The regions taking part in the most events"),
    latestEvents: z
      .array(z.object({ id: z.string(), title: z.string(), kind: z.string(), date: z.string().nullable() }))
      .describe("The latest dated events that took place (neither planned nor proposed), latest first"),
    plannedEvents: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          kind: z.string(),
          date: z.string(),
          status: z.enum(["planned", "proposed"]),
        }),
      )
      .describe("Dated events only planned or proposed, by their planned date, latest first"),
  })
  .meta({ id: "Stats" });
export type Stats = z.infer<typeof StatsSchema>;
