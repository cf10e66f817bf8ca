/**
 * Generates synthetic Indonesian news articles about regional cooperation, each with the facts it was
 * written from: a dateline, a headline, a lead stating the event with a weekday-checked date, officials
 * with honorifics and degrees, a scope paragraph of sectors, quotes, an attendance list, a venue in
 * another region, a "Baca juga" teaser and a footer; about a third name programmes both regions run, and some
 * name a ministry, association or agency that witnessed or facilitated the event. One agreement in eight is
 * a host signing with three to six regions listed after their count: its hub (annotation guide) is the host,
 * so the graph holds multi-party events whose partnerships are the host's alone.
 *
 * Officials hold office for a term, as in the news: a region's Bupati or Wali Kota keeps one name for five
 * years and a head of office for three, so the same people recur across articles, and now and then a
 * region's Asisten Perekonomian becomes its head in the next term (one person, two titles). With a fresh
 * name in every article the graph would hold an official per mention, and the loader and the path search
 * would be measured on a graph no real corpus makes.
 *
 * Why: the benchmark needs thousands of realistic 2–5 KB articles, and a later corpus generator needs
 * articles whose expected facts are known. Real region names come from the gazetteer; output is
 * deterministic for a seed. `syntheticArticles` yields `{ text, facts }` one article at a time.
 *
 * Over 350 lines on purpose: each sentence template and the facts it states are written side by side, so
 * that a change to one cannot miss the other.
 */
import type { EventKind } from "../../server/schemas/facts.ts";
import { formatDate, weekdayOf, type CalendarDate } from "../../server/pipeline/extract/dates.ts";
import type { Gazetteer, GazetteerRegion } from "../../server/pipeline/extract/gazetteer.ts";

export interface SyntheticFacts {
  events: {
    kind: EventKind;
    date: string;
    parties: string[];
    /** The party every other one signed with (a host signing with several regions), else null. */
    hub: string | null;
    /** Canonical ids of the programmes the article names (the extractor's ids). */
    programs: string[];
    organisations: { id: string; role: "witness" | "facilitator" }[];
  }[];
  people: { name: string; title: string; region: string }[];
}

export interface SyntheticArticle {
  text: string;
  facts: SyntheticFacts;
}

export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** Approximate size range of each article in characters. */
  minChars?: number;
  maxChars?: number;
}

/** A small, fast, seedable PRNG (mulberry32), so a seed always yields the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];
const FIRST_NAMES = (
  "Agus Budi Siti Dewi Ahmad Muhammad Rahmat Hendra Sri Eko Wahyu Andi Yusuf Fitri Rina Dian Bambang Joko " +
  "Slamet Heru Iwan Arief Hadi Ratna Yuni Bayu Fajar Gilang Indra Lukman Maya Novi Putri Rizky Sigit Teguh " +
  "Yoga Zainal Hasan Ismail Nasrul Darmawan"
).split(" ");
const LAST_NAMES = (
  "Santoso Wijaya Saputra Hidayat Kurniawan Setiawan Pratama Nugroho Susanto Rahman Hakim Siregar Nasution " +
  "Lubis Harahap Sinaga Tanjung Effendi Syahputra Gunawan Permana Hartono Wibowo Purnomo Suryadi Firmansyah " +
  "Ramadhan Maulana Sitompul Marpaung Hasibuan Daulay"
).split(" ");
const HONORIFICS = ["", "", "H. ", "Dr. ", "Ir. ", "Drs. ", "Hj. ", "Dr. H. "];
const DEGREES = ["", "", ", S.H.", ", M.M.", ", S.Sos., M.Si.", " SE MM", ", S.STP"];
const MEDIA = ["warta", "suara", "kabar", "berita", "info", "media", "lintas", "pos"];
const SECTORS = [
  "kesehatan",
  "pendidikan",
  "pariwisata",
  "kebudayaan",
  "pertanian",
  "perdagangan dan investasi",
  "pengelolaan sampah",
  "sanitasi",
  "infrastruktur",
  "pengembangan sumber daya manusia",
  "pelayanan publik",
  "ketahanan pangan",
];
const OFFICES = [
  "Asisten Pemerintahan dan Kesejahteraan Rakyat",
  "Asisten Perekonomian dan Pembangunan",
  "Kepala Dinas Kesehatan",
  "Kepala Dinas Pendidikan",
  "Kepala Bappeda",
  "Kepala Bagian Kerja Sama",
  "Kepala Dinas Pariwisata",
];
const FILLER = [
  "Kegiatan ini diharapkan menjadi langkah awal bagi kolaborasi yang lebih konkret antara kedua pemerintah daerah.",
  "Menurutnya, sinergi antardaerah sangat penting untuk mendorong pertumbuhan ekonomi dan pelayanan kepada masyarakat.",
  "Ia menambahkan bahwa setiap daerah memiliki potensi dan keunggulan masing-masing yang dapat saling melengkapi.",
  "Pertemuan berlangsung hangat dan penuh keakraban, diwarnai diskusi mengenai berbagai program unggulan daerah.",
  "Kerja sama ini juga menjadi sarana berbagi pengalaman dan praktik baik dalam penyelenggaraan pemerintahan.",
  "Pihaknya berkomitmen menindaklanjuti kesepakatan tersebut melalui perangkat daerah terkait dalam waktu dekat.",
  "Tim teknis dari masing-masing daerah akan menyusun rencana aksi yang terukur dan dapat dievaluasi secara berkala.",
];

/** Programmes as an article writes them: canonical id (the extractor's) and the names journalists use. */
const PROGRAMMES: readonly { id: string; surfaces: readonly string[] }[] = [
  { id: "smart-city", surfaces: ["Smart City", "kota cerdas"] },
  { id: "spbe", surfaces: ["SPBE", "Sistem Pemerintahan Berbasis Elektronik"] },
  { id: "stbm", surfaces: ["STBM", "Sanitasi Total Berbasis Masyarakat"] },
  { id: "kotaku", surfaces: ["KOTAKU", "Kota Tanpa Kumuh"] },
  { id: "pamsimas", surfaces: ["Pamsimas"] },
  { id: "adipura", surfaces: ["Adipura"] },
  { id: "kota-layak-anak", surfaces: ["Kota Layak Anak", "Kabupaten Layak Anak"] },
  { id: "proklim", surfaces: ["Program Kampung Iklim", "ProKlim"] },
  { id: "sakip", surfaces: ["SAKIP", "Sistem Akuntabilitas Kinerja Instansi Pemerintah"] },
  { id: "adiwiyata", surfaces: ["Adiwiyata"] },
  { id: "zona-integritas", surfaces: ["Zona Integritas"] },
  { id: "ppsp", surfaces: ["PPSP", "Percepatan Pembangunan Sanitasi Permukiman"] },
];
const PROGRAMME_SENTENCES: readonly ((a: string, b: string, programmes: string) => string)[] = [
  (_a, _b, programmes) =>
    `Dalam kesempatan itu, kedua daerah juga membahas pelaksanaan program ${programmes}.`,
  (a, b, programmes) => `${a} ingin mengenal keberhasilan ${b} dalam menjalankan program ${programmes}.`,
  (_a, _b, programmes) =>
    `Salah satu fokus kerja sama adalah replikasi program ${programmes} di kedua daerah.`,
];
const ORGANISATIONS: readonly { id: string; written: string }[] = [
  { id: "kemendagri", written: "Kementerian Dalam Negeri" },
  { id: "bappenas", written: "Bappenas" },
  { id: "apeksi", written: "Asosiasi Pemerintah Kota Seluruh Indonesia (APEKSI)" },
  { id: "apkasi", written: "APKASI" },
  { id: "kementerian-pupr", written: "Kementerian PUPR" },
  { id: "unicef", written: "UNICEF" },
  { id: "jica", written: "JICA" },
];

type Rand = () => number;

/** FNV-1a over the parts: a stable number for (seed, region, office, term), so a term keeps its holder. */
function hashOf(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const char of parts.join("|")) {
    h ^= char.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function pick<T>(rand: Rand, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function headTitle(region: GazetteerRegion): string {
  if (region.level === "province") return "Gubernur";
  return region.level === "city" ? "Wali Kota" : "Bupati";
}

function governmentName(rand: Rand, region: GazetteerRegion): string {
  if (region.level === "province")
    return `${pick(rand, ["Pemerintah Provinsi", "Pemprov"])} ${region.coreName}`;
  if (region.level === "city") return `${pick(rand, ["Pemerintah Kota", "Pemkot"])} ${region.coreName}`;
  return `${pick(rand, ["Pemerintah Kabupaten", "Pemkab"])} ${region.coreName}`;
}

function randomDate(rand: Rand): CalendarDate {
  const year = 2015 + Math.floor(rand() * 10);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  return { year, month, day };
}

function writtenDate(rand: Rand, d: CalendarDate): string {
  const weekday = WEEKDAYS[weekdayOf(d)] as string;
  switch (Math.floor(rand() * 3)) {
    case 0:
      return `${weekday} (${d.day}/${d.month}/${d.year})`;
    case 1:
      return `${weekday}, ${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
    default:
      return `${weekday} ${String(d.day).padStart(2, "0")}-${String(d.month).padStart(2, "0")}-${d.year}`;
  }
}

interface Official {
  name: string;
  printed: string;
  title: string;
  region: GazetteerRegion;
}

const HEAD_TERM_YEARS = 5;
const OFFICE_TERM_YEARS = 3;
/** The office whose holder now and then becomes the region's head in the next term. */
const DEPUTY_OFFICE = "Asisten Perekonomian dan Pembangunan";

/** The holder of a term by lot alone: a stable name for (region, office, term). */
function drawnName(...key: readonly (string | number)[]): string {
  const h = hashOf(...key);
  return `${FIRST_NAMES[h % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(h / FIRST_NAMES.length) % LAST_NAMES.length]}`;
}

/** The term `year` falls in; regions do not all elect in the same year, so boundaries shift by region. */
function termOf(seed: number, region: GazetteerRegion, termYears: number, year: number) {
  const offset = hashOf(seed, region.code, "offset") % termYears;
  const term = Math.floor((year + offset) / termYears);
  return { term, firstYear: term * termYears - offset };
}

/** Who held `office` in `region` in `year`: one name per term, the same in every article about that term. */
function holderName(seed: number, region: GazetteerRegion, office: string, year: number): string {
  const head = headTitle(region);
  if (office === head) {
    const { term, firstYear } = termOf(seed, region, HEAD_TERM_YEARS, year);
    if (hashOf(seed, region.code, "promoted", term) % 4 !== 0)
      return drawnName(seed, region.code, office, term);
    const before = termOf(seed, region, OFFICE_TERM_YEARS, firstYear - 1).term;
    return drawnName(seed, region.code, DEPUTY_OFFICE, before);
  }
  const { term } = termOf(seed, region, OFFICE_TERM_YEARS, year);
  const name = drawnName(seed, region.code, office, term);
  // A promoted head has left the office they held: its holder in the head's first year is someone else.
  return name === holderName(seed, region, head, year)
    ? drawnName(seed, region.code, office, term, "successor")
    : name;
}

function official(rand: Rand, seed: number, title: string, region: GazetteerRegion, year: number): Official {
  const name = holderName(seed, region, title, year);
  return { name, printed: `${pick(rand, HONORIFICS)}${name}${pick(rand, DEGREES)}`, title, region };
}

/** The two to four programmes a region runs, fixed per region so that peers share real programmes. */
function programmesOf(seed: number, region: GazetteerRegion): (typeof PROGRAMMES)[number][] {
  const count = 2 + (hashOf(seed, region.code, "programmes") % 3);
  const chosen = new Set<(typeof PROGRAMMES)[number]>();
  for (let i = 0; chosen.size < count; i++)
    chosen.add(PROGRAMMES[hashOf(seed, region.code, "programme", i) % PROGRAMMES.length]!);
  return [...chosen];
}

const KIND_WORDS: Record<"agreement" | "audience" | "meeting" | "study_visit" | "visit", readonly string[]> =
  {
    agreement: [
      "penandatanganan nota kesepahaman (MoU)",
      "penandatanganan kesepakatan bersama",
      "penandatanganan perjanjian kerja sama",
    ],
    audience: ["audiensi", "kunjungan kehormatan"],
    meeting: ["rapat koordinasi", "rakor"],
    study_visit: ["studi tiru", "studi banding"],
    visit: ["kunjungan kerja", "kunker"],
  };

function adminName(region: GazetteerRegion): string {
  if (region.level === "province") return `Provinsi ${region.coreName}`;
  return `${region.level === "city" ? "Kota" : "Kabupaten"} ${region.coreName}`;
}

const COUNT_WORDS = ["", "", "", "tiga", "empat", "lima", "enam"];

function region(
  rand: Rand,
  pool: readonly GazetteerRegion[],
  not: readonly GazetteerRegion[],
): GazetteerRegion {
  for (;;) {
    const r = pick(rand, pool);
    if (!not.includes(r)) return r;
  }
}

function article(
  rand: Rand,
  seed: number,
  gazetteer: Gazetteer,
  minChars: number,
  maxChars: number,
): SyntheticArticle {
  const pool = gazetteer.regions.filter((r) => r.level !== "province");
  const kind = pick(rand, ["agreement", "agreement", "audience", "meeting", "study_visit", "visit"] as const);
  const a = region(rand, pool, []);
  const b = region(rand, pool, [a]);
  const venueCity = region(
    rand,
    pool.filter((r) => r.level === "city"),
    [a, b],
  );
  // A host signing with several regions at once (the guests listed after their count).
  const guests =
    kind === "agreement" && rand() < 0.125
      ? Array.from({ length: 2 + Math.floor(rand() * 4) }).reduce<GazetteerRegion[]>(
          (chosen) => [...chosen, region(rand, pool, [a, b, venueCity, ...chosen])],
          [b],
        )
      : [b];
  const date = randomDate(rand);
  const published: CalendarDate = { ...date, day: Math.min(28, date.day + 1) };
  const headA = official(rand, seed, headTitle(a), a, date.year);
  const headB = official(rand, seed, headTitle(b), b, date.year);
  const offices = new Set([pick(rand, OFFICES), pick(rand, OFFICES), pick(rand, OFFICES)]);
  const staff = [...offices].map((office) => official(rand, seed, office, a, date.year));
  const word = pick(rand, KIND_WORDS[kind]);
  const sectors = [pick(rand, SECTORS), pick(rand, SECTORS), pick(rand, SECTORS)];
  const paragraphs: string[] = [];
  paragraphs.push(
    `${governmentName(rand, a)} dan ${governmentName(rand, b)} Gelar ${word.replace(/ \(MoU\)/, "")}`,
  );
  paragraphs.push(
    `${WEEKDAYS[weekdayOf(published)]}, ${published.day} ${MONTHS[published.month - 1]} ${published.year} | 09:15 WIB`,
  );
  const dateline = `${venueCity.coreName.toUpperCase()}, ${pick(rand, MEDIA)}${pick(rand, MEDIA)}.com – `;
  const lead =
    guests.length > 1
      ? `${governmentName(rand, a)} menandatangani kesepakatan bersama dengan ${COUNT_WORDS[guests.length]} daerah, yakni ${guests.map(adminName).join(", ")}, di Hotel Grand ${venueCity.coreName}, ${writtenDate(rand, date)}.`
      : kind === "agreement"
        ? `${governmentName(rand, a)} melakukan ${word} dengan ${governmentName(rand, b)} di Hotel Grand ${venueCity.coreName}, ${writtenDate(rand, date)}.`
        : kind === "audience"
          ? `${headB.title} ${b.coreName} ${headB.printed} menerima ${word} ${headA.title} ${a.coreName} ${headA.printed} di ruang kerjanya, ${writtenDate(rand, date)}.`
          : kind === "meeting"
            ? `${headA.title} ${a.coreName} ${headA.printed} memimpin ${word} bersama ${governmentName(rand, b)} di Hotel Grand ${venueCity.coreName}, ${writtenDate(rand, date)}.`
            : `Rombongan ${governmentName(rand, a)} melakukan ${word} ke ${governmentName(rand, b)}, ${writtenDate(rand, date)}.`;
  paragraphs.push(dateline + lead);
  if (guests.length > 1) {
    paragraphs.push(`Penandatanganan dilakukan oleh ${headA.title} ${a.coreName}, ${headA.printed}.`);
  } else if (kind === "agreement") {
    paragraphs.push(
      `Penandatanganan dilakukan oleh ${headA.title} ${a.coreName}, ${headA.printed} dan ${headB.title} ${b.coreName}, ${headB.printed}.`,
    );
  } else if (kind === "visit") {
    // Received by the head in person would make it an audience (annotation guide): a working visit meets them.
    paragraphs.push(
      `Dalam kunjungan itu rombongan bertemu ${headB.title} ${b.coreName} ${headB.printed} beserta jajaran.`,
    );
  } else if (kind !== "audience") {
    paragraphs.push(
      `Rombongan disambut langsung oleh ${headB.title} ${b.coreName} ${headB.printed} beserta jajaran.`,
    );
  }
  paragraphs.push(
    `Kerja sama tersebut meliputi bidang ${sectors.join(", ")} serta bidang lain yang disepakati bersama.`,
  );
  const programmes: string[] = [];
  // Only programmes both regions run: the loader links every party of the event to the programmes it
  // concerns (RUNS), so naming one region's programme would hand it to the other too, and over thousands
  // of articles every region would run every programme.
  const ofB = programmesOf(seed, b);
  const shared = programmesOf(seed, a).filter((p) => ofB.includes(p));
  if (shared.length > 0 && rand() < 0.7) {
    const named = [...new Set([pick(rand, shared), pick(rand, shared)])];
    programmes.push(...named.map((p) => p.id));
    const written = named.map((p) => pick(rand, p.surfaces)).join(" dan ");
    paragraphs.push(
      pick(rand, PROGRAMME_SENTENCES)(governmentName(rand, a), governmentName(rand, b), written),
    );
  }
  const organisations: SyntheticFacts["events"][number]["organisations"] = [];
  if (kind === "agreement" && rand() < 0.3) {
    const witness = pick(rand, ORGANISATIONS);
    organisations.push({ id: witness.id, role: "witness" });
    paragraphs.push(`Penandatanganan tersebut disaksikan oleh perwakilan ${witness.written}.`);
  } else if (rand() < 0.1) {
    const facilitator = pick(rand, ORGANISATIONS);
    organisations.push({ id: facilitator.id, role: "facilitator" });
    paragraphs.push(`Pertemuan ini difasilitasi oleh ${facilitator.written}.`);
  }
  paragraphs.push(
    `Hadir mendampingi ${headA.title}, ${staff.map((s) => `${s.title} ${s.printed}`).join(", ")} dan sejumlah pejabat ${governmentName(rand, a)}.`,
  );
  paragraphs.push(
    `“Kami berharap kerja sama ini membawa manfaat nyata bagi masyarakat kedua daerah,” ujar ${headA.name.split(" ")[0]}.`,
  );
  let text = paragraphs.join("\n\n");
  const target = minChars + Math.floor(rand() * (maxChars - minChars));
  const teaser = `Baca juga: Bupati ${pick(rand, pool).coreName} Resmikan Pasar Rakyat`;
  let teased = false;
  while (text.length < target) {
    text += `\n\n${pick(rand, FILLER)} ${pick(rand, FILLER)} ${pick(rand, FILLER)}`;
    if (!teased && text.length > target / 2) {
      text += `\n\n${teaser}`;
      teased = true;
    }
  }
  text += `\n\nEditor: ${pick(rand, FIRST_NAMES)} ${pick(rand, LAST_NAMES)}\n`;
  // Only the officials the text names: on a study visit or working visit, the visiting head is unnamed.
  const named = kind === "agreement" || kind === "audience" || kind === "meeting" ? [headA, headB] : [headB];
  const people = [...named, ...staff].map((o) => ({
    name: o.name,
    title: o.title,
    region: o.region.code,
  }));
  return {
    text,
    facts: {
      events: [
        {
          kind,
          date: formatDate(date),
          parties: [a.code, ...guests.map((g) => g.code)],
          hub: guests.length > 1 ? a.code : null,
          programs: programmes,
          organisations,
        },
      ],
      people,
    },
  };
}

/** Yields `count` articles, deterministic for a given seed. */
export function* syntheticArticles(
  gazetteer: Gazetteer,
  options: SyntheticOptions,
): Generator<SyntheticArticle> {
  const seed = options.seed ?? 1;
  const rand = seededRandom(seed);
  const minChars = options.minChars ?? 2000;
  const maxChars = options.maxChars ?? 5000;
  for (let i = 0; i < options.count; i++) yield article(rand, seed, gazetteer, minChars, maxChars);
}
