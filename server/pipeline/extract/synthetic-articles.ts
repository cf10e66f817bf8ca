/**
 * Generates synthetic Indonesian news articles about regional cooperation, each with the facts it was
 * written from: a dateline, a headline, a lead stating the event with a weekday-checked date, officials
 * with honorifics and degrees, a scope paragraph of sectors, quotes, an attendance list, a venue in
 * another region, a "Baca juga" teaser and a footer.
 *
 * Why: the benchmark needs thousands of realistic 2–5 KB articles, and a later corpus generator needs
 * articles whose expected facts are known. Real region names come from the gazetteer; output is
 * deterministic for a seed. `syntheticArticles` yields `{ text, facts }` one article at a time.
 */
import type { EventKind } from "../../schemas/facts.ts";
import { formatDate, weekdayOf, type CalendarDate } from "./dates.ts";
import type { Gazetteer, GazetteerRegion } from "./gazetteer.ts";

export interface SyntheticFacts {
  events: { kind: EventKind; date: string; parties: string[] }[];
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

type Rand = () => number;

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

function official(rand: Rand, title: string, region: GazetteerRegion): Official {
  const name = `${pick(rand, FIRST_NAMES)} ${pick(rand, LAST_NAMES)}`;
  return { name, printed: `${pick(rand, HONORIFICS)}${name}${pick(rand, DEGREES)}`, title, region };
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
    visit: ["kunjungan kerja", "silaturahmi"],
  };

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

function article(rand: Rand, gazetteer: Gazetteer, minChars: number, maxChars: number): SyntheticArticle {
  const pool = gazetteer.regions.filter((r) => r.level !== "province");
  const kind = pick(rand, ["agreement", "agreement", "audience", "meeting", "study_visit", "visit"] as const);
  const a = region(rand, pool, []);
  const b = region(rand, pool, [a]);
  const venueCity = region(
    rand,
    pool.filter((r) => r.level === "city"),
    [a, b],
  );
  const date = randomDate(rand);
  const published: CalendarDate = { ...date, day: Math.min(28, date.day + 1) };
  const headA = official(rand, headTitle(a), a);
  const headB = official(rand, headTitle(b), b);
  const staff = [0, 1, 2].map(() => official(rand, pick(rand, OFFICES), a));
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
    kind === "agreement"
      ? `${governmentName(rand, a)} melakukan ${word} dengan ${governmentName(rand, b)} di Hotel Grand ${venueCity.coreName}, ${writtenDate(rand, date)}.`
      : kind === "audience"
        ? `${headB.title} ${b.coreName} ${headB.printed} menerima ${word} ${headA.title} ${a.coreName} ${headA.printed} di ruang kerjanya, ${writtenDate(rand, date)}.`
        : kind === "meeting"
          ? `${headA.title} ${a.coreName} ${headA.printed} memimpin ${word} bersama ${governmentName(rand, b)} di Hotel Grand ${venueCity.coreName}, ${writtenDate(rand, date)}.`
          : `Rombongan ${governmentName(rand, a)} melakukan ${word} ke ${governmentName(rand, b)}, ${writtenDate(rand, date)}.`;
  paragraphs.push(dateline + lead);
  if (kind === "agreement") {
    paragraphs.push(
      `Penandatanganan dilakukan oleh ${headA.title} ${a.coreName}, ${headA.printed} dan ${headB.title} ${b.coreName}, ${headB.printed}.`,
    );
  } else if (kind !== "audience") {
    paragraphs.push(
      `Rombongan disambut langsung oleh ${headB.title} ${b.coreName} ${headB.printed} beserta jajaran.`,
    );
  }
  paragraphs.push(
    `Kerja sama tersebut meliputi bidang ${sectors.join(", ")} serta bidang lain yang disepakati bersama.`,
  );
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
    facts: { events: [{ kind, date: formatDate(date), parties: [a.code, b.code] }], people },
  };
}

/** Yields `count` articles, deterministic for a given seed. */
export function* syntheticArticles(
  gazetteer: Gazetteer,
  options: SyntheticOptions,
): Generator<SyntheticArticle> {
  const rand = seededRandom(options.seed ?? 1);
  const minChars = options.minChars ?? 2000;
  const maxChars = options.maxChars ?? 5000;
  for (let i = 0; i < options.count; i++) yield article(rand, gazetteer, minChars, maxChars);
}
