/**
 * The date of an event whose own sentence gives none.
 *
 * Why: Indonesian news often states the act in one sentence and dates it in another ("Penandatanganan
 * berlangsung Rabu (8/3/2023)"), or dates only the lead. A weekday counted back from the publication date
 * ("pada Kamis lalu") in the event's own sentence comes first, then a weekday-dated mention near the top,
 * then any date there.
 */
import { relativeWeekdayDate } from "./dates.ts";
import { sentenceDate, type Candidate, type SentenceFacts } from "./event-candidates.ts";
import type { EventInputs } from "./event-draft.ts";

export function leadDate(input: EventInputs, own: readonly SentenceFacts[]): Candidate["date"] {
  for (const facts of own) {
    const { start, end } = facts.sentence;
    const relative = relativeWeekdayDate(input.text.slice(start, end), input.dateContext.published);
    if (relative) return { date: relative.date, basis: relative.basis, mention: null };
  }
  const top = input.sentences.filter((s) => s.bodyIndex >= 0 && s.bodyIndex < 6);
  for (const f of top) {
    if (!f.dates.some((d) => d.weekday !== null)) continue;
    const date = sentenceDate(f, input.dateContext);
    if (date?.mention?.weekday !== null && date) return date;
  }
  for (const f of top.slice(0, 4)) {
    const date = sentenceDate(f, input.dateContext);
    if (date) return date;
  }
  return null;
}
