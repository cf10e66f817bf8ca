/**
 * Where a query matched in a result's label, as UTF-16 ranges the web app marks: a word the query names
 * whole, the typed beginning of a longer word, a word within a typo, a word the query ran together with the
 * next ("tanjung pinang" → "Tanjungpinang") or split ("muaraenim" → "Muara Enim").
 *
 * Why the server says it: the web app can find the typed text in a label, but not a typo ("sumbara" in
 * "Sumbawa") nor a folded accent; the server knows how each word matched, with the same folding and the
 * same edit rule as the ranking.
 */
import { distance } from "fastest-levenshtein";
import { foldForSearch } from "../../../text/fold.ts";
import { maxEdits } from "./search-terms.ts";

export interface TextRange {
  start: number;
  end: number;
}

interface LabelWord {
  start: number;
  end: number;
  folded: string;
}

// Combining marks belong to their letter, so "é" written as e + accent stays one word.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function labelWords(label: string): LabelWord[] {
  const words: LabelWord[] = [];
  for (const match of label.matchAll(WORD)) {
    const folded = foldForSearch(match[0]).replaceAll(" ", "");
    if (folded) words.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return words;
}

/** The ranges of `label` the folded query terms match, merged and in order. */
export function highlightRanges(terms: readonly string[], label: string): TextRange[] {
  const words = labelWords(label);
  const ranges: TextRange[] = [];
  const whole = (from: number, to: number) => ranges.push({ start: words[from]!.start, end: words[to]!.end });
  for (const term of terms) {
    const edits = maxEdits(term);
    words.forEach((word, i) => {
      const next = words[i + 1];
      if (word.folded === term) whole(i, i);
      else if (next && word.folded + next.folded === term) whole(i, i + 1);
      else if (term.length >= 2 && word.folded.startsWith(term)) {
        // The typed beginning, when folding kept the word's length (no ligature, no letter of two units).
        const sameLength = word.folded.length === word.end - word.start;
        ranges.push({ start: word.start, end: sameLength ? word.start + term.length : word.end });
      } else if (
        edits > 0 &&
        Math.abs(word.folded.length - term.length) <= edits &&
        distance(word.folded, term) <= edits
      )
        whole(i, i);
    });
  }
  // Two terms the label holds as one word: "tanjung pinang" in "Tanjungpinang".
  for (let t = 0; t + 1 < terms.length; t++) {
    const joined = terms[t]! + terms[t + 1]!;
    words.forEach((word, i) => word.folded === joined && whole(i, i));
  }
  return merge(ranges);
}

function merge(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextRange[] = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}
