/**
 * Indonesian dates: finds "Selasa (5/12/2017)", "Senin (9/04)", "Senin 28-03-2022", "26 Oktober 2021",
 * "Senin, 22 Juli 2024 | 10:03 WIB", "Oktober 2021", and resolves them to calendar dates.
 *
 * Why: Indonesian news dates events as "weekday (day/month)" and leaves the year to the publication
 * date; reporters also slip ("Selasa 26/09" in an article of Tuesday 26 October). So a date without a
 * year takes the year that makes its weekday right near the publication date, and a weekday that
 * contradicts the day/month is corrected to the nearest day with that day-of-month and that weekday.
 * The page's own print date (a date with a clock time, or "edisi ...") is the publication date, never an
 * event date.
 *
 * Longer than most modules: the date forms, their surroundings (stamp, end, background, earlier step) and
 * the year inference are one grammar over the same tables; the statement test lives in date-statements.ts.
 */
import type { DateBasis } from "../../schemas/facts.ts";
import { isStatementDate } from "./date-statements.ts";

export interface DateMention {
  start: number;
  end: number;
  day: number | null;
  month: number;
  year: number | null;
  /** 0 = Sunday ... 6 = Saturday, when the text names the weekday. */
  weekday: number | null;
  /** Followed by a clock time ("| 10:03 WIB"): a page's print or publication stamp. */
  timed: boolean;
  /** Introduced as the date of a publication ("edisi 26 Oktober 2021"). */
  publication: boolean;
  /** The date of a decree or a reference ("Nomor ... tertanggal 18 Desember 2023"). */
  background: boolean;
  /** Followed by "lalu": an earlier step, told in passing. */
  past: boolean;
  /** After hingga/sampai/habis/berakhir: an end or expiry date, never the day an event happened. */
  until: boolean;
  /**
   * The day someone spoke rather than the day of an act: a date in a speech attribution ("kata X di Y,
   * Jumat (13/12/2019)", "X, Senin (9/04) mengatakan") or an interview ("saat ditemui, Senin"), unless the
   * attribution ties the words to the event ("tutur X usai acara, Jumat", "dalam sambutannya, Jumat").
   */
  statement: boolean;
  /** Written in numbers ("5/12/2017"): day and month may be swapped by mistake, a month name cannot. */
  numeric: boolean;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ResolvedDate {
  date: string;
  basis: DateBasis;
}

const WEEKDAYS: Record<string, number> = {
  minggu: 0,
  ahad: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  "jum’at": 5,
  sabtu: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  feb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

const MONTH_ABBREVIATIONS = new Set(
  "jan feb mar apr jun jul agu agt ags aug sep sept okt oct nov des dec".split(" "),
);

const WEEKDAY =
  "(senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

/**
 * Day and month (and year): "5/12/2017", "9/04", "28-03-2022". Digit-led, so the scan is fast; the
 * weekday before it ("Selasa (", "Senin, ") is read separately by WEEKDAY_BEFORE.
 */
const NUMERIC = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/]|[.-]\d)/g;
/** "26 Oktober 2021", "22 Juli 2024", "6 Juni". */
const TEXTUAL = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH}\\b\\.?(?:\\s+(\\d{4})\\b)?`, "gi");
/** The weekday introducing a date: "Selasa (", "Senin, ", "pada hari Rabu tanggal ". */
const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY}\\b[\\s,.]*(?:\\(\\s*)?(?:tanggal\\s+)?(?:\\(\\s*)?$`, "i");
/** "Oktober 2021". */
const MONTH_YEAR = /\b(?:19|20)\d{2}\b/g;
/** The month name that introduces a year found by MONTH_YEAR: "Oktober 2021". */
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s+$`, "i");
/** A clock time right after a date: a print stamp ("| 10:03 WIB"); "pukul 09.00 WIB" is when an act began. */
const TIME_AFTER = /^\s*[|/,-]?\s*\d{1,2}[:.]\d{2}/;
const PUBLICATION_BEFORE =
  /(?:edisi|diterbitkan|dipublikasikan|diunggah|dirilis|diposting|posted|published|terbit)\W{0,3}(?:pada\W{0,3})?(?:tanggal\W{0,3})?$/i;
const BACKGROUND_BEFORE =
  /(?:tertanggal|ditetapkan|diundangkan|tanggal lahir|berlaku|sejak|tahun anggaran|jatuh tempo|berakhir|kedaluwarsa|habis masa)[^.]{0,30}$/i;
const PAST_AFTER = /^\W{0,3}(?:lalu|silam|yang lalu)\b/i;
const END_BEFORE =
  /(?:hingga|sampai|s\.\s?d\.?|s\/d|habis|berakhir)(?:\s+(?:dengan|pada|tanggal|hari))*[\s,]*$/i;
/** "6-7 Maret", "6 s.d. 8 Maret", "6 hingga 8 Maret": a range of days starts on its first day. */
const RANGE_BEFORE = /(?<![\d/.-])(\d{1,2})\s*(?:-|–|s\.\s?d\.?|s\/d|hingga|sampai(?:\s+dengan)?)\s*$/i;

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function weekdayOf(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function formatDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export function parseIsoDate(value: string | null | undefined): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return validDay(d.year, d.month, d.day) ? d : null;
}

function dayNumber(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

function fromDayNumber(n: number): CalendarDate {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function fullYear(raw: string | undefined): number | null {
  if (!raw) return null;
  const n = Number(raw);
  return raw.length === 2 ? 2000 + n : n;
}

function weekdayNumber(raw: string | undefined, original: string): number | null {
  if (!raw) return null;
  // "minggu" in lower case is "week"; only the capitalised word is Sunday.
  if (raw.toLowerCase() === "minggu" && original.charAt(0) !== "M") return null;
  return WEEKDAYS[raw.toLowerCase().replace(/[’]/g, "'")] ?? null;
}

/** A date mention with what its surroundings say about it (built field by field: it is a hot path). */
function mention(
  text: string,
  start: number,
  end: number,
  day: number | null,
  month: number,
  year: number | null,
  weekday: number | null,
  numeric: boolean,
): DateMention {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  const statement = isStatementDate(text, start, end);
  return {
    start,
    end,
    day,
    month,
    year,
    weekday,
    timed: TIME_AFTER.test(after),
    publication: PUBLICATION_BEFORE.test(before),
    background: BACKGROUND_BEFORE.test(before),
    past: PAST_AFTER.test(after),
    until: END_BEFORE.test(before),
    statement,
    numeric,
  };
}

/** Character positions already read as part of a date, so a later pattern does not read them again. */
class Covered {
  private readonly marks: Uint8Array;
  constructor(length: number) {
    this.marks = new Uint8Array(length + 1);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.marks[i] === 1) return true;
    return false;
  }
  mark(start: number, end: number): void {
    this.marks.fill(1, start, end);
  }
}

/** Every date expression in the text, in order. */
/** The weekday written just before a date, and where the whole expression starts. */
function weekdayBefore(text: string, at: number): { weekday: number | null; start: number } {
  const before = text.slice(Math.max(0, at - 32), at);
  const m = WEEKDAY_BEFORE.exec(before);
  if (!m) return { weekday: null, start: at };
  return { weekday: weekdayNumber(m[1], m[0]), start: at - (before.length - m.index) };
}

/** Includes a closing bracket right after the date: "(5/12/2017)". */
function closingBracket(text: string, end: number): number {
  let i = end;
  while (i < end + 3 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text.charAt(i) === ")" ? i + 1 : end;
}

/** Every date expression in the text, in order. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const covered = new Covered(text.length);
  TEXTUAL.lastIndex = 0;
  for (let m = TEXTUAL.exec(text); m !== null; m = TEXTUAL.exec(text)) {
    const day = Number(m[1]);
    const month = MONTHS[(m[2] ?? "").toLowerCase()] ?? 0;
    const year = m[3] ? Number(m[3]) : null;
    if (!validDay(year ?? 2000, month, day)) continue;
    // Month abbreviations ("mar", "des") need a year to be dates rather than words.
    if (!year && MONTH_ABBREVIATIONS.has((m[2] ?? "").toLowerCase())) continue;
    const end = closingBracket(text, m.index + m[0].length);
    const range = RANGE_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    const first = range ? Number(range[1]) : day;
    if (range && first < day) {
      // The range's first day, with the weekday before it if any ("Senin-Selasa, 6-7 Maret").
      const rangeStart = m.index - range[0].length;
      const { weekday, start } = weekdayBefore(text, rangeStart);
      found.push(mention(text, start, end, first, month, year, weekday, false));
      covered.mark(start, end);
      continue;
    }
    const { weekday, start } = weekdayBefore(text, m.index);
    found.push(mention(text, start, end, day, month, year, weekday, false));
    covered.mark(start, end);
  }
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m !== null; m = NUMERIC.exec(text)) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    const year = fullYear(m[4]);
    if (!validDay(year ?? 2000, month, day) || (year !== null && (year < 1945 || year > 2100))) continue;
    const { weekday, start } = weekdayBefore(text, m.index);
    // Without a weekday only a full d/m/yyyy is a date ("No. 8-9" is an address).
    if (weekday === null && (year === null || (m[4] ?? "").length !== 4)) continue;
    const end = closingBracket(text, m.index + m[0].length);
    if (covered.overlaps(start, end)) continue;
    found.push(mention(text, start, end, day, month, year, weekday, true));
    covered.mark(start, end);
  }
  // Year-led: scanning for four digits is faster than for every month name.
  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(text); m !== null; m = MONTH_YEAR.exec(text)) {
    const before = MONTH_BEFORE.exec(text.slice(Math.max(0, m.index - 14), m.index));
    if (!before) continue;
    const start = m.index - before[0].length;
    const end = m.index + m[0].length;
    if (covered.overlaps(start, end) || MONTH_ABBREVIATIONS.has((before[1] ?? "").toLowerCase())) continue;
    const month = MONTHS[(before[1] ?? "").toLowerCase()] ?? 0;
    found.push(mention(text, start, end, null, month, Number(m[0]), null, false));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A year told as background: "sejak 2015", "pada 2015 lalu", "tahun 2010", "Tahun Anggaran 2023". */
const BACKGROUND_YEAR = /(?:sejak|semenjak|mulai|tahun|thn)\s+$/i;

/**
 * Years written in the text (1945–2100), newest first, used when there is no publication date. A year
 * told as background ("sejak 2015", "pada 2015 lalu") says nothing of when the article's event happened.
 */
export function yearsIn(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/\b(19[4-9]\d|20\d\d)\b/g)) {
    const at = m.index ?? 0;
    if (BACKGROUND_YEAR.test(text.slice(Math.max(0, at - 12), at))) continue;
    if (/^\s*(?:lalu|silam)\b/i.test(text.slice(at + 4, at + 12))) continue;
    years.add(Number(m[1]));
  }
  return [...years].sort((a, b) => b - a);
}

/** "Copyright © 2023 ...", "© Harian X 2023": the page's year, a hint when nothing better dates it. */
export function copyrightYear(text: string): number | null {
  const m = /(?:copyright|hak cipta|©)[^\n]{0,60}?\b(20\d\d)\b/i.exec(text);
  return m ? Number(m[1]) : null;
}

/** The day with this day-of-month and weekday nearest before (or just after) the publication date. */
function correctByWeekday(day: number, weekday: number, published: CalendarDate): CalendarDate | null {
  const pub = dayNumber(published);
  for (let offset = 0; offset <= 62; offset++) {
    for (const n of offset === 0 ? [pub] : [pub - offset, pub + offset]) {
      if (n > pub + 3) continue;
      const d = fromDayNumber(n);
      if (d.day === day && weekdayOf(d) === weekday) return d;
    }
  }
  return null;
}

export interface DateContext {
  published: CalendarDate | null;
  /** Years the article mentions, newest first. */
  years: readonly number[];
}

function resolveWithoutYear(m: DateMention, day: number, ctx: DateContext): ResolvedDate | null {
  const pub = ctx.published;
  if (pub) {
    const candidates = [pub.year, pub.year - 1, pub.year + 1]
      .filter((year) => validDay(year, m.month, day))
      .map((year) => ({ year, month: m.month, day }))
      .filter((d) => dayNumber(d) <= dayNumber(pub) + 7)
      .sort((a, b) => Math.abs(dayNumber(a) - dayNumber(pub)) - Math.abs(dayNumber(b) - dayNumber(pub)));
    const fitting = m.weekday === null ? candidates : candidates.filter((d) => weekdayOf(d) === m.weekday);
    const nearest = fitting[0];
    if (nearest && Math.abs(dayNumber(nearest) - dayNumber(pub)) <= 200) {
      return { date: formatDate(nearest), basis: "year_inferred" };
    }
    if (m.weekday !== null) {
      const corrected = correctByWeekday(day, m.weekday, pub);
      if (corrected) return { date: formatDate(corrected), basis: "weekday_corrected" };
    }
    const first = candidates[0];
    return first ? { date: formatDate(first), basis: "year_inferred" } : null;
  }
  for (const year of ctx.years) {
    const d = { year, month: m.month, day };
    if (validDay(year, m.month, day) && (m.weekday === null || weekdayOf(d) === m.weekday)) {
      return { date: formatDate(d), basis: "year_inferred" };
    }
  }
  return null;
}

/** The calendar date a mention stands for, checked against its weekday. */
export function resolveDate(m: DateMention, ctx: DateContext): ResolvedDate | null {
  if (m.day === null) {
    return m.year === null
      ? null
      : { date: `${m.year}-${String(m.month).padStart(2, "0")}`, basis: "explicit" };
  }
  if (m.year === null) return resolveWithoutYear(m, m.day, ctx);
  const stated = { year: m.year, month: m.month, day: m.day };
  if (m.numeric && m.weekday !== null && weekdayOf(stated) !== m.weekday) {
    const swapped = { year: m.year, month: m.day, day: m.month };
    if (validDay(swapped.year, swapped.month, swapped.day) && weekdayOf(swapped) === m.weekday) {
      return { date: formatDate(swapped), basis: "weekday_corrected" };
    }
  }
  return { date: formatDate(stated), basis: "explicit" };
}

/**
 * The page's publication date: a date stamped with a clock time, else one introduced as a publication
 * ("edisi"), else the earliest full date in the page header (later ones are the day the page was printed).
 */
export function publicationDate(dates: readonly DateMention[], bodyStart: number): CalendarDate | null {
  const full: { mention: DateMention; date: CalendarDate }[] = [];
  for (const d of dates) {
    if (d.day !== null && d.year !== null)
      full.push({ mention: d, date: { year: d.year, month: d.month, day: d.day } });
  }
  const stamped = full.find((d) => d.mention.timed) ?? full.find((d) => d.mention.publication);
  if (stamped) return stamped.date;
  const header = full.filter((d) => d.mention.start < bodyStart).map((d) => d.date);
  header.sort((a, b) => dayNumber(a) - dayNumber(b));
  return header[0] ?? null;
}

const RELATIVE_WEEKDAY = new RegExp(
  `\\b(?:pada\\s+(?:hari\\s+)?${WEEKDAY}\\b(?!\\s*[,(]?\\s*\\d)(?:\\s+(lalu|kemarin))?|${WEEKDAY}\\s+(lalu|kemarin)\\b)`,
  "i",
);

/**
 * "pada Kamis lalu", "Senin kemarin", "pada hari Rabu": a weekday without a date, counted back from the
 * publication date (the latest such day on or before it; strictly before it after "lalu"/"kemarin").
 */
export function relativeWeekdayDate(sentence: string, published: CalendarDate | null): ResolvedDate | null {
  if (!published) return null;
  const m = RELATIVE_WEEKDAY.exec(sentence);
  const word = m?.[1] ?? m?.[3];
  if (!m || !word) return null;
  // "minggu lalu" in lower case is "last week", not a Sunday.
  const weekday = weekdayNumber(word, word);
  if (weekday === null) return null;
  const before = (m[2] ?? m[4]) !== undefined;
  const pub = dayNumber(published);
  for (let back = before ? 1 : 0; back <= 7; back++) {
    const d = fromDayNumber(pub - back);
    if (weekdayOf(d) === weekday) return { date: formatDate(d), basis: "relative" };
  }
  return null;
}
