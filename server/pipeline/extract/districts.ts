/**
 * The kecamatan (districts) of Indonesia, read from idn-area-data, for one job: a Camat is named with the
 * district they head ("Camat Kakas Barat Jeane Sumendap") and serves the kabupaten/kota it lies in.
 *
 * Why: without the district names, "Kakas Veky Vebri Rombot" cannot be split into a place and a name, and
 * the Camat's region (the regency, 71.02) is only known from the district's code (71.02.20). Districts are
 * never regions of the graph: parties and mentions stay kabupaten/kota and provinces.
 */
import { getDistricts } from "idn-area-data";
import { compactKey } from "./region-matcher.ts";
import type { Token } from "./text.ts";

export interface DistrictRow {
  code: string;
  regency_code: string;
  name: string;
}

export interface DistrictMatch {
  /** Codes of the kabupaten/kota that have a district of this name (several share "Karanganyar"). */
  regencyCodes: readonly string[];
  /** Exclusive token index after the district's name. */
  tokenEnd: number;
}

export interface DistrictIndex {
  /** Compact name (folded, spaces removed) -> regency codes. */
  readonly byKey: ReadonlyMap<string, readonly string[]>;
  readonly maxTokens: number;
}

export const NO_DISTRICTS: DistrictIndex = { byKey: new Map(), maxTokens: 0 };

export function buildDistrictIndex(rows: readonly DistrictRow[]): DistrictIndex {
  const byKey = new Map<string, string[]>();
  let maxTokens = 0;
  for (const row of rows) {
    const { key, tokens } = compactKey(row.name);
    if (key.length < 3) continue;
    const codes = byKey.get(key) ?? [];
    if (!codes.includes(row.regency_code)) codes.push(row.regency_code);
    byKey.set(key, codes);
    maxTokens = Math.max(maxTokens, tokens);
  }
  return { byKey, maxTokens };
}

let loaded: Promise<DistrictIndex> | undefined;

/** Reads idn-area-data's districts once per process. */
export function loadDistricts(): Promise<DistrictIndex> {
  loaded ??= getDistricts().then((rows) => buildDistrictIndex(rows));
  return loaded;
}

/**
 * The longest district name starting at token `i`, written capitalised and joined by single spaces
 * ("Kakas Barat" before "Kakas"), or null.
 */
export function districtAt(
  index: DistrictIndex,
  text: string,
  tokens: readonly Token[],
  i: number,
): DistrictMatch | null {
  let key = "";
  let best: DistrictMatch | null = null;
  for (let k = i; k < tokens.length && k < i + index.maxTokens; k++) {
    const token = tokens[k] as Token;
    if (!token.capitalised) break;
    if (k > i && !/^[ -]$/.test(text.slice((tokens[k - 1] as Token).end, token.start))) break;
    key += token.text;
    const codes = index.byKey.get(key);
    if (codes) best = { regencyCodes: codes, tokenEnd: k + 1 };
  }
  return best;
}
