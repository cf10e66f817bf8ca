/**
 * Organisations that take part in events without being regions: ministries (Kementerian PUPR, Bappenas,
 * Kemendagri), agencies, associations of regions (AKKOPSI, APEKSI, APKASI, Forkalim) and international
 * bodies (Unicef, JICA, World Bank), with the role the sentence gives them: witness ("disaksikan"),
 * facilitator ("difasilitasi", "melalui"), or party.
 *
 * Why: witnesses and facilitators are often the links between regions (an association introduces two
 * members), but they must not be counted as parties.
 */
import type { OrganisationKind } from "../../schemas/facts.ts";

export interface KnownOrganisation {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  pattern: string;
}

const KNOWN: readonly KnownOrganisation[] = [
  { id: "unicef", name: "UNICEF", acronym: "UNICEF", kind: "international", pattern: "unicef" },
  {
    id: "undp",
    name: "United Nations Development Programme",
    acronym: "UNDP",
    kind: "international",
    pattern: "undp",
  },
  { id: "unesco", name: "UNESCO", acronym: "UNESCO", kind: "international", pattern: "unesco" },
  {
    id: "world-bank",
    name: "World Bank",
    acronym: null,
    kind: "international",
    pattern: "world bank|bank dunia",
  },
  {
    id: "adb",
    name: "Asian Development Bank",
    acronym: "ADB",
    kind: "international",
    pattern: "asian development bank|adb",
  },
  {
    id: "jica",
    name: "Japan International Cooperation Agency",
    acronym: "JICA",
    kind: "international",
    pattern: "jica",
  },
  {
    id: "koica",
    name: "Korea International Cooperation Agency",
    acronym: "KOICA",
    kind: "international",
    pattern: "koica",
  },
  { id: "usaid", name: "USAID", acronym: "USAID", kind: "international", pattern: "usaid" },
  { id: "giz", name: "GIZ", acronym: "GIZ", kind: "international", pattern: "giz" },
  {
    id: "uclg-aspac",
    name: "UCLG ASPAC",
    acronym: "UCLG ASPAC",
    kind: "international",
    pattern: "uclg aspac|uclg",
  },
  {
    id: "bappenas",
    name: "Kementerian PPN/Bappenas",
    acronym: "Bappenas",
    kind: "ministry",
    pattern: "kementerian ppn|kementerian bappenas(?:/ppn)?|bappenas",
  },
  {
    id: "kementerian-pupr",
    name: "Kementerian Pekerjaan Umum dan Perumahan Rakyat",
    acronym: "Kementerian PUPR",
    kind: "ministry",
    pattern: "kementerian pupr|kemen ?pupr|kementerian pekerjaan umum(?: dan perumahan rakyat)?",
  },
  {
    id: "kemenkes",
    name: "Kementerian Kesehatan",
    acronym: "Kemenkes",
    kind: "ministry",
    pattern: "kementerian kesehatan|kemenkes",
  },
  {
    id: "kemendagri",
    name: "Kementerian Dalam Negeri",
    acronym: "Kemendagri",
    kind: "ministry",
    pattern: "kementerian dalam negeri|kemendagri|menteri dalam negeri|mendagri",
  },
  {
    id: "kemenlu",
    name: "Kementerian Luar Negeri",
    acronym: "Kemenlu",
    kind: "ministry",
    pattern: "kementerian luar negeri|kemenlu",
  },
  {
    id: "kemenparekraf",
    name: "Kementerian Pariwisata dan Ekonomi Kreatif",
    acronym: "Kemenparekraf",
    kind: "ministry",
    pattern: "kemenparekraf|kementerian pariwisata(?: dan ekonomi kreatif)?",
  },
  {
    id: "kominfo",
    name: "Kementerian Komunikasi dan Informatika",
    acronym: "Kominfo",
    kind: "ministry",
    pattern: "kementerian komunikasi dan informatika|kemkominfo|kemenkominfo",
  },
  {
    id: "klhk",
    name: "Kementerian Lingkungan Hidup dan Kehutanan",
    acronym: "KLHK",
    kind: "ministry",
    pattern: "klhk",
  },
  {
    id: "bnpb",
    name: "Badan Nasional Penanggulangan Bencana",
    acronym: "BNPB",
    kind: "agency",
    pattern: "bnpb",
  },
  {
    id: "bpkp",
    name: "Badan Pengawasan Keuangan dan Pembangunan",
    acronym: "BPKP",
    kind: "agency",
    pattern: "bpkp",
  },
  {
    id: "bmkg",
    name: "Badan Meteorologi, Klimatologi, dan Geofisika",
    acronym: "BMKG",
    kind: "agency",
    pattern: "bmkg",
  },
  {
    id: "akkopsi",
    name: "Aliansi Kabupaten/Kota Peduli Sanitasi",
    acronym: "AKKOPSI",
    kind: "association",
    pattern: "akkopsi|aliansi kabupaten/kota peduli sanitasi",
  },
  {
    id: "forkalim",
    name: "Forum Komunikasi Pengelolaan Air Limbah Permukiman",
    acronym: "Forkalim",
    kind: "association",
    pattern: "forkalim|forum komunikasi pengelolaan air limbah(?: permukiman| pemukiman)?",
  },
  {
    id: "apeksi",
    name: "Asosiasi Pemerintah Kota Seluruh Indonesia",
    acronym: "APEKSI",
    kind: "association",
    pattern: "apeksi|asosiasi pemerintah kota seluruh indonesia",
  },
  {
    id: "apkasi",
    name: "Asosiasi Pemerintah Kabupaten Seluruh Indonesia",
    acronym: "APKASI",
    kind: "association",
    pattern: "apkasi|asosiasi pemerintah kabupaten seluruh indonesia",
  },
  {
    id: "appsi",
    name: "Asosiasi Pemerintah Provinsi Seluruh Indonesia",
    acronym: "APPSI",
    kind: "association",
    pattern: "appsi|asosiasi pemerintah provinsi seluruh indonesia",
  },
  {
    id: "adeksi",
    name: "Asosiasi DPRD Kota Seluruh Indonesia",
    acronym: "ADEKSI",
    kind: "association",
    pattern: "adeksi",
  },
  {
    id: "adkasi",
    name: "Asosiasi DPRD Kabupaten Seluruh Indonesia",
    acronym: "ADKASI",
    kind: "association",
    pattern: "adkasi",
  },
];

const GROUPS = KNOWN.map((o, i) => `(?<o${i}>${o.pattern})`);
const ORGANISATION_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${GROUPS.join("|")})(?![\\p{L}\\p{N}])`, "gu");

export interface OrganisationHit {
  organisation: KnownOrganisation;
  start: number;
  end: number;
}

export function findOrganisations(text: string, folded: string): OrganisationHit[] {
  const hits: OrganisationHit[] = [];
  ORGANISATION_PATTERN.lastIndex = 0;
  for (let m = ORGANISATION_PATTERN.exec(folded); m !== null; m = ORGANISATION_PATTERN.exec(folded)) {
    const groups = m.groups ?? {};
    const organisation = KNOWN[KNOWN.findIndex((_, i) => groups[`o${i}`] !== undefined)];
    if (!organisation) continue;
    // Short acronyms count only when written in capitals or capitalised ("ADB", not "adb" in a URL).
    if (m[0].length <= 4 && !/^\p{Lu}/u.test(text.charAt(m.index))) continue;
    hits.push({ organisation, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
