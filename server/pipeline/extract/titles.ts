/**
 * Titles of regional officials as Indonesian news writes them: heads of region (Bupati, Wali Kota /
 * Walikota, Gubernur and their deputies, Wagub, Wawali), Sekretaris Daerah / Sekda, Asisten, Kepala
 * Dinas / Badan / Bagian / Biro (Kadis, Kabag, Karo), Kepala + agency (Kepala Bappeda, Kepala BPKAD),
 * DPRD members, Camat; with Penjabat / Pj / Plt / Plh in front. Ministers and directors general
 * (Menteri Dalam Negeri, Mendagri, Dirjen Bina Adwil) serve the country.
 *
 * Why a grammar rather than a list: "Asisten Pemerintahan dan Kesejahteraan Rakyat (Pemkesra)" and
 * "Kepala bagian Kesra" are open-ended, so a title is a head followed by office words (a vocabulary of
 * bureau words, agency acronyms, and close misspellings of them); the person's name starts at the first
 * word that is none of these.
 */
import { distance } from "fastest-levenshtein";
import type { RegionLevel } from "./gazetteer.ts";
import type { Token } from "./text.ts";

export interface TitleMatch {
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  start: number;
  end: number;
  /** Display form: canonical head plus the office words as written ("Kepala Dinas Kesehatan"). */
  title: string;
  /** The level of region the head serves, when the head says it (Bupati -> regency). */
  level: RegionLevel | null;
  /** A head of region or deputy: Bupati, Wali Kota, Gubernur, Wakil ... */
  isHead: boolean;
  /** A minister or director general: serves the country (region `ID`), not a region. */
  national: boolean;
}

interface Head {
  words: readonly string[];
  title: string;
  level: RegionLevel | null;
  needsOffice: boolean;
  isHead: boolean;
  /** Ministers and directors general: their office is a ministry portfolio (see MINISTRY_WORDS). */
  national?: boolean;
}

/**
 * Ministers and directors general, named with their portfolio ("Menteri Dalam Negeri Tito Karnavian",
 * "Dirjen Bina Adwil Kemendagri Safrizal") or by the usual short forms (Mendagri, Menkes).
 */
const NATIONAL_HEADS: readonly Head[] = [
  ...[["wakil", "menteri"], ["wamen"]].map((words) => ({
    words,
    title: "Wakil Menteri",
    level: null,
    needsOffice: true,
    isHead: false,
    national: true,
  })),
  { words: ["menteri"], title: "Menteri", level: null, needsOffice: true, isHead: false, national: true },
  ...[["direktur", "jenderal"], ["dirjen"]].map((words) => ({
    words,
    title: "Direktur Jenderal",
    level: null,
    needsOffice: true,
    isHead: false,
    national: true,
  })),
  ...(
    [
      ["mendagri", "Menteri Dalam Negeri"],
      ["menkeu", "Menteri Keuangan"],
      ["menkes", "Menteri Kesehatan"],
      ["menhub", "Menteri Perhubungan"],
      ["mensos", "Menteri Sosial"],
      ["menparekraf", "Menteri Pariwisata dan Ekonomi Kreatif"],
      ["menpan", "Menteri Pendayagunaan Aparatur Negara"],
      ["mendikbud", "Menteri Pendidikan dan Kebudayaan"],
      ["mendikbudristek", "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi"],
      ["mendes", "Menteri Desa"],
      ["menlu", "Menteri Luar Negeri"],
      ["mentan", "Menteri Pertanian"],
    ] as const
  ).map(([word, title]) => ({
    words: [word],
    title,
    level: null,
    needsOffice: false,
    isHead: false,
    national: true,
  })),
];

/** Words of a ministry's portfolio after Menteri / Dirjen, beside the general office words. */
const MINISTRY_WORDS = new Set(
  (
    "dalam luar negeri negara agama riset teknologi investasi koordinator maritim keamanan pertahanan " +
    "sekretaris kabinet kreatif aparatur pendayagunaan reformasi birokrasi ppn bumn bina adwil kewilayahan " +
    "otda otonomi dukcapil keuangan kemendagri kemenkes kemenkeu kemenhub kementerian agraria tata ruang " +
    "lingkungan kehutanan desa tertinggal transmigrasi komunikasi informatika pemberdayaan kepala"
  ).split(" "),
);

const HEADS: readonly Head[] = [
  {
    words: ["wakil", "wali", "kota"],
    title: "Wakil Wali Kota",
    level: "city",
    needsOffice: false,
    isHead: true,
  },
  { words: ["wakil", "walikota"], title: "Wakil Wali Kota", level: "city", needsOffice: false, isHead: true },
  { words: ["wawali"], title: "Wakil Wali Kota", level: "city", needsOffice: false, isHead: true },
  { words: ["wawalkot"], title: "Wakil Wali Kota", level: "city", needsOffice: false, isHead: true },
  { words: ["wali", "kota"], title: "Wali Kota", level: "city", needsOffice: false, isHead: true },
  { words: ["walikota"], title: "Wali Kota", level: "city", needsOffice: false, isHead: true },
  { words: ["walkot"], title: "Wali Kota", level: "city", needsOffice: false, isHead: true },
  { words: ["wakil", "bupati"], title: "Wakil Bupati", level: "regency", needsOffice: false, isHead: true },
  { words: ["wabup"], title: "Wakil Bupati", level: "regency", needsOffice: false, isHead: true },
  { words: ["bupati"], title: "Bupati", level: "regency", needsOffice: false, isHead: true },
  {
    words: ["wakil", "gubernur"],
    title: "Wakil Gubernur",
    level: "province",
    needsOffice: false,
    isHead: true,
  },
  { words: ["wagub"], title: "Wakil Gubernur", level: "province", needsOffice: false, isHead: true },
  { words: ["gubernur"], title: "Gubernur", level: "province", needsOffice: false, isHead: true },
  {
    words: ["sekretaris", "daerah"],
    title: "Sekretaris Daerah",
    level: null,
    needsOffice: false,
    isHead: false,
  },
  {
    words: ["sekertaris", "daerah"],
    title: "Sekretaris Daerah",
    level: null,
    needsOffice: false,
    isHead: false,
  },
  { words: ["sekda"], title: "Sekretaris Daerah", level: null, needsOffice: false, isHead: false },
  { words: ["sekdakab"], title: "Sekretaris Daerah", level: "regency", needsOffice: false, isHead: false },
  { words: ["sekdakot"], title: "Sekretaris Daerah", level: "city", needsOffice: false, isHead: false },
  { words: ["sekdaprov"], title: "Sekretaris Daerah", level: "province", needsOffice: false, isHead: false },
  { words: ["sekkab"], title: "Sekretaris Daerah", level: "regency", needsOffice: false, isHead: false },
  { words: ["sekkot"], title: "Sekretaris Daerah", level: "city", needsOffice: false, isHead: false },
  { words: ["sekprov"], title: "Sekretaris Daerah", level: "province", needsOffice: false, isHead: false },
  {
    words: ["wakil", "ketua", "dprd"],
    title: "Wakil Ketua DPRD",
    level: null,
    needsOffice: false,
    isHead: false,
  },
  { words: ["ketua", "dprd"], title: "Ketua DPRD", level: null, needsOffice: false, isHead: false },
  { words: ["anggota", "dprd"], title: "Anggota DPRD", level: null, needsOffice: false, isHead: false },
  { words: ["asisten"], title: "Asisten", level: null, needsOffice: true, isHead: false },
  { words: ["kepala", "dinas"], title: "Kepala Dinas", level: null, needsOffice: true, isHead: false },
  { words: ["kadis"], title: "Kepala Dinas", level: null, needsOffice: true, isHead: false },
  { words: ["kepala", "badan"], title: "Kepala Badan", level: null, needsOffice: true, isHead: false },
  { words: ["kaban"], title: "Kepala Badan", level: null, needsOffice: true, isHead: false },
  { words: ["kepala", "bagian"], title: "Kepala Bagian", level: null, needsOffice: true, isHead: false },
  { words: ["kabag"], title: "Kepala Bagian", level: null, needsOffice: true, isHead: false },
  { words: ["kepala", "biro"], title: "Kepala Biro", level: null, needsOffice: true, isHead: false },
  { words: ["karo"], title: "Kepala Biro", level: null, needsOffice: true, isHead: false },
  { words: ["kepala", "bidang"], title: "Kepala Bidang", level: null, needsOffice: true, isHead: false },
  { words: ["kabid"], title: "Kepala Bidang", level: null, needsOffice: true, isHead: false },
  { words: ["kepala"], title: "Kepala", level: null, needsOffice: true, isHead: false },
  { words: ["camat"], title: "Camat", level: null, needsOffice: false, isHead: false },
  ...NATIONAL_HEADS,
];

const MODIFIERS: readonly { words: readonly string[]; title: string }[] = [
  { words: ["pelaksana", "tugas"], title: "Pelaksana Tugas" },
  { words: ["pelaksana", "harian"], title: "Pelaksana Harian" },
  { words: ["penjabat"], title: "Penjabat" },
  { words: ["pj"], title: "Penjabat" },
  { words: ["pjs"], title: "Penjabat Sementara" },
  { words: ["plt"], title: "Pelaksana Tugas" },
  { words: ["plh"], title: "Pelaksana Harian" },
];

function byFirstWord<T extends { words: readonly string[] }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const first = item.words[0] as string;
    map.set(first, [...(map.get(first) ?? []), item]);
  }
  return map;
}

const HEADS_BY_FIRST = byFirstWord(HEADS);
const MODIFIERS_BY_FIRST = byFirstWord(MODIFIERS);

/** First words of every title, to skip the many tokens that start none. */
const FIRST_WORDS = new Set([...HEADS, ...MODIFIERS].map((h) => h.words[0] as string));

/** Words naming a bureau, office or field after Asisten / Kepala Dinas / Kabag (folded). */
const OFFICE_WORDS = new Set(
  (
    "pemerintahan pembangunan perekonomian ekonomi kesejahteraan rakyat kesra administrasi umum hukum humas " +
    "protokol protokoler organisasi keuangan kesehatan pendidikan kebudayaan lingkungan hidup pekerjaan " +
    "penataan ruang tata perhubungan pariwisata sosial kependudukan catatan sipil pertanian perikanan kelautan " +
    "perdagangan perindustrian industri koperasi usaha mikro kecil menengah tenaga kerja komunikasi informatika " +
    "statistik persandian perumahan permukiman pemukiman kawasan pertanahan pemberdayaan masyarakat desa " +
    "perempuan perlindungan anak pengendalian penduduk keluarga berencana kepemudaan olahraga pemuda ketahanan " +
    "pangan penanaman modal pelayanan terpadu satu pintu perpustakaan kearsipan arsip daerah sekretariat setda " +
    "bagian biro bidang sub seksi dinas badan kantor unit pelaksana teknis pengadaan barang jasa energi sumber " +
    "daya mineral kehutanan perkebunan peternakan hewan tanaman hortikultura transmigrasi pemadam kebakaran " +
    "penanggulangan bencana perencanaan penelitian pengembangan inspektorat kesatuan bangsa politik pendapatan " +
    "aset kepegawaian pengelolaan sumberdaya manusia kemasyarakatan infrastruktur wilayah ketertiban ketentraman " +
    "ketenteraman pamong praja satpol pp lh pu pr pupr perkim adpim prokopim pemkesra ekbang perekbang adum " +
    "otonomi kerjasama sama pembinaan pengawasan kesbangpol dinkes disdik dishub dispar diskominfo kominfo " +
    "bappeda bapenda bappelitbangda bpkad bpbd bkd bkpsdm bpkd dpmptsp dlh dpupr opd skpd rsud puskesmas " +
    "disdukcapil dukcapil disnaker disperindag disperkimtan bapperida setwan kasubag kasubbag kasi perbatasan otda " +
    "otonomi dan"
  ).split(" "),
);

/** Long office words, for recognising close misspellings ("Perekomonian"). */
const LONG_OFFICE_WORDS = [...OFFICE_WORDS].filter((w) => w.length >= 8);
const misspeltOffice = new Map<string, boolean>();

/** Words before a title that make it part of a building's name: "Kantor Bupati", "Rumah Dinas Bupati". */
const VENUE_WORDS = new Set([
  "kantor",
  "rumah",
  "jabatan",
  "rumdin",
  "pendopo",
  "pendapa",
  "balai",
  "aula",
  "gedung",
]);

/** A word that names an office or field ("Humas", "Kesra", "Daerah"), so it cannot start a person's name. */
export function isOfficeName(word: string): boolean {
  return OFFICE_WORDS.has(word.toLowerCase());
}

export function isOfficeWord(token: Token, original: string): boolean {
  if (OFFICE_WORDS.has(token.text)) return true;
  // Agency acronyms in capitals (BPKAD, OPD) and Dis-/Bappe- agency names (Disperkimtan, Bapenda).
  if (token.allCaps && original.length <= 10) return true;
  if (/^(?:dis[a-z]{3,}|bappe[a-z]{2,})$/.test(token.text)) return true;
  if (token.text.length < 8) return false;
  let misspelt = misspeltOffice.get(token.text);
  if (misspelt === undefined) {
    misspelt = LONG_OFFICE_WORDS.some(
      (w) => Math.abs(w.length - token.text.length) <= 2 && distance(w, token.text) <= 2,
    );
    // Bounded: a long article cannot grow the cache without limit.
    if (misspeltOffice.size < 50_000) misspeltOffice.set(token.text, misspelt);
  }
  return misspelt;
}

function startsWith(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.text !== words[k]) return false;
  return true;
}

function isTightGap(text: string, a: Token, b: Token): boolean {
  return /^[ \t]{1,2}$/.test(text.slice(a.end, b.start));
}

/** Characters that may sit between office words: space, "&", brackets around an acronym, "/". */
function officeGapOk(text: string, a: Token, b: Token): boolean {
  return /^(?:\s{1,2}|\s*&\s*|\s*\(\s*|\s*\)\s*|\s*\/\s*|\)\s*\(|-)$/.test(text.slice(a.end, b.start));
}

/** The title starting at token `i`, if one does. */
export function readTitle(text: string, tokens: readonly Token[], i: number): TitleMatch | null {
  if (!FIRST_WORDS.has((tokens[i] as Token).text)) return null;
  let k = i;
  let modifier = "";
  const mod = MODIFIERS_BY_FIRST.get((tokens[k] as Token).text)?.find((m) => startsWith(tokens, k, m.words));
  if (mod) {
    const next = tokens[k + mod.words.length];
    const last = tokens[k + mod.words.length - 1] as Token;
    if (!next || !/^[ \t.]{1,3}$/.test(text.slice(last.end, next.start))) return null;
    modifier = `${mod.title} `;
    k += mod.words.length;
  }
  const head = HEADS_BY_FIRST.get(tokens[k]?.text ?? "")?.find((h) => startsWith(tokens, k, h.words));
  if (!head) return null;
  for (let w = 1; w < head.words.length; w++) {
    if (!isTightGap(text, tokens[k + w - 1] as Token, tokens[k + w] as Token)) return null;
  }
  let end = k + head.words.length;
  let title = modifier + head.title;
  if (head.needsOffice) {
    let officeEnd = end;
    while (officeEnd < tokens.length) {
      const token = tokens[officeEnd] as Token;
      const prev = tokens[officeEnd - 1] as Token;
      const original = text.slice(token.start, token.end);
      const office =
        isOfficeWord(token, original) || (head.national === true && MINISTRY_WORDS.has(token.text));
      if (!officeGapOk(text, prev, token) || !office) break;
      officeEnd++;
    }
    // A title never ends on "dan": "Kepala Bagian Hukum dan Budi" keeps Budi as the name.
    while (officeEnd > end && (tokens[officeEnd - 1] as Token).text === "dan") officeEnd--;
    if (officeEnd === end) return null;
    const first = tokens[end] as Token;
    const last = tokens[officeEnd - 1] as Token;
    // Bracketed acronyms repeat the office ("Kesejahteraan Rakyat (Pemkesra)"): shown once, without them.
    const office = text
      .slice(first.start, last.end)
      .replace(/\s*\([^)]*\)?/g, "")
      .replace(/\s+/g, " ");
    title += ` ${office.trim()}`;
    end = officeEnd;
  }
  const before = tokens[i - 1];
  // "Kantor Bupati", "Rumah Dinas Bupati" name a building; "Kepala Dinas, Bupati ..." does not.
  if (before && VENUE_WORDS.has(before.text) && text.slice(before.end, (tokens[i] as Token).start) === " ")
    return null;
  const firstToken = tokens[i] as Token;
  const lastToken = tokens[end - 1] as Token;
  return {
    tokenStart: i,
    tokenEnd: end,
    start: firstToken.start,
    end: lastToken.end,
    title,
    level: head.level,
    isHead: head.isHead,
    national: head.national === true,
  };
}
