/**
 * Export formats: CSV quotes commas, quotes and line breaks so every field reads back exactly; GraphML is
 * well-formed XML (parsed with a real XML parser) that keeps every node and edge with its attributes; JSON
 * keeps the elements. Properties over random graphs with hostile strings (fast-check), plus fixed cases.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/schemas/graph.ts";
import {
  EDGE_COLUMNS,
  EDGE_EVIDENCE_COLUMNS,
  NODE_COLUMNS,
  NODE_EVIDENCE_COLUMNS,
  csvField,
  edgesCsv,
  graphml,
  json,
  nodesCsv,
  parseCsv,
  xmlText,
  type ExportGraph,
} from "../../../web/src/export/formats.ts";

/** Text XML 1.0 can carry (xmlText drops the rest, so ids are drawn from it to stay distinct). */
const xmlSafe = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
const hostile = fc.oneof(
  fc.string({ maxLength: 30, unit: "binary" }),
  fc.constantFrom("a,b", 'say "hi"', "line\nbreak", "cr\r\nlf", " edge ", "<tag>&amp;'", "", ",", '"'),
);
const text = hostile.map(xmlSafe);
const nullableText = fc.option(text, { nil: null });

const graphArbitrary: fc.Arbitrary<ExportGraph> = fc
  .uniqueArray(
    text.filter((s) => s.length > 0),
    { minLength: 1, maxLength: 12 },
  )
  .chain((ids) =>
    fc
      .tuple(
        fc.tuple(
          ...ids.map((id) =>
            fc.record({
              id: fc.constant(id),
              label: text,
              type: fc.constantFrom(
                "region",
                "event",
                "person",
                "program",
                "organization",
                "sector" as const,
              ),
              kind: nullableText,
              date: nullableText,
              distance: fc.constant(null),
              events: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
            }),
          ),
        ),
        fc.uniqueArray(
          fc.record({
            source: fc.constantFrom(...ids),
            target: fc.constantFrom(...ids),
            type: fc.constantFrom("PARTNER", "PARTY", "SERVED_AS"),
            weight: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
            firstDate: nullableText,
            lastDate: nullableText,
            kinds: fc.option(
              fc.array(
                text.filter((s) => !s.includes(";")),
                { minLength: 1, maxLength: 3 },
              ),
              { nil: null },
            ),
            role: nullableText,
          }),
          { maxLength: 20, selector: (e) => `${e.source}\u0000${e.target}\u0000${e.type}` },
        ),
      )
      .map(([nodes, edges]) => ({
        nodes: nodes.map((data) => ({ data }) as GraphNode),
        edges: edges.map(
          (e, i) => ({ data: { id: `e${i}:${e.type}:${e.source}->${e.target}`, ...e } }) as GraphEdge,
        ),
      })),
  );

function parseXml(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(xml, "text/xml");
  return { doc, errors };
}

function dataOf(element: Element): Record<string, string> {
  const out: Record<string, string> = {};
  const children = element.getElementsByTagName("data");
  for (let i = 0; i < children.length; i++) {
    const d = children.item(i)!;
    out[d.getAttribute("key")!] = d.textContent ?? "";
  }
  return out;
}

describe("CSV", () => {
  it("quotes fields holding commas, quotes, line breaks or edge spaces, and doubles quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField(" x")).toBe('" x"');
    expect(csvField(null)).toBe("");
    expect(csvField(["a", "b"])).toBe("a;b");
    expect(csvField(3)).toBe("3");
  });

  it("reads back every node and edge field exactly (property)", () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const nodeRows = parseCsv(nodesCsv(graph));
        expect(nodeRows[0]).toEqual([...NODE_COLUMNS, ...NODE_EVIDENCE_COLUMNS]);
        expect(nodeRows).toHaveLength(graph.nodes.length + 1);
        graph.nodes.forEach((n, i) => {
          const row = nodeRows[i + 1]!;
          expect(row).toHaveLength(NODE_COLUMNS.length + NODE_EVIDENCE_COLUMNS.length);
          NODE_COLUMNS.forEach((column, c) => {
            const value = n.data[column];
            expect(row[c]).toBe(value === null || value === undefined ? "" : String(value));
          });
        });
        const edgeRows = parseCsv(edgesCsv(graph));
        expect(edgeRows[0]).toEqual([...EDGE_COLUMNS, ...EDGE_EVIDENCE_COLUMNS]);
        expect(edgeRows).toHaveLength(graph.edges.length + 1);
        graph.edges.forEach((e, i) => {
          const row = edgeRows[i + 1]!;
          EDGE_COLUMNS.forEach((column, c) => {
            const value = e.data[column];
            const expected =
              value === null || value === undefined
                ? ""
                : Array.isArray(value)
                  ? value.join(";")
                  : String(value);
            expect(row[c]).toBe(expected);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("GraphML", () => {
  it("escapes markup and drops characters XML cannot carry", () => {
    expect(xmlText(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(xmlText("bell\u0007 and NUL\u0000 gone")).toBe("bell and NUL gone");
    // Found by the property below: a parser that reads NEL as a line end made it a space in an attribute.
    const { doc } = parseXml(`<x a="${xmlText("n\u0085l\u2028s", true)}">${xmlText("n\u0085l")}</x>`);
    expect(doc.documentElement!.getAttribute("a")).toBe("n\u0085l\u2028s");
    expect(doc.documentElement!.textContent).toBe("n\u0085l");
  });

  it("is well-formed XML keeping every node and edge with its data (property)", () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const { doc, errors } = parseXml(graphml(graph));
        expect(errors).toEqual([]);
        const root = doc.documentElement!;
        expect(root.nodeName).toBe("graphml");
        const nodes = root.getElementsByTagName("node");
        const edges = root.getElementsByTagName("edge");
        expect(nodes.length).toBe(graph.nodes.length);
        expect(edges.length).toBe(graph.edges.length);
        graph.nodes.forEach((n, i) => {
          const element = nodes.item(i)!;
          expect(element.getAttribute("id")).toBe(n.data.id);
          const data = dataOf(element);
          expect(data.n_label ?? "").toBe(n.data.label);
          expect(data.n_type).toBe(n.data.type);
          if (n.data.events !== null) expect(data.n_events).toBe(String(n.data.events));
        });
        graph.edges.forEach((e, i) => {
          const element = edges.item(i)!;
          expect(element.getAttribute("id")).toBe(e.data.id);
          expect(element.getAttribute("source")).toBe(e.data.source);
          expect(element.getAttribute("target")).toBe(e.data.target);
          expect(dataOf(element).e_type).toBe(e.data.type);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("declares its attribute keys for Gephi", () => {
    const { doc } = parseXml(graphml({ nodes: [], edges: [] }));
    const keys = doc.getElementsByTagName("key");
    expect(keys.length).toBe(5 + NODE_EVIDENCE_COLUMNS.length + 6 + EDGE_EVIDENCE_COLUMNS.length);
    expect(keys.item(0)!.getAttribute("attr.name")).toBe("label");
  });
});

describe("evidence in the exports", () => {
  const graph: ExportGraph = {
    nodes: [
      {
        data: {
          id: "32.75",
          label: "Kota Bekasi",
          type: "region",
          kind: "city",
          date: null,
          distance: null,
          events: 2,
        },
      },
      {
        data: {
          id: "52.07",
          label: "Kabupaten Sumbawa Barat",
          type: "region",
          kind: "regency",
          date: null,
          distance: null,
          events: 1,
        },
      },
    ],
    edges: [
      {
        data: {
          id: "PARTNER:32.75|52.07",
          source: "32.75",
          target: "52.07",
          type: "PARTNER",
          weight: 1,
          firstDate: "2021-10-26",
          lastDate: "2021-10-26",
          kinds: ["agreement"],
          role: null,
        },
      },
    ],
  };
  const quote = 'Wali kota menandatangani MoU, "kerja sama", di Bekasi.\nBaris kedua.';
  const evidence = new Map([
    [
      "32.75",
      {
        province: "Jawa Barat",
        quotes: [quote, "Kutipan lain"],
        articles: ["Artikel A"],
        urls: ["https://contoh.test/a"],
      },
    ],
    [
      "PARTNER:32.75|52.07",
      { roles: ["Kota Bekasi: signatory"], events: ["2021-10-26 MoU"], quotes: [quote] },
    ],
  ]);

  it("puts province, quotes, titles and URLs in the CSV, each list joined, read back exactly", () => {
    const rows = parseCsv(nodesCsv(graph, evidence));
    const header = rows[0]!;
    const bekasi = rows[1]!;
    expect(bekasi[header.indexOf("province")]).toBe("Jawa Barat");
    expect(bekasi[header.indexOf("quotes")]).toBe(`${quote} | Kutipan lain`);
    expect(bekasi[header.indexOf("articles")]).toBe("Artikel A");
    expect(bekasi[header.indexOf("urls")]).toBe("https://contoh.test/a");
    expect(rows[2]![header.indexOf("quotes")]).toBe("");
    const edges = parseCsv(edgesCsv(graph, evidence));
    expect(edges[1]![edges[0]!.indexOf("roles")]).toBe("Kota Bekasi: signatory");
    expect(edges[1]![edges[0]!.indexOf("quotes")]).toBe(quote);
  });

  it("carries the evidence in GraphML as typed keys, well-formed", () => {
    const { doc, errors } = parseXml(graphml(graph, evidence));
    expect(errors).toEqual([]);
    const node = doc.getElementsByTagName("node").item(0)!;
    expect(dataOf(node).n_quotes).toBe(`${quote} | Kutipan lain`);
    expect(dataOf(node).n_province).toBe("Jawa Barat");
    const edge = doc.getElementsByTagName("edge").item(0)!;
    expect(dataOf(edge).e_quotes).toBe(quote);
  });
});

describe("JSON", () => {
  it("keeps the elements as the API shaped them (property)", () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const parsed = JSON.parse(json(graph, { view: "?x=32.75" })) as ExportGraph & { view: string };
        expect(parsed.view).toBe("?x=32.75");
        expect(parsed.nodes).toEqual(graph.nodes);
        expect(parsed.edges).toEqual(graph.edges);
      }),
      { numRuns: 100 },
    );
  });
});
