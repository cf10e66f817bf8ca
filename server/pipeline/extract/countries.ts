/**
 * Country names in Indonesian and English with their ISO 3166-1 alpha-2 codes, from the npm package
 * i18n-iso-countries, plus a short reviewed list of the names Indonesian news uses that the package
 * does not carry (Tiongkok, Korsel, Inggris, Amerika).
 *
 * Why: foreign partners of sister-city ties are keyed by ISO code ("JP", "JP/Kitakyushu"), and a
 * maintained package knows far more names than a typed list would.
 */
import countries from "i18n-iso-countries";
import enLocale from "i18n-iso-countries/langs/en.json" with { type: "json" };
import idLocale from "i18n-iso-countries/langs/id.json" with { type: "json" };

export interface CountryName {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
}

/** Indonesian usages missing from the package, and short forms common in news. */
const EXTRA_COUNTRY_NAMES: Record<string, readonly string[]> = {
  CN: [
    "Tiongkok",
    "Cina",
    "Republik Rakyat Tiongkok",
    "Republik Rakyat Cina",
    "Republik Rakyat China",
    "RRT",
    "RRC",
  ],
  KR: ["Korea", "Korsel", "Republik Korea"],
  US: ["Amerika", "USA"],
  GB: ["Inggris", "UK"],
  FR: ["Prancis"],
  SE: ["Swedia"],
  MA: ["Maroko"],
  CZ: ["Ceko"],
  VN: ["Vietnam"],
  BN: ["Brunei"],
  TL: ["Timor Leste"],
  NL: ["Holland"],
  AE: ["UEA", "Emirat Arab"],
  BY: ["Belarus"],
  PH: ["Filipina"],
};

/**
 * Country names that are also ordinary words or personal names in Indonesian text ("Chad", "Jersey",
 * "Georgia", "Jordan"): left out rather than risk reading a person as a partner country.
 */
const AMBIGUOUS_COUNTRY_NAMES = new Set([
  "chad",
  "jersey",
  "georgia",
  "mali",
  "niger",
  "guinea",
  "togo",
  "dominika",
]);

/** Indonesia itself is never a foreign partner. */
export const HOME_COUNTRY = "ID";

export function countryNames(): CountryName[] {
  countries.registerLocale(idLocale);
  countries.registerLocale(enLocale);
  const names: CountryName[] = [];
  for (const lang of ["id", "en"]) {
    const all = countries.getNames(lang, { select: "all" });
    for (const [code, list] of Object.entries(all)) {
      for (const name of list) {
        if (!AMBIGUOUS_COUNTRY_NAMES.has(name.toLowerCase())) names.push({ code, name });
      }
    }
  }
  for (const [code, list] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    for (const name of list) names.push({ code, name });
  }
  return names;
}
