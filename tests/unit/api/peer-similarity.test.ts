/**
 * The peer measure on small hand-made profiles: IDF-weighted Jaccard per dimension, averaged over the
 * dimensions the region has features in; rare shared features count more; hubs are not everyone's peer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PeerIndex, type RegionProfile } from "../../../server/plugins/app/regions/peer-similarity.ts";
import type { PeerDimension, PeerOptions } from "../../../server/schemas/region.ts";

const profile = (code: string, p: Partial<RegionProfile> = {}): RegionProfile => ({
  code,
  name: `Region ${code}`,
  kind: "regency",
  events: 1,
  programs: [],
  sectors: [],
  partners: [],
  ...p,
});
const programs = (...ids: string[]) => ids.map((id) => ({ id, name: id.toUpperCase() }));
/** The dimensions given weigh 1, the others 0; the defaults of the API for who may be a peer. */
const by = (dimensions: readonly PeerDimension[], more: Partial<PeerOptions> = {}): PeerOptions => ({
  weights: {
    programs: dimensions.includes("programs") ? 1 : 0,
    sectors: dimensions.includes("sectors") ? 1 : 0,
    partners: dimensions.includes("partners") ? 1 : 0,
  },
  includePartners: false,
  includeAbroad: false,
  anyLevel: false,
  ...more,
});

describe("PeerIndex", () => {
  it("scores identical profiles 1 and disjoint ones not at all", () => {
    const index = new PeerIndex([
      profile("a", { programs: programs("stbm", "ssk") }),
      profile("b", { programs: programs("stbm", "ssk") }),
      profile("c", { programs: programs("smart-city") }),
    ]);
    const peers = index.peers("a", by(["programs"]), 10);
    expect(peers.map((p) => [p.region.code, p.score])).toEqual([["b", 1]]);
    expect(peers[0]!.reasons.programs.map((r) => r.id).sort()).toEqual(["program:ssk", "program:stbm"]);
  });

  it("counts a rare shared programme more than one every region runs", () => {
    const everyone = ["smart-city"];
    const index = new PeerIndex([
      profile("a", { programs: programs(...everyone, "stbm", "kang-pisman") }),
      profile("rare", { programs: programs(...everyone, "stbm") }),
      profile("common", { programs: programs(...everyone, "kang-pisman") }),
      profile("x", { programs: programs(...everyone, "kang-pisman") }),
      profile("y", { programs: programs(...everyone, "kang-pisman") }),
    ]);
    const [first, second] = index.peers("a", by(["programs"]), 10);
    expect(first!.region.code).toBe("rare");
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(first!.reasons.programs[0]!.id).toBe("program:stbm");
  });

  it("does not make a hub that shares everything with everyone the closest peer", () => {
    const all = ["p1", "p2", "p3", "p4", "p5", "p6"];
    const index = new PeerIndex([
      profile("a", { partners: ["p1", "p2"] }),
      profile("twin", { partners: ["p1", "p2"] }),
      profile("hub", { partners: all }),
      ...all.map((code) => profile(code, { partners: ["a", "twin", "hub"] })),
    ]);
    expect(index.peers("a", by(["partners"]), 1)[0]!.region.code).toBe("twin");
  });

  it("averages over the dimensions the region has features in, and leaves the others null", () => {
    const index = new PeerIndex([
      profile("a", { sectors: ["kesehatan", "pendidikan"], partners: ["z"] }),
      profile("b", { sectors: ["kesehatan"], partners: ["z"], programs: programs("stbm") }),
      profile("z", { partners: ["a", "b"] }),
    ]);
    const [peer] = index.peers("a", by(["programs", "sectors", "partners"]), 5);
    expect(peer!.dimensions.programs).toBeNull();
    expect(peer!.dimensions.partners).toBe(1);
    expect(peer!.score).toBeCloseTo((peer!.dimensions.sectors! + 1) / 2, 3);
    expect(index.peers("a", by(["programs"]), 5)).toEqual([]);
    expect(index.peers("nowhere", by(["partners"]), 5)).toEqual([]);
  });

  it("is symmetric per dimension, between 0 and 1, and never lists the region itself", () => {
    const features = fc.uniqueArray(fc.constantFrom("f1", "f2", "f3", "f4", "f5", "f6"), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(features, { minLength: 2, maxLength: 8 }), (sets) => {
        const index = new PeerIndex(sets.map((s, i) => profile(`r${i}`, { sectors: s })));
        for (let i = 0; i < sets.length; i++) {
          for (const peer of index.peers(`r${i}`, by(["sectors"]), 100)) {
            expect(peer.region.code).not.toBe(`r${i}`);
            expect(peer.score).toBeGreaterThan(0);
            expect(peer.score).toBeLessThanOrEqual(1);
            const back = index
              .peers(peer.region.code, by(["sectors"]), 100)
              .find((p) => p.region.code === `r${i}`);
            expect(back?.score).toBeCloseTo(peer.score, 3);
          }
        }
      }),
    );
  });

  it("answers the same whatever limits were asked before (reasons are listed only as far as asked)", () => {
    const features = fc.uniqueArray(fc.constantFrom("f1", "f2", "f3", "f4", "f5"), { maxLength: 5 });
    const region = fc.record({ programs: features, sectors: features, partners: features });
    fc.assert(
      fc.property(
        fc.array(region, { minLength: 2, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 4 }),
        (regions, limits) => {
          const profiles = regions.map((r, i) =>
            profile(`r${i}`, { programs: programs(...r.programs), sectors: r.sectors, partners: r.partners }),
          );
          const asked = new PeerIndex(profiles);
          const all = by(["programs", "sectors", "partners"]);
          for (const limit of limits) {
            const fresh = new PeerIndex(profiles).peers("r0", all, 100).slice(0, limit);
            expect(asked.peers("r0", all, limit)).toEqual(fresh);
          }
        },
      ),
    );
  });

  it("lists by default neither existing partners, nor other levels, nor regions abroad, and the toggles add them", () => {
    const shared = { sectors: ["kesehatan"], programs: programs("stbm") };
    const index = new PeerIndex([
      profile("52.07", { ...shared, partners: ["32.75"] }),
      profile("32.75", { ...shared, kind: "city", partners: ["52.07"] }),
      profile("52.08", { ...shared }),
      profile("52", { ...shared, kind: "province" }),
      profile("JP", { ...shared, kind: "country" }),
      profile("KR/Suwon", { ...shared, kind: "foreign_city" }),
    ]);
    const codes = (options: PeerOptions) => index.peers("52.07", options, 10).map((p) => p.region.code);
    const all = by(["programs", "sectors", "partners"]);
    expect(codes(all)).toEqual(["52.08"]);
    expect(codes({ ...all, includePartners: true }).sort()).toEqual(["32.75", "52.08"]);
    expect(
      index.peers("52.07", { ...all, includePartners: true }, 10).find((p) => p.partner)?.region.code,
    ).toBe("32.75");
    expect(codes({ ...all, anyLevel: true }).sort()).toEqual(["52", "52.08"]);
    expect(codes({ ...all, includeAbroad: true }).sort()).toEqual(["52.08", "JP", "KR/Suwon"]);
    // A province's peers are provinces, a region abroad's are abroad.
    expect(index.peers("52", all, 10).map((p) => p.region.code)).toEqual([]);
    expect(index.peers("JP", all, 10).map((p) => p.region.code)).toEqual(["KR/Suwon"]);
  });

  it("weighs the dimensions: a heavier dimension moves its best peer up, a weight of 0 drops it", () => {
    const index = new PeerIndex([
      profile("a", { programs: programs("stbm"), sectors: ["kesehatan", "sanitasi"] }),
      profile("byProgram", { programs: programs("stbm"), sectors: ["pariwisata"] }),
      profile("bySector", { programs: programs("ssk"), sectors: ["kesehatan", "sanitasi"] }),
    ]);
    const order = (programs: number, sectors: number) =>
      index
        .peers("a", { ...by([]), weights: { programs, sectors, partners: 1 } }, 10)
        .map((p) => p.region.code);
    expect(order(3, 1)).toEqual(["byProgram", "bySector"]);
    expect(order(1, 3)).toEqual(["bySector", "byProgram"]);
    expect(order(0, 1)).toEqual(["bySector"]);
    const [peer] = index.peers("a", { ...by([]), weights: { programs: 0, sectors: 1, partners: 1 } }, 10);
    expect(peer!.dimensions.programs).toBeNull();
    expect(peer!.reasons.programs).toEqual([]);
    expect(index.peers("a", { ...by([]), weights: { programs: 0, sectors: 0, partners: 0 } }, 10)).toEqual(
      [],
    );
  });

  it("breaks equal scores by the same province, then more events, then the code", () => {
    // Co-signers of one host share the host only: one score for all of them.
    const spoke = (code: string, events = 1) => profile(code, { partners: ["32.73"], events });
    const index = new PeerIndex([
      profile("32.73", { partners: ["17.71", "17.03", "32.03", "36.01", "13.02", "14.09"], kind: "city" }),
      spoke("17.71"),
      spoke("17.03"),
      spoke("36.01"),
      spoke("13.02", 5),
      spoke("14.09"),
      spoke("32.03"),
    ]);
    const peers = index.peers("36.01", by(["partners"]), 10);
    expect(new Set(peers.map((p) => p.score))).toEqual(new Set([1]));
    expect(peers.map((p) => p.region.code)).toEqual(["13.02", "14.09", "17.03", "17.71", "32.03"]);
    const fromBengkulu = index.peers("17.71", by(["partners"]), 10).map((p) => p.region.code);
    expect(fromBengkulu).toEqual(["17.03", "13.02", "14.09", "32.03", "36.01"]);
  });
});
