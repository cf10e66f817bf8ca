/**
 * Text primitives and the facts contract: normalisation, folding, document ids, and the schema refusing
 * evidence that does not quote its own span.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prepareText } from "../../../server/pipeline/ingest/prepare-document.ts";
import {
  EventSchema,
  EvidenceSchema,
  RegionCodeSchema,
  FactDateSchema,
} from "../../../server/schemas/facts.ts";
import {
  documentId,
  evidenceOf,
  foldText,
  normaliseText,
  tokenize,
} from "../../../server/pipeline/extract/text.ts";
import { htmlToText, markdownToText } from "../../../server/pipeline/read/html-text.ts";
import { resourcesReady } from "./_extract.ts";

beforeAll(async () => {
  await resourcesReady();
});

describe("text", () => {
  it("normalises line ends, invisible characters and composition", () => {
    expect(normaliseText("\uFEFFa\r\nb\rc\u200Bd\u00A0e\u0007f")).toBe("a\nb\ncd e f");
    expect(normaliseText("Ce\u0301sar")).toBe("César");
  });

  it("folds case and accents one unit for one", () => {
    expect(foldText("Pemkab SLEMAN — César")).toBe("pemkab sleman — cesar");
  });

  it("tokenizes words with offsets and capitalisation", () => {
    const text = "KSB dan Bau-Bau";
    expect(tokenize(text, foldText(text)).map((t) => [t.text, t.start, t.capitalised, t.allCaps])).toEqual([
      ["ksb", 0, true, true],
      ["dan", 4, false, false],
      ["bau", 8, true, false],
      ["bau", 12, true, false],
    ]);
  });

  it("gives the same id to the same text, a different one otherwise", () => {
    expect(documentId("abc")).toBe(documentId("abc"));
    expect(documentId("abc")).not.toBe(documentId("abd"));
    expect(documentId("abc")).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("trims evidence to its words", () => {
    expect(evidenceOf("  kata  ", 0, 8)).toEqual({ text: "kata", start: 2, end: 6 });
  });

  it("hands the loader the text the extractor normalised, so every quote is its span", async () => {
    const raw = "\uFEFFPemkab Sleman\r\ndan Pemkab Gowa\u00A0menandatangani MoU, Selasa (8/10/2019).";
    const prepared = prepareText(raw, {}, await resourcesReady());
    if (!prepared.ok) throw new Error(prepared.error);
    const { text, facts } = prepared.input;
    expect(text).toBe(normaliseText(raw));
    const quotes = [...facts.events.map((e) => e.evidence), ...facts.regions.flatMap((r) => r.evidence)];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe("reading HTML and Markdown", () => {
  it("keeps blocks as lines, drops scripts, and reads the page's title and date", () => {
    const { text, meta } = htmlToText(
      '<html><head><title>Judul</title><meta property="article:published_time" content="2021-10-26T08:00:00Z"></head>' +
        "<body><h1>Judul</h1><p>Satu &amp; dua.</p><script>var x = 1;</script><p>Tiga</p></body></html>",
    );
    expect(text).toBe("Judul\n\nSatu & dua.\n\nTiga");
    expect(meta).toEqual({ title: "Judul", publishedAt: "2021-10-26" });
  });

  it("reduces Markdown to its words", () => {
    expect(markdownToText("# Judul\n\n**Pemkot** dan [Pemkab](https://x.id) *sepakat*")).toBe(
      "Judul\n\nPemkot dan Pemkab sepakat",
    );
  });
});

describe("facts schema", () => {
  it("refuses evidence whose quote is not its span's length", () => {
    expect(EvidenceSchema.safeParse({ text: "abc", start: 0, end: 3 }).success).toBe(true);
    expect(EvidenceSchema.safeParse({ text: "abc", start: 0, end: 5 }).success).toBe(false);
  });

  it("accepts Kemendagri and ISO region codes and calendar dates only", () => {
    for (const code of ["32", "32.75", "JP", "JP/Kochi", "KR/Gyeongsangbuk-do"]) {
      expect(RegionCodeSchema.safeParse(code).success, code).toBe(true);
    }
    for (const code of ["3", "32.7", "jp", "JP/", "Kota Bekasi"]) {
      expect(RegionCodeSchema.safeParse(code).success, code).toBe(false);
    }
    expect(FactDateSchema.safeParse("2021-10-26").success).toBe(true);
    expect(FactDateSchema.safeParse("2021-10").success).toBe(true);
    expect(FactDateSchema.safeParse("2021-13-01").success).toBe(false);
  });

  it("refuses a hub that is not a party, and party roles out of step with the parties", () => {
    const evidence = { text: "x", start: 0, end: 1 };
    const party = (code: string) => ({ code, name: code, role: "signatory", evidence, rule: "test" });
    const event = {
      key: "k",
      kind: "agreement",
      subtype: "mou",
      status: "signed",
      date: null,
      dateBasis: null,
      dateEvidence: null,
      validUntil: null,
      durationYears: null,
      validityEvidence: null,
      place: null,
      parties: ["32.73", "32.03"],
      hub: "32.73",
      partyRoles: [party("32.73"), party("32.03")],
      sectors: [],
      sectorRefs: [],
      programs: [],
      programRefs: [],
      organisations: [],
      evidence,
      rule: "test",
    };
    expect(EventSchema.safeParse(event).success).toBe(true);
    expect(EventSchema.safeParse({ ...event, hub: "35.73" }).success).toBe(false);
    expect(EventSchema.safeParse({ ...event, partyRoles: [party("32.03"), party("32.73")] }).success).toBe(
      false,
    );
  });
});
