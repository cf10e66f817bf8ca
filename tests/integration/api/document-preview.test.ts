/**
 * POST /api/documents/preview: the facts of an article and its normalised text, with offsets that match the
 * quotes, and nothing written (the graph's shape is unchanged); no token needed; bad bodies are 400/415.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PreviewResultSchema, type PreviewResult } from "../../../server/schemas/document-preview.ts";
import { graphShape } from "../../helpers/_graph.ts";
import { bodyOf, seededApp, type SeededApp } from "./_seeded-app.ts";

const ARTICLE = {
  title: "Pemkot Bekasi dan Pemkot Bandung Teken Kesepakatan Bersama",
  publishedAt: "2020-03-13",
  text:
    "Pemkot Bekasi dan Pemkot Bandung Teken Kesepakatan Bersama\n\nBANDUNG – Wali Kota Bekasi Rahmat Effendi " +
    "dan Wali Kota Bandung Oded M Danial menandatangani kesepakatan bersama bidang persampahan di Balai Kota " +
    "Bandung, Kamis (12/3/2020).\n",
};

let seeded: SeededApp;

beforeAll(async () => {
  seeded = await seededApp({ API_TOKEN: "preview-test-token-0123456789" });
});

afterAll(async () => {
  await seeded?.close();
});

const preview = (payload: unknown, headers: Record<string, string> = {}) =>
  seeded.app.inject({
    method: "POST",
    url: "/api/documents/preview",
    headers: { "content-type": "application/json", ...headers },
    payload: typeof payload === "string" ? payload : JSON.stringify(payload),
  });

describe("POST /api/documents/preview", () => {
  it("answers the extracted facts with the normalised text, without a token, and writes nothing", async () => {
    const before = await graphShape(seeded.driver);
    const body = bodyOf<PreviewResult>(await preview(ARTICLE));
    expect(PreviewResultSchema.safeParse(body).success).toBe(true);
    expect(body.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    const event = body.extracted.events[0];
    expect(event?.kind).toBe("agreement");
    expect(event?.parties).toEqual(expect.arrayContaining(["32.75", "32.73"]));
    for (const e of body.extracted.events)
      expect(body.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    for (const p of body.extracted.people)
      expect(body.text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
    expect(await graphShape(seeded.driver)).toEqual(before);
  });

  it("refuses a body without text (400) and a non-JSON body (415)", async () => {
    expect((await preview({ title: "no text" })).statusCode).toBe(400);
    expect((await preview({ text: "   " })).statusCode).toBe(400);
    const plain = await seeded.app.inject({
      method: "POST",
      url: "/api/documents/preview",
      headers: { "content-type": "text/plain" },
      payload: "Pemkot Bekasi",
    });
    expect(plain.statusCode).toBe(415);
  });
});
