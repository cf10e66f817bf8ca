/**
 * The official list of Indonesian regions as the graph loads it: 38 provinces and 514 kabupaten/kota with
 * their Kemendagri codes. A view of the extractor's gazetteer, so idn-area-data is read in one place only.
 */
import { loadGazetteer } from "../pipeline/extract/gazetteer.ts";

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

/** All 552 official regions, provinces first. */
export async function officialRegions(): Promise<readonly OfficialRegion[]> {
  const gazetteer = await loadGazetteer();
  return gazetteer.regions.map((region) => ({
    code: region.code,
    name: region.officialName,
    kind: region.level,
    provinceCode: region.provinceCode,
  }));
}
