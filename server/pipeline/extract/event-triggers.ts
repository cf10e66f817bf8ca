/**
 * The words that signal events and their state: agreement nouns (MoU, nota kesepahaman, kesepakatan
 * bersama, PKS, LoI), signing verbs, sister-city words, audiensi, rapat/rakor, studi tiru/banding,
 * kunjungan kerja, and the markers of plans (berencana, akan), proposals (menawarkan), renewals
 * (kembali, perpanjangan), existing ties (mempererat), witnesses and facilitators.
 *
 * Why one pattern: the whole lexicon compiles into a single regular expression with one named group per
 * category, run once over the folded article text.
 */
import type { EventSubtype } from "../../schemas/facts.ts";

export type TriggerCategory =
  | "agreement"
  | "signing"
  | "agreeing"
  | "sister"
  | "cooperation"
  | "audience"
  | "meeting"
  | "study"
  | "visit"
  | "plan"
  | "hope"
  | "proposal"
  | "renewal"
  | "strengthen"
  | "witness"
  | "facilitation";

export interface TriggerHit {
  category: TriggerCategory;
  subtype: EventSubtype | null;
  start: number;
  end: number;
}

interface LexiconEntry {
  category: TriggerCategory;
  subtype: EventSubtype | null;
  pattern: string;
}

const KS = "kerja ?sama";

/** Longer phrases first within an alternation, so "kesepakatan bersama" wins over "kesepakatan". */
const LEXICON: readonly LexiconEntry[] = [
  {
    category: "sister",
    subtype: "sister_province",
    pattern: "sister[ -]provinces?|provinsi (?:kembar|bersaudara)|sister[ -]states?",
  },
  {
    category: "sister",
    subtype: "sister_city",
    pattern: "sister[ -]cit(?:y|ies)|kota (?:kembar|bersaudara)|twin[ -]cit(?:y|ies)",
  },
  { category: "sister", subtype: "twinning", pattern: "twinning" },
  {
    category: "agreement",
    subtype: "mou",
    pattern:
      "memorandum of understanding|memorandum saling pengertian|nota kesepahaman|nota kesepakatan|m\\.?o\\.?u",
  },
  {
    category: "agreement",
    subtype: "kesepakatan_bersama",
    pattern: `kesepakatan bersama|kesepakatan ${KS}|kesepakatan`,
  },
  {
    category: "agreement",
    subtype: "pks",
    pattern: `perjanjian ${KS}|perjanjian kerjasama|pks|naskah ${KS}|perjanjian`,
  },
  { category: "agreement", subtype: "loi", pattern: "letter of intent|loi" },
  { category: "agreement", subtype: "addendum", pattern: "addendum|adendum" },
  {
    category: "signing",
    subtype: null,
    pattern:
      "penandatanganan|menandatangani|ditandatangani(?:nya)?|menandatanganinya|tandatangani|tanda tangan|teken|meneken|diteken|neken|signing",
  },
  { category: "agreeing", subtype: null, pattern: "sepakat|menyepakati|bersepakat" },
  { category: "audience", subtype: "kunjungan_kehormatan", pattern: "kunjungan kehormatan|courtesy call" },
  {
    category: "audience",
    subtype: "audiensi",
    pattern:
      "beraudiensi|audiensi|audensi|menerima (?:kunjungan|kedatangan|rombongan|delegasi|tamu)|penerimaan kunjungan",
  },
  { category: "study", subtype: "studi_tiru", pattern: "studi tiru" },
  {
    category: "study",
    subtype: "studi_banding",
    pattern: "studi banding|benchmarking|kunjungan belajar|study visit|study tour",
  },
  { category: "study", subtype: "studi_komparasi", pattern: "studi komparasi|komparasi" },
  { category: "meeting", subtype: "rakor", pattern: "rapat koordinasi|rakor(?:da|nas|gub)?" },
  {
    category: "meeting",
    subtype: "rapat",
    pattern:
      "rapat kerja|raker|rapat|pertemuan|bertemu|musyawarah|lokakarya|workshop|focus group discussion|fgd",
  },
  {
    category: "visit",
    subtype: "kunjungan_kerja",
    pattern:
      "kunjungan kerja|kunker|melakukan kunjungan|kunjungan balasan|kunjungan resmi|kunjungan ke|berkunjung|mengunjungi|bertandang|lawatan|menyambangi|menemui",
  },
  { category: "visit", subtype: "silaturahmi", pattern: "ber?silaturah(?:mi|im)|silaturah(?:mi|im)" },
  {
    category: "cooperation",
    subtype: null,
    pattern: `${KS}|kerjasama|kemitraan|kolaborasi|bekerja ?sama|menjalin|jalin`,
  },
  {
    category: "plan",
    subtype: null,
    pattern:
      "berencana|rencananya|rencana|direncanakan|akan|ke depan|kedepan|mendatang|menjajaki|jajaki|penjajakan|wacana|mengupayakan|ingin",
  },
  { category: "hope", subtype: null, pattern: "berharap|diharapkan|harapan|semoga|mudah-mudahan" },
  { category: "proposal", subtype: null, pattern: "menawarkan|tawarkan|tawaran|mengusulkan|usulan|menawari" },
  {
    category: "renewal",
    subtype: null,
    pattern:
      "kembali (?:melakukan|menandatangani|menjalin|meneken)|perpanjangan|memperpanjang|diperpanjang|pembaruan|memperbarui",
  },
  {
    category: "strengthen",
    subtype: null,
    pattern: `mempererat|memperkuat|merayakan|peringatan|tahun ${KS}|telah terjalin|yang terjalin|meningkatkan ${KS}`,
  },
  { category: "witness", subtype: null, pattern: "disaksikan|menyaksikan|saksi" },
  {
    category: "facilitation",
    subtype: null,
    pattern: "difasilitasi|memfasilitasi|fasilitasi|fasilitator|diinisiasi|diprakarsai",
  },
];

const GROUPS = LEXICON.map((entry, i) => `(?<g${i}>${entry.pattern})`);
const TRIGGER_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${GROUPS.join("|")})(?![\\p{L}\\p{N}])`, "gu");

/** All trigger words in the folded text, in order, each with its category. */
export function findTriggers(folded: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  TRIGGER_PATTERN.lastIndex = 0;
  for (let m = TRIGGER_PATTERN.exec(folded); m !== null; m = TRIGGER_PATTERN.exec(folded)) {
    const groups = m.groups ?? {};
    const index = LEXICON.findIndex((_, i) => groups[`g${i}`] !== undefined);
    const entry = LEXICON[index];
    if (entry)
      hits.push({
        category: entry.category,
        subtype: entry.subtype,
        start: m.index,
        end: m.index + m[0].length,
      });
  }
  return hits;
}
