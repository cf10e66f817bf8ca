/**
 * The date of an event whose own sentence gives none.
 *
 * Why: Indonesian news often states the act in one sentence and dates it in another ("Penandatanganan
 * berlangsung Rabu (8/3/2023)"), in a sentence referring back to it ("Hal ini ditandai dengan ..., yang
 * dilakukan di Semarang, Selasa (24/6/2025)") or in a quote attribution tied to it ("tutur Wali Kota usai
 * acara, Jumat (10/3)"), at any distance from the top. Dates that are not the event's are never taken:
 * print stamps, publication dates, end and expiry dates, the day someone was interviewed or spoke, dates of
 * decrees, earlier steps ("... lalu", "sebelumnya") and plans ("akan digelar Senin").
 */
import { relativeWeekdayDate } from "./dates.ts";
import { has, sentenceDate, type Candidate, type SentenceFacts } from "./event-candidates.ts";
import type { EventInputs } from "./event-draft.ts";

/**
 * A sentence telling of an earlier act: its date is that act's. ("ditindaklanjuti dengan PKS" is a later
 * step, not an earlier one.)
 */
export const EARLIER =
  /\b(?:sebelumnya(?! (?:di)?beritakan)|beberapa (?:waktu|hari|pekan|minggu|bulan) (?:lalu|sebelumnya)|tindak lanjut|menindaklanjuti|hasil (?:dari )?(?:pertemuan|rapat|kesepakatan|kunjungan|rakor)|berdasarkan hasil|merupakan hasil)\b/;

/** A sentence referring back to the event: "Hal ini ditandai dengan", "Kegiatan tersebut", "acara itu". */
const REFERS_BACK =
  /\b(?:hal ini|hal tersebut|kegiatan (?:ini|itu|tersebut)|acara (?:ini|itu|tersebut)|penandatanganan (?:ini|itu|tersebut)|pertemuan (?:ini|itu|tersebut)|kunjungan (?:ini|itu|tersebut)|ditandai dengan|berlangsung|dilaksanakan|digelar|dilakukan|diselenggarakan)\b/;

function usableForMain(input: EventInputs, facts: SentenceFacts, others: ReadonlySet<number>): boolean {
  if (facts.bodyIndex < 0 || others.has(facts.sentence.start) || has(facts, "plan")) return false;
  return !EARLIER.test(input.folded.slice(facts.sentence.start, facts.sentence.end));
}

/**
 * The event's date from elsewhere in the article: a weekday counted back from the publication date in its
 * own sentences ("pada Kamis lalu"); else a weekday-dated day in a sentence referring back to it; else the
 * first weekday-dated day of the body, at any distance; else any date in the first four sentences.
 * Sentences of other events (`others`) lend no date.
 */
export function leadDate(
  input: EventInputs,
  own: readonly SentenceFacts[],
  /** Start offsets of the sentences of other events. */
  others: ReadonlySet<number> = new Set(),
): Candidate["date"] {
  for (const facts of own) {
    const { start, end } = facts.sentence;
    const relative = relativeWeekdayDate(input.text.slice(start, end), input.dateContext.published);
    if (relative) return { date: relative.date, basis: relative.basis, mention: null };
  }
  const body = input.sentences.filter((f) => usableForMain(input, f, others));
  const weekdayDated = (f: SentenceFacts) => {
    const date = sentenceDate(f, input.dateContext);
    return date?.mention && date.mention.weekday !== null ? date : null;
  };
  for (const f of body) {
    if (!REFERS_BACK.test(input.folded.slice(f.sentence.start, f.sentence.end))) continue;
    const date = weekdayDated(f);
    if (date) return date;
  }
  for (const f of body) {
    const date = weekdayDated(f);
    if (date) return date;
  }
  for (const f of body.filter((s) => s.bodyIndex < 4)) {
    const date = sentenceDate(f, input.dateContext);
    if (date) return date;
  }
  // Last, a caption above the story telling of the event ("Kedatangan Wali Kota ... di Semarang, Senin
  // (3/4/2023)."); the headline and the print stamps lend no date.
  for (const f of input.sentences) {
    if (f.bodyIndex >= 0 || f.inHeadline || others.has(f.sentence.start) || f.mentions.length === 0) continue;
    const date = weekdayDated(f);
    if (date) return date;
  }
  return null;
}
