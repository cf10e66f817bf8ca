/**
 * Pins the key facts of each seed article: the regions acting, the kind and date of the event, the
 * officials and the regions they serve. These are the facts the graph is built from.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extract, resourcesReady, seed, sorted } from "./_extract.ts";

beforeAll(async () => {
  await resourcesReady();
});

describe("seed 000: Sumbawa Barat and Kota Bekasi twinning MoU", () => {
  it("gives one agreement between 52.07 and 32.75 on 2021-10-26 covering kesehatan", () => {
    const facts = extract(seed("000"));
    expect(facts.events).toHaveLength(1);
    const [event] = facts.events;
    expect(event?.kind).toBe("agreement");
    expect(sorted(event?.parties ?? [])).toEqual(["32.75", "52.07"]);
    // "Selasa 26/09": 26 September 2021 was a Sunday; the release of Tuesday 26 October 2021 dates it.
    expect(event?.date).toBe("2021-10-26");
    expect(event?.dateBasis).toBe("weekday_corrected");
    expect(event?.sectors).toEqual(expect.arrayContaining(["kesehatan", "sanitasi", "pendidikan"]));
    // "Twinning Program" and "Sister City" name the kind of cooperation, not a programme.
    expect(event?.programRefs.map((p) => p.id)).toEqual(["stbm"]);
  });

  it("keeps witnesses and the facilitator as organisations, not parties", () => {
    const [event] = extract(seed("000")).events;
    const roles = Object.fromEntries((event?.organisations ?? []).map((o) => [o.id, o.role]));
    expect(roles).toMatchObject({ unicef: "witness", akkopsi: "witness", forkalim: "facilitator" });
    expect(event?.parties).not.toContain("15.71");
  });

  it("reads officials with honorifics stripped and tied to their regions, typos included", () => {
    const people = extract(seed("000")).people;
    const byName = Object.fromEntries(people.map((p) => [p.name, p]));
    expect(byName["W. Musyafirin"]).toMatchObject({ title: "Bupati", region: "52.07", key: "musyafirin" });
    expect(byName["W. Musyafirin"]?.displayName).toBe("Dr. Ir. H. W. Musyafirin, M.M.");
    expect(byName["Tri Ardianto"]).toMatchObject({ title: "Wakil Wali Kota", region: "32.75" });
    // "jajaran Pemerintah Kabupaten Sumbara Barat yang mendampingi Bupati yaitu ...": staff of 52.07.
    expect(byName["L. Lalu Ashar"]?.region).toBe("52.07");
    expect(byName["Tuwuh"]).toMatchObject({ title: "Kepala Dinas Kesehatan", region: "52.07" });
    expect(byName["Ahmad Yani"]?.region).toBe("52.07");
  });
});

describe("seed 001: Wali Kota Bekasi audiensi with Wagub DKI", () => {
  it("gives an audience of 32.75 with 31 on 2017-12-05", () => {
    const [event, ...others] = extract(seed("001")).events;
    expect(others).toHaveLength(0);
    expect(event).toMatchObject({ kind: "audience", date: "2017-12-05" });
    expect(sorted(event?.parties ?? [])).toEqual(["31", "32.75"]);
  });

  it("reads the accompanying officials as Pemkot Bekasi's and merges the two spellings of the Wagub", () => {
    const people = extract(seed("001")).people;
    expect(people.filter((p) => p.region === "31").map((p) => p.name)).toEqual(["Sandiaga Salahudin Uno"]);
    const bekasi = people.filter((p) => p.region === "32.75").map((p) => p.name);
    expect(bekasi).toEqual(
      expect.arrayContaining(["Rahmat Effendi", "Kariman", "Koswara", "Tri Adhianto", "Supandi Budiman"]),
    );
  });

  it("ignores the footer address", () => {
    const regions = extract(seed("001")).regions.map((r) => r.code);
    expect(regions).not.toContain("32.16");
  });
});

describe("seed 002: Rakor Pokja PKP of Mahakam Ulu in a Samarinda hotel", () => {
  it("gives a meeting of 64.11 alone, dated from the publication year, not the page date", () => {
    const facts = extract(seed("002"));
    expect(facts.events).toHaveLength(1);
    expect(facts.events[0]).toMatchObject({ kind: "meeting", date: "2024-07-15", parties: ["64.11"] });
    expect(facts.document.publishedAt).toBe("2024-07-22");
    expect(facts.events[0]?.place?.code).toBe("64.72");
  });

  it("knows the Bupati by his full name", () => {
    expect(extract(seed("002")).people).toEqual([
      expect.objectContaining({ name: "Bonifasius Belawan Geh", title: "Bupati", region: "64.11" }),
    ]);
  });
});

describe("seed 003: Muara Enim plans a sister city with Japan", () => {
  it("gives a planned sister-city tie between 16.03 and JP, undated", () => {
    const [event] = extract(seed("003")).events;
    // "Sekda ..., Senin (9/04) mengatakan" dates the Sekda's words, not the tie (annotation guide).
    expect(event).toMatchObject({ kind: "sister_city", status: "planned", date: null });
    expect(sorted(event?.parties ?? [])).toEqual(["16.03", "JP"]);
  });

  it("reads the Sekda and the Bupati of Muara Enim", () => {
    const people = extract(seed("003")).people.map((p) => [p.name, p.title, p.region]);
    expect(people).toEqual(
      expect.arrayContaining([
        ["Hasanuddin", "Sekretaris Daerah", "16.03"],
        ["Muzakir Sai Sohar", "Bupati", "16.03"],
      ]),
    );
  });
});

describe("seed 004: Kota Bandung signs with seven regions", () => {
  it("gives one agreement of Kota Bandung with seven regions on 2019-03-13, including 14.09", () => {
    const facts = extract(seed("004"));
    const agreements = facts.events.filter((e) => e.kind === "agreement");
    expect(agreements).toHaveLength(1);
    const [event] = agreements;
    expect(event?.date).toBe("2019-03-13");
    expect(sorted(event?.parties ?? [])).toEqual(
      sorted(["32.73", "17.71", "32.03", "21.04", "16.03", "13.02", "14.09", "36.01"]),
    );
    expect(event?.programs).toEqual(expect.arrayContaining(["Smart City", "Kang PisMan"]));
  });

  it("ties the Walikota to Kota Bandung and the Bupati to Muara Enim", () => {
    const people = extract(seed("004")).people.map((p) => [p.name, p.region]);
    expect(people).toEqual(
      expect.arrayContaining([
        ["Oded M Danial", "32.73"],
        ["Ahmad Yani", "16.03"],
      ]),
    );
  });
});
