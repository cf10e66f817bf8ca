/**
 * The evidence the exports carry for a party edge (event – region): the party's role, the hub marked, and
 * the quotes that name the party with their articles and URLs, taken from the event's per-fact evidence;
 * a party edge whose event was not read keeps its role alone. The source is plain data shaped as the API
 * answers it (the API itself is tested against Neo4j in tests/integration).
 */
import { describe, expect, it } from "vitest";
import type { NodeDetails } from "../../../server/schemas/node.ts";
import { gatherEvidence, type EvidenceSource } from "../../../web/src/export/evidence.ts";
import type { ExportGraph } from "../../../web/src/export/formats.ts";

const node = (id: string, type: "region" | "event", label: string) => ({
  data: { id, label, type, kind: null, date: null, distance: null, events: null },
});
const party = (event: string, region: string, role: string) => ({
  data: {
    id: `PARTY:${event}->${region}:${role}`,
    source: event,
    target: region,
    type: "PARTY",
    weight: null,
    firstDate: null,
    lastDate: null,
    kinds: null,
    role,
  },
});
const quote = (text: string, url: string | null) => ({
  documentId: "sha256:1",
  title: "Dua daerah meneken kerja sama",
  url,
  publishedAt: "2021-10-27",
  quote: text,
  start: 0,
  end: text.length,
});
const summary = (id: string, label: string) => ({
  id,
  label,
  type: "region" as const,
  kind: null,
  date: null,
});

const details: NodeDetails = {
  node: { id: "event:e1", label: "MoU", type: "event", kind: "agreement", date: "2021-10-26" },
  properties: {},
  relationships: [],
  sources: [],
  sourcesTruncated: false,
  event: {
    hub: "32.75",
    status: "signed",
    planned: false,
    date: { value: "2021-10-26", quotes: [] },
    validity: { validUntil: null, durationYears: null, quotes: [] },
    parties: [
      {
        node: summary("32.75", "Kota Bekasi"),
        role: "host",
        hub: true,
        quotes: [quote("Kota Bekasi menerima rombongan tamu.", "https://contoh.test/a")],
      },
      {
        node: summary("52.07", "Kabupaten Sumbawa Barat"),
        role: "visitor",
        hub: false,
        quotes: [quote("Rombongan Sumbawa Barat berkunjung.", "seeds/news-001.txt")],
      },
    ],
    sectors: [],
    programs: [],
    reports: 1,
    reportsTruncated: false,
  },
};

describe("party edges in the exports", () => {
  it("carry the party's role and the quotes naming it, with article and URL", async () => {
    const graph: ExportGraph = {
      nodes: [node("event:e1", "event", "MoU"), node("32.75", "region", "Kota Bekasi")],
      edges: [
        party("event:e1", "32.75", "host"),
        party("event:e1", "52.07", "visitor"),
        party("event:e2", "32.75", "signatory"),
      ],
    };
    const source: EvidenceSource = {
      node: async (id) => (id === "event:e1" ? details : { ...details, event: null }),
      pair: async () => {
        throw new Error("no partnership edge in this graph");
      },
      document: async () => {
        throw new Error("party quotes carry their URL");
      },
    };
    const evidence = await gatherEvidence(graph, source);
    expect(evidence.get("PARTY:event:e1->32.75:host")).toEqual({
      roles: ["host (hub)"],
      quotes: ["Kota Bekasi menerima rombongan tamu."],
      articles: ["Dua daerah meneken kerja sama"],
      urls: ["https://contoh.test/a"],
    });
    // A file path is no URL to link to.
    expect(evidence.get("PARTY:event:e1->52.07:visitor")).toMatchObject({
      roles: ["visitor"],
      quotes: ["Rombongan Sumbawa Barat berkunjung."],
      urls: [],
    });
    // The event of this edge was not read: its role alone.
    expect(evidence.get("PARTY:event:e2->32.75:signatory")).toEqual({ roles: ["signatory"] });
  });
});
