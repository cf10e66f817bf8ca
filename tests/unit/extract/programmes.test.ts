/**
 * Programmes: the reviewed vocabulary file is consistent (stable ids, each alias owned by one programme,
 * no kind of cooperation, instrument or facility listed), a programme keeps one identity however it is
 * written, and only named initiatives are programmes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import vocabulary from "../../../server/pipeline/extract/vocabulary/programmes.json" with { type: "json" };
import { foldText } from "../../../server/pipeline/extract/text.ts";
import { extract, resourcesReady } from "./_extract.ts";

beforeAll(async () => {
  await resourcesReady();
});

const compact = (s: string) =>
  foldText(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

function programmes(text: string): string[] {
  return extract(text).events.flatMap((e) => e.programRefs.map((p) => p.id));
}

describe("the programme vocabulary file", () => {
  const entries = vocabulary.programmes as {
    id: string;
    name: string;
    acronym?: string;
    aliases: string[];
  }[];

  it("gives every programme a unique, stable id and a name", () => {
    const ids = entries.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of entries) {
      expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(p.name.trim().length).toBeGreaterThan(2);
      expect(p.aliases.length).toBeGreaterThan(0);
    }
  });

  it("lets each alias name one programme only, and lists the acronym among the aliases", () => {
    const owner = new Map<string, string>();
    for (const p of entries) {
      for (const alias of p.aliases) {
        const key = compact(alias);
        expect(owner.get(key) ?? p.id, `alias "${alias}"`).toBe(p.id);
        owner.set(key, p.id);
      }
      if (p.acronym) expect(p.aliases.map(compact)).toContain(compact(p.acronym));
    }
  });

  it("lists no kind of cooperation, instrument or facility as a programme", () => {
    const refused = new Set(vocabulary.notProgrammes.map(compact));
    for (const word of ["sister city", "twinning program", "mou", "letter of intent", "pks", "bank sampah"])
      expect(refused.has(word), word).toBe(true);
    for (const p of entries) {
      for (const alias of [p.name, ...p.aliases]) expect(refused.has(compact(alias)), alias).toBe(false);
    }
  });
});

describe("programmes in articles", () => {
  it("keeps one identity for a programme written by acronym or in full", () => {
    expect(
      programmes(
        "Pemkot Bekasi dan Pemkab Sumbawa Barat menandatangani MoU tentang STBM, Selasa (26/10/2021).",
      ),
    ).toEqual(["stbm"]);
    expect(
      programmes(
        "Pemkot Bekasi dan Pemkab Sumbawa Barat menandatangani MoU tentang Sanitasi Total Berbasis Masyarakat, Selasa (26/10/2021).",
      ),
    ).toEqual(["stbm"]);
  });

  it("does not list kinds of cooperation, instruments or activities as programmes", () => {
    expect(
      programmes(
        "Pemkot Malang dan Pemkot Batu menandatangani MoU Sister City dan Twinning Program, Kamis (4/7/2019). Kerja sama meliputi pertukaran pelajar dan bank sampah.",
      ),
    ).toEqual([]);
    expect(
      programmes(
        "Pemkab Lahat berencana menjalin kerja sama dengan pihak Jepang dalam program yang diberi nama “Sister City”.",
      ),
    ).toEqual([]);
  });

  it("leaves a programme named only in a plan with another region to that plan", () => {
    expect(
      programmes(
        "Pemkot Malang dan Pemkot Batu menandatangani MoU Smart City, Kamis (4/7/2019). “Ke depan kami akan menjajaki kerja sama dengan Pemprov Jawa Tengah, yang nilai SAKIP-nya terbaik,” kata Wali Kota Malang.",
      ),
    ).toEqual(["smart-city"]);
  });

  it("reads a programme the text names outright", () => {
    expect(
      programmes(
        "Sebanyak lima kabupaten menandatangani kerja sama antar daerah yang diberi nama Gerbang Lima Serangkai di Pemkab Ngawi, Kamis (20/10/2022). Pemkab Ngawi, Pemkab Madiun dan Pemkab Magetan hadir.",
      ),
    ).toEqual(["gerbang-lima-serangkai"]);
    expect(
      programmes(
        "Pemkab Gowa dan Pemkab Bone menandatangani nota kesepahaman, Senin (6/3/2023). Desa Bersinar Terang merupakan suatu program pemberdayaan yang dikembangkan di Gowa.",
      ),
    ).toEqual(["desa-bersinar-terang"]);
    expect(
      programmes(
        "Pemkab Gowa dan Pemkab Bone menandatangani nota kesepahaman, Senin (6/3/2023). Ini merupakan program lanjutan.",
      ),
    ).toEqual([]);
  });
});
