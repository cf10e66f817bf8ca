/**
 * The official list of Indonesian regions: 38 provinces and 514 kabupaten/kota with their Kemendagri codes,
 * read from the npm package idn-area-data (never typed by hand), loaded once per process.
 */
import { getProvinces, getRegencies } from "idn-area-data";

export type OfficialRegionKind = "province" | "regency" | "city";

export interface OfficialRegion {
  /** Kemendagri code: "32" for a province, "32.75" for a kabupaten or kota. */
  code: string;
  /** Display name as the package spells it, e.g. "Kota Bekasi", "Jawa Barat". */
  name: string;
  kind: OfficialRegionKind;
  /** The province's code; for a province, its own. */
  provinceCode: string;
}

let cached: Promise<readonly OfficialRegion[]> | undefined;

async function readRegions(): Promise<readonly OfficialRegion[]> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  const rows: OfficialRegion[] = provinces.map((p) => ({
    code: p.code,
    name: p.name,
    kind: "province",
    provinceCode: p.code,
  }));
  for (const r of regencies) {
    rows.push({
      code: r.code,
      name: r.name,
      kind: r.name.startsWith("Kota ") ? "city" : "regency",
      provinceCode: r.province_code,
    });
  }
  return Object.freeze(rows);
}

/** All 552 official regions, provinces first. */
export function officialRegions(): Promise<readonly OfficialRegion[]> {
  cached ??= readRegions();
  return cached;
}
