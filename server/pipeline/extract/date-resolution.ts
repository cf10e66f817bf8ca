/**
 * Dates resolved to the calendar: a date without a year takes the year that makes its weekday right near
 * the publication date, a weekday that contradicts the day/month corrects it, relative weekdays ("Senin
 * lalu") count back from publication; the publication date itself, and the years an article mentions
 * when it gives none.
 *
 * Why apart from dates.ts: finding date forms in text is one job, deciding which calendar day they mean
 * from the article's context is another.
 */
import {
  validDay,
  dayNumber,
  fromDayNumber,
  weekdayNumber,
  weekdayOf,
  formatDate,
  WEEKDAY,
  type CalendarDate,
  type ResolvedDate,
  type DateMention,
} from "./dates.ts";

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
