/**
 * The compiled response serializer writes the JSON value zod's output through JSON.stringify would, for the shapes
 * our schemas use (nullable scalars, enums, records of unions, shared schemas by id, optional fields), and
 * in checked mode refuses an answer that breaks its schema.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  createResponseSerializerCompiler,
  toResponseJsonSchema,
} from "../../../server/plugins/external/response-serializer.ts";
import { GraphSchema } from "../../../server/schemas/graph.ts";
import { NodeDetailsSchema } from "../../../server/schemas/node.ts";

const compile = (schema: z.ZodType, checked = false) =>
  createResponseSerializerCompiler({ checked })({ schema, method: "GET", url: "/test" });

const Item = z.object({ id: z.string(), score: z.number() }).meta({ id: "TestItem" });
const Sample = z.object({
  name: z.string(),
  count: z.number().int().nullable(),
  kind: z.enum(["a", "b"]).nullable(),
  note: z.string().optional(),
  tags: z.array(z.string()),
  properties: z.record(
    z.string(),
    z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]),
  ),
  items: z.array(Item),
  first: Item.nullable(),
});

describe("the compiled response serializer", () => {
  it("writes the JSON value zod's output through JSON.stringify writes", () => {
    const sample = fc.record({
      name: fc.string(),
      count: fc.option(fc.integer()),
      kind: fc.option(fc.constantFrom("a" as const, "b" as const)),
      note: fc.option(fc.string(), { nil: undefined }),
      tags: fc.array(fc.string()),
      properties: fc.dictionary(
        fc.string().filter((key) => key !== "__proto__"),
        fc.oneof(
          fc.string(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.boolean(),
          fc.constant(null),
        ),
      ),
      items: fc.array(
        fc.record({ id: fc.string(), score: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
      ),
      first: fc.option(fc.record({ id: fc.string(), score: fc.integer() })),
    });
    const serialize = compile(Sample);
    fc.assert(
      fc.property(sample, (value) => {
        expect(JSON.parse(serialize(value))).toEqual(JSON.parse(JSON.stringify(z.encode(Sample, value))));
      }),
    );
  });

  it("drops fields the schema does not declare, as zod's output does", () => {
    const text = compile(Item)({ id: "x", score: 1, secret: "password" });
    expect(JSON.parse(text)).toEqual({ id: "x", score: 1 });
  });

  it("writes nullable scalars by type, not by trying each branch", () => {
    const json = JSON.stringify(toResponseJsonSchema(GraphSchema));
    expect(json).not.toContain('"anyOf"');
    expect(json).toContain('"type":["integer","null"]');
  });

  it("compiles the API's largest schemas", () => {
    expect(() => compile(NodeDetailsSchema)).not.toThrow();
    const graph = { nodes: [], edges: [], truncated: false };
    expect(compile(GraphSchema)(graph)).toBe(JSON.stringify(graph));
  });

  it("refuses, when checked, an answer that breaks its schema", () => {
    expect(() => compile(Item, true)({ id: "x", score: "many" })).toThrow(/match the schema/);
    expect(() => compile(Item, true)({ id: "x" })).toThrow();
    expect(compile(Item, true)({ id: "x", score: 2 })).toBe('{"id":"x","score":2}');
  });

  it("refuses, even unchecked, an answer that lacks a required field", () => {
    expect(() => compile(Item)({ id: "x" })).toThrow(/score/);
  });
});
