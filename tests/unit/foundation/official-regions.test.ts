import { describe, expect, it } from "vitest";
import { officialRegions } from "../../../server/pipeline/load/official-regions.ts";

describe("the official region list from idn-area-data", () => {
  it("has 38 provinces and 514 kabupaten/kota with Kemendagri codes", async () => {
    const regions = await officialRegions();
    expect(regions.filter((r) => r.kind === "province")).toHaveLength(38);
    expect(regions.filter((r) => r.kind !== "province")).toHaveLength(514);
    for (const region of regions) {
      expect(region.code).toMatch(region.kind === "province" ? /^\d{2}$/ : /^\d{2}\.\d{2}$/);
      expect(region.code.startsWith(region.provinceCode)).toBe(true);
    }
  });

  it("tells kota from kabupaten", async () => {
    const byCode = new Map((await officialRegions()).map((r) => [r.code, r]));
    expect(byCode.get("32.75")).toMatchObject({ name: "Kota Bekasi", kind: "city", provinceCode: "32" });
    expect(byCode.get("32.16")).toMatchObject({ name: "Kabupaten Bekasi", kind: "regency" });
    expect(byCode.get("31")).toMatchObject({ kind: "province" });
  });
});
