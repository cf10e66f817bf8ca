/**
 * Everything between two regions (GET /api/pairs/:a/:b): every shared event in date order, so the stages of a
 * cooperation read as a story (audiensi → rakor or studi tiru → kesepakatan bersama → PKS → renewal), each
 * with its sources. Browser-safe: imports only zod and sibling schemas.
 */
import { z } from "zod";
import { RegionCodeParamSchema } from "./node.ts";
import { EventItemSchema, RegionRefSchema } from "./region.ts";

export const PairParamsSchema = z.object({ a: RegionCodeParamSchema, b: RegionCodeParamSchema });

export const PairSchema = z
  .object({
    a: RegionRefSchema,
    b: RegionRefSchema,
    events: z.array(EventItemSchema).describe("Oldest first; undated events last"),
    summary: z.object({
      events: z.number().int(),
      firstDate: z.string().nullable(),
      lastDate: z.string().nullable(),
      kinds: z.array(z.object({ kind: z.string(), count: z.number().int() })),
      stages: z.array(z.string()).describe("Event subtypes in date order, repeats collapsed"),
    }),
  })
  .meta({ id: "Pair" });
export type Pair = z.infer<typeof PairSchema>;
