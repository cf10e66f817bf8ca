/**
 * The official list of Indonesian regions as the graph loads it: 38 provinces and 514 kabupaten/kota with
 * their Kemendagri codes. A view of the extractor's gazetteer, so idn-area-data is read in one place only.
 */
import type { Driver } from "neo4j-driver";
import { query } from "../../db/cypher-registry.ts";
import { foldForSearch } from "../../text/fold.ts";
import { loadGazetteer } from "../extract/gazetteer.ts";
import { bumpGraphVersion } from "./graph-version.ts";

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

/**
 * Merges the 552 official regions and their IN_PROVINCE links, and Indonesia as a country, in one write
 * transaction that moves the graph's version on like every other write; cheap to repeat (MERGE on the key).
 * Returns the number of official regions.
 */
export async function ensureOfficialRegions(driver: Driver, database: string | undefined): Promise<number> {
  const rows = (await officialRegions()).map((region) => ({
    ...region,
    searchText: foldForSearch(region.name),
  }));
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const result = await tx.run(query("write/merge-regions"), { rows });
      // Indonesia itself: national officials (Menteri, Dirjen) serve the country, code "ID".
      await tx.run(query("write/merge-foreign-regions"), {
        rows: [
          {
            code: "ID",
            name: "Indonesia",
            kind: "country",
            searchText: "indonesia",
            countryCode: null,
            countryName: null,
            countrySearchText: null,
          },
        ],
      });
      await bumpGraphVersion(tx);
      return Number(result.records[0]?.get("regions") ?? 0);
    });
  } finally {
    await session.close();
  }
}
