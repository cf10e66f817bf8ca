/**
 * The map from an official's personal name to the region they serve, for parties named only by a name
 * introduced earlier (extraction-gaps.md E9): regional and foreign officials in, national ones out.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { findOfficialNames, officialsByName } from "../../../server/pipeline/extract/people.ts";
import { extract, resourcesReady } from "./_extract.ts";

beforeAll(async () => {
  await resourcesReady();
});

describe("officials by personal name", () => {
  it("maps each official's identity key to their region and evidence, leaving national officials out", () => {
    const { people } = extract(
      "Bupati Maros, Andi Rahmat, tiba di Watampone bersama Menteri Dalam Negeri Tito Karnavian. Bupati Bone Budi Santoso menyambutnya.",
    );
    const byName = officialsByName(people);
    expect([...byName].map(([key, o]) => [key, o.region])).toEqual([
      ["andi rahmat", "73.09"],
      ["budi santoso", "73.08"],
    ]);
    expect(byName.get("andi rahmat")?.person.evidence.text).toBe("Bupati Maros, Andi Rahmat");
  });

  it("finds an official named again without a title, also by a distinctive single word", () => {
    const text =
      "Bupati Maros, Andi Rahmat, tiba di Watampone. Keesokan harinya, Bupati Bone Budi Santoso menerima kunjungan Andi Rahmat di rumah jabatan. Rahmat lalu pulang.";
    const { people } = extract(text);
    const sentence = text.indexOf("Keesokan");
    const found = findOfficialNames(text, sentence, text.length, people);
    expect(found.map((n) => [text.slice(n.start, n.end), n.region])).toEqual([
      ["Budi Santoso", "73.08"],
      ["Andi Rahmat", "73.09"],
      ["Rahmat", "73.09"],
    ]);
  });

  it("gives a foreign official named with a title their foreign region", () => {
    const text =
      "Kedatangan Wali Kota Changwon, Korea Selatan, Kim Min-Soo ke Kota Semarang disambut hangat. Wali Kota Semarang menerima kunjungan kerja Kim Min-Soo pada Rabu (8/3/2023).";
    const { people } = extract(text);
    const found = findOfficialNames(text, text.indexOf("Wali Kota Semarang"), text.length, people);
    expect(found.map((n) => [n.person.name, n.region])).toEqual([["Kim Min-Soo", "KR/Changwon"]]);
  });

  it("matches whole, capitalised words only", () => {
    const text = "Bupati Bone Budi Santoso hadir. Para budi santoso dan para Santosoan tidak.";
    const { people } = extract(text);
    expect(findOfficialNames(text, text.indexOf("Para"), text.length, people)).toEqual([]);
  });
});
