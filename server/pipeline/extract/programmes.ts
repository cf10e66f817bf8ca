/**
 * Named programmes regions run or share: Smart City, STBM, Kang PisMan, PPSP, SSK, Sister City,
 * Twinning Program, KOTAKU ... with a canonical id and name for each, and the words the article used.
 *
 * Why a vocabulary: "program Sister City", "sister city" and "kota kembar" are one programme; planners
 * look for regions that run the same programme, so programmes are keyed by canonical id.
 */
import { buildPhraseMatcher, type PhraseHit } from "./phrase-matcher.ts";

export interface Programme {
  id: string;
  name: string;
  /** Phrases, "|" between variants. */
  phrases: string;
}

const PROGRAMMES: readonly Programme[] = [
  { id: "smart-city", name: "Smart City", phrases: "smart city|kota cerdas" },
  { id: "e-government", name: "E-Government", phrases: "e government|e gov" },
  {
    id: "spbe",
    name: "Sistem Pemerintahan Berbasis Elektronik (SPBE)",
    phrases: "sistem pemerintahan berbasis elektronik|spbe",
  },
  {
    id: "stbm",
    name: "Sanitasi Total Berbasis Masyarakat (STBM)",
    phrases: "sanitasi total berbasis masyarakat|stbm",
  },
  { id: "kang-pisman", name: "Kang PisMan", phrases: "kang pisman" },
  {
    id: "ppsp",
    name: "Percepatan Pembangunan Sanitasi Permukiman (PPSP)",
    phrases: "percepatan pembangunan sanitasi permukiman|ppsp",
  },
  {
    id: "ssk",
    name: "Strategi Sanitasi Kota (SSK)",
    phrases: "strategi sanitasi kota|strategi sanitasi kabupaten|ssk",
  },
  {
    id: "sister-province",
    name: "Sister Province",
    phrases: "sister province|sister provinces|provinsi kembar",
  },
  {
    id: "sister-city",
    name: "Sister City",
    phrases: "sister city|sister cities|kota kembar|kota bersaudara|twin city",
  },
  { id: "twinning-program", name: "Twinning Program", phrases: "twinning program|program twinning|twinning" },
  { id: "kotaku", name: "Kota Tanpa Kumuh (KOTAKU)", phrases: "kota tanpa kumuh|kotaku" },
  { id: "pamsimas", name: "PAMSIMAS", phrases: "pamsimas" },
  { id: "adipura", name: "Adipura", phrases: "adipura" },
  { id: "kota-layak-anak", name: "Kota Layak Anak", phrases: "kota layak anak|kabupaten layak anak|kla" },
  { id: "proklim", name: "Program Kampung Iklim (ProKlim)", phrases: "program kampung iklim|proklim" },
  { id: "bank-sampah", name: "Bank Sampah", phrases: "bank sampah" },
  { id: "pertukaran-pelajar", name: "Pertukaran Pelajar", phrases: "pertukaran pelajar|student exchange" },
  { id: "sanimas", name: "SANIMAS", phrases: "sanimas" },
  {
    id: "mal-pelayanan-publik",
    name: "Mal Pelayanan Publik",
    phrases: "mal pelayanan publik|mall pelayanan publik|mpp",
  },
  { id: "desa-wisata", name: "Desa Wisata", phrases: "desa wisata" },
];

export const PROGRAMME_PHRASES = buildPhraseMatcher(PROGRAMMES.map((p) => [p.phrases, p] as const));

export interface ProgrammeHit {
  id: string;
  name: string;
  /** The words the article used. */
  surface: string;
  start: number;
  end: number;
}

export function programmeHits(text: string, found: readonly PhraseHit<Programme>[]): ProgrammeHit[] {
  const hits: ProgrammeHit[] = [];
  for (const hit of found) {
    const surface = text.slice(hit.start, hit.end);
    // Acronyms in lower case are ordinary letters ("kla", "mpp" in a URL), not programmes.
    if (surface.length <= 5 && !/\p{Lu}/u.test(surface)) continue;
    hits.push({ id: hit.value.id, name: hit.value.name, surface, start: hit.start, end: hit.end });
  }
  return hits;
}
