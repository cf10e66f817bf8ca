/**
 * The controlled vocabulary of sectors (bidang) and the words that map to each: "bidang Kesehatan" ->
 * kesehatan, "Perumahan dan Permukiman" -> perumahan dan permukiman, "tramtibum" -> ketenteraman dan
 * ketertiban, "air limbah" -> sanitasi.
 *
 * Why a vocabulary: articles name the same bidang in many ways, and planners filter and compare regions
 * by sector, so every event's sectors are ids from one closed list (SectorIdSchema). Sector words count
 * only in sentences about the scope of the cooperation (bidang, meliputi, kerja sama, fokus ...) or in the
 * event's own sentence, so a passing word elsewhere does not become a sector.
 */
import type { SectorId } from "../../schemas/facts.ts";
import { buildPhraseMatcher, type PhraseHit } from "./phrase-matcher.ts";

const SECTOR_WORDS: readonly (readonly [string, SectorId])[] = [
  ["ekonomi kreatif|ekraf", "ekonomi kreatif"],
  ["kesehatan|puskesmas|rumah sakit|stunting|gizi", "kesehatan"],
  ["pendidikan|pelatihan|sekolah|pertukaran pelajar|beasiswa|diklat", "pendidikan"],
  ["kebudayaan|budaya|kesenian", "kebudayaan"],
  ["pariwisata|wisata", "pariwisata"],
  ["ekonomi|perekonomian", "ekonomi"],
  ["perdagangan|dagang|pemasaran produk", "perdagangan"],
  ["industri|perindustrian", "industri"],
  ["investasi|penanaman modal", "investasi"],
  ["umkm|ukm|usaha mikro|koperasi", "umkm"],
  ["ketahanan pangan", "ketahanan pangan"],
  ["pertanian|petani|hortikultura", "pertanian"],
  ["perikanan|kelautan", "perikanan dan kelautan"],
  ["peternakan", "peternakan"],
  ["kehutanan|perkebunan", "kehutanan dan perkebunan"],
  ["lingkungan hidup", "lingkungan hidup"],
  ["sanitasi|air limbah|limbah domestik|tinja|stbm|jamban|ppsp", "sanitasi"],
  ["persampahan|sampah|bank sampah|tpst|tpa", "persampahan"],
  ["air minum|air bersih|pdam|spam", "air minum"],
  ["kebersihan", "kebersihan"],
  ["perumahan|permukiman|pemukiman|kawasan kumuh|disperkimtan|pkp", "perumahan dan permukiman"],
  ["infrastruktur|jembatan|fly over|flyover", "infrastruktur"],
  ["pekerjaan umum|pupr|penataan ruang|tata ruang", "pekerjaan umum dan penataan ruang"],
  ["perhubungan|transportasi|angkutan|parkir", "perhubungan"],
  ["energi|kelistrikan", "energi"],
  ["smart city|kota cerdas", "smart city"],
  ["e government|teknologi informasi|spbe|digitalisasi|pengelolaan it|informatika", "teknologi informasi"],
  ["ilmu pengetahuan|iptek|teknologi", "ilmu pengetahuan dan teknologi"],
  ["sumber daya manusia|sdm|peningkatan kapasitas", "sumber daya manusia"],
  ["pemerintahan|tata kelola|birokrasi", "pemerintahan"],
  ["pelayanan publik|layanan publik|pelayanan umum|pelayanan kepada masyarakat", "pelayanan publik"],
  ["perencanaan daerah|perencanaan pembangunan", "perencanaan pembangunan"],
  ["kemasyarakatan", "kemasyarakatan"],
  ["sosial|kesejahteraan", "sosial"],
  ["kependudukan|catatan sipil|dukcapil", "kependudukan dan catatan sipil"],
  ["olahraga|kepemudaan|pemuda", "kepemudaan dan olahraga"],
  ["bencana|kebencanaan|mitigasi", "penanggulangan bencana"],
  ["ketertiban umum|ketentraman|ketenteraman|tramtibum|trantibum", "ketenteraman dan ketertiban"],
  ["batas daerah|batas wilayah|tata batas|penegasan batas", "batas daerah"],
  ["perkotaan|pengembangan kota", "perkotaan"],
];

export const SECTOR_PHRASES = buildPhraseMatcher(SECTOR_WORDS);

/** Sentences that talk about what the cooperation covers. */
export const SCOPE_CUE =
  /\b(?:bidang|sektor|meliputi|ruang lingkup|lingkup|fokus|difokuskan|terkait|kerja ?sama|kerjasama|kemitraan|program|bertujuan|tujuan|dibahas|membahas|isu)\b/;

export interface SectorHit {
  sector: SectorId;
  start: number;
  end: number;
}

/** A street's name ends here: "Jl Pemuda", "Jalan Pendidikan" name an address, not a field of work. */
const STREET_BEFORE = /(?<![\p{L}])(?:jl|jln|jalan)\.?\s{1,2}$/iu;

export function sectorHits(text: string, hits: readonly PhraseHit<SectorId>[]): SectorHit[] {
  return hits
    .filter((hit) => !STREET_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start)))
    .map((hit) => ({ sector: hit.value, start: hit.start, end: hit.end }));
}
