/**
 * Named programmes regions run or share: Smart City, STBM, Kang PisMan, PPSP, SSK, Sister City,
 * Twinning Program, KOTAKU ... with a canonical id and name for each, and the words the article used.
 *
 * Why a vocabulary: "program Sister City", "sister city" and "kota kembar" are one programme; planners
 * look for regions that run the same programme, so programmes are keyed by canonical id.
 */
import type { ProgramRef } from "../../schemas/facts.ts";

interface Programme {
  id: string;
  name: string;
  pattern: string;
}

const PROGRAMMES: readonly Programme[] = [
  { id: "smart-city", name: "Smart City", pattern: "smart city|kota cerdas" },
  { id: "e-government", name: "E-Government", pattern: "e-government|e-gov|e government" },
  {
    id: "spbe",
    name: "Sistem Pemerintahan Berbasis Elektronik (SPBE)",
    pattern: "sistem pemerintahan berbasis elektronik|spbe",
  },
  {
    id: "stbm",
    name: "Sanitasi Total Berbasis Masyarakat (STBM)",
    pattern: "sanitasi total berbasis masyarakat|stbm",
  },
  { id: "kang-pisman", name: "Kang PisMan", pattern: "kang pisman" },
  {
    id: "ppsp",
    name: "Percepatan Pembangunan Sanitasi Permukiman (PPSP)",
    pattern: "percepatan pembangunan sanitasi permukiman|ppsp",
  },
  {
    id: "ssk",
    name: "Strategi Sanitasi Kota (SSK)",
    pattern: "strategi sanitasi kota|strategi sanitasi kabupaten|ssk",
  },
  { id: "sister-province", name: "Sister Province", pattern: "sister[ -]provinces?|provinsi kembar" },
  {
    id: "sister-city",
    name: "Sister City",
    pattern: "sister[ -]cit(?:y|ies)|kota kembar|kota bersaudara|twin city",
  },
  { id: "twinning-program", name: "Twinning Program", pattern: "twinning program|program twinning|twinning" },
  { id: "kotaku", name: "Kota Tanpa Kumuh (KOTAKU)", pattern: "kota tanpa kumuh|kotaku" },
  { id: "pamsimas", name: "PAMSIMAS", pattern: "pamsimas" },
  { id: "adipura", name: "Adipura", pattern: "adipura" },
  { id: "kota-layak-anak", name: "Kota Layak Anak", pattern: "kota layak anak|kabupaten layak anak|kla" },
  { id: "proklim", name: "Program Kampung Iklim (ProKlim)", pattern: "program kampung iklim|proklim" },
  { id: "bank-sampah", name: "Bank Sampah", pattern: "bank sampah" },
  { id: "pertukaran-pelajar", name: "Pertukaran Pelajar", pattern: "pertukaran pelajar|student exchange" },
  { id: "sanimas", name: "SANIMAS", pattern: "sanimas" },
  {
    id: "mal-pelayanan-publik",
    name: "Mal Pelayanan Publik",
    pattern: "mal pelayanan publik|mall pelayanan publik|mpp",
  },
  { id: "desa-wisata", name: "Desa Wisata", pattern: "desa wisata" },
];

const GROUPS = PROGRAMMES.map((p, i) => `(?<p${i}>${p.pattern})`);
const PROGRAMME_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${GROUPS.join("|")})(?![\\p{L}\\p{N}])`, "gu");

export interface ProgrammeHit {
  ref: ProgramRef;
  start: number;
  end: number;
}

export function findProgrammes(text: string, folded: string): ProgrammeHit[] {
  const hits: ProgrammeHit[] = [];
  PROGRAMME_PATTERN.lastIndex = 0;
  for (let m = PROGRAMME_PATTERN.exec(folded); m !== null; m = PROGRAMME_PATTERN.exec(folded)) {
    const groups = m.groups ?? {};
    const index = PROGRAMMES.findIndex((_, i) => groups[`p${i}`] !== undefined);
    const programme = PROGRAMMES[index];
    if (!programme) continue;
    // Acronyms in lower case are ordinary letters ("kla", "mpp" in a URL), not programmes.
    const surface = text.slice(m.index, m.index + m[0].length);
    if (m[0].length <= 5 && !/\p{Lu}/u.test(surface)) continue;
    hits.push({
      ref: { id: programme.id, name: programme.name, surface },
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return hits;
}
