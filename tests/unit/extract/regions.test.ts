/**
 * The gazetteer and the region matcher: official names from idn-area-data, the reviewed aliases,
 * spacing variants, typos and partial names after a prefix, kabupaten/kota disambiguation, and the
 * words that must not be read as regions.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../server/pipeline/extract/gazetteer.ts";
import { annotateMentions } from "../../../server/pipeline/extract/region-context.ts";
import { matchRegions, REGENCY_SEATS } from "../../../server/pipeline/extract/region-matcher.ts";
import { analyseLayout } from "../../../server/pipeline/extract/article-layout.ts";
import { withForeignRegions } from "../../../server/pipeline/extract/foreign-regions.ts";
import { splitSentences } from "../../../server/pipeline/extract/sentences.ts";
import { foldText, tokenize } from "../../../server/pipeline/extract/text.ts";
import { REGION_ALIASES } from "../../../server/pipeline/extract/region-aliases.ts";
import { extract, resourcesReady } from "./_extract.ts";
import type { ExtractionResources } from "../../../server/pipeline/extract/extract-facts.ts";

let resources: ExtractionResources;

beforeAll(async () => {
  resources = await resourcesReady();
});

/** The region codes the article text names, in order, after disambiguation. */
function codes(text: string): string[] {
  const folded = foldText(text);
  const tokens = tokenize(text, folded);
  const raw = withForeignRegions(text, folded, tokens, matchRegions(resources.matcher, text, tokens));
  return annotateMentions(text, folded, tokens, splitSentences(text), analyseLayout(text), raw).map(
    (m) => m.ref.code,
  );
}

describe("gazetteer", () => {
  it("holds the 38 provinces and 514 kabupaten/kota of idn-area-data", async () => {
    const gazetteer = await loadGazetteer();
    expect(gazetteer.regions.filter((r) => r.level === "province")).toHaveLength(38);
    expect(gazetteer.regions.filter((r) => r.level !== "province")).toHaveLength(514);
    expect(gazetteer.byCode.get("32.75")).toMatchObject({
      officialName: "Kota Bekasi",
      level: "city",
      coreName: "Bekasi",
    });
    expect(gazetteer.byCode.get("52.07")).toMatchObject({ level: "regency", provinceCode: "52" });
  });

  it("has every reviewed alias pointing at an official name", async () => {
    const gazetteer = await loadGazetteer();
    for (const alias of REGION_ALIASES) {
      for (const official of alias.regions)
        expect(gazetteer.byOfficialName.has(official.toLowerCase()), official).toBe(true);
    }
  });
});

describe("names as articles write them", () => {
  it("reads prefixes of government, title and administration", () => {
    expect(codes("Pemerintah Kabupaten Sleman, Pemkab Gowa, Pemkot Kupang dan Pemprov Jawa Barat.")).toEqual([
      "34.04",
      "73.06",
      "53.71",
      "32",
    ]);
    expect(codes("Kab. Bandung dan Prov. Jambi")).toEqual(["32.04", "15"]);
  });

  it("reads reviewed abbreviations, capitals-only ones only in capitals", () => {
    expect(codes("Sekda KSB bertemu Bupati Mahulu dan Gubernur Jabar.")).toEqual(["52.07", "64.11", "32"]);
    expect(codes("Wagub DKI dan warga Kaltim")).toEqual(["31", "64"]);
    expect(codes("ksb dan ntb ditulis kecil")).toEqual([]);
  });

  it("ignores spaces and hyphens inside names", () => {
    expect(codes("Pemkab Muaraenim, Kota Pematang Siantar, Kota Palangka Raya dan Kota Bau-Bau")).toEqual([
      "16.03",
      "12.72",
      "62.71",
      "74.72",
    ]);
  });

  it("tolerates typos and partial names only after a prefix", () => {
    expect(codes("jajaran Pemerintah Kabupaten Sumbara Barat dan Dinas LH Kabupaten Sumbaw Barat")).toEqual([
      "52.07",
      "52.07",
    ]);
    expect(codes("Kabupaten Singingi serta Kabupaten Pandeglang")).toEqual(["14.09", "36.01"]);
    expect(codes("Sumbara Barat tanpa awalan")).toEqual([]);
  });

  it("tells kabupaten from kota by the title or prefix, and by the rest of the article", () => {
    expect(codes("Wali Kota Bandung dan Bupati Bandung")).toEqual(["32.73", "32.04"]);
    expect(codes("Pemkot Bekasi menerima tamu. Wali Kota Bekasi hadir di Bekasi.")).toEqual([
      "32.75",
      "32.75",
      "32.75",
    ]);
    expect(codes("Gubernur Gorontalo dan Wakil Wali Kota Gorontalo")).toEqual(["75", "75.71"]);
  });

  it("does not read ordinary words, lower-case words or sub-district places as regions", () => {
    expect(codes("batu besar di pinggir jalan, Batu bata merah")).toEqual([]);
    expect(codes("Kota Batu menjadi tuan rumah")).toEqual(["35.79"]);
    expect(codes("di Kecamatan Sumbawa dan Desa Bone")).toEqual([]);
  });
});

describe("places abroad", () => {
  it("names countries in Indonesian and English with ISO codes", () => {
    expect(codes("kerja sama dengan Jepang, Korea Selatan, Tiongkok, Belanda dan Australia")).toEqual([
      "JP",
      "KR",
      "CN",
      "NL",
      "AU",
    ]);
  });

  it("learns a foreign city from 'Kota X, <country>' and finds it again, typos included", () => {
    const found = codes(
      "Pemerintah Kota Kochi, Jepang dan Surabaya. Wali Kota Kochi hadir. Wali Kota Kochii juga.",
    );
    expect(found.filter((c) => c.startsWith("JP/"))).toEqual(["JP/Kochi", "JP/Kochi", "JP/Kochi"]);
    const province = codes(
      "Pemerintah Provinsi Gyeongsangbuk-do, Korea Selatan. Gubernur Gyeongsangbuk-Di, Kim Kwan Yong.",
    );
    expect(province.filter((c) => c.includes("/"))).toEqual(["KR/Gyeongsangbuk-do", "KR/Gyeongsangbuk-do"]);
  });

  it("learns places 'di <country>' and along a chain, but not a person after a title", () => {
    const found = codes(
      "Kota Bogor dan Kota Kisarazu di Jepang. Penandatanganan LoI Kota Kisarazu, Prefektur Chiba, Jepang.",
    );
    expect(found.filter((c) => c.startsWith("JP/"))).toEqual(["JP/Kisarazu", "JP/Kisarazu", "JP/Chiba"]);
    const mayor = codes("Pertemuan Wali Kota Semarang dan Wali Kota Jung-Gu Park Sung Min di Korea Selatan.");
    expect(mayor.filter((c) => c.startsWith("KR/"))).toEqual([]);
  });

  it("learns a city named before its area and country in brackets, the area qualifying it", () => {
    const text =
      "Kota Malang dan Tarragona Teken MoU Sister City\n\nPemerintah Kota Malang dan Tarragona (Provinsi Catalunya, Spanyol) menandatangani MoU sister city di Malang, Senin (6/3/2023).";
    expect(codes(text).filter((c) => c.startsWith("ES/"))).toEqual([
      "ES/Tarragona",
      "ES/Tarragona",
      "ES/Catalunya",
    ]);
    expect(extract(text).events[0]?.parties).toEqual(["35.73", "ES/Tarragona"]);
  });

  it("learns a hyphenated partner after 'Pemerintah' in a sister-city article", () => {
    const found = codes(
      "Kerjasama sister city Kota Semarang dengan Korea Selatan. Kesepakatan antara Pemerintah Jung-Gu dengan Pemkot Semarang. Wali Kota Jung-Gu Park Sung Min hadir.",
    );
    expect(found.filter((c) => c.startsWith("KR/"))).toEqual(["KR/Jung-Gu", "KR/Jung-Gu"]);
  });
});

describe("regency seats (E7)", () => {
  it("lists only seats of real regencies whose names are no kabupaten or kota name themselves", async () => {
    const gazetteer = await loadGazetteer();
    const names = new Set(gazetteer.regions.map((r) => foldText(r.coreName).replace(/[^a-z]/g, "")));
    expect(REGENCY_SEATS.length).toBeGreaterThan(100);
    for (const { seat, regency } of REGENCY_SEATS) {
      expect(gazetteer.byOfficialName.get(regency.toLowerCase())?.level, regency).toBe("regency");
      expect(names.has(foldText(seat).replace(/[^a-z]/g, "")), seat).toBe(false);
    }
  });

  it("reads a regency by its seat town only after a regency-level prefix", () => {
    expect(codes("Bupati Muara Bungo bertemu Bupati Muara Teweh dan Pemkab Watampone.")).toEqual([
      "15.08",
      "62.05",
      "73.08",
    ]);
    expect(codes("Kabupaten Muara Bungo, Provinsi Jambi")).toEqual(["15.08", "15"]);
    expect(codes("Rombongan tiba di Muara Teweh dan Watampone.")).toEqual([]);
  });

  it("makes the regency a party and its Bupati its official", () => {
    const facts = extract(
      "Bupati Muara Bungo, Jambi Studi Banding ke Padang\nPADANG – Rombongan Kabupaten Muara Bungo, Provinsi Jambi melakukan studi banding ke Kota Padang, Selasa (7/3/2023). Bupati Muara Bungo, Budi Hartono, menilai Padang layak dicontoh.",
    );
    expect(facts.events.map((e) => [e.kind, [...e.parties].sort()])).toEqual([
      ["study_visit", ["13.71", "15.08"]],
    ]);
    expect(facts.people.map((p) => [p.name, p.title, p.region])).toContainEqual([
      "Budi Hartono",
      "Bupati",
      "15.08",
    ]);
  });
});
