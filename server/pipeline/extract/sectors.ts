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

const SECTOR_WORDS: readonly (readonly [SectorId, string])[] = [
  ["ekonomi kreatif", "ekonomi kreatif|ekraf"],
  ["kesehatan", "kesehatan|puskesmas|rumah sakit|stunting|gizi"],
  ["pendidikan", "pendidikan|pelatihan|sekolah|pertukaran pelajar|beasiswa|diklat"],
  ["kebudayaan", "kebudayaan|budaya|kesenian"],
  ["pariwisata", "pariwisata|wisata"],
  ["ekonomi", "ekonomi|perekonomian"],
  ["perdagangan", "perdagangan|dagang|pemasaran produk"],
  ["industri", "industri|perindustrian"],
  ["investasi", "investasi|penanaman modal"],
  ["umkm", "umkm|ukm|usaha mikro|koperasi"],
  ["ketahanan pangan", "ketahanan pangan"],
  ["pertanian", "pertanian|petani|hortikultura"],
  ["perikanan dan kelautan", "perikanan|kelautan"],
  ["peternakan", "peternakan"],
  ["kehutanan dan perkebunan", "kehutanan|perkebunan"],
  ["lingkungan hidup", "lingkungan hidup"],
  ["sanitasi", "sanitasi|air limbah|limbah domestik|tinja|stbm|jamban|ppsp"],
  ["persampahan", "persampahan|sampah|bank sampah|tpst|tpa"],
  ["air minum", "air minum|air bersih|pdam|spam"],
  ["kebersihan", "kebersihan"],
  ["perumahan dan permukiman", "perumahan|permukiman|pemukiman|kawasan kumuh|disperkimtan|pkp"],
  ["infrastruktur", "infrastruktur|jembatan|fly ?over"],
  ["pekerjaan umum dan penataan ruang", "pekerjaan umum|pupr|penataan ruang|tata ruang"],
  ["perhubungan", "perhubungan|transportasi|angkutan|parkir"],
  ["energi", "energi|kelistrikan"],
  ["smart city", "smart city|kota cerdas"],
  ["teknologi informasi", "e-government|teknologi informasi|spbe|digitalisasi|pengelolaan it|informatika"],
  ["ilmu pengetahuan dan teknologi", "ilmu pengetahuan|iptek|teknologi"],
  ["sumber daya manusia", "sumber daya manusia|sdm|peningkatan kapasitas"],
  ["pemerintahan", "pemerintahan|tata kelola|birokrasi"],
  ["pelayanan publik", "pelayanan publik|layanan publik|pelayanan umum|pelayanan kepada masyarakat"],
  ["perencanaan pembangunan", "perencanaan daerah|perencanaan pembangunan"],
  ["kemasyarakatan", "kemasyarakatan"],
  ["sosial", "sosial|kesejahteraan"],
  ["kependudukan dan catatan sipil", "kependudukan|catatan sipil|dukcapil"],
  ["kepemudaan dan olahraga", "olahraga|kepemudaan|pemuda"],
  ["penanggulangan bencana", "bencana|kebencanaan|mitigasi"],
  ["ketenteraman dan ketertiban", "ketertiban umum|ketentraman|ketenteraman|tramtibum|trantibum"],
  ["batas daerah", "batas daerah|batas wilayah|tata batas|penegasan batas"],
  ["perkotaan", "perkotaan|pengembangan kota"],
];

const GROUPS = SECTOR_WORDS.map(([, words], i) => `(?<s${i}>${words})`);
const SECTOR_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${GROUPS.join("|")})(?![\\p{L}\\p{N}])`, "gu");

/** Sentences that talk about what the cooperation covers. */
export const SCOPE_CUE =
  /(?<![\p{L}])(?:bidang|sektor|meliputi|ruang lingkup|lingkup|fokus|difokuskan|terkait|kerja ?sama|kerjasama|kemitraan|program|bertujuan|tujuan|dibahas|membahas|isu)(?![\p{L}])/u;

export interface SectorHit {
  sector: SectorId;
  start: number;
  end: number;
}

export function findSectorWords(folded: string): SectorHit[] {
  const hits: SectorHit[] = [];
  SECTOR_PATTERN.lastIndex = 0;
  for (let m = SECTOR_PATTERN.exec(folded); m !== null; m = SECTOR_PATTERN.exec(folded)) {
    const groups = m.groups ?? {};
    const index = SECTOR_WORDS.findIndex((_, i) => groups[`s${i}`] !== undefined);
    const entry = SECTOR_WORDS[index];
    if (entry) hits.push({ sector: entry[0], start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
