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
import { buildPhraseMatcher, type PhraseHit } from "./phrase-matcher.ts";

export interface KnownOrganisation {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  /** Phrases, "|" between variants. */
  phrases: string;
}

const KNOWN: readonly KnownOrganisation[] = [
  { id: "unicef", name: "UNICEF", acronym: "UNICEF", kind: "international", phrases: "unicef" },
  {
    id: "undp",
    name: "United Nations Development Programme",
    acronym: "UNDP",
    kind: "international",
    phrases: "undp",
  },
  { id: "unesco", name: "UNESCO", acronym: "UNESCO", kind: "international", phrases: "unesco" },
  {
    id: "world-bank",
    name: "World Bank",
    acronym: null,
    kind: "international",
    phrases: "world bank|bank dunia",
  },
  {
    id: "adb",
    name: "Asian Development Bank",
    acronym: "ADB",
    kind: "international",
    phrases: "asian development bank|adb",
  },
  {
    id: "jica",
    name: "Japan International Cooperation Agency",
    acronym: "JICA",
    kind: "international",
    phrases: "jica",
  },
  {
    id: "koica",
    name: "Korea International Cooperation Agency",
    acronym: "KOICA",
    kind: "international",
    phrases: "koica",
  },
  { id: "usaid", name: "USAID", acronym: "USAID", kind: "international", phrases: "usaid" },
  { id: "giz", name: "GIZ", acronym: "GIZ", kind: "international", phrases: "giz" },
  {
    id: "uclg-aspac",
    name: "UCLG ASPAC",
    acronym: "UCLG ASPAC",
    kind: "international",
    phrases: "uclg aspac|uclg",
  },
  {
    id: "bappenas",
    name: "Kementerian PPN/Bappenas",
    acronym: "Bappenas",
    kind: "ministry",
    phrases: "kementerian ppn|kementerian bappenas ppn|kementerian bappenas|bappenas",
  },
  {
    id: "kementerian-pupr",
    name: "Kementerian Pekerjaan Umum dan Perumahan Rakyat",
    acronym: "Kementerian PUPR",
    kind: "ministry",
    phrases:
      "kementerian pupr|kemen pupr|kemenpupr|kementerian pekerjaan umum dan perumahan rakyat|kementerian pekerjaan umum",
  },
  {
    id: "kemenkes",
    name: "Kementerian Kesehatan",
    acronym: "Kemenkes",
    kind: "ministry",
    phrases: "kementerian kesehatan|kemenkes",
  },
  {
    id: "kemendagri",
    name: "Kementerian Dalam Negeri",
    acronym: "Kemendagri",
    kind: "ministry",
    phrases: "kementerian dalam negeri|kemendagri|menteri dalam negeri|mendagri",
  },
  {
    id: "kemenlu",
    name: "Kementerian Luar Negeri",
    acronym: "Kemenlu",
    kind: "ministry",
    phrases: "kementerian luar negeri|kemenlu",
  },
  {
    id: "kemenparekraf",
    name: "Kementerian Pariwisata dan Ekonomi Kreatif",
    acronym: "Kemenparekraf",
    kind: "ministry",
    phrases: "kemenparekraf|kementerian pariwisata dan ekonomi kreatif|kementerian pariwisata",
  },
  {
    id: "kominfo",
    name: "Kementerian Komunikasi dan Informatika",
    acronym: "Kominfo",
    kind: "ministry",
    phrases: "kementerian komunikasi dan informatika|kemkominfo|kemenkominfo",
  },
  {
    id: "klhk",
    name: "Kementerian Lingkungan Hidup dan Kehutanan",
    acronym: "KLHK",
    kind: "ministry",
    phrases: "klhk",
  },
  {
    id: "bnpb",
    name: "Badan Nasional Penanggulangan Bencana",
    acronym: "BNPB",
    kind: "agency",
    phrases: "bnpb",
  },
  {
    id: "bpkp",
    name: "Badan Pengawasan Keuangan dan Pembangunan",
    acronym: "BPKP",
    kind: "agency",
    phrases: "bpkp",
  },
  {
    id: "bmkg",
    name: "Badan Meteorologi, Klimatologi, dan Geofisika",
    acronym: "BMKG",
    kind: "agency",
    phrases: "bmkg",
  },
  {
    id: "akkopsi",
    name: "Aliansi Kabupaten/Kota Peduli Sanitasi",
    acronym: "AKKOPSI",
    kind: "association",
    phrases: "akkopsi|aliansi kabupaten kota peduli sanitasi",
  },
  {
    id: "forkalim",
    name: "Forum Komunikasi Pengelolaan Air Limbah Permukiman",
    acronym: "Forkalim",
    kind: "association",
    phrases:
      "forkalim|forum komunikasi pengelolaan air limbah permukiman|forum komunikasi pengelolaan air limbah pemukiman|forum komunikasi pengelolaan air limbah",
  },
  {
    id: "apeksi",
    name: "Asosiasi Pemerintah Kota Seluruh Indonesia",
    acronym: "APEKSI",
    kind: "association",
    phrases: "apeksi|asosiasi pemerintah kota seluruh indonesia",
  },
  {
    id: "apkasi",
    name: "Asosiasi Pemerintah Kabupaten Seluruh Indonesia",
    acronym: "APKASI",
    kind: "association",
    phrases: "apkasi|asosiasi pemerintah kabupaten seluruh indonesia",
  },
  {
    id: "appsi",
    name: "Asosiasi Pemerintah Provinsi Seluruh Indonesia",
    acronym: "APPSI",
    kind: "association",
    phrases: "appsi|asosiasi pemerintah provinsi seluruh indonesia",
  },
  {
    id: "adeksi",
    name: "Asosiasi DPRD Kota Seluruh Indonesia",
    acronym: "ADEKSI",
    kind: "association",
    phrases: "adeksi",
  },
  {
    id: "adkasi",
    name: "Asosiasi DPRD Kabupaten Seluruh Indonesia",
    acronym: "ADKASI",
    kind: "association",
    phrases: "adkasi",
  },
];

export const ORGANISATION_PHRASES = buildPhraseMatcher(KNOWN.map((o) => [o.phrases, o] as const));

export interface OrganisationHit {
  organisation: KnownOrganisation;
  start: number;
  end: number;
}

export function organisationHits(
  text: string,
  found: readonly PhraseHit<KnownOrganisation>[],
): OrganisationHit[] {
  const hits: OrganisationHit[] = [];
  for (const hit of found) {
    // Short acronyms count only when written in capitals or capitalised ("ADB", not "adb" in a URL).
    if (hit.end - hit.start <= 4 && !/^\p{Lu}/u.test(text.charAt(hit.start))) continue;
    hits.push({ organisation: hit.value, start: hit.start, end: hit.end });
  }
  return hits;
}
