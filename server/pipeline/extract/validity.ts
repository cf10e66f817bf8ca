/**
 * The term of validity of an agreement: "berlaku selama lima tahun", "jangka waktu 3 (tiga) tahun",
 * "diperpanjang lima tahun, sampai 10 Maret 2028", "berlaku hingga 12 Juni 2028".
 *
 * Why: an expiry date is the most common wrong event date ("berlaku hingga ..." read as the day of the
 * signing). Dates introduced by hingga/sampai/habis/berakhir are marked as end dates where they are found
 * (dates.ts) and never date an event; here the one in a sentence about the term becomes `validUntil`.
 */
import type { Evidence } from "../../schemas/facts.ts";
import { resolveDate } from "./date-resolution.ts";
import type { Draft, EventInputs } from "./event-draft.ts";
import { NUMBER_WORDS } from "./number-words.ts";
import { evidenceOf } from "./text.ts";

export interface Validity {
  validUntil: string | null;
  durationYears: number | null;
  evidence: Evidence;
}

/** Words of a term in the folded text ("berlaku", "jangka waktu", "(di/mem)perpanjang(an)", ...). */
const TERM_WORDS = /berlaku|jangka waktu|panjang|habis|berakhir/g;

/** "selama lima tahun", "jangka waktu 3 (tiga) tahun", "untuk 5 tahun ke depan". */
const DURATION =
  /(?<![\p{L}])(?:berlaku|jangka waktu|masa berlaku|selama|untuk|diperpanjang|perpanjangan|memperpanjang)[^.;]{0,40}?(?<![\p{L}\d])(\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s*(?:\([^)]{1,12}\)\s*)?tahun(?![\p{L}])/u;

/**
 * The term of validity the article gives for an agreement, if any. Of the end dates in sentences about a
 * term, the latest after the event's own date: an extension names the old term's end too ("berakhir pada
 * 7 Maret 2023 ... diperpanjang lima tahun, hingga 7 Maret 2028"), and no term ends before the act
 * that starts it. The years come from the sentence of that date when it gives them, else the first given.
 */
export function validityOf(input: EventInputs, draft: Draft): Validity | null {
  if (draft.kind !== "agreement" && draft.kind !== "sister_city") return null;
  // One scan of the article for the words of a term; only their sentences are read.
  const terms: number[] = [];
  TERM_WORDS.lastIndex = 0;
  for (let m = TERM_WORDS.exec(input.folded); m !== null; m = TERM_WORDS.exec(input.folded))
    terms.push(m.index);
  if (terms.length === 0) return null;
  const actDate = draft.date?.date ?? null;
  let best: { until: string; years: number | null; start: number; end: number } | null = null;
  let firstYears: { years: number; start: number; end: number } | null = null;
  for (const facts of input.sentences) {
    const { start, end } = facts.sentence;
    if (facts.bodyIndex < 0 || !terms.some((at) => at >= start && at < end)) continue;
    const duration = DURATION.exec(input.folded.slice(start, end));
    const stated = duration ? (NUMBER_WORDS[duration[1] ?? ""] ?? Number(duration[1])) : NaN;
    const years = Number.isFinite(stated) && stated > 0 ? stated : null;
    if (years !== null) firstYears ??= { years, start, end };
    for (const mention of facts.dates) {
      if (!mention.until || mention.day === null) continue;
      const date = resolveDate(mention, input.dateContext)?.date ?? null;
      if (!date || (actDate !== null && date <= actDate)) continue;
      if (!best || date > best.until) best = { until: date, years, start, end };
    }
  }
  if (best)
    return {
      validUntil: best.until,
      durationYears: best.years ?? firstYears?.years ?? null,
      evidence: evidenceOf(input.text, best.start, best.end),
    };
  if (firstYears)
    return {
      validUntil: null,
      durationYears: firstYears.years,
      evidence: evidenceOf(input.text, firstYears.start, firstYears.end),
    };
  return null;
}
