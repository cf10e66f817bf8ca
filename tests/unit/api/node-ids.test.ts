/**
 * The API's node ids: regions by code, events and officials by their stored ids, programmes, organisations
 * and sectors with a type prefix; the zod schema and the parser agree on what an id is.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  nodeIdOf,
  parseNodeId,
  toSummary,
  typeOfLabels,
} from "../../../server/plugins/app/nodes/node-ids.ts";
import { NodeIdSchema } from "../../../server/schemas/node.ts";

describe("node ids", () => {
  it.each([
    ["32.75", { type: "region", label: "Region", key: "32.75" }],
    ["31", { type: "region", label: "Region", key: "31" }],
    ["JP", { type: "region", label: "Region", key: "JP" }],
    ["JP/Kitakyushu", { type: "region", label: "Region", key: "JP/Kitakyushu" }],
    [
      "event:2b8c907bea8b77fbda575bde",
      { type: "event", label: "Event", key: "event:2b8c907bea8b77fbda575bde" },
    ],
    ["person:52.07:ahmad-yani", { type: "person", label: "Person", key: "person:52.07:ahmad-yani" }],
    ["program:stbm", { type: "program", label: "Program", key: "stbm" }],
    ["organization:unicef", { type: "organization", label: "Organization", key: "unicef" }],
    ["sector:air minum", { type: "sector", label: "Sector", key: "air minum" }],
  ])("%s names %j", (id, key) => {
    expect(parseNodeId(id)).toEqual(key);
    expect(NodeIdSchema.safeParse(id).success).toBe(true);
    expect(nodeIdOf(key.type as "region", key.key)).toBe(id);
  });

  it.each([
    "",
    "bekasi",
    "32.7",
    "3275",
    "jp",
    "region:32.75",
    "document:x",
    "event:",
    "program:",
    ":x",
    "sha256:ab",
  ])("%j names no node", (id) => {
    expect(parseNodeId(id)).toBeUndefined();
    expect(NodeIdSchema.safeParse(id).success).toBe(false);
  });

  it("accepts in the schema only what the parser can resolve", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc
            .constantFrom("event:", "person:", "program:", "sector:", "organization:")
            .chain((prefix) => fc.string({ maxLength: 20 }).map((rest) => prefix + rest)),
        ),
        (id) => {
          if (NodeIdSchema.safeParse(id).success) expect(parseNodeId(id)).toBeDefined();
        },
      ),
    );
  });

  it("types a node by its labels, an event by Event whatever its kind's label", () => {
    expect(typeOfLabels(["Agreement", "Event"])).toBe("event");
    expect(typeOfLabels(["Document"])).toBeUndefined();
    expect(
      toSummary({
        labels: ["Event", "Audience"],
        key: "event:1",
        name: "Audiensi",
        kind: "audience",
        date: "2017-12",
      }),
    ).toEqual({ id: "event:1", label: "Audiensi", type: "event", kind: "audience", date: "2017-12" });
    expect(toSummary({ labels: ["Sector"], key: "sanitasi", name: null, kind: null, date: null }).label).toBe(
      "sanitasi",
    );
  });
});
