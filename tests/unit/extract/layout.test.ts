/**
 * Page structure: headline, datelines, and the parts of a page that are not the article (links to
 * other stories, teasers, sign-off and footer), which must yield no facts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { analyseLayout, datelineOf } from "../../../server/pipeline/extract/article-layout.ts";
import { splitSentences } from "../../../server/pipeline/extract/sentences.ts";
import { extract, resourcesReady } from "./_extract.ts";

beforeAll(async () => {
  await resourcesReady();
});

function dateline(line: string): string | null {
  const span = datelineOf(line, { start: 0, end: line.length });
  return span ? line.slice(span.start, span.end).trim() : null;
}

describe("datelines", () => {
  it("recognises the forms Indonesian media use", () => {
    expect(dateline("PURWOREJO, seputarpurworejo.com – Pemkab Purworejo dan Pemkab Kulon Progo")).toBe(
      "PURWOREJO, seputarpurworejo.com –",
    );
    expect(dateline("Surabaya (ANTARA) - Pemerintah Kota Surabaya mempererat")).toBe("Surabaya (ANTARA) -");
    expect(dateline("KORANBERNAS.ID--Pemkab Sleman melakukan penandatanganan")).toBe("KORANBERNAS.ID--");
    expect(dateline("POSKOTASUMATERA.COM-MUARA ENIM-Dalam mendongkrak percepatan")).toBe(
      "POSKOTASUMATERA.COM-MUARA ENIM-",
    );
    expect(dateline("Bharindo Gorontalo,- Gubernur Gorontalo melakukan kunjungan")).toBe(
      "Bharindo Gorontalo,-",
    );
  });

  it("does not take a hyphenated sentence for a dateline", () => {
    expect(dateline("Kedua daerah masing-masing memiliki potensi yang besar")).toBeNull();
    expect(dateline("Balai Kota - Wali Kota Bekasi melakukan audiensi")).toBeNull();
  });
});

describe("what is not the article", () => {
  const page = [
    "Bupati Bone Terima Audiensi Bupati Gowa",
    "",
    "KABARTA.ID, BONE— Bupati Bone Andi Asman menerima audiensi Bupati Gowa Sitti Husniah di Rumah Jabatan, Minggu (14/9/2025).",
    "",
    "Baca Juga:  Bupati Luwu Utara Resmikan Pasar Rakyat di Masamba",
    "",
    "Kedua bupati membahas peluang kerja sama di bidang pertanian dan perdagangan antara kedua kabupaten tersebut.",
    "",
    "Pertemuan berlangsung hangat dan penuh keakraban hingga sore hari sebelum rombongan kembali ke Gowa. (Ju)*",
    "Sidoarjo bharindo.co.id – Bupati Sidoarjo dan Wakil Bupati Sidoarjo kembali…",
    "Editor: Redaksi",
  ].join("\n");

  it("finds the headline, the dateline and the excluded parts", () => {
    const layout = analyseLayout(page);
    expect(page.slice(layout.headline?.start, layout.headline?.end)).toBe(
      "Bupati Bone Terima Audiensi Bupati Gowa",
    );
    expect(layout.datelines).toHaveLength(1);
    const excluded = layout.excluded.map((s) => page.slice(s.start, s.end));
    expect(excluded[0]).toContain("Baca Juga");
    expect(excluded[excluded.length - 1]).toContain("Sidoarjo");
  });

  it("takes no region or person from a 'Baca juga' link or a teaser", () => {
    const facts = extract(page);
    const codes = facts.regions.map((r) => r.code);
    expect(codes).not.toContain("73.22");
    expect(codes).not.toContain("35.15");
    expect(facts.events).toHaveLength(1);
    expect(facts.events[0]?.parties.sort()).toEqual(["73.06", "73.08"]);
  });
});

describe("sentences", () => {
  it("does not end a sentence after honorifics, initials or degree chains", () => {
    const text =
      "Bupati Sumbawa Barat Dr. Ir. H. W. Musyafirin, M.M. hadir. Wabup Bambang, SP. MM. M.Si datang. Selesai.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Bupati Sumbawa Barat Dr. Ir. H. W. Musyafirin, M.M. hadir.",
      "Wabup Bambang, SP. MM. M.Si datang.",
      "Selesai.",
    ]);
  });

  it("does not end a sentence after the acting-office abbreviations before a title (Plt., Pj., Plh., Pjs.)", () => {
    const text =
      "MoU diteken oleh Plt. Bupati Garut dan Pj. Wali Kota Tasikmalaya, Senin (3/6/2024). Selesai.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "MoU diteken oleh Plt. Bupati Garut dan Pj. Wali Kota Tasikmalaya, Senin (3/6/2024).",
      "Selesai.",
    ]);
  });

  it("joins hard-wrapped lines that continue in lower case", () => {
    const text =
      "Mantan pengurus sister city dari Kota Ichikawa, Jepang\nmengunjungi Balai Kota Medan, Rabu (30/10).\nBaris baru.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Mantan pengurus sister city dari Kota Ichikawa, Jepang\nmengunjungi Balai Kota Medan, Rabu (30/10).",
      "Baris baru.",
    ]);
  });
});
