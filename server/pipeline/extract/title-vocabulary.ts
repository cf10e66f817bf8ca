/**
 * The words of officials' titles, as data for the title grammar in titles.ts: heads (Bupati, Sekda,
 * Kepala Dinas, Kabag., Ketua ... DPRD, Analis Kebijakan Ahli Muda, Konjen), modifiers (Pj, Plt), the
 * office words that may follow a head, and the words before a title that make it a building's name.
 *
 * Why a file of its own: the vocabulary is reviewed and grows with every new spelling met in the news,
 * while the grammar that reads it rarely changes.
 */
import type { RegionLevel } from "./gazetteer.ts";

/** What a title's holder serves: a region, the country (ministers), or a state abroad (consuls). */
export type TitleScope = "region" | "national" | "diplomat";

/**
 * How the words after the head are read:
 * - `none`: nothing more (Bupati, Sekda);
 * - `office`: one office word or more must follow (Kepala Dinas Kesehatan, Asisten I);
 * - `council`: a chain of council words must end in DPRD (Ketua Komisi II DPRD, Anggota Fraksi Golkar DPRD);
 * - `functional`: a civil-service position ending in its grade (Analis Kebijakan Ahli Muda).
 */
export type TitleTail = "none" | "office" | "council" | "functional";

export interface Head {
  words: readonly string[];
  title: string;
  level: RegionLevel | null;
  tail: TitleTail;
  isHead: boolean;
  scope: TitleScope;
  /** Written as an abbreviation that may end in a full stop: "Kabag. Hukum". */
  abbreviation?: boolean;
}

function heads(
  spellings: readonly (readonly string[])[],
  title: string,
  rest: Partial<Omit<Head, "words" | "title">> = {},
): Head[] {
  return spellings.map((words) => ({
    words,
    title,
    level: null,
    tail: "none",
    isHead: false,
    scope: "region",
    ...rest,
  }));
}

/**
 * Heads of a regional office written as one glued word, as news does ("Kadisdik Kabupaten Bogor ...",
 * "Kadiskominfo Kota Bekasi ..."): a reviewed table, since the short forms of the offices are
 * conventions, not derivable from their names.
 */
const GLUED_DINAS: readonly [readonly string[], string][] = [
  [["kadisdik"], "Pendidikan"],
  [["kadisdikbud"], "Pendidikan dan Kebudayaan"],
  [["kadinkes", "kadiskes"], "Kesehatan"],
  [["kadishub"], "Perhubungan"],
  [["kadiskominfo", "kadiskominfotik"], "Komunikasi dan Informatika"],
  [["kadispar"], "Pariwisata"],
  [["kadisparbud", "kadisbudpar"], "Kebudayaan dan Pariwisata"],
  [["kadisbud"], "Kebudayaan"],
  [["kadispora"], "Pemuda dan Olahraga"],
  [["kadisnaker", "kadisnakertrans"], "Tenaga Kerja"],
  [["kadisperindag"], "Perindustrian dan Perdagangan"],
  [["kadistan", "kadisperta"], "Pertanian"],
  [["kadinsos", "kadissos"], "Sosial"],
  [["kadisdukcapil"], "Kependudukan dan Pencatatan Sipil"],
  [["kadiskop", "kadiskopukm"], "Koperasi dan UKM"],
  [["kadisperkim"], "Perumahan dan Kawasan Permukiman"],
  [["kadispupr"], "Pekerjaan Umum dan Penataan Ruang"],
  [["kadislh"], "Lingkungan Hidup"],
];

const GLUED_DINAS_HEADS: readonly Head[] = GLUED_DINAS.flatMap(([spellings, office]) =>
  heads(
    spellings.map((word) => [word]),
    `Kepala Dinas ${office}`,
  ),
);

/**
 * Ministers and directors general, named with their portfolio ("Menteri Dalam Negeri Tito Karnavian",
 * "Dirjen Bina Adwil Kemendagri Safrizal") or by the usual short forms (Mendagri, Menkes).
 */
const NATIONAL_HEADS: readonly Head[] = [
  ...heads([["wakil", "menteri"], ["wamen"]], "Wakil Menteri", { tail: "office", scope: "national" }),
  ...heads([["menteri"]], "Menteri", { tail: "office", scope: "national" }),
  ...heads([["direktur", "jenderal"], ["dirjen"]], "Direktur Jenderal", {
    tail: "office",
    scope: "national",
  }),
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
  ).flatMap(([word, title]) => heads([[word]], title, { scope: "national" })),
];

/** Consuls and ambassadors: they serve the country named after the title (Konjen Jepang). */
const DIPLOMAT_HEADS: readonly Head[] = [
  ...heads([["konsul", "jenderal"], ["konsulat", "jenderal"], ["konjen"]], "Konsul Jenderal", {
    scope: "diplomat",
  }),
  ...heads([["wakil", "duta", "besar"], ["wadubes"]], "Wakil Duta Besar", { scope: "diplomat" }),
  ...heads([["duta", "besar"], ["dubes"]], "Duta Besar", { scope: "diplomat" }),
  ...heads([["konsul", "kehormatan"]], "Konsul Kehormatan", { scope: "diplomat" }),
  ...heads([["konsul"]], "Konsul", { scope: "diplomat" }),
];

/** "Analis Kebijakan Ahli Muda", "Perencana Ahli Madya": first words of functional positions. */
const FUNCTIONAL_HEADS: readonly Head[] = heads(
  [
    "analis",
    "perencana",
    "pranata",
    "penata",
    "auditor",
    "penyuluh",
    "arsiparis",
    "pustakawan",
    "statistisi",
    "penelaah",
    "pengawas",
    "widyaiswara",
  ].map((word) => [word]),
  "",
  { tail: "functional" },
);

export const HEADS: readonly Head[] = [
  ...heads([["wakil", "wali", "kota"], ["wakil", "walikota"], ["wawali"], ["wawalkot"]], "Wakil Wali Kota", {
    level: "city",
    isHead: true,
  }),
  ...heads([["wali", "kota"], ["walikota"], ["walkot"]], "Wali Kota", { level: "city", isHead: true }),
  // A mayor abroad titled in English: "Executive Mayor", "Lord Mayor".
  ...heads(
    [
      ["executive", "mayor"],
      ["lord", "mayor"],
    ],
    "Wali Kota",
    { level: "city", isHead: true },
  ),
  ...heads([["wakil", "bupati"], ["wabup"]], "Wakil Bupati", { level: "regency", isHead: true }),
  ...heads([["bupati"]], "Bupati", { level: "regency", isHead: true }),
  ...heads([["wakil", "gubernur"], ["wagub"]], "Wakil Gubernur", { level: "province", isHead: true }),
  ...heads([["gubernur"]], "Gubernur", { level: "province", isHead: true }),
  ...heads([["penjagub"], ["pjgub"]], "Penjabat Gubernur", { level: "province", isHead: true }),
  ...heads([["sekretaris", "daerah"], ["sekertaris", "daerah"], ["sekda"]], "Sekretaris Daerah"),
  ...heads([["sekretaris", "provinsi"], ["sekdaprov"], ["sekprov"]], "Sekretaris Daerah", {
    level: "province",
  }),
  ...heads([["sekretaris", "kabupaten"], ["sekdakab"], ["sekkab"]], "Sekretaris Daerah", {
    level: "regency",
  }),
  ...heads([["sekretaris", "kota"], ["sekdakot"], ["sekkot"]], "Sekretaris Daerah", { level: "city" }),
  ...heads([["sekretaris", "dprd"], ["sekwan"]], "Sekretaris DPRD"),
  // Council offices: "Ketua DPRD", "Wakil Ketua Komisi II DPRD", "Anggota Fraksi PDIP DPRD".
  ...heads([["wakil", "ketua"]], "Wakil Ketua", { tail: "council" }),
  ...heads([["ketua"]], "Ketua", { tail: "council" }),
  ...heads([["anggota"]], "Anggota", { tail: "council" }),
  ...heads([["sekretaris"]], "Sekretaris", { tail: "council" }),
  ...heads([["staf", "ahli"], ["staff", "ahli"], ["sahli"]], "Staf Ahli", { tail: "office" }),
  ...heads([["fungsional"]], "Fungsional", { tail: "office" }),
  ...heads([["asisten"], ["assisten"]], "Asisten", { tail: "office" }),
  ...heads([["kepala", "dinas"]], "Kepala Dinas", { tail: "office" }),
  ...heads([["kadis"]], "Kepala Dinas", { tail: "office", abbreviation: true }),
  ...GLUED_DINAS_HEADS,
  ...heads([["kepala", "badan"]], "Kepala Badan", { tail: "office" }),
  ...heads([["kaban"]], "Kepala Badan", { tail: "office", abbreviation: true }),
  ...heads([["kepala", "bagian"]], "Kepala Bagian", { tail: "office" }),
  ...heads([["kabag"]], "Kepala Bagian", { tail: "office", abbreviation: true }),
  ...heads(
    [
      ["kepala", "sub", "bagian"],
      ["kepala", "subbagian"],
    ],
    "Kepala Subbagian",
    { tail: "office" },
  ),
  ...heads([["kasubag"], ["kasubbag"]], "Kepala Subbagian", { tail: "office", abbreviation: true }),
  ...heads([["kepala", "biro"]], "Kepala Biro", { tail: "office" }),
  ...heads([["karo"]], "Kepala Biro", { tail: "office", abbreviation: true }),
  ...heads([["kepala", "bidang"]], "Kepala Bidang", { tail: "office" }),
  ...heads([["kabid"]], "Kepala Bidang", { tail: "office", abbreviation: true }),
  ...heads([["kepala", "seksi"]], "Kepala Seksi", { tail: "office" }),
  ...heads([["kasi"], ["kasie"]], "Kepala Seksi", { tail: "office", abbreviation: true }),
  ...heads([["kepala"]], "Kepala", { tail: "office" }),
  ...heads([["camat"]], "Camat"),
  ...NATIONAL_HEADS,
  ...DIPLOMAT_HEADS,
  ...FUNCTIONAL_HEADS,
];

export const MODIFIERS: readonly { words: readonly string[]; title: string }[] = [
  { words: ["pelaksana", "tugas"], title: "Pelaksana Tugas" },
  { words: ["pelaksana", "harian"], title: "Pelaksana Harian" },
  { words: ["penjabat", "sementara"], title: "Penjabat Sementara" },
  { words: ["penjabat"], title: "Penjabat" },
  { words: ["pj"], title: "Penjabat" },
  { words: ["pjs"], title: "Penjabat Sementara" },
  { words: ["plt"], title: "Pelaksana Tugas" },
  { words: ["plh"], title: "Pelaksana Harian" },
];

/** Words of a ministry's portfolio after Menteri / Dirjen, beside the general office words. */
export const MINISTRY_WORDS = new Set(
  (
    "dalam luar negeri negara agama riset teknologi investasi koordinator maritim keamanan pertahanan " +
    "sekretaris kabinet kreatif aparatur pendayagunaan reformasi birokrasi ppn bumn bina adwil kewilayahan " +
    "otda otonomi dukcapil keuangan kemendagri kemenkes kemenkeu kemenhub kementerian agraria tata ruang " +
    "lingkungan kehutanan desa tertinggal transmigrasi komunikasi informatika pemberdayaan kepala pemdes " +
    "bangda polpum keuda ditjen setjen pusat fasilitasi kerja sama"
  ).split(" "),
);

/** Words naming a bureau, office or field after Asisten / Kepala Dinas / Kabag (folded). */
export const OFFICE_WORDS = new Set(
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
    "luar negeri pimpinan pajak retribusi bapeda bakeuda bakesbangpol khusus otsus perangkat setdakab setdakot " +
    "setdako setdaprov setdaprop setkab setkot setko setprov sekretariat pengelola kebersihan pertamanan hubungan " +
    "program evaluasi risalah persidangan publik informasi kebijakan strategis aparatur bakorwil asda " +
    "koordinator subkoordinator tapem pem adpem umpeg orta ortala pbj barjas dan"
  ).split(" "),
);

/** Agencies of a province seated in a town they are named after: "Kepala Bakorwil Bojonegoro" serves Jatim. */
export const SEATED_PROVINCIAL_OFFICES = new Set(["bakorwil"]);

/** Heads after which a roman numeral or a small number is part of the office: "Asisten I", "Komisi II". */
export const NUMBERED_WORDS = new Set([
  "asisten",
  "assisten",
  "asda",
  "komisi",
  "daerah",
  "ketua",
  "ahli",
  "bakorwil",
]);

/** Roman numerals and small numbers that number an office. */
export const OFFICE_NUMBERS = new Set(["i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"]);

/** Councils whose offices the council heads name: DPRD and its Acehnese and Papuan names. */
export const COUNCILS = new Set(["dprd", "dprk", "dpra", "dprp", "dprpb", "dpr"]);

/** Words that may sit between a council head and the council: "Ketua Komisi II", "Anggota Fraksi Golkar". */
export const COUNCIL_WORDS = new Set(
  (
    "komisi fraksi badan pembentukan peraturan daerah anggaran musyawarah kehormatan panitia khusus pansus " +
    "bapemperda banggar banmus bamus bk partai alat kelengkapan pimpinan dan"
  ).split(" "),
);

/** Grades that end a functional position: "Ahli Muda", "Madya". */
export const FUNCTIONAL_GRADES = new Set([
  "pertama",
  "muda",
  "madya",
  "utama",
  "penyelia",
  "mahir",
  "terampil",
]);

/** Rooms named after an office: "ruang kerja Bupati", "ruang rapat Sekda". */
export const ROOM_WORDS = new Set(["rapat", "kerja", "tamu", "pertemuan", "sidang", "data"]);

/** Words before a title that make it part of a building's name: "Kantor Bupati", "Balairung Bupati". */
export const VENUE_WORDS = new Set([
  "kantor",
  "rumah",
  "jabatan",
  "rumdin",
  "pendopo",
  "pendapa",
  "balai",
  "aula",
  "gedung",
  "balairung",
  "graha",
  "wisma",
  "ruang",
  "ruangan",
]);
