/**
 * The peer measure on small hand-made profiles: IDF-weighted Jaccard per dimension, averaged over the
 * dimensions the region has features in; rare shared features count more; hubs are not everyone's peer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PeerIndex, type RegionProfile } from "../../../server/plugins/app/regions/peer-similarity.ts";

const profile = (code: string, p: Partial<RegionProfile> = {}): RegionProfile => ({
  code,
  name: `Region ${code}`,
  kind: "regency",
  programs: [],
  sectors: [],
  partners: [],
  ...p,
});
const programs = (...ids: string[]) => ids.map((id) => ({ id, name: id.toUpperCase() }));

describe("PeerIndex", () => {
  it("scores identical profiles 1 and disjoint ones not at all", () => {
    const index = new PeerIndex([
      profile("a", { programs: programs("stbm", "ssk") }),
      profile("b", { programs: programs("stbm", "ssk") }),
      profile("c", { programs: programs("smart-city") }),
    ]);
    const peers = index.peers("a", ["programs"], 10);
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
    const [first, second] = index.peers("a", ["programs"], 10);
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
    expect(index.peers("a", ["partners"], 1)[0]!.region.code).toBe("twin");
  });

  it("averages over the dimensions the region has features in, and leaves the others null", () => {
    const index = new PeerIndex([
      profile("a", { sectors: ["kesehatan", "pendidikan"], partners: ["z"] }),
      profile("b", { sectors: ["kesehatan"], partners: ["z"], programs: programs("stbm") }),
      profile("z", { partners: ["a", "b"] }),
    ]);
    const [peer] = index.peers("a", ["programs", "sectors", "partners"], 5);
    expect(peer!.dimensions.programs).toBeNull();
    expect(peer!.dimensions.partners).toBe(1);
    expect(peer!.score).toBeCloseTo((peer!.dimensions.sectors! + 1) / 2, 3);
    expect(index.peers("a", ["programs"], 5)).toEqual([]);
    expect(index.peers("nowhere", ["partners"], 5)).toEqual([]);
  });

  it("is symmetric per dimension, between 0 and 1, and never lists the region itself", () => {
    const features = fc.uniqueArray(fc.constantFrom("f1", "f2", "f3", "f4", "f5", "f6"), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(features, { minLength: 2, maxLength: 8 }), (sets) => {
        const index = new PeerIndex(sets.map((s, i) => profile(`r${i}`, { sectors: s })));
        for (let i = 0; i < sets.length; i++) {
          for (const peer of index.peers(`r${i}`, ["sectors"], 100)) {
            expect(peer.region.code).not.toBe(`r${i}`);
            expect(peer.score).toBeGreaterThan(0);
            expect(peer.score).toBeLessThanOrEqual(1);
            const back = index
              .peers(peer.region.code, ["sectors"], 100)
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
          const by = ["programs", "sectors", "partners"] as const;
          for (const limit of limits) {
            const fresh = new PeerIndex(profiles).peers("r0", by, 100).slice(0, limit);
            expect(asked.peers("r0", by, limit)).toEqual(fresh);
          }
        },
      ),
    );
  });
});
