/**
 * The words that signal events and their state: agreement nouns (MoU, nota kesepahaman, kesepakatan
 * bersama, PKS, LoI), signing verbs, sister-city words, audiensi, rapat/rakor, studi tiru/banding,
 * kunjungan kerja, and the markers of plans (berencana, akan), proposals (menawarkan), renewals
 * (kembali, perpanjangan), existing ties (mempererat), witnesses and facilitators.
 *
 * Why one matcher: the whole lexicon compiles into one word trie, run once over the article's tokens.
 */
import type { EventSubtype } from "../../schemas/facts.ts";
import { buildPhraseMatcher, type PhraseHit } from "./phrase-matcher.ts";

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
  | "facilitation"
  | "handover"
  | "fieldwork"
  | "learning"
  | "neutral";

export interface TriggerHit {
  category: TriggerCategory;
  subtype: EventSubtype | null;
  start: number;
  end: number;
}

/** Each entry: category, subtype, phrases ("|" between variants). Specific phrases first. */
const LEXICON: readonly (readonly [TriggerCategory, EventSubtype | null, string])[] = [
  [
    "sister",
    "sister_province",
    "sister province|sister provinces|provinsi kembar|provinsi bersaudara|sister state|sister states",
  ],
  ["sister", "sister_city", "sister city|sister cities|kota kembar|kota bersaudara|twin city|twin cities"],
  ["sister", "twinning", "twinning"],
  [
    "agreement",
    "mou",
    "memorandum of understanding|memorandum saling pengertian|nota kesepahaman|nota kesepakatan|mou|m o u",
  ],
  [
    "agreement",
    "kesepakatan_bersama",
    "kesepakatan bersama|kesepakatan kerja sama|kesepakatan kerjasama|kesepakatan",
  ],
  [
    "agreement",
    "pks",
    "perjanjian kerja sama|perjanjian kerjasama|pks|naskah kerja sama|naskah kerjasama|naskah kesepakatan|perjanjian",
  ],
  ["agreement", "loi", "letter of intent|loi"],
  ["agreement", "addendum", "addendum|adendum"],
  [
    "signing",
    null,
    "penandatanganan|penandatangan|penandatanganannya|penanda tanganan|penanda tangan|menandatangani|ditandatangani|ditandatanganinya|menandatanganinya|tandatangani|" +
      "tanda tangan|teken|meneken|diteken|neken|signing",
  ],
  ["agreeing", null, "sepakat|sepakati|disepakati|menyepakati|bersepakat"],
  ["audience", "kunjungan_kehormatan", "kunjungan kehormatan|courtesy call"],
  // A courtesy visit, and a visit received by the host in person (annotation guide: "diterima oleh").
  [
    "audience",
    "silaturahmi",
    "kunjungan silaturahmi|kunjungan silaturahim|silaturahmi|silaturahim|bersilaturahmi|bersilaturahim|" +
      "silaturrahmi|diterima oleh|diterima langsung oleh|disambut oleh|disambut langsung oleh|menghadap|sowan|" +
      "memenuhi panggilan|memenuhi undangan",
  ],
  [
    "audience",
    "audiensi",
    "beraudiensi|audiensi|audiensinya|audensi|menerima kunjungan|menerima kedatangan|menerima rombongan|menerima delegasi|" +
      "menerima tamu|penerimaan kunjungan|terima kunjungan|terima audiensi|terima kedatangan|kedatangan tamu|" +
      "kedatangan rombongan",
  ],
  ["study", "studi_tiru", "studi tiru|kaji tiru|kunjungan studi tiru|kunjungan kaji tiru"],
  [
    "study",
    "studi_banding",
    "studi banding|kaji banding|kunjungan studi banding|benchmarking|kunjungan belajar|study visit|study tour",
  ],
  ["study", "studi_komparasi", "studi komparasi|komparasi"],
  ["meeting", "rakor", "rapat koordinasi|rakor|rakorda|rakornas|rakorgub"],
  [
    "meeting",
    "rapat",
    "rapat kerja|raker|rapat|pertemuan|bertemu|musyawarah|lokakarya|workshop|focus group discussion|fgd",
  ],
  [
    "visit",
    "kunjungan_kerja",
    "kunjungan kerja|kunjungan kerjanya|kunker|melakukan kunjungan|kunjungan balasan|kunjungan resmi|kunjungan ke|" +
      "kunjungannya ke|berkunjung|mengunjungi|kunjungi|bertandang|lawatan|lawatannya|menyambangi|sambangi|menemui|mendatangi|datangi",
  ],
  ["cooperation", null, "kerja sama|kerjasama|kemitraan|kolaborasi|bekerja sama|bekerjasama|menjalin|jalin"],
  [
    "plan",
    null,
    "berencana|rencananya|rencana|direncanakan|akan|ke depan|kedepan|mendatang|menjajaki|jajaki|penjajakan|" +
      "wacana|mengupayakan|ingin",
  ],
  ["hope", null, "berharap|diharapkan|harapan|semoga|mudah mudahan"],
  ["proposal", null, "menawarkan|tawarkan|tawaran|mengusulkan|usulan|menawari"],
  [
    "renewal",
    null,
    "kembali melakukan|kembali menandatangani|kembali menjalin|kembali meneken|perpanjangan|memperpanjang|perpanjang|" +
      "diperpanjang|pembaruan|memperbarui",
  ],
  [
    "strengthen",
    null,
    "mempererat|memperkuat|merayakan|peringatan|tahun kerja sama|tahun kerjasama|telah terjalin|yang terjalin|" +
      "meningkatkan kerja sama|meningkatkan kerjasama",
  ],
  ["witness", null, "disaksikan|menyaksikan|saksi|diketahui oleh"],
  // Phrases that contain a trigger word without meaning it: "ruang rapat" is a meeting room.
  ["neutral", null, "ruang rapat|ruangan rapat|ruang pertemuan|balai pertemuan|ruang audiensi"],
  ["facilitation", null, "difasilitasi|memfasilitasi|fasilitasi|fasilitator|diinisiasi|diprakarsai"],
  // A hand-over between regions (of assets, villages, staff): an act of kind "other" when its object is
  // named (event-candidates.ts).
  [
    "handover",
    "other",
    "serah terima|penyerahan|menyerahkan|serahkan|diserahkan|diserahterimakan|menyerahterimakan|menerima|terima|" +
      "pelimpahan|melimpahkan|dilimpahkan",
  ],
  // A joint act in the field, as neighbours settling a boundary do: kind "other".
  [
    "fieldwork",
    "other",
    "peninjauan lapangan|peninjauan bersama|tinjauan lapangan|survei lapangan|survei bersama|verifikasi lapangan|" +
      "pelacakan batas|penelusuran batas|pemasangan pilar batas|pengukuran batas",
  ],
  // The purpose of learning: makes a visit a study visit (annotation guide), never an event by itself.
  [
    "learning",
    null,
    "belajar|mempelajari|pembelajaran|menimba ilmu|berguru|meniru|mengadopsi|replikasi|mereplikasi",
  ],
];

export const TRIGGER_PHRASES = buildPhraseMatcher(
  LEXICON.map(([category, subtype, phrases]) => [phrases, { category, subtype }] as const),
);

export function triggerHits(
  hits: readonly PhraseHit<Pick<TriggerHit, "category" | "subtype">>[],
): TriggerHit[] {
  return hits.map((hit) => ({
    category: hit.value.category,
    subtype: hit.value.subtype,
    start: hit.start,
    end: hit.end,
  }));
}
