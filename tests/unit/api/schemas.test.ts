/**
 * The shared query schemas the routes validate with and the web app imports: comma-separated lists, date
 * bounds, defaults and the checks across fields.
 */
import { describe, expect, it } from "vitest";
import { IngestBodySchema } from "../../../server/schemas/document.ts";
import { NeighborhoodQuerySchema, PathQuerySchema } from "../../../server/schemas/graph.ts";
import { PeersQuerySchema } from "../../../server/schemas/region.ts";
import { SearchQuerySchema } from "../../../server/schemas/search.ts";

describe("query schemas", () => {
  it("read comma-separated lists, dropping repeats, and refuse unknown members", () => {
    expect(
      NeighborhoodQuerySchema.parse({ id: "32.75", kinds: "agreement,audience,agreement" }).kinds,
    ).toEqual(["agreement", "audience"]);
    expect(NeighborhoodQuerySchema.parse({ id: "32.75", sectors: "air minum" }).sectors).toEqual([
      "air minum",
    ]);
    expect(NeighborhoodQuerySchema.safeParse({ id: "32.75", kinds: "agreement,party" }).success).toBe(false);
    expect(SearchQuerySchema.safeParse({ q: "x", types: "region,,event" }).success).toBe(false);
    expect(PeersQuerySchema.parse({}).by).toBeUndefined();
  });

  it("fill defaults and coerce numbers from the query string", () => {
    expect(NeighborhoodQuerySchema.parse({ id: "31" })).toMatchObject({ depth: 1, limit: 200 });
    expect(PathQuerySchema.parse({ from: "31", to: "JP", maxLength: "3" }).maxLength).toBe(3);
    expect(SearchQuerySchema.parse({ q: "bekasi" }).limit).toBe(10);
  });

  it("take dates at any precision, and a range that ends before it starts as valid (it holds no event)", () => {
    expect(NeighborhoodQuerySchema.safeParse({ id: "31", from: "2019", to: "2019-03-13" }).success).toBe(
      true,
    );
    expect(NeighborhoodQuerySchema.safeParse({ id: "31", from: "2019-12-31", to: "2019-12" }).success).toBe(
      true,
    );
    // OpenAPI cannot relate two parameters, so the schema must not either: the route answers an empty window.
    expect(NeighborhoodQuerySchema.safeParse({ id: "31", from: "2020", to: "2019-12" }).success).toBe(true);
    expect(NeighborhoodQuerySchema.safeParse({ id: "31", from: "2019-13" }).success).toBe(false);
  });

  it("want an article with some text, and optional title, source and date", () => {
    expect(IngestBodySchema.safeParse({ text: "Kota Bekasi" }).success).toBe(true);
    expect(IngestBodySchema.safeParse({ text: " \n\t" }).success).toBe(false);
    expect(IngestBodySchema.safeParse({ text: "x", publishedAt: "2021-10-26" }).success).toBe(true);
    expect(IngestBodySchema.safeParse({ text: "x", publishedAt: "26/10/2021" }).success).toBe(false);
  });
});
