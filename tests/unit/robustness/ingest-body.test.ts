/**
 * The article body of POST /api/documents (and its preview) says exactly what its OpenAPI document says,
 * found by fuzzing: unknown fields are refused rather than dropped, a title or source must hold some text as
 * sent, and the publication date must be a real calendar day from 1900 to 2099 (the extractor used to drop
 * an impossible one, or a month alone, without a word, and wrote years before 1000 without their zeros).
 */
import { describe, expect, it } from "vitest";
import { IngestBodySchema } from "../../../server/schemas/document.ts";

const valid = (body: object) => IngestBodySchema.safeParse(body).success;

describe("the article body", () => {
  it("refuses fields it does not know", () => {
    expect(valid({ text: "Kota Bekasi", publishedat: "2021-10-26" })).toBe(false);
    expect(valid(JSON.parse('{"text": "Kota Bekasi", "__proto__": {"admin": true}}'))).toBe(false);
  });

  it("wants some text in a title or source, and trims it", () => {
    expect(valid({ text: "x", title: " \n" })).toBe(false);
    expect(valid({ text: "x", source: "\t" })).toBe(false);
    expect(IngestBodySchema.parse({ text: "x", title: "  MoU Bekasi " }).title).toBe("MoU Bekasi");
    expect(valid({ text: "x", title: "t".repeat(501) })).toBe(false);
  });

  it("takes real calendar days from 1900 to 2099 only", () => {
    for (const date of ["2021-10-26", "2020-02-29", "1900-01-01", "2099-12-31"]) {
      expect(valid({ text: "x", publishedAt: date }), date).toBe(true);
    }
    for (const date of [
      "2021-02-29",
      "2021-02-31",
      "2021-04-31",
      "2021-10",
      "0538-12-30",
      "1899-12-31",
      "2100-01-01",
    ]) {
      expect(valid({ text: "x", publishedAt: date }), date).toBe(false);
    }
  });
});
