/**
 * The gazetteer of Indonesian regions: the 38 provinces and 514 kabupaten/kota with their Kemendagri
 * codes, read from the npm package idn-area-data.
 *
 * Why: region codes are the keys of the graph, so they must be the official ones, never a hand-typed
 * list. The package parses its CSV asynchronously; `loadGazetteer()` does that once and everything
 * built on the result is synchronous.
 */
import { getProvinces, getRegencies } from "idn-area-data";

export type RegionLevel = "province" | "regency" | "city";

export interface GazetteerRegion {
  /** Kemendagri code: "32" for a province, "32.75" for a kabupaten or kota. */
  code: string;
  /** The official name as the package spells it ("Kabupaten Sumbawa Barat", "Kota Bekasi"). */
  officialName: string;
  /** The name without "Kabupaten"/"Kota"/"Administrasi" ("Sumbawa Barat"). */
  coreName: string;
  level: RegionLevel;
  provinceCode: string;
}

export interface Gazetteer {
  regions: readonly GazetteerRegion[];
  byCode: ReadonlyMap<string, GazetteerRegion>;
  byOfficialName: ReadonlyMap<string, GazetteerRegion>;
}

export interface ProvinceRow {
  code: string;
  name: string;
}

export interface RegencyRow {
  code: string;
  name: string;
  province_code: string;
}

const REGENCY_PREFIX = /^(?:Kabupaten|Kota)(?: Administrasi)? /;

/** Builds the gazetteer from the package's rows (separated from loading so tests can pass rows). */
export function buildGazetteer(
  provinces: readonly ProvinceRow[],
  regencies: readonly RegencyRow[],
): Gazetteer {
  const regions: GazetteerRegion[] = [];
  for (const p of provinces) {
    regions.push({
      code: p.code,
      officialName: p.name,
      coreName: p.name,
      level: "province",
      provinceCode: p.code,
    });
  }
  for (const r of regencies) {
    regions.push({
      code: r.code,
      officialName: r.name,
      coreName: r.name.replace(REGENCY_PREFIX, ""),
      level: r.name.startsWith("Kota ") ? "city" : "regency",
      provinceCode: r.province_code,
    });
  }
  return {
    regions,
    byCode: new Map(regions.map((r) => [r.code, r])),
    byOfficialName: new Map(regions.map((r) => [r.officialName.toLowerCase(), r])),
  };
}

let loaded: Promise<Gazetteer> | undefined;

/** Reads idn-area-data once per process. */
export function loadGazetteer(): Promise<Gazetteer> {
  loaded ??= Promise.all([getProvinces(), getRegencies()]).then(([provinces, regencies]) =>
    buildGazetteer(provinces, regencies),
  );
  return loaded;
}
